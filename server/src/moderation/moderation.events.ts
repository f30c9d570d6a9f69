import type { QueueKind } from './moderation.repository.js';

/** Events of moderation. */
export interface ModerationEvents {
  /** The moderation queue changed. */
  'moderation.queue.updated': { itemId: string; status: 'OPEN' | 'RESOLVED'; kind: QueueKind; categoryId: string | null };
}
