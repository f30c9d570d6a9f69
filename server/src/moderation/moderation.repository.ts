import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CursorKey } from '../common/pagination.js';
import { returningRows, transaction } from '../common/transaction.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

export type QueueKind = 'FLAGGED' | 'PENDING_POST' | 'JOIN_REQUEST';
export type QueueTarget = 'POST' | 'TOPIC' | 'USER';

/** One moderation queue item. */
export interface QueueItemRow {
  id: string;
  kind: QueueKind;
  targetType: QueueTarget;
  targetId: string;
  categoryId: string | null;
  status: 'OPEN' | 'RESOLVED';
  flagWeight: number;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

/** One flag as the API shows it (staff only). */
export interface FlagRow {
  id: string;
  itemId: string;
  targetType: QueueTarget;
  targetId: string;
  flaggerId: string;
  reason: string;
  note: string | null;
  weight: number;
  status: string;
  createdAt: Date;
}

/** The part of the queue a person works: items in these categories, and items about members when `members`. */
export interface QueueShare {
  ids: string[];
  members: boolean;
}

/** A reply chosen to split off, as its topic has it. */
export interface SplitPostRow {
  id: string;
  postNumber: number;
  authorId: string | null;
  createdAt: Date;
}

const FLAG_COLUMNS = `id, item_id AS "itemId", target_type AS "targetType", target_id AS "targetId", flagger_id AS "flaggerId",
  reason, note, weight, status, created_at AS "createdAt"`;

interface QueueItemRecord {
  id: string;
  kind: QueueKind;
  target_type: QueueTarget;
  target_id: string;
  category_id: string | null;
  status: 'OPEN' | 'RESOLVED';
  flag_weight: number | string;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Date;
}

function toItem(r: QueueItemRecord): QueueItemRow {
  return {
    id: r.id,
    kind: r.kind,
    targetType: r.target_type,
    targetId: r.target_id,
    categoryId: r.category_id,
    status: r.status,
    flagWeight: Number(r.flag_weight),
    resolution: r.resolution,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
  };
}

/** Which part of the queue: items in the share's categories, and those about members when it has them. */
function inShare(share: QueueShare, param: string): string {
  return `(category_id = ANY(${param}::uuid[])${share.members ? ' OR category_id IS NULL' : ''})`;
}

/**
 * Every query of moderation: the queue (moderation_items), flags, and reads of the content staff
 * judge. Writes to that content go through topics' ContentModerationRepository, to people through
 * AccountsService, to notices through NotificationsService. Rules stay in the services.
 */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction (after-commit hooks as common/transaction.ts has them). */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return transaction(this.db, work);
  }

  // ---- the queue

  /** Opens (or finds the open) item for a target and adds `weight` to it. */
  async enqueue(
    m: EntityManager,
    item: { kind: QueueKind; targetType: QueueTarget; targetId: string; categoryId: string | null; weight: number },
  ): Promise<{ id: string; weight: number }> {
    const [row] = await returningRows<{ id: string; flag_weight: number }>(
      m,
      `INSERT INTO moderation_items (kind, target_type, target_id, category_id, flag_weight) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, target_type, target_id) WHERE status = 'OPEN'
       DO UPDATE SET flag_weight = moderation_items.flag_weight + EXCLUDED.flag_weight, updated_at = now()
       RETURNING id, flag_weight`,
      [item.kind, item.targetType, item.targetId, item.categoryId, item.weight],
    );
    return { id: row!.id, weight: row!.flag_weight };
  }

  /** Closes an item while it is open; null when it was not (already resolved, or no such item). */
  async closeItem(m: EntityManager, itemId: string, resolution: string, actorId: string | null): Promise<{ kind: QueueKind; categoryId: string | null } | null> {
    const [row] = await returningRows<{ kind: QueueKind; category_id: string | null }>(
      m,
      `UPDATE moderation_items SET status = 'RESOLVED', resolution = $2, resolved_by = $3, resolved_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'OPEN' RETURNING kind, category_id`,
      [itemId, resolution, actorId],
    );
    return row ? { kind: row.kind, categoryId: row.category_id } : null;
  }

  /** The open items of one kind about a target. */
  async openItemIds(m: EntityManager, kind: QueueKind, targetType: QueueTarget, targetId: string): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(
      m,
      `SELECT id FROM moderation_items WHERE kind = $1 AND target_type = $2 AND target_id = $3 AND status = 'OPEN'`,
      [kind, targetType, targetId],
    );
    return rows.map((r) => r.id);
  }

  /** A topic moved: its items follow it to the new category. */
  async moveTopicItems(m: EntityManager, topicId: string, categoryId: string): Promise<void> {
    await m.query(`UPDATE moderation_items SET category_id = $2 WHERE target_type = 'TOPIC' AND target_id = $1`, [topicId, categoryId]);
  }

  /**
   * A page of items in a share: open ones oldest first, resolved ones newest first, by keyset on
   * (created_at to the millisecond, id); `limit` rows at most.
   */
  async listItems(status: 'OPEN' | 'RESOLVED', share: QueueShare, cursor: CursorKey | null, limit: number): Promise<QueueItemRow[]> {
    const params: unknown[] = [status, share.ids];
    let where = `status = $1 AND ${inShare(share, '$2')}`;
    const order = status === 'OPEN' ? 'ASC' : 'DESC';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (date_trunc('milliseconds', created_at), id) ${order === 'ASC' ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(limit);
    const rows: QueueItemRecord[] = await this.db.query(
      `SELECT * FROM moderation_items WHERE ${where} ORDER BY date_trunc('milliseconds', created_at) ${order}, id ${order} LIMIT $${params.length}`,
      params,
    );
    return rows.map(toItem);
  }

  async itemById(id: string): Promise<QueueItemRow | null> {
    const [row]: QueueItemRecord[] = await this.db.query(`SELECT * FROM moderation_items WHERE id = $1`, [id]);
    return row ? toItem(row) : null;
  }

  /** Open items in a share, and when the oldest arrived. */
  async openSummary(share: QueueShare): Promise<{ openCount: number; oldestOpenAt: Date | null }> {
    const [row]: Array<{ open_count: number; oldest: Date | null }> = await this.db.query(
      `SELECT count(*)::int AS open_count, min(created_at) AS oldest FROM moderation_items
       WHERE status = 'OPEN' AND ${inShare(share, '$1')}`,
      [share.ids],
    );
    return { openCount: row!.open_count, oldestOpenAt: row!.oldest };
  }

  // ---- flags

  /** Batch: the latest `perItem` flags of each item (oldest of them first), each with its item's total. */
  async latestFlagsOf(itemIds: readonly string[], perItem: number): Promise<Array<FlagRow & { total: number }>> {
    const rows: Array<FlagRow & { total: number; n: unknown }> = await this.db.query(
      `SELECT * FROM (
         SELECT ${FLAG_COLUMNS}, count(*) OVER (PARTITION BY item_id)::int AS total,
                row_number() OVER (PARTITION BY item_id ORDER BY created_at DESC, id DESC) AS n
           FROM flags WHERE item_id = ANY($1::uuid[])
       ) f WHERE n <= ${Math.trunc(perItem)} ORDER BY "createdAt", id`,
      [[...itemIds]],
    );
    return rows.map(({ n: _n, ...flag }) => flag);
  }

  /** Gives the open flags of an item their verdict; returns who raised them. */
  async closeFlags(m: EntityManager, itemId: string, status: 'AGREED' | 'DISAGREED' | 'IGNORED'): Promise<string[]> {
    const rows = await returningRows<{ flagger_id: string }>(m, `UPDATE flags SET status = $2 WHERE item_id = $1 AND status = 'OPEN' RETURNING flagger_id`, [itemId, status]);
    return rows.map((r) => r.flagger_id);
  }

  /**
   * A member's flags, newest first: raised by them (`flagger_id`) or on their content and them
   * (`owner_id`), only in categories listed as readable (or about members). Keyset on
   * (created_at, id); `at` is the database's own microsecond timestamp, for the cursor.
   */
  async memberFlags(
    userId: string,
    column: 'flagger_id' | 'owner_id',
    readableCategoryIds: readonly string[],
    cursor: CursorKey | null,
    limit: number,
  ): Promise<Array<FlagRow & { at: string }>> {
    const params: unknown[] = [userId, [...readableCategoryIds], limit];
    let where = `${column} = $1 AND EXISTS (SELECT 1 FROM moderation_items i WHERE i.id = flags.item_id AND (i.category_id IS NULL OR i.category_id = ANY($2::uuid[])))`;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    return this.db.query(`SELECT ${FLAG_COLUMNS}, created_at::text AS at FROM flags WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $3`, params);
  }

  /** The flags a person raised in the last day, and when the oldest of them was. */
  async flagsInLastDay(userId: string): Promise<{ count: number; oldest: Date | null }> {
    const [row]: Array<{ count: number; oldest: Date | null }> = await this.db.query(
      `SELECT count(*)::int AS count, min(created_at) AS oldest FROM flags WHERE flagger_id = $1 AND created_at > now() - interval '1 day'`,
      [userId],
    );
    return { count: row!.count, oldest: row!.oldest };
  }

  /** How a person's past flags were judged; null when there is no such person. */
  async flaggerRecord(userId: string): Promise<{ agreed: number; disagreed: number } | null> {
    const [row]: Array<{ flags_agreed: number; flags_disagreed: number }> = await this.db.query(`SELECT flags_agreed, flags_disagreed FROM users WHERE id = $1`, [userId]);
    return row ? { agreed: row.flags_agreed, disagreed: row.flags_disagreed } : null;
  }

  /** A person's id as stored (ids compare case-insensitively in SQL), or null when there is no such person. */
  async userId(userId: string): Promise<string | null> {
    const [row]: Array<{ id: string }> = await this.db.query(`SELECT id FROM users WHERE id = $1`, [userId]);
    return row?.id ?? null;
  }

  async insertFlag(
    m: EntityManager,
    flag: { itemId: string; targetType: QueueTarget; targetId: string; flaggerId: string; ownerId: string | null; reason: string; note: string | null; weight: number },
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO flags (item_id, target_type, target_id, flagger_id, owner_id, reason, note, weight) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [flag.itemId, flag.targetType, flag.targetId, flag.flaggerId, flag.ownerId, flag.reason, flag.note, flag.weight],
    );
    return row!.id;
  }

  // ---- the content staff act on

  /** Who wrote a post or topic (null: no such row, or no author). */
  async authorOf(targetType: 'POST' | 'TOPIC', targetId: string): Promise<string | null> {
    const table = targetType === 'POST' ? 'posts' : 'topics';
    const [row]: Array<{ author_id: string | null }> = await this.db.query(`SELECT author_id FROM ${table} WHERE id = $1`, [targetId]);
    return row?.author_id ?? null;
  }

  topic(id: string): Promise<TopicEntity | null> {
    return this.db.getRepository(TopicEntity).findOneBy({ id });
  }

  topicOrFail(id: string): Promise<TopicEntity> {
    return this.db.getRepository(TopicEntity).findOneByOrFail({ id });
  }

  topicIn(m: EntityManager, id: string): Promise<TopicEntity | null> {
    return m.findOneBy(TopicEntity, { id });
  }

  topicInOrFail(m: EntityManager, id: string): Promise<TopicEntity> {
    return m.findOneByOrFail(TopicEntity, { id });
  }

  postIn(m: EntityManager, id: string): Promise<PostEntity | null> {
    return m.findOneBy(PostEntity, { id });
  }

  /** A post locked until the caller's transaction ends, so that two verdicts on it run one after the other. */
  lockedPostOrFail(m: EntityManager, id: string): Promise<PostEntity> {
    return m.findOneOrFail(PostEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  postInOrFail(m: EntityManager, id: string): Promise<PostEntity> {
    return m.findOneByOrFail(PostEntity, { id });
  }

  /** The posts of a topic among `postIds`, in the order they were written. */
  async postsOfTopic(topicId: string, postIds: readonly string[]): Promise<SplitPostRow[]> {
    const rows: Array<{ id: string; post_number: number; author_id: string | null; created_at: Date }> = await this.db.query(
      `SELECT id, post_number, author_id, created_at FROM posts WHERE topic_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at, post_number`,
      [topicId, [...postIds]],
    );
    return rows.map((r) => ({ id: r.id, postNumber: r.post_number, authorId: r.author_id, createdAt: r.created_at }));
  }
}
