import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { afterStatements, returningRows } from '../common/transaction.js';
import type { PostEntity } from './post.entity.js';
import { hotScoreSql } from './hot-score.js';
import { HOT_SCORE_SQL } from './topics.service.js';

/**
 * Topic and post counters for other features: moderation (merge, split, delete, restore) recounts
 * through here, and reactions move their counts through here, in the caller's transaction, instead
 * of writing topics' rows themselves.
 */
@Injectable()
export class TopicCountersRepository {
  /**
   * Recomputes a topic's counters from its posts. Replies and reactions count only posts every
   * reader of the topic sees, as PostsService keeps them.
   */
  async recount(m: EntityManager, topicId: string): Promise<void> {
    await m.query(
      `WITH visible AS (
         SELECT * FROM posts WHERE topic_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND approval = 'APPROVED'
       ), last AS (SELECT id, author_id, created_at FROM visible ORDER BY post_number DESC LIMIT 1)
       UPDATE topics t SET
         reply_count = (SELECT count(*) FROM visible WHERE post_number > 1),
         reaction_count = (SELECT coalesce(sum(v.value::int), 0) FROM visible p, jsonb_each_text(p.reactions) v),
         post_number_seq = (SELECT coalesce(max(post_number), 0) FROM posts WHERE topic_id = $1),
         first_post_id = (SELECT id FROM posts WHERE topic_id = $1 AND post_number = 1),
         last_post_id = coalesce((SELECT id FROM last), t.last_post_id),
         last_poster_id = coalesce((SELECT author_id FROM last), t.last_poster_id),
         last_posted_at = coalesce((SELECT created_at FROM last), t.last_posted_at),
         updated_at = now()
       WHERE t.id = $1`,
      [topicId],
    );
    await m.query(`UPDATE topics SET hot_score = ${HOT_SCORE_SQL} WHERE id = $1`, [topicId]);
  }

  /** Moves the post's count of one reaction by `delta` (never below zero). */
  async shiftPostCount(m: EntityManager, postId: string, kind: string, delta: number): Promise<void> {
    await m.query(
      `UPDATE posts SET reactions = jsonb_set(reactions, ARRAY[$2::text], to_jsonb(greatest(0, coalesce((reactions->>$2)::int, 0) + $3)))
       WHERE id = $1`,
      [postId, kind, delta],
    );
  }

  /** Moves the topic's reaction count by `delta` and recomputes its hot score. */
  async shiftTopicCount(m: EntityManager, topicId: string, delta: number): Promise<void> {
    await m.query(
      `UPDATE topics SET reaction_count = greatest(0, reaction_count + $2),
         hot_score = ${hotScoreSql('reply_count', 'greatest(0, reaction_count + $2)')}
       WHERE id = $1`,
      [topicId, delta],
    );
  }

  /** Counts a visible reply on its topic and category (at creation, or when a held reply is approved). */
  static async countReply(m: EntityManager, topicId: string, post: PostEntity, byStaff: boolean, categoryId: string): Promise<void> {
    const [topic] = await returningRows<{ listed: boolean }>(
      m,
      `UPDATE topics SET reply_count = reply_count + 1,
         last_post_id = CASE WHEN last_posted_at <= $4 THEN $2 ELSE last_post_id END,
         last_poster_id = CASE WHEN last_posted_at <= $4 THEN $3 ELSE last_poster_id END,
         last_posted_at = greatest(last_posted_at, $4),
         staff_answered_at = CASE WHEN $5 AND kind = 'QUESTION' THEN coalesce(staff_answered_at, now()) ELSE staff_answered_at END,
         hot_score = ${hotScoreSql('reply_count + 1')},
         updated_at = now()
       WHERE id = $1
       RETURNING deleted_at IS NULL AND hidden_at IS NULL AS listed`,
      [topicId, post.id, post.authorId, post.createdAt, byStaff],
    );
    // A reply in a hidden topic (its author's, or staff's) is counted with the topic if it is shown.
    if (!topic?.listed) return;
    // The category row is shared by every reply in the category: touch it last, just before
    // commit, so concurrent replies wait for it as briefly as possible.
    await afterStatements(m, () => m.query(CategoriesRepository.counterSql('post_count', 1), [categoryId]));
  }

  /**
   * Posts became visible to every reader of their topic (+1: shown, restored) or stopped being
   * (-1: hidden, deleted): their topics' reply and reaction counts and, for listed topics, their
   * categories' post counts follow. By delta, in one statement, so a bulk change does not recount
   * whole categories while holding their rows (every reply in them waits on that lock).
   */
  static async shiftPostCounters(m: EntityManager, posts: ReadonlyArray<{ topicId: string; postNumber: number }>, direction: 1 | -1): Promise<void> {
    if (posts.length === 0) return;
    const topicIds = posts.map((p) => p.topicId);
    await m.query(
      `WITH changed AS (
         SELECT c.topic_id, count(*)::int AS posts, (count(*) FILTER (WHERE c.n > 1))::int AS replies,
           coalesce(sum((SELECT sum(v.value::int) FROM jsonb_each_text(p.reactions) v)), 0)::int AS reactions
         FROM unnest($1::uuid[], $2::int[]) AS c(topic_id, n) JOIN posts p ON p.topic_id = c.topic_id AND p.post_number = c.n
         GROUP BY c.topic_id
       ), counted AS (
         UPDATE topics t SET reply_count = greatest(0, t.reply_count + $3 * c.replies),
           reaction_count = greatest(0, t.reaction_count + $3 * c.reactions), updated_at = now()
         FROM changed c WHERE t.id = c.topic_id
         RETURNING t.category_id, c.posts, t.deleted_at IS NULL AND t.hidden_at IS NULL AS listed
       )
       ${CategoriesRepository.addCountsSql(`SELECT category_id, 0, $3::int * sum(posts)::int FROM counted WHERE listed GROUP BY category_id`)}`,
      [topicIds, posts.map((p) => p.postNumber), direction],
    );
    await m.query(`UPDATE topics SET hot_score = ${HOT_SCORE_SQL} WHERE id = ANY($1::uuid[])`, [[...new Set(topicIds)]]);
  }

  /** A deleted post stops being its question's accepted answer. */
  static async dropAcceptedAnswer(m: EntityManager, topicId: string, postId: string): Promise<void> {
    await m.query(
      `UPDATE topics SET accepted_post_id = CASE WHEN accepted_post_id = $2 THEN NULL ELSE accepted_post_id END, updated_at = now() WHERE id = $1`,
      [topicId, postId],
    );
  }
}
