/** Events of moderation. */
export interface ModerationEvents {
  /** The moderation queue changed. */
  'moderation.queue.updated': { itemId: string; status: 'OPEN' | 'RESOLVED'; kind: string; categoryId: string | null };
}
