import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';

type Queryable = Pick<EntityManager, 'query'>;

export const FEEDBACK_TYPES = ['BUG', 'IDEA', 'COMPLAINT', 'PRAISE', 'QUESTION'] as const;
export type FeedbackTypeValue = (typeof FEEDBACK_TYPES)[number];

export interface ProductAreaRow {
  id: string;
  name: string;
  createdAt: Date;
}

/** A feedback mark with the member's own words and where they wrote them. */
export interface FeedbackRow {
  postId: string;
  topicId: string;
  topicTitle: string;
  postNumber: number;
  categoryId: string;
  authorId: string | null;
  body: string;
  type: FeedbackTypeValue;
  productAreaId: string | null;
  productAreaName: string | null;
  ideaTopicId: string | null;
  markedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const FEEDBACK_COLUMNS = `
  f.post_id AS "postId", p.topic_id AS "topicId", t.title AS "topicTitle", p.post_number AS "postNumber", t.category_id AS "categoryId",
  p.author_id AS "authorId", left(p.body, 2000) AS body, f.type, f.product_area_id AS "productAreaId", a.name AS "productAreaName",
  f.idea_topic_id AS "ideaTopicId", f.marked_by AS "markedBy", f.created_at AS "createdAt", f.updated_at AS "updatedAt"`;
const FEEDBACK_FROM = `feedback_marks f JOIN posts p ON p.id = f.post_id JOIN topics t ON t.id = p.topic_id LEFT JOIN product_areas a ON a.id = f.product_area_id`;

/** Every query of feedback marks and product areas (`feedback_marks`, `product_areas`): staff-only data. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async areas(): Promise<ProductAreaRow[]> {
    return this.db.query(`SELECT id, name, created_at AS "createdAt" FROM product_areas ORDER BY lower(name), id`);
  }

  async area(id: string, m: Queryable = this.db): Promise<ProductAreaRow | null> {
    const rows: ProductAreaRow[] = await m.query(`SELECT id, name, created_at AS "createdAt" FROM product_areas WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Adds an area unless one has the same name (any case) or the list is full; null then, with why. */
  async addArea(m: Queryable, name: string, max: number): Promise<ProductAreaRow | 'EXISTS' | 'FULL'> {
    await m.query(`LOCK TABLE product_areas IN SHARE ROW EXCLUSIVE MODE`);
    const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM product_areas`);
    if (n >= max) return 'FULL';
    const rows = await returningRows<ProductAreaRow>(
      m,
      `INSERT INTO product_areas (name) VALUES ($1) ON CONFLICT (lower(name)) DO NOTHING RETURNING id, name, created_at AS "createdAt"`,
      [name],
    );
    return rows[0] ?? 'EXISTS';
  }

  /** Renames an area; null when there is no such area, 'EXISTS' when another has that name. */
  async renameArea(m: Queryable, id: string, name: string): Promise<ProductAreaRow | null | 'EXISTS'> {
    const taken: unknown[] = await m.query(`SELECT 1 FROM product_areas WHERE lower(name) = lower($1) AND id <> $2`, [name, id]);
    if (taken.length > 0) return 'EXISTS';
    const rows = await returningRows<ProductAreaRow>(m, `UPDATE product_areas SET name = $2 WHERE id = $1 RETURNING id, name, created_at AS "createdAt"`, [id, name]);
    return rows[0] ?? null;
  }

  /** Removes an area; its feedback stays, without an area. */
  async removeArea(m: Queryable, id: string): Promise<boolean> {
    return (await returningRows(m, `DELETE FROM product_areas WHERE id = $1 RETURNING 1`, [id])).length > 0;
  }

  /** Marks a post as feedback, or changes its mark. */
  async upsertMark(m: Queryable, mark: { postId: string; type: FeedbackTypeValue; productAreaId: string | null; ideaTopicId: string | null; markedBy: string }): Promise<void> {
    await m.query(
      `INSERT INTO feedback_marks (post_id, type, product_area_id, idea_topic_id, marked_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (post_id) DO UPDATE SET type = EXCLUDED.type, product_area_id = EXCLUDED.product_area_id, idea_topic_id = EXCLUDED.idea_topic_id,
         marked_by = EXCLUDED.marked_by, updated_at = now()`,
      [mark.postId, mark.type, mark.productAreaId, mark.ideaTopicId, mark.markedBy],
    );
  }

  async removeMark(m: Queryable, postId: string): Promise<boolean> {
    return (await returningRows(m, `DELETE FROM feedback_marks WHERE post_id = $1 RETURNING 1`, [postId])).length > 0;
  }

  async marksOf(postIds: readonly string[], m: Queryable = this.db): Promise<FeedbackRow[]> {
    return m.query(`SELECT ${FEEDBACK_COLUMNS} FROM ${FEEDBACK_FROM} WHERE f.post_id = ANY($1::uuid[])`, [[...postIds]]);
  }

  /** A page of feedback, newest first, within an area (or none: `null` area id means "no area") and a type. */
  async page(
    filter: { readableCategoryIds: readonly string[]; productAreaId?: string | null; type?: FeedbackTypeValue; ideaTopicId?: string },
    limit: number,
    after: [string, string] | null,
  ): Promise<FeedbackRow[]> {
    const params: unknown[] = [[...filter.readableCategoryIds]];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['t.category_id = ANY($1::uuid[])'];
    if (filter.productAreaId === null) where.push('f.product_area_id IS NULL');
    else if (filter.productAreaId) where.push(`f.product_area_id = ${add(filter.productAreaId)}::uuid`);
    if (filter.type) where.push(`f.type = ${add(filter.type)}`);
    if (filter.ideaTopicId) where.push(`f.idea_topic_id = ${add(filter.ideaTopicId)}::uuid`);
    if (after) where.push(`(f.created_at, f.post_id) < (${add(after[0])}::timestamptz, ${add(after[1])}::uuid)`);
    return this.db.query(`SELECT ${FEEDBACK_COLUMNS} FROM ${FEEDBACK_FROM} WHERE ${where.join(' AND ')} ORDER BY f.created_at DESC, f.post_id DESC LIMIT ${add(limit)}`, params);
  }

  /** How much feedback each area holds of each type. */
  async summary(readableCategoryIds: readonly string[]): Promise<Array<{ productAreaId: string | null; productAreaName: string | null; type: FeedbackTypeValue; count: number }>> {
    return this.db.query(
      `SELECT f.product_area_id AS "productAreaId", a.name AS "productAreaName", f.type, count(*)::int AS count
         FROM feedback_marks f JOIN posts p ON p.id = f.post_id JOIN topics t ON t.id = p.topic_id LEFT JOIN product_areas a ON a.id = f.product_area_id
        WHERE t.category_id = ANY($1::uuid[])
        GROUP BY f.product_area_id, a.name, f.type ORDER BY a.name NULLS LAST, f.type`,
      [[...readableCategoryIds]],
    );
  }

  /** The newest feedback for the export, at most `limit`. */
  async exportRows(readableCategoryIds: readonly string[], limit: number): Promise<FeedbackRow[]> {
    return this.db.query(
      `SELECT ${FEEDBACK_COLUMNS} FROM ${FEEDBACK_FROM} WHERE t.category_id = ANY($1::uuid[]) ORDER BY f.created_at DESC, f.post_id DESC LIMIT $2`,
      [[...readableCategoryIds], limit],
    );
  }

  /** How many marks point at each of these ideas. */
  async countsForIdeas(topicIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; n: number }> = await this.db.query(
      `SELECT idea_topic_id AS id, count(*)::int AS n FROM feedback_marks WHERE idea_topic_id = ANY($1::uuid[]) GROUP BY idea_topic_id`,
      [[...topicIds]],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
