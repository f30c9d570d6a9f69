/** Events of staff acting on members. */
export interface MemberEvents {
  /** A person's role or moderator scope changed: their live connections' staff rooms follow. */
  'staff.access.changed': { userId: string };
  /** A person was suspended: their sessions are already revoked. */
  'user.suspended': { userId: string };
}
