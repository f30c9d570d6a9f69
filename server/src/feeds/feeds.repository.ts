import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared.js';
import { LISTED_TOPIC, PUBLIC_POST } from '../topics/topics.repository.js';

/** Where a sitemap page of topics starts: after this (created_at, id), in ascending order. */
export interface TopicKey {
  /** created_at as PostgreSQL prints it, to the microsecond (a JavaScript date would drop digits). */
  at: string;
  id: string;
}

/** A topic as a feed item: its opening post when everyone sees it, and who wrote it. */
export interface FeedTopicRow {
  id: string;
  title: string;
  createdAt: Date;
  lastPostedAt: Date;
  tags: string[];
  categoryName: string;
  bodyHtml: string | null;
  asBrand: boolean;
  authorName: string | null;
}

/** A reply as a feed item. */
export interface FeedPostRow {
  id: string;
  postNumber: number;
  createdAt: Date;
  updatedAt: Date;
  bodyHtml: string;
  asBrand: boolean;
  authorName: string | null;
}

/** A topic whose reply feed is asked for, with what decides whether a guest sees it. */
export interface FeedTopicHead {
  id: string;
  title: string;
  categoryId: string;
  createdAt: Date;
  lastPostedAt: Date;
}

/**
 * The reads behind robots.txt, the sitemaps and the RSS/Atom feeds. Everything here is what a guest
 * sees: the caller passes the categories a guest reads, and topics and posts must pass the same
 * `LISTED_TOPIC` and `PUBLIC_POST` rules the public lists use.
 */
