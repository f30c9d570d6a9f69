import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { afterCommit, returningRows } from '../common/transaction.js';

export type QueueKind = 'FLAGGED' | 'PENDING_POST' | 'JOIN_REQUEST';
export type QueueTarget = 'POST' | 'TOPIC' | 'USER';

/**
 * Writes to the one moderation queue: an open item per target and kind, grown by each new flag.
 * Staff learn of every change live (the realtime gateway forwards `moderation.queue.updated`).
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** Opens (or finds the open) item for a target and adds `weight` to it; returns its id and total weight. */
  async enqueue(
    m: EntityManager,
    item: { kind: QueueKind; targetType: QueueTarget; targetId: string; categoryId: string | null; weight?: number },
  ): Promise<{ id: string; weight: number }> {
    const [row] = await returningRows<{ id: string; flag_weight: number }>(
      m,
      `INSERT INTO moderation_items (kind, target_type, target_id, category_id, flag_weight) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, target_type, target_id) WHERE status = 'OPEN'
       DO UPDATE SET flag_weight = moderation_items.flag_weight + EXCLUDED.flag_weight, updated_at = now()
       RETURNING id, flag_weight`,
      [item.kind, item.targetType, item.targetId, item.categoryId, item.weight ?? 0],
    );
    this.announce(m, row!.id, 'OPEN', item.kind, item.categoryId);
    return { id: row!.id, weight: row!.flag_weight };
  }

  /**
   * Closes an open item. Exactly one caller wins: a second moderator acting on the same item gets
   * false (and answers CONFLICT), because the update only matches while the item is open.
   */
  async close(m: EntityManager, itemId: string, resolution: string, actorId: string | null): Promise<{ kind: QueueKind; categoryId: string | null } | null> {
    const [row] = await returningRows<{ kind: QueueKind; category_id: string | null }>(
      m,
      `UPDATE moderation_items SET status = 'RESOLVED', resolution = $2, resolved_by = $3, resolved_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'OPEN' RETURNING kind, category_id`,
      [itemId, resolution, actorId],
    );
    if (!row) return null;
    this.announce(m, itemId, 'RESOLVED', row.kind, row.category_id);
    return { kind: row.kind, categoryId: row.category_id };
  }

  /** Closes any open item about a target (e.g. a pending post approved elsewhere). */
  async closeForTarget(m: EntityManager, kind: QueueKind, targetType: QueueTarget, targetId: string, resolution: string, actorId: string | null): Promise<void> {
    const rows = await returningRows<{ id: string }>(
      m,
      `SELECT id FROM moderation_items WHERE kind = $1 AND target_type = $2 AND target_id = $3 AND status = 'OPEN'`,
      [kind, targetType, targetId],
    );
    for (const r of rows) await this.close(m, r.id, resolution, actorId);
  }

  private announce(m: EntityManager, itemId: string, status: 'OPEN' | 'RESOLVED', kind: QueueKind, categoryId: string | null): void {
    // Each recipient's open count is their own share's, counted when the event is sent.
    afterCommit(m, () => this.events.publish('moderation.queue.updated', { itemId, status, kind, categoryId }));
  }
}
