import type { InboxChangedPayload } from '@townsquare/shared';

/** Events of the reply inbox; the realtime gateway sends `inbox.changed` to staff who may work the topic's category. */
export interface InboxEvents {
  'inbox.changed': InboxChangedPayload;
}
