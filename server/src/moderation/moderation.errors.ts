/** Reasons specific to moderation (hiding, moving, flags, the queue), carried in `extensions.reason`. */
export enum ModerationErrorReason {
  ALREADY_HIDDEN = 'ALREADY_HIDDEN',
  NOT_HIDDEN = 'NOT_HIDDEN',
  /** A topic held for approval is approved in the queue, not restored. */
  AWAITS_APPROVAL = 'AWAITS_APPROVAL',
  SAME_TOPIC = 'SAME_TOPIC',
  NOT_IN_TOPIC = 'NOT_IN_TOPIC',
  OPENING_POST = 'OPENING_POST',
  OWN_CONTENT = 'OWN_CONTENT',
  ALREADY_FLAGGED = 'ALREADY_FLAGGED',
  /** The queue item holds a post for approval, not flags. */
  NOT_FLAGS = 'NOT_FLAGS',
  /** The queue item holds flags, not a post for approval. */
  NOT_PENDING = 'NOT_PENDING',
  NEEDS_AGREE = 'NEEDS_AGREE',
  NO_AUTHOR = 'NO_AUTHOR',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    moderation: ModerationErrorReason;
  }
}
