/** Reasons specific to the watched-word list, carried in `extensions.reason`. */
export enum WatchedWordErrorReason {
  ALREADY_WATCHED = 'ALREADY_WATCHED',
}

/** Why the posting policy (membership, guidelines, silence, new-member limits, watched words) refused a post. */
export enum ContentPolicyErrorReason {
  MEMBERSHIP_PENDING = 'MEMBERSHIP_PENDING',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  GUIDELINES_NOT_ACCEPTED = 'GUIDELINES_NOT_ACCEPTED',
  SILENCED = 'SILENCED',
  TOO_MANY_LINKS = 'TOO_MANY_LINKS',
  TOO_MANY_MENTIONS = 'TOO_MANY_MENTIONS',
  WATCHED_WORD = 'WATCHED_WORD',
  /** A new member's next topic came sooner than their trust level's interval (RATE_LIMITED, with `intervalSeconds`). */
  TOPIC_INTERVAL = 'TOPIC_INTERVAL',
  /** A new member's next reply came sooner than their trust level's interval (RATE_LIMITED, with `intervalSeconds`). */
  REPLY_INTERVAL = 'REPLY_INTERVAL',
  /** The day's topics allowed by the trust level are used up (RATE_LIMITED, with `dailyLimit`). */
  TOPIC_DAILY_LIMIT = 'TOPIC_DAILY_LIMIT',
  /** The day's replies allowed by the trust level are used up (RATE_LIMITED, with `dailyLimit`). */
  REPLY_DAILY_LIMIT = 'REPLY_DAILY_LIMIT',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    watchedWords: WatchedWordErrorReason;
    contentPolicy: ContentPolicyErrorReason;
  }
}
