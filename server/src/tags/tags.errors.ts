/** Reasons specific to tags, carried in `extensions.reason`. */
export enum TagErrorReason {
  TAG_EXISTS = 'TAG_EXISTS',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    tags: TagErrorReason;
  }
}
