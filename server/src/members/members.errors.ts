/** Reasons specific to acting on members (sanctions, roles, removal), carried in `extensions.reason`. */
export enum MemberErrorReason {
  /** Staff cannot act on their own account. */
  SELF = 'SELF',
  ROLE_TOO_HIGH = 'ROLE_TOO_HIGH',
  IN_THE_PAST = 'IN_THE_PAST',
  /** The silence or suspension to lift is not in force. */
  NOT_ACTIVE = 'NOT_ACTIVE',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  ALREADY_REMOVED = 'ALREADY_REMOVED',
  NOT_REMOVED = 'NOT_REMOVED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    members: MemberErrorReason;
  }
}