@Injectable()
export class FeedsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The last key of every full sitemap page: one walk of the public topics in (created_at, id)
   * order over `topics_listed_created_idx` alone, keeping every `pageSize`-th key. Page n + 1
   * starts after key n; the page after the last full one may be empty.
   */
  async topicPageEnds(categoryIds: readonly string[], pageSize: number): Promise<TopicKey[]> {
    return preparedQuery<TopicKey>(
      this.db,
      `SELECT created_at::text AS at, id FROM (
         SELECT t.created_at, t.id, row_number() OVER (ORDER BY t.created_at, t.id) AS n
         FROM topics t WHERE t.category_id = ANY($1::uuid[]) AND ${LISTED_TOPIC}
       ) x WHERE n % $2 = 0 ORDER BY n`,
      [[...categoryIds], pageSize],
    );
  }

  /** The newest public topic's key (null: none). */
  async newestTopicKey(categoryIds: readonly string[]): Promise<TopicKey | null> {
    const [row] = await preparedQuery<TopicKey>(
      this.db,
      `SELECT t.created_at::text AS at, t.id FROM topics t WHERE t.category_id = ANY($1::uuid[]) AND ${LISTED_TOPIC} ORDER BY t.created_at DESC, t.id DESC LIMIT 1`,
      [[...categoryIds]],
    );
    return row ?? null;
  }

  /** One sitemap page: the public topics after `after`, oldest first, keyset on (created_at, id). */
  async topicPage(categoryIds: readonly string[], after: TopicKey | null, limit: number): Promise<Array<{ id: string; lastPostedAt: Date }>> {
    const params: unknown[] = [[...categoryIds], limit];
    // Two statement texts, not `$n IS NULL OR …`: a prepared statement's generic plan could not
    // start the index scan at the cursor then.
    const cursor = after ? `AND (t.created_at, t.id) > ($${params.push(after.at)}::timestamptz, $${params.push(after.id)}::uuid)` : '';
    const rows = await preparedQuery<{ id: string; last_posted_at: Date }>(
      this.db,
      `SELECT t.id, t.last_posted_at FROM topics t
       WHERE t.category_id = ANY($1::uuid[]) AND ${LISTED_TOPIC} ${cursor}
       ORDER BY t.created_at, t.id LIMIT $2`,
      params,
    );
    return rows.map((r) => ({ id: r.id, lastPostedAt: r.last_posted_at }));
  }

  /** Per category, when its newest public topic last had a post (absent: no public topic). */
  async categoryActivity(categoryIds: readonly string[]): Promise<Map<string, Date>> {
    const rows: Array<{ category_id: string; at: Date }> = await this.db.query(
      `SELECT c.id AS category_id,
         (SELECT t.last_posted_at FROM topics t WHERE t.category_id = c.id AND ${LISTED_TOPIC} ORDER BY t.last_posted_at DESC, t.id DESC LIMIT 1) AS at
       FROM unnest($1::uuid[]) AS c(id)`,
      [[...categoryIds]],
    );
    return new Map(rows.filter((r) => r.at).map((r) => [r.category_id, r.at]));
  }

  /** Tags on at least one public topic, with that topic's last activity; at most `limit`. */
  async publicTags(categoryIds: readonly string[], limit: number): Promise<Array<{ name: string; lastPostedAt: Date }>> {
    const rows: Array<{ name: string; at: Date }> = await this.db.query(
      `SELECT g.name, x.at FROM tags g
       CROSS JOIN LATERAL (
         SELECT t.last_posted_at AS at FROM topics t
         WHERE t.tags @> ARRAY[g.name]::varchar[] AND t.category_id = ANY($1::uuid[]) AND ${LISTED_TOPIC}
         ORDER BY t.last_posted_at DESC LIMIT 1
       ) x
       ORDER BY g.name LIMIT $2`,
      [[...categoryIds], limit],
    );
    return rows.map((r) => ({ name: r.name, lastPostedAt: r.at }));
  }

  async tagExists(name: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM tags WHERE name = $1`, [name]);
    return rows.length > 0;
  }

  /** Events a guest sees (published, for everyone, in a category guests read), most recently changed first. */
  async publicEvents(categoryIds: readonly string[], limit: number): Promise<Array<{ id: string; updatedAt: Date }>> {
    const rows: Array<{ id: string; updated_at: Date }> = await this.db.query(
      `SELECT e.id, e.updated_at FROM events e
       WHERE e.category_id = ANY($1::uuid[]) AND e.published_at IS NOT NULL AND e.visibility = 'EVERYONE'
       ORDER BY e.updated_at DESC, e.id DESC LIMIT $2`,
      [[...categoryIds], limit],
    );
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }

  /** The newest public topics of these categories (optionally with a tag), newest first, with their opening posts. */
  async newestTopics(categoryIds: readonly string[], tag: string | null, limit: number): Promise<FeedTopicRow[]> {
    const params: unknown[] = [[...categoryIds], limit];
    const tagged = tag === null ? '' : `AND t.tags @> ARRAY[$${params.push(tag)}]::varchar[]`;
    const rows: Array<Record<string, unknown>> = await preparedQuery(
      this.db,
      `SELECT t.id, t.title, t.created_at, t.last_posted_at, t.tags, c.name AS category_name,
         p.body_html, coalesce(p.as_brand, false) AS as_brand, u.display_name AS author_name
       FROM topics t
       JOIN categories c ON c.id = t.category_id
       LEFT JOIN posts p ON p.id = t.first_post_id AND ${PUBLIC_POST}
       LEFT JOIN users u ON u.id = p.author_id
       WHERE t.category_id = ANY($1::uuid[]) AND ${LISTED_TOPIC} ${tagged}
       ORDER BY t.created_at DESC, t.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      createdAt: r.created_at as Date,
      lastPostedAt: r.last_posted_at as Date,
      tags: r.tags as string[],
      categoryName: r.category_name as string,
      bodyHtml: (r.body_html as string | null) ?? null,
      asBrand: r.as_brand as boolean,
      authorName: (r.author_name as string | null) ?? null,
    }));
  }

  /** A listed topic by id (null when missing, deleted or hidden); the caller checks its category. */
  async listedTopic(id: string): Promise<FeedTopicHead | null> {
    const [row]: Array<Record<string, unknown>> = await this.db.query(
      `SELECT t.id, t.title, t.category_id, t.created_at, t.last_posted_at FROM topics t WHERE t.id = $1 AND ${LISTED_TOPIC}`,
      [id],
    );
    if (!row) return null;
    return { id: row.id as string, title: row.title as string, categoryId: row.category_id as string, createdAt: row.created_at as Date, lastPostedAt: row.last_posted_at as Date };
  }

  /** A topic's newest public replies (the opening post excluded), newest first. */
  async newestReplies(topicId: string, limit: number): Promise<FeedPostRow[]> {
    const rows: Array<Record<string, unknown>> = await preparedQuery(
      this.db,
      `SELECT p.id, p.post_number, p.created_at, p.updated_at, p.body_html, p.as_brand, u.display_name AS author_name
       FROM posts p LEFT JOIN users u ON u.id = p.author_id
       WHERE p.topic_id = $1 AND p.post_number > 1 AND ${PUBLIC_POST}
       ORDER BY p.post_number DESC LIMIT $2`,
      [topicId, limit],
    );
    return rows.map((r) => ({
      id: r.id as string,
      postNumber: r.post_number as number,
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
      bodyHtml: r.body_html as string,
      asBrand: r.as_brand as boolean,
      authorName: (r.author_name as string | null) ?? null,
    }));
  }
}
