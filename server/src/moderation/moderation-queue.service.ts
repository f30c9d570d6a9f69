import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../app-events.js';
import { afterCommit } from '../common/transaction.js';
import { ModerationRepository, type QueueKind, type QueueTarget } from './moderation.repository.js';

export type { QueueKind, QueueTarget } from './moderation.repository.js';

/**
 * Writes to the one moderation queue: an open item per target and kind, grown by each new flag.
 * Staff learn of every change live (the realtime gateway forwards `moderation.queue.updated`).
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly events: DomainEvents,
  ) {}

  /** Opens (or finds the open) item for a target and adds `weight` to it; returns its id and total weight. */
  async enqueue(
    m: EntityManager,
    item: { kind: QueueKind; targetType: QueueTarget; targetId: string; categoryId: string | null; weight?: number },
  ): Promise<{ id: string; weight: number }> {
    const row = await this.repository.enqueue(m, { ...item, weight: item.weight ?? 0 });
    this.announce(m, row.id, 'OPEN', item.kind, item.categoryId);
    return row;
  }

  /**
   * Closes an open item. Exactly one caller wins: a second moderator acting on the same item gets
   * false (and answers CONFLICT), because the update only matches while the item is open.
   */
  async close(m: EntityManager, itemId: string, resolution: string, actorId: string | null): Promise<{ kind: QueueKind; categoryId: string | null } | null> {
    const row = await this.repository.closeItem(m, itemId, resolution, actorId);
    if (!row) return null;
    this.announce(m, itemId, 'RESOLVED', row.kind, row.categoryId);
    return row;
  }

  /** Closes any open item about a target (e.g. a pending post approved elsewhere). */
  async closeForTarget(m: EntityManager, kind: QueueKind, targetType: QueueTarget, targetId: string, resolution: string, actorId: string | null): Promise<void> {
    for (const id of await this.repository.openItemIds(m, kind, targetType, targetId)) await this.close(m, id, resolution, actorId);
  }

  private announce(m: EntityManager, itemId: string, status: 'OPEN' | 'RESOLVED', kind: QueueKind, categoryId: string | null): void {
    // Each recipient's open count is their own share's, counted when the event is sent.
    afterCommit(m, () => this.events.publish('moderation.queue.updated', { itemId, status, kind, categoryId }));
  }
}
