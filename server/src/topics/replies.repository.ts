import type { DataSource, EntityManager } from 'typeorm';
import { InboxRepository } from '../inbox/inbox.repository.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { NotificationEntity } from '../notifications/notification.entity.js';
import { NotificationsRepository, type PlannedRows } from '../notifications/notifications.repository.js';
import { hotScoreSql } from './hot-score.js';
import { hydrateEntity } from '../database/hydrate.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';

/** A reply to write: its id and time are chosen before, so its topic can point at it in the same statement. */
export interface ReplyWrite {
  postId: string;
  topicId: string;
  categoryId: string;
  authorId: string;
  replyToPostId: string | null;
  body: string;
  bodyHtml: string;
  asBrand: boolean;
  byStaff: boolean;
  createdAt: Date;
  /** Shown to every reader at once: counted on its topic and category, not held for approval. */
  counted: boolean;
  /** The notifications it sends, stored with it. */
  notifications: PlannedRows | null;
}

/** The statement that writes a reply (see `writeReply`). */
export class RepliesRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Writes a reply in one statement: numbers it under its topic's row lock, stores it, updates
   * the topic (counts, last post, hot score) and the author's read position, stores its
   * notifications and, when the topic is listed, adds it to the category's post count. Run
   * outside a transaction it is its own transaction: the shared category row is locked only
   * while the statement finishes and commits, with no round trip to the server in between.
   */
  async writeReply(q: Pick<EntityManager, 'query'>, w: ReplyWrite): Promise<{ topic: TopicEntity; post: PostEntity; notifications: NotificationEntity[]; inboxChanged: boolean }> {
    const params: unknown[] = [];
    const at = (value: unknown) => `$${params.push(value)}`;
    const topicColumns = this.db.getMetadata(TopicEntity).columns.map((c) => c.databaseName);
    const counted = at(w.counted);
    const created = at(w.createdAt);
    const postId = at(w.postId);
    const authorId = at(w.authorId);
    const notify = w.notifications && w.notifications.userIds.length > 0 ? w.notifications : null;
    const sql = `
      WITH t AS (
        UPDATE topics SET post_number_seq = post_number_seq + 1,
          reply_count = reply_count + CASE WHEN ${counted}::boolean THEN 1 ELSE 0 END,
          last_post_id = CASE WHEN ${counted} AND last_posted_at <= ${created} THEN ${postId}::uuid ELSE last_post_id END,
          last_poster_id = CASE WHEN ${counted} AND last_posted_at <= ${created} THEN ${authorId}::uuid ELSE last_poster_id END,
          last_posted_at = CASE WHEN ${counted} THEN greatest(last_posted_at, ${created}) ELSE last_posted_at END,
          staff_answered_at = CASE WHEN ${counted} AND ${at(w.byStaff)}::boolean AND kind = 'QUESTION' THEN coalesce(staff_answered_at, now()) ELSE staff_answered_at END,
          hot_score = CASE WHEN ${counted} THEN ${hotScoreSql('reply_count + 1')} ELSE hot_score END,
          updated_at = CASE WHEN ${counted} THEN now() ELSE updated_at END
        WHERE id = ${at(w.topicId)}
        RETURNING ${topicColumns.map((c) => `topics.${c}`).join(', ')}, deleted_at IS NULL AND hidden_at IS NULL AS listed
      ), p AS (
        INSERT INTO posts (id, topic_id, post_number, author_id, reply_to_post_id, body, body_html, as_brand, author_is_staff, reactions, approval, created_at, updated_at)
        SELECT ${postId}::uuid, t.id, t.post_number_seq, ${authorId}::uuid, ${at(w.replyToPostId)}::uuid, ${at(w.body)}::text, ${at(w.bodyHtml)}::text, ${at(w.asBrand)}::boolean, ${at(w.byStaff)}::boolean, '{}'::jsonb,
          CASE WHEN ${counted} THEN 'APPROVED' ELSE 'PENDING' END, ${created}::timestamptz, ${created}::timestamptz
        FROM t
        RETURNING ${this.db.getMetadata(PostEntity).columns.map((c) => c.databaseName).join(', ')}
      ), r AS (
        INSERT INTO topic_reads (user_id, topic_id, last_read_post_number) SELECT ${authorId}, t.id, t.post_number_seq FROM t
        ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_post_number = greatest(topic_reads.last_read_post_number, EXCLUDED.last_read_post_number), updated_at = now()
      ), n AS (
        ${notify ? NotificationsRepository.insertPlannedSql(notify, at, 'p', 'p.post_number') : 'SELECT NULL::int AS id WHERE false'}
      ), i AS (
        ${InboxRepository.replySql(w.byStaff, counted)}
      ), c AS (
        ${CategoriesService.counterSql('post_count', 1, at(w.categoryId), `${counted} AND EXISTS (SELECT 1 FROM t WHERE t.listed)`)}
      )
      SELECT ${topicColumns.map((c) => `t.${c}`).join(', ')},
        (SELECT row_to_json(p) FROM p) AS reply,
        (SELECT coalesce(json_agg(n), '[]') FROM n) AS notified,
        EXISTS (SELECT 1 FROM i) AS inbox_changed
      FROM t`;
    const [row]: Array<Record<string, unknown>> = await q.query(sql, params);
    if (!row) throw new Error(`writeReply: topic ${w.topicId} does not exist`);
    const postRow = row.reply as Record<string, unknown>;
    const post = hydrateEntity(this.db, PostEntity, postRow);
    return {
      topic: hydrateEntity(this.db, TopicEntity, row),
      post,
      notifications: NotificationsRepository.hydrate((row.notified as Array<Record<string, unknown>>) ?? []),
      inboxChanged: row.inbox_changed === true,
    };
  }
}
