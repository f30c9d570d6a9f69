import type { SessionEndedPayload } from '@townsquare/shared';
import { useErrorText } from '../../lib/error-text';
import { errorValues } from '../../lib/graphql';

/** The notice of a session the server ended: its i18n key and values. */
export interface SessionEndedNotice {
  key: string;
  params?: Record<string, string>;
}

/**
 * Words the end of this page's session by its reason: a suspension says until when (in the
 * reader's time zone) and the moderator's reason, as signing in would.
 */
export function useSessionEndedNotice() {
  const { sanctionMessage } = useErrorText();

  return (ended: SessionEndedPayload): SessionEndedNotice => {
    switch (ended.reason) {
      case 'PASSWORD_CHANGED':
        return { key: 'notices.sessionEndedPassword' };
      case 'MEMBERSHIP_REJECTED':
        return { key: 'notices.sessionEndedRejected' };
      case 'SUSPENDED': {
        const details = sanctionMessage('SUSPENDED', errorValues({ ...ended }));
        return details ? { key: 'notices.sessionEndedSuspended', params: { details } } : { key: 'notices.sessionEnded' };
      }
      default:
        return { key: 'notices.sessionEnded' };
    }
  };
}
