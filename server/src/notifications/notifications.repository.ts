import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Role } from '@townsquare/shared';
import { CategoryEntity } from '../categories/category.entity.js';
import { returningRows } from '../common/transaction.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { NotificationEntity } from './notification.entity.js';
import type { WatchLevel, WatchTarget } from './notification.objects.js';

/** What a reader may read now, as the list queries need it. */
export interface NotificationReader {
  userId: string;
  /** Categories the reader may read. */
  readableCategoryIds: string[];
  /** Categories the reader moderates (sees hidden and deleted content in). */
  moderatedCategoryIds: string[];
}

/** The rule below as SQL over notification `n`, for the reader given by three SQL expressions. */
function visibleSql(me: string, readable: string, moderated: string): string {
  return `(n.topic_id IS NULL OR EXISTS (
           SELECT 1 FROM topics t LEFT JOIN posts p ON p.id = n.post_id
            WHERE t.id = n.topic_id AND t.category_id = ANY(${readable})
              AND (t.category_id = ANY(${moderated}) OR (
                    t.deleted_at IS NULL AND (t.hidden_at IS NULL OR t.author_id = ${me})
                    AND (n.post_id IS NULL OR (p.deleted_at IS NULL AND ((p.hidden_at IS NULL AND p.approval = 'APPROVED') OR p.author_id = ${me})))))))`;
}

/** A person a new post may concern, with what the notification rules need to know about them. */
export interface AudienceCandidate {
  id: string;
  role: string;
  handle: string;
  membership: string;
  mentioned: boolean;
  quoted: boolean;
  /** Their watch level on the topic and on its category, if they chose one. */
  topic_level: string | null;
  category_level: string | null;
}

/** Notifications about one new post, one row per recipient; the post number is known only once it is written. */
export interface PlannedRows {
  userIds: string[];
  kinds: string[];
  topicId: string;
  postId: string;
  actorId: string | null;
  data: Record<string, unknown>;
}

type Queryable = Pick<EntityManager, 'query'>;

/** Who a notification goes to, as the reading rules need them. */
export interface NotifiedPerson {
  id: string;
  role: Role;
  handle: string;
}

/** A notification to insert as it is (not about a new post). */
export interface NotificationValues {
  userId: string;
  kind: string;
  topicId: string | null;
  postId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
}

/** The grouped notification of reactions to one post, while its recipient has not read it. */
export interface ReactionNotification {
  userId: string;
  topicId: string;
  postId: string;
  actorId: string;
  groupKey: string;
  data: Record<string, unknown>;
}

