import type { SessionEndReason } from '@townsquare/shared';

/** Events of accounts and their sessions. */
export interface AccountEvents {
  /** Sessions ended (sign-out, password change): their live connections must close too. */
  'sessions.revoked': { sessionIds: string[]; reason: SessionEndReason };
}
