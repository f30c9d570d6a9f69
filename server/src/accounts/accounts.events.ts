import type { SessionEndReason } from '@townsquare/shared';

/** The suspension that ended a person's sessions: until when (ISO 8601, null without end) and why. */
export interface SessionSanction {
  until: string | null;
  moderatorReason: string | null;
}

/** Events of accounts and their sessions. */
export interface AccountEvents {
  /**
   * Sessions ended (sign-out, password change, suspension): their live connections must close too.
   * A suspension carries its end and the moderator's reason, which the member's open pages tell.
   */
  'sessions.revoked': { sessionIds: string[]; reason: SessionEndReason; sanction?: SessionSanction };
}