/**
 * Every query of notifications and of watches (who follows or mutes a topic or category). A notification about a topic or post is listed and counted only
 * while its reader may still read that topic and post: the same rule as `topics/visibility.ts`
 * (category readable; topic and post not deleted or hidden, unless the reader moderates the
 * category or wrote them), written here in SQL so that pages stay keyset-paginated.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  private visibleTo(reader: NotificationReader): SelectQueryBuilder<NotificationEntity> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :me', { me: reader.userId })
      .andWhere(visibleSql(':me', ':readable::uuid[]', ':moderated::uuid[]'), { readable: reader.readableCategoryIds, moderated: reader.moderatedCategoryIds });
  }

  /** A page of the reader's notifications, newest change first, after a (updated at, id) cursor. */
  page(reader: NotificationReader, limit: number, unreadOnly: boolean, cursor: [string, string] | null): Promise<NotificationEntity[]> {
    const qb = this.visibleTo(reader)
      // Cursors carry milliseconds (JavaScript dates): order and compare at that precision.
      .orderBy("date_trunc('milliseconds', n.updated_at)", 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (cursor) qb.andWhere("(date_trunc('milliseconds', n.updated_at), n.id) < (:at::timestamptz, :id::uuid)", { at: cursor[0], id: cursor[1] });
    return qb.getMany();
  }

  /** Unread notifications the reader may still read, counted up to `cap`. */
  async unreadCount(reader: NotificationReader, cap = 1000): Promise<number> {
    const inner = this.visibleTo(reader).select('1').andWhere('n.read_at IS NULL').limit(cap);
    const [sql, params] = inner.getQueryAndParameters();
    const [{ count }]: Array<{ count: number }> = await this.notifications.query(`SELECT count(*)::int AS count FROM (${sql}) x`, params);
    return count;
  }

  /**
   * Unread counts of several readers in one statement (each capped like `unreadCount`): what the
   * live `notification.created` event carries to each recipient of one post.
   */
  async unreadCounts(readers: readonly NotificationReader[], cap = 1000): Promise<Map<string, number>> {
    if (readers.length === 0) return new Map();
    const rows: Array<{ user_id: string; count: number }> = await this.notifications.query(
      `SELECT r.user_id, (SELECT count(*)::int FROM (
           SELECT 1 FROM notifications n WHERE n.user_id = r.user_id AND n.read_at IS NULL
             AND ${visibleSql('r.user_id', 'r.readable', 'r.moderated')} LIMIT $2) x) AS count
       FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, readable uuid[], moderated uuid[])`,
      [JSON.stringify(readers.map((r) => ({ user_id: r.userId, readable: r.readableCategoryIds, moderated: r.moderatedCategoryIds }))), cap],
    );
    return new Map(rows.map((r) => [r.user_id, r.count]));
  }

  /**
   * Everyone a new post may concern, in one statement however many they are: watchers of its
   * topic or category, the people it mentions or quotes, and `direct` (its topic's author, the
   * author replied to); with the category's read roles and the actor's name.
   */
  async postAudience(
    q: Queryable,
    a: { topicId: string; categoryId: string; actorId: string | null; mentions: string[]; quotedPostIds: string[]; direct: string[] },
  ): Promise<{ candidates: AudienceCandidate[]; readRoles: string[] | null; actor: { handle: string; displayName: string } | null }> {
    const [row]: Array<{ candidates: AudienceCandidate[] | null; read_roles: string[] | null; actor: { handle: string; displayName: string } | null }> = await q.query(
      `WITH w AS (
         SELECT user_id, max(level) FILTER (WHERE target_type = 'TOPIC') AS topic_level, max(level) FILTER (WHERE target_type = 'CATEGORY') AS category_level
         FROM watches WHERE (target_type = 'TOPIC' AND target_id = $1) OR (target_type = 'CATEGORY' AND target_id = $2)
         GROUP BY user_id
       ), mentioned AS (
         SELECT id FROM users WHERE cardinality($3::text[]) > 0 AND lower(handle) = ANY($3::text[])
       ), quoted AS (
         SELECT DISTINCT author_id AS id FROM posts WHERE cardinality($4::uuid[]) > 0 AND id = ANY($4::uuid[]) AND author_id IS NOT NULL
       ), candidate AS (
         SELECT user_id AS id FROM w UNION SELECT id FROM mentioned UNION SELECT id FROM quoted UNION SELECT unnest($5::uuid[])
       )
       SELECT
         (SELECT json_agg(json_build_object('id', u.id, 'role', u.role, 'handle', u.handle, 'membership', u.membership,
             'mentioned', u.id IN (SELECT id FROM mentioned), 'quoted', u.id IN (SELECT id FROM quoted),
             'topic_level', w.topic_level, 'category_level', w.category_level))
          FROM candidate c JOIN users u ON u.id = c.id LEFT JOIN w ON w.user_id = u.id) AS candidates,
         (SELECT read_roles FROM categories WHERE id = $2) AS read_roles,
         (SELECT json_build_object('handle', handle, 'displayName', display_name) FROM users WHERE id = $6) AS actor`,
      [a.topicId, a.categoryId, a.mentions, a.quotedPostIds.slice(0, 20), a.direct, a.actorId],
    );
    return { candidates: row?.candidates ?? [], readRoles: row?.read_roles ?? null, actor: row?.actor ?? null };
  }

  /**
   * The rows of planned notifications as a data-modifying CTE body: `postNumber` is an SQL
   * expression over `from` (the statement that numbered the post), `at` adds a parameter.
   * Lets the post and its notifications be written by one statement, so one commit covers both.
   */
  static insertPlannedSql(rows: PlannedRows, at: (value: unknown) => string, from: string, postNumber: string): string {
    return `INSERT INTO notifications (user_id, kind, topic_id, post_id, actor_id, data)
      SELECT r.user_id, r.kind, ${at(rows.topicId)}::uuid, ${at(rows.postId)}::uuid, ${at(rows.actorId)}::uuid,
        ${at(JSON.stringify(rows.data))}::jsonb || jsonb_build_object('postNumber', ${postNumber})
      FROM unnest(${at(rows.userIds)}::uuid[], ${at(rows.kinds)}::varchar[]) AS r(user_id, kind), ${from}
      RETURNING id, user_id, kind, topic_id, post_id, actor_id, group_key, actor_count, data, read_at, created_at, updated_at`;
  }

  /** Planned notifications inside a caller's transaction, the post number already known. */
  async insertPlanned(m: Queryable, rows: PlannedRows, postNumber: number): Promise<NotificationEntity[]> {
    if (rows.userIds.length === 0) return [];
    const params: unknown[] = [];
    const at = (value: unknown) => `$${params.push(value)}`;
    const sql = NotificationsRepository.insertPlannedSql(rows, at, '(SELECT 1) one', `${at(postNumber)}::int`);
    const result: unknown = await m.query(sql, params);
    return NotificationsRepository.hydrate(result as Array<Record<string, unknown>>);
  }

  /** Tells an author their post (or topic, without `postId`) was hidden by staff or flags, and why. */
  async insertPostHidden(m: Queryable, note: { userId: string; topicId: string; postId: string | null; actorId: string | null; data: Record<string, unknown> }): Promise<void> {
    if (note.postId) {
      await m.query(`INSERT INTO notifications (user_id, kind, topic_id, post_id, actor_id, data) VALUES ($1, 'POST_HIDDEN', $2, $3, $4, $5)`, [
        note.userId,
        note.topicId,
        note.postId,
        note.actorId,
        note.data,
      ]);
    } else {
      await m.query(`INSERT INTO notifications (user_id, kind, topic_id, actor_id, data) VALUES ($1, 'POST_HIDDEN', $2, $3, $4)`, [note.userId, note.topicId, note.actorId, note.data]);
    }
  }

  /** One notification per member about an event (no topic: the event's own visibility applies). */
  async insertEventNotices(m: Queryable, userIds: readonly string[], kind: string, data: Record<string, unknown>): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(
      m,
      `INSERT INTO notifications (user_id, kind, data) SELECT u, $2, $3 FROM unnest($1::uuid[]) u RETURNING id`,
      [[...userIds], kind, data],
    );
    return rows.map((r) => r.id);
  }

  /** Tells a member of a staff warning, with its reason. */
  async insertStaffWarning(m: Queryable, userId: string, actorId: string, reason: string): Promise<void> {
    await m.query(`INSERT INTO notifications (user_id, kind, actor_id, data) VALUES ($1, 'STAFF_WARNING', $2, $3)`, [userId, actorId, { reason }]);
  }

  /**
   * One unread notification per post for its reactions: a new reaction joins the unread one (one
   * more actor, the latest named) instead of adding another. Returns its id.
   */
  async upsertReaction(m: Queryable, n: ReactionNotification): Promise<string> {
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO notifications (user_id, kind, topic_id, post_id, actor_id, group_key, data)
       VALUES ($1, 'REACTION', $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL
       DO UPDATE SET actor_count = notifications.actor_count + 1, actor_id = EXCLUDED.actor_id, data = EXCLUDED.data, updated_at = now()
       RETURNING id`,
      [n.userId, n.topicId, n.postId, n.actorId, n.groupKey, n.data],
    );
    return row!.id;
  }

  /** Notifications inside a caller's transaction; their ids. */
  async insertMany(m: EntityManager, values: readonly NotificationValues[]): Promise<string[]> {
    const inserted = await m.insert(NotificationEntity, values as Array<Partial<NotificationEntity>> as never);
    return inserted.identifiers.map((identifier) => (identifier as { id: string }).id);
  }

  /** Of these people, those still in the community (active or waiting for approval). */
  async members(m: Queryable, userIds: readonly string[]): Promise<NotifiedPerson[]> {
    const rows: NotifiedPerson[] = await m.query(`SELECT id, role, handle FROM users WHERE id = ANY($1::uuid[]) AND membership IN ('ACTIVE', 'PENDING')`, [userIds]);
    return rows.map((u) => ({ id: u.id, role: u.role, handle: u.handle }));
  }

  /** These people, whatever their membership. */
  async people(userIds: readonly string[]): Promise<NotifiedPerson[]> {
    const rows: NotifiedPerson[] = await this.notifications.query(`SELECT id, role, handle FROM users WHERE id = ANY($1::uuid[])`, [userIds]);
    return rows.map((u) => ({ id: u.id, role: u.role, handle: u.handle }));
  }

  /** A topic as the transaction sees it; null when it is gone. */
  topic(m: EntityManager, id: string): Promise<TopicEntity | null> {
    return m.findOneBy(TopicEntity, { id });
  }

  /** A category as the transaction sees it (who may read it). */
  category(m: EntityManager, id: string): Promise<CategoryEntity | null> {
    return m.findOneBy(CategoryEntity, { id });
  }

  /** How a notification names a person: their handle and display name now. */
  async actorName(m: Queryable, userId: string): Promise<{ handle: string; displayName: string } | null> {
    const [user]: Array<{ handle: string; display_name: string }> = await m.query(`SELECT handle, display_name FROM users WHERE id = $1`, [userId]);
    return user ? { handle: user.handle, displayName: user.display_name } : null;
  }

  byIds(ids: readonly string[]): Promise<NotificationEntity[]> {
    return this.notifications.findBy({ id: In([...ids]) });
  }

  /** One of a person's own notifications. */
  ownById(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id, userId });
  }

  byIdOrFail(id: string): Promise<NotificationEntity> {
    return this.notifications.findOneByOrFail({ id });
  }

  async markRead(id: string): Promise<void> {
    await this.notifications.update(id, { readAt: new Date() });
  }

  /** Marks every unread notification of a person read; how many there were. */
  async markAllRead(userId: string): Promise<number> {
    const rows = await returningRows(this.notifications.manager, `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1`, [userId]);
    return rows.length;
  }

  /** The category of a topic that is not deleted, or null. */
  async topicCategory(topicId: string): Promise<string | null> {
    const [row]: Array<{ category_id: string }> = await this.notifications.query(`SELECT category_id FROM topics WHERE id = $1 AND deleted_at IS NULL`, [topicId]);
    return row?.category_id ?? null;
  }

  /** A person's watch level on a topic or category, replacing any earlier choice. */
  async setWatch(userId: string, targetType: WatchTarget, targetId: string, level: WatchLevel): Promise<void> {
    await this.notifications.query(
      `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, targetType, targetId, level],
    );
  }

  /** Everyone who chose a level on this topic (watching or muted), inside the caller's transaction. */
  topicWatchLevels(m: Queryable, topicId: string): Promise<Array<{ user_id: string; level: string }>> {
    return m.query(`SELECT user_id, level FROM watches WHERE target_type = 'TOPIC' AND target_id = $1 AND level <> 'TRACKING'`, [topicId]);
  }

  /** Those watching one topic watch another too, unless they already chose a level there. */
  async copyTopicWatchers(m: Queryable, fromTopicId: string, toTopicId: string): Promise<void> {
    await m.query(
      `INSERT INTO watches (user_id, target_type, target_id, level)
       SELECT user_id, 'TOPIC', $2, 'WATCHING' FROM watches WHERE target_type = 'TOPIC' AND target_id = $1 AND level = 'WATCHING'
       ON CONFLICT (user_id, target_type, target_id) DO NOTHING`,
      [fromTopicId, toTopicId],
    );
  }

  /** The author of a new topic watches it, unless they already chose a level; in the topic's transaction. */
  async watchOwnTopic(m: Queryable, userId: string, topicId: string): Promise<void> {
    await m.query(`INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, 'TOPIC', $2, 'WATCHING') ON CONFLICT DO NOTHING`, [userId, topicId]);
  }

  /** A person's chosen watch levels on some topics or categories (those without a choice are absent). */
  watchLevels(userId: string, targetType: WatchTarget, ids: readonly string[]): Promise<Array<{ target_id: string; level: WatchLevel }>> {
    return this.notifications.query(`SELECT target_id, level FROM watches WHERE user_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`, [
      userId,
      targetType,
      [...ids],
    ]);
  }

  /** Notification rows as returned by INSERT … RETURNING (or as JSON) into entities. */
  static hydrate(rows: ReadonlyArray<Record<string, unknown>>): NotificationEntity[] {
    const at = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
    return rows.map((r) =>
      Object.assign(new NotificationEntity(), {
        id: r.id as string,
        userId: r.user_id as string,
        kind: r.kind as string,
        topicId: (r.topic_id as string | null) ?? null,
        postId: (r.post_id as string | null) ?? null,
        actorId: (r.actor_id as string | null) ?? null,
        groupKey: (r.group_key as string | null) ?? null,
        actorCount: Number(r.actor_count ?? 1),
        data: (r.data as Record<string, unknown>) ?? {},
        readAt: at(r.read_at),
        createdAt: at(r.created_at)!,
        updatedAt: at(r.updated_at)!,
      }),
    );
  }
}
