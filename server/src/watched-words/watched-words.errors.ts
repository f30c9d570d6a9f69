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
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    watchedWords: WatchedWordErrorReason;
    contentPolicy: ContentPolicyErrorReason;
  }
}
