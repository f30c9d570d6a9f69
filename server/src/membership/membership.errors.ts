/** Reasons specific to membership (join requests, guidelines, invitations), carried in `extensions.reason`. */
export enum MembershipErrorReason {
  /** Only the current guidelines version can be accepted. */
  NOT_CURRENT = 'NOT_CURRENT',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    membership: MembershipErrorReason;
  }
}
