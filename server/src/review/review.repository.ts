import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CursorKey } from '../common/pagination.js';

/** A keyset position in the stream: a post's `created_at` at full precision (text) and its id. */
export interface ReviewPosition {
  at: string;
  postId: string;
}

/** One post of the stream, with what the feed needs before loading it. */
export interface ReviewRow {
  postId: string;
  topicId: string;
  categoryId: string;
  postNumber: number;
  createdAt: Date;
  /** `created_at` at the database's full precision (microseconds), for cursors and marks. */
  key: string;
}

export interface ReviewMarkRow {
  userId: string;
  handle: string;
  reviewedAt: Date;
  /** `reviewed_at` at full precision. */
  key: string;
  /** The post reviewed up to; the nil id after `resetReview` to a time. */
  postId: string;
  updatedAt: Date;
}

/** The id that sorts before every other: a position "at this time, before any post of that instant". */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Posts in the stream: not deleted and not rejected, in a topic that is not deleted. Hidden posts,
 * posts held for approval (PENDING) and posts of hidden topics are in it: staff see them.
 */
const IN_STREAM = `p.deleted_at IS NULL AND p.approval <> 'REJECTED' AND t.deleted_at IS NULL`;

const MARK_COLUMNS = `m.user_id AS "userId", u.handle, m.reviewed_at AS "reviewedAt", m.reviewed_at::text AS key, m.post_id AS "postId", m.updated_at AS "updatedAt"`;

/**
 * Every query of the review feed (`review_marks`, and its reads of posts and topics). The stream
 * walks `posts_created_idx` on (created_at, id) from a position and joins each post's topic for its
 * category, so a page costs its own rows, never the posts before the mark.
 */
@Injectable()
export class ReviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Posts after `from` (and after `after`, a page cursor) in these categories, oldest first; `size + 1` rows. */
  async stream(categoryIds: readonly string[], from: ReviewPosition, after: CursorKey | null, size: number): Promise<ReviewRow[]> {
    const params: unknown[] = [from.at, from.postId, categoryIds];
    const at = (v: unknown) => `$${params.push(v)}`;
    const where = [`(p.created_at, p.id) > ($1::timestamptz, $2::uuid)`, `t.category_id = ANY($3::uuid[])`, IN_STREAM];
    if (after) where.push(`(p.created_at, p.id) > (${at(after[0])}::timestamptz, ${at(after[1])}::uuid)`);
    return this.db.query(
      `SELECT p.id AS "postId", p.topic_id AS "topicId", t.category_id AS "categoryId", p.post_number AS "postNumber",
              p.created_at AS "createdAt", p.created_at::text AS key
       FROM posts p JOIN topics t ON t.id = p.topic_id
       WHERE ${where.join(' AND ')}
       ORDER BY p.created_at, p.id LIMIT ${at(size + 1)}`,
      params,
    );
  }

  /**
   * How many posts of the stream follow `from`, counting at most `cap + 1` (more than `cap` means
   * "capped"). No order: any `cap + 1` rows say "capped", so the scan may stop at the first ones found.
   */
  async countAfter(categoryIds: readonly string[], from: ReviewPosition, cap: number): Promise<number> {
    const [row]: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM posts p JOIN topics t ON t.id = p.topic_id
         WHERE (p.created_at, p.id) > ($1::timestamptz, $2::uuid) AND t.category_id = ANY($3::uuid[]) AND ${IN_STREAM}
         LIMIT $4
       ) s`,
      [from.at, from.postId, categoryIds, cap + 1],
    );
    return row!.n;
  }

  /** The position a staff member starts from without a mark: `hours` before now. */
  async startingPoint(hours: number): Promise<ReviewPosition> {
    const [row]: Array<{ at: string }> = await this.db.query(`SELECT (now() - make_interval(hours => $1::int))::text AS at`, [hours]);
    return { at: row!.at, postId: NIL_UUID };
  }

  async mark(userId: string): Promise<ReviewMarkRow | null> {
    const [row]: ReviewMarkRow[] = await this.db.query(`SELECT ${MARK_COLUMNS} FROM review_marks m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1`, [userId]);
    return row ?? null;
  }

  /** Other staff's marks (their current role is staff), furthest along first. */
  async othersMarks(userId: string, limit: number): Promise<ReviewMarkRow[]> {
    return this.db.query(
      `SELECT ${MARK_COLUMNS} FROM review_marks m JOIN users u ON u.id = m.user_id
       WHERE m.user_id <> $1 AND u.role <> 'MEMBER' AND u.membership = 'ACTIVE'
       ORDER BY m.reviewed_at DESC, m.user_id LIMIT $2`,
      [userId, limit],
    );
  }

  /**
   * Moves the mark forward to the post, in one statement: a mark already at or past it stays
   * where it is (two tabs marking out of order never move it back).
   */
  async advance(userId: string, postId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO review_marks AS m (user_id, reviewed_at, post_id)
       SELECT $1, p.created_at, p.id FROM posts p WHERE p.id = $2
       ON CONFLICT (user_id) DO UPDATE SET reviewed_at = EXCLUDED.reviewed_at, post_id = EXCLUDED.post_id, updated_at = now()
       WHERE (m.reviewed_at, m.post_id) < (EXCLUDED.reviewed_at, EXCLUDED.post_id)`,
      [userId, postId],
    );
  }

  /** Sets the mark to a time, before any post of that instant, whichever way it moves. */
  async reset(userId: string, to: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO review_marks (user_id, reviewed_at, post_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET reviewed_at = EXCLUDED.reviewed_at, post_id = EXCLUDED.post_id, updated_at = now()`,
      [userId, to, NIL_UUID],
    );
  }
}
