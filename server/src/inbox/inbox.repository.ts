import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ALWAYS_OPEN, type BusinessHours } from '../common/business-hours.js';
import type { CursorKey } from '../common/pagination.js';
import { returningRows } from '../common/transaction.js';

type Queryable = Pick<EntityManager, 'query'>;

export type InboxReason = 'UNANSWERED' | 'FOLLOW_UP' | 'SENT';
export type InboxResolution = 'ANSWERED' | 'ACCEPTED' | 'NO_REPLY_NEEDED';

/** An open inbox item with what the list shows of its topic. */
export interface InboxItemRow {
  topicId: string;
  categoryId: string;
  reason: InboxReason;
  waitingSince: Date;
  waitingPostId: string | null;
  claimedBy: string | null;
  claimedUntil: Date | null;
  closedAt: Date | null;
  resolution: InboxResolution | null;
  overdueNotifiedAt: Date | null;
  /** `waitingSince` at the database's full precision (microseconds), for cursors and compare-and-set. */
  waitingKey: string;
}

export interface InboxSettingsRow {
  targetMinutes: number;
  claimMinutes: number;
  businessHours: BusinessHours;
  updatedAt: Date;
}

const ITEM_COLUMNS = `i.topic_id AS "topicId", i.category_id AS "categoryId", i.reason, i.waiting_since AS "waitingSince",
  i.waiting_post_id AS "waitingPostId", i.claimed_by AS "claimedBy", i.claimed_until AS "claimedUntil", i.closed_at AS "closedAt",
  i.resolution, i.overdue_notified_at AS "overdueNotifiedAt", i.waiting_since::text AS "waitingKey"`;

/** Only items whose topic is still there for its readers (not deleted or hidden). */
const LISTED_TOPIC = `EXISTS (SELECT 1 FROM topics t WHERE t.id = i.topic_id AND t.deleted_at IS NULL AND t.hidden_at IS NULL)`;

