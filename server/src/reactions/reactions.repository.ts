import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReactionKind } from '@townsquare/shared';
import { returningRows } from '../common/transaction.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

/** One reaction a person gave to a post. */
export interface GivenReaction {
  post_id: string;
  kind: string;
}

/**
 * Every query of reactions (`reactions`: one row per member, post and kind). The counters kept on
 * `posts.reactions` and `topics.reaction_count` / `hot_score` belong to topics; they are written
 * here, in the reaction's transaction, until topics offers a way to shift them.
 */
@Injectable()
export class ReactionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Gives a reaction; false when it was already given. */
  async add(m: EntityManager, postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const rows = await returningRows(m, `INSERT INTO reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [postId, userId, kind]);
    return rows.length > 0;
  }

  /** Takes a reaction back; false when none was given. */
  async remove(m: EntityManager, postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const rows = await returningRows(m, `DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3 RETURNING 1`, [postId, userId, kind]);
    return rows.length > 0;
  }

  /** The post and its topic as the transaction now sees them (counters included). */
  async fresh(m: EntityManager, postId: string, topicId: string): Promise<{ post: PostEntity; topic: TopicEntity }> {
    const post = await m.findOneByOrFail(PostEntity, { id: postId });
    const topic = await m.findOneByOrFail(TopicEntity, { id: topicId });
    return { post, topic };
  }

  /** Which reactions one person gave to some posts. */
  givenBy(userId: string, postIds: readonly string[]): Promise<GivenReaction[]> {
    return this.db.query(`SELECT post_id, kind FROM reactions WHERE user_id = $1 AND post_id = ANY($2::uuid[])`, [userId, [...postIds]]);
  }

  /** Who gave a reaction to a post, most recent first. */
  async reactors(postId: string, kind: ReactionKind, limit: number): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT user_id FROM reactions WHERE post_id = $1 AND kind = $2 ORDER BY created_at DESC LIMIT $3`,
      [postId, kind, limit],
    );
    return rows.map((r) => r.user_id);
  }
}
