import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
}
