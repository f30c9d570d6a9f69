/** Reasons specific to reactions, carried in `extensions.reason`. */
export enum ReactionErrorReason {
  /** Deleted posts take no reactions. */
  DELETED = 'DELETED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    reactions: ReactionErrorReason;
  }
}