/**
 * Every query of the reply inbox (`inbox_items`, `inbox_settings`, `inbox_duty`). The forum's own
 * writes keep the items current through the statements here that take the caller's transaction or
 * join the reply statement (`replySql`), so an item is never out of step with the posts.
 */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- kept current by the forum's writes -------------------------------------------------------

  /**
   * A piece of the reply statement (a CTE body): `topic` and `post` name its CTEs of the updated
   * topic and the inserted post. A reply by staff answers the topic's item (and remembers the
   * team's reply); a member's reply after the team's last reply opens a follow-up.
   */
  static replySql(byStaff: boolean, counted: string, topic = 't', post = 'p'): string {
    if (byStaff) {
      return `INSERT INTO inbox_items (topic_id, category_id, reason, waiting_since, closed_at, resolution, closed_by, team_replied_at)
        SELECT ${topic}.id, ${topic}.category_id, 'UNANSWERED', ${topic}.created_at, now(), 'ANSWERED', ${post}.author_id, ${post}.created_at
        FROM ${topic}, ${post} WHERE ${counted}::boolean
        ON CONFLICT (topic_id) DO UPDATE SET
          team_replied_at = greatest(inbox_items.team_replied_at, EXCLUDED.team_replied_at),
          resolution = CASE WHEN inbox_items.closed_at IS NULL THEN 'ANSWERED' ELSE inbox_items.resolution END,
          closed_by = CASE WHEN inbox_items.closed_at IS NULL THEN EXCLUDED.closed_by ELSE inbox_items.closed_by END,
          closed_at = coalesce(inbox_items.closed_at, now()),
          claimed_by = NULL, claimed_until = NULL, updated_at = now()
        RETURNING topic_id`;
    }
    return `UPDATE inbox_items SET reason = 'FOLLOW_UP', waiting_since = ${post}.created_at, waiting_post_id = ${post}.id,
          closed_at = NULL, resolution = NULL, closed_by = NULL, claimed_by = NULL, claimed_until = NULL, overdue_notified_at = NULL, updated_at = now()
        FROM ${post} WHERE ${counted}::boolean AND inbox_items.topic_id = ${post}.topic_id
          AND inbox_items.closed_at IS NOT NULL AND inbox_items.team_replied_at IS NOT NULL
        RETURNING inbox_items.topic_id`;
  }

  /** In the caller's transaction: a member's new question or idea waits for the team. */
  static async topicCreated(m: Queryable, topic: { id: string; categoryId: string; kind: string; createdAt: Date }, postId: string, byStaff: boolean): Promise<boolean> {
    if (byStaff || (topic.kind !== 'QUESTION' && topic.kind !== 'IDEA')) return false;
    await m.query(
      `INSERT INTO inbox_items (topic_id, category_id, reason, waiting_since, waiting_post_id) VALUES ($1, $2, 'UNANSWERED', $3, $4)
       ON CONFLICT (topic_id) DO NOTHING`,
      [topic.id, topic.categoryId, topic.createdAt, postId],
    );
    return true;
  }

  /** In the caller's transaction: a post approved from the queue counts as if just written (see `replySql`). */
  static async postApproved(m: Queryable, post: { id: string; topicId: string; postNumber: number; authorId: string | null; createdAt: Date }, byStaff: boolean): Promise<void> {
    const sql = `WITH p AS (SELECT $1::uuid AS id, $2::uuid AS topic_id, $3::uuid AS author_id, $4::timestamptz AS created_at),
      t AS (SELECT id, category_id, created_at FROM topics WHERE id = $2)
      ${InboxRepository.replySql(byStaff, 'true')}`;
    await m.query(sql, [post.id, post.topicId, post.authorId, post.createdAt]);
  }

  /** In the caller's transaction: an accepted answer closes a question's wait for a first answer. */
  static async answerAccepted(m: Queryable, topicId: string, by: string): Promise<void> {
    await m.query(
      `UPDATE inbox_items SET closed_at = now(), resolution = 'ACCEPTED', closed_by = $2, claimed_by = NULL, claimed_until = NULL, updated_at = now()
       WHERE topic_id = $1 AND closed_at IS NULL AND reason = 'UNANSWERED'`,
      [topicId, by],
    );
  }

  // ---- the list --------------------------------------------------------------------------------

  /**
   * Questions and ideas waiting for a first answer now (the KPI "unanswered now"), from the open
   * items' reason index alone: items of topics deleted or hidden are closed then (`closeGone`).
   */
  async unansweredCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM inbox_items i WHERE i.closed_at IS NULL AND i.reason = 'UNANSWERED'`);
    return n;
  }


  /** Open items, longest waiting first, in these categories (null: all); `size + 1` rows. */
  async open(categoryIds: readonly string[] | null, filter: { claimedBy?: string; unclaimed?: boolean }, after: CursorKey | null, size: number): Promise<InboxItemRow[]> {
    const params: unknown[] = [];
    const at = (v: unknown) => `$${params.push(v)}`;
    const where = [`i.closed_at IS NULL`, LISTED_TOPIC];
    if (categoryIds) where.push(`i.category_id = ANY(${at(categoryIds)}::uuid[])`);
    if (filter.claimedBy) where.push(`i.claimed_by = ${at(filter.claimedBy)} AND i.claimed_until > now()`);
    if (filter.unclaimed) where.push(`(i.claimed_by IS NULL OR i.claimed_until <= now())`);
    if (after) where.push(`(i.waiting_since, i.topic_id) > (${at(after[0])}::timestamptz, ${at(after[1])}::uuid)`);
    return this.db.query(
      `SELECT ${ITEM_COLUMNS} FROM inbox_items i WHERE ${where.join(' AND ')} ORDER BY i.waiting_since, i.topic_id LIMIT ${at(size + 1)}`,
      params,
    );
  }

  /**
   * How many open items, in these categories (null: all): held by this person, held by nobody, and
   * waiting since `lateSince` or earlier. Read from the open items' index alone: items of topics
   * deleted or hidden are closed when that happens (`closeGone`), so no topic is looked up.
   */
  async counts(categoryIds: readonly string[] | null, userId: string, lateSince: Date | null): Promise<{ open: number; mine: number; unclaimed: number; overdue: number }> {
    const params: unknown[] = [userId, lateSince];
    const scope = categoryIds ? `AND i.category_id = ANY($${params.push(categoryIds)}::uuid[])` : '';
    const [row]: Array<{ open: number; mine: number; unclaimed: number; overdue: number }> = await this.db.query(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE i.claimed_by = $1 AND i.claimed_until > now())::int AS mine,
              count(*) FILTER (WHERE i.claimed_by IS NULL OR i.claimed_until <= now())::int AS unclaimed,
              count(*) FILTER (WHERE i.waiting_since <= $2::timestamptz)::int AS overdue
       FROM inbox_items i WHERE i.closed_at IS NULL ${scope}`,
      params,
    );
    return row!;
  }

  /** The open items waiting since `since` or earlier whose lateness no one was told of yet (the overdue scan), oldest first. */
  async unnotified(since: Date, limit: number): Promise<InboxItemRow[]> {
    return this.db.query(
      `SELECT ${ITEM_COLUMNS} FROM inbox_items i
       WHERE i.closed_at IS NULL AND i.overdue_notified_at IS NULL AND i.waiting_since <= $1 AND ${LISTED_TOPIC}
       ORDER BY i.waiting_since, i.topic_id LIMIT $2`,
      [since, limit],
    );
  }

  /** In the caller's transaction: marks an open item's lateness told, unless it changed since (false then). */
  async markNotified(m: Queryable, topicId: string, waitingKey: string): Promise<boolean> {
    const rows = await returningRows(m, `UPDATE inbox_items SET overdue_notified_at = now() WHERE topic_id = $1 AND closed_at IS NULL AND overdue_notified_at IS NULL AND waiting_since = $2::timestamptz RETURNING 1`, [topicId, waitingKey]);
    return rows.length > 0;
  }

  /** Closes the open item of a topic that was deleted or hidden (nobody answers it there); whether there was one. */
  async closeGone(topicId: string): Promise<boolean> {
    const rows = await returningRows(
      this.db,
      `UPDATE inbox_items SET closed_at = now(), resolution = 'NO_REPLY_NEEDED', claimed_by = NULL, claimed_until = NULL, updated_at = now()
       WHERE topic_id = $1 AND closed_at IS NULL RETURNING 1`,
      [topicId],
    );
    return rows.length > 0;
  }

  async item(topicId: string): Promise<InboxItemRow | null> {
    const [row]: InboxItemRow[] = await this.db.query(`SELECT ${ITEM_COLUMNS} FROM inbox_items i WHERE i.topic_id = $1`, [topicId]);
    return row ?? null;
  }

  async items(topicIds: readonly string[]): Promise<InboxItemRow[]> {
    return this.db.query(`SELECT ${ITEM_COLUMNS} FROM inbox_items i WHERE i.topic_id = ANY($1::uuid[])`, [[...topicIds]]);
  }

  // ---- staff actions ---------------------------------------------------------------------------

  /**
   * Claims an open item for `userId` until `minutes` from now, unless someone else holds an unlapsed
   * claim: one statement, so two staff claiming at the same instant get one winner. Null when not claimed.
   */
  async claim(topicId: string, userId: string, minutes: number): Promise<InboxItemRow | null> {
    const [row] = await returningRows<InboxItemRow>(
      this.db,
      `UPDATE inbox_items i SET claimed_by = $2, claimed_until = now() + make_interval(mins => $3::int), updated_at = now()
       WHERE i.topic_id = $1 AND i.closed_at IS NULL AND (i.claimed_by IS NULL OR i.claimed_until <= now() OR i.claimed_by = $2)
       RETURNING ${ITEM_COLUMNS}`,
      [topicId, userId, minutes],
    );
    return row ?? null;
  }

  /** Lets go of one's claim (staff who manage the inbox may release anyone's: `anyone`). */
  async release(topicId: string, userId: string, anyone: boolean): Promise<InboxItemRow | null> {
    const [row] = await returningRows<InboxItemRow>(
      this.db,
      `UPDATE inbox_items i SET claimed_by = NULL, claimed_until = NULL, updated_at = now()
       WHERE i.topic_id = $1 AND i.closed_at IS NULL AND i.claimed_by IS NOT NULL AND (i.claimed_by = $2 OR $3::boolean)
       RETURNING ${ITEM_COLUMNS}`,
      [topicId, userId, anyone],
    );
    return row ?? null;
  }

  /** Closes an open item as needing no reply. */
  async dismiss(m: Queryable, topicId: string, userId: string): Promise<InboxItemRow | null> {
    const [row] = (await returningRows(
      m,
      `UPDATE inbox_items i SET closed_at = now(), resolution = 'NO_REPLY_NEEDED', closed_by = $2, claimed_by = NULL, claimed_until = NULL, updated_at = now()
       WHERE i.topic_id = $1 AND i.closed_at IS NULL RETURNING ${ITEM_COLUMNS}`,
      [topicId, userId],
    )) as InboxItemRow[];
    return row ?? null;
  }

  /** Opens (or keeps open) an item for a topic staff sent to the inbox; null when it was already open. */
  async send(m: Queryable, topic: { id: string; categoryId: string }): Promise<InboxItemRow | null> {
    const [row] = (await returningRows(
      m,
      `INSERT INTO inbox_items AS i (topic_id, category_id, reason, waiting_since) VALUES ($1, $2, 'SENT', now())
       ON CONFLICT (topic_id) DO UPDATE SET reason = 'SENT', waiting_since = now(), waiting_post_id = NULL, closed_at = NULL, resolution = NULL,
         closed_by = NULL, claimed_by = NULL, claimed_until = NULL, overdue_notified_at = NULL, updated_at = now()
       WHERE i.closed_at IS NOT NULL
       RETURNING ${ITEM_COLUMNS}`,
      [topic.id, topic.categoryId],
    )) as InboxItemRow[];
    return row ?? null;
  }

  async handleOf(userId: string): Promise<string | null> {
    const [row]: Array<{ handle: string }> = await this.db.query(`SELECT handle FROM users WHERE id = $1`, [userId]);
    return row?.handle ?? null;
  }

  // ---- settings and duty -----------------------------------------------------------------------

  async settings(): Promise<InboxSettingsRow> {
    const [row]: Array<{ target_minutes: number; claim_minutes: number; business_hours: BusinessHours | null; updated_at: Date }> = await this.db.query(
      `SELECT target_minutes, claim_minutes, business_hours, updated_at FROM inbox_settings WHERE id`,
    );
    return { targetMinutes: row?.target_minutes ?? 10, claimMinutes: row?.claim_minutes ?? 15, businessHours: row?.business_hours ?? ALWAYS_OPEN, updatedAt: row?.updated_at ?? new Date(0) };
  }

  async saveSettings(m: Queryable, settings: Omit<InboxSettingsRow, 'updatedAt'>, userId: string): Promise<void> {
    await m.query(
      `INSERT INTO inbox_settings (id, target_minutes, claim_minutes, business_hours, updated_by, updated_at) VALUES (true, $1, $2, $3::jsonb, $4, now())
       ON CONFLICT (id) DO UPDATE SET target_minutes = EXCLUDED.target_minutes, claim_minutes = EXCLUDED.claim_minutes,
         business_hours = EXCLUDED.business_hours, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [settings.targetMinutes, settings.claimMinutes, JSON.stringify(settings.businessHours), userId],
    );
  }

  async setDuty(userId: string, onDuty: boolean): Promise<void> {
    if (onDuty) await this.db.query(`INSERT INTO inbox_duty (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [userId]);
    else await this.db.query(`DELETE FROM inbox_duty WHERE user_id = $1`, [userId]);
  }

  /** Staff on duty now (their current role is staff), the 100 longest on duty. */
  async onDuty(): Promise<Array<{ id: string; role: string; handle: string; since: Date }>> {
    return this.db.query(
      `SELECT u.id, u.role, u.handle, d.since FROM inbox_duty d JOIN users u ON u.id = d.user_id
       WHERE u.role <> 'MEMBER' AND u.membership = 'ACTIVE' ORDER BY d.since LIMIT 100`,
    );
  }

  /** Community managers and admins: told of late items when nobody is on duty. */
  async managers(): Promise<Array<{ id: string; role: string; handle: string }>> {
    return this.db.query(`SELECT id, role, handle FROM users WHERE role IN ('COMMUNITY_MANAGER', 'ADMIN') AND membership = 'ACTIVE' ORDER BY created_at LIMIT 50`);
  }
}
