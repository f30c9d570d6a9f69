import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';

/** A post hidden or shown with its author's removal, for the counters. */
export interface AuthorPostRow {
  topicId: string;
  postNumber: number;
  isPublic: boolean;
}

/**
 * The writes staff actions make on topics and posts, for the features that decide them (moderation:
 * hide, restore, delete, approve, move, merge, split; members: hiding a removed member's posts).
 * Each runs in the caller's transaction; the rules stay with the caller, the rows with topics.
 */
@Injectable()
export class ContentModerationRepository {
  async updateTopic(m: EntityManager, id: string, fields: Partial<Pick<TopicEntity, 'hiddenAt' | 'hiddenReason' | 'deletedAt' | 'lockedAt' | 'closedReason' | 'categoryId' | 'updatedAt'>>): Promise<void> {
    await m.update(TopicEntity, { id }, fields);
  }

  async updatePost(m: EntityManager, id: string, fields: Partial<Pick<PostEntity, 'hiddenAt' | 'hiddenReason' | 'deletedAt' | 'deletedBy' | 'approval' | 'updatedAt'>>): Promise<void> {
    await m.update(PostEntity, { id }, fields);
  }

  /** Hides a post unless it already is; true when this call hid it. */
  async hidePost(m: EntityManager, postId: string, reason: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      m,
      `UPDATE posts SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE id = $1 AND hidden_at IS NULL RETURNING id`,
      [postId, reason],
    );
    return rows.length > 0;
  }

  /** Takes row locks on topics, so two merges into the same topics run one after the other. */
  async lockTopics(m: EntityManager, topicIds: readonly string[]): Promise<void> {
    await m.query(`SELECT id FROM topics WHERE id = ANY($1::uuid[]) FOR UPDATE`, [[...topicIds]]);
  }

  /** Moves every post of `sourceId` after the last of `targetId`, in the order they were written. */
  async appendPosts(m: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await m.query(
      `WITH moved AS (
         SELECT id, row_number() OVER (ORDER BY created_at, post_number) AS n FROM posts WHERE topic_id = $1
       )
       UPDATE posts p SET topic_id = $2, post_number = (SELECT post_number_seq FROM topics WHERE id = $2) + moved.n, updated_at = now()
       FROM moved WHERE p.id = moved.id`,
      [sourceId, targetId],
    );
  }

  insertTopic(m: EntityManager, fields: Partial<TopicEntity>): Promise<TopicEntity> {
    return m.save(m.create(TopicEntity, fields));
  }

  /** Moves posts into a topic, numbered from 1 in the order they were written; they reply to nothing there. */
  async movePostsInto(m: EntityManager, postIds: readonly string[], topicId: string): Promise<void> {
    // Two steps keep (topic_id, post_number) unique while numbers change.
    await m.query(`UPDATE posts SET post_number = -post_number WHERE id = ANY($1::uuid[])`, [[...postIds]]);
    await m.query(
      `WITH moved AS (SELECT id, row_number() OVER (ORDER BY created_at, -post_number) AS n FROM posts WHERE id = ANY($1::uuid[]))
       UPDATE posts p SET topic_id = $2, post_number = moved.n, reply_to_post_id = NULL, updated_at = now() FROM moved WHERE p.id = moved.id`,
      [[...postIds], topicId],
    );
  }

  /** Hides every post of an author not hidden yet, marked with `reason`; returns them. */
  hidePostsOf(m: EntityManager, authorId: string, reason: string): Promise<AuthorPostRow[]> {
    return returningRows<AuthorPostRow>(
      m,
      `UPDATE posts SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE author_id = $1 AND hidden_at IS NULL
       RETURNING topic_id AS "topicId", post_number AS "postNumber", deleted_at IS NULL AND approval = 'APPROVED' AS "isPublic"`,
      [authorId, reason],
    );
  }

  /** Shows again the posts of an author hidden with `reason`; returns them. */
  showPostsOf(m: EntityManager, authorId: string, reason: string): Promise<AuthorPostRow[]> {
    return returningRows<AuthorPostRow>(
      m,
      `UPDATE posts SET hidden_at = NULL, hidden_reason = NULL, updated_at = now() WHERE author_id = $1 AND hidden_reason = $2
       RETURNING topic_id AS "topicId", post_number AS "postNumber", deleted_at IS NULL AND approval = 'APPROVED' AS "isPublic"`,
      [authorId, reason],
    );
  }
}
