import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { hydrateEntity } from '../database/hydrate.js';
import { preparedQuery } from '../database/prepared.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

/** How many of the newest posts are checked first: enough for a common word to fill a window. */
const PROBE = 1000;
/**
 * Below one match in RARE recent posts, taking the matches from the full-text index costs less than
 * walking on until a window is full (each match found there costs a heap and a topic lookup).
 */
const RARE = 200;
/** The longest walk for a word between rare and common; beyond it the full-text index takes over. */
const WALK_MAX = 20000;
/** The most topics walked in time order for title matches newer than a full window's oldest body match. */
const TITLE_WALK_MAX = 2000;

/** What a reader may find: the same rule as reading a topic page, for everyone. */
const VISIBLE_POST = `p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'`;
const VISIBLE_TOPIC = `t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.category_id = ANY($2::uuid[])`;

/** A post's place in newest-first order: its creation time as PostgreSQL prints it, and its id. */
export interface RecencyKey {
  at: string;
  id: string;
}

export interface SearchFilters {
  categoryIds: string[];
  authorId: string | null;
  tag: string | null;
  kind: string | null;
  from: Date | null;
  to: Date | null;
}

export interface WindowRequest {
  /** The parsed query as tsquery text (see `parse`). */
  tsquery: string;
  filters: SearchFilters;
  /** How many of the newest matches form the window. */
  windowSize: number;
  /** Only matches at or before (`inclusive`) or strictly before this key; null for the newest. */
  upTo: (RecencyKey & { inclusive: boolean }) | null;
  /** Only hits ranked after this one (the previous page's last hit in the same window). */
  after: { rank: string; id: string } | null;
  limit: number;
  headlineConfig: 'english' | 'russian';
  startSel: string;
  stopSel: string;
}

export interface WindowHit {
  id: string;
  /** The rank exactly as PostgreSQL printed it, for the cursor. */
  rankText: string;
  headline: string;
  post: PostEntity;
  topic: TopicEntity;
}

export interface SearchWindow {
  hits: WindowHit[];
  /** How many matches the window holds; fewer than asked means no older matches exist. */
  size: number;
  newest: RecencyKey | null;
  oldest: RecencyKey | null;
}

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Parsed queries by text: the same words are searched again and again, and parsing them is a round trip. */
  private readonly parsed = new LRUCache<string, { tsquery: string; empty: boolean }>({ max: 2000 });

  /**
   * The query in English and Russian forms at once, as tsquery text, and whether it has any word
   * left (a query of stop words only matches nothing). Words the two configurations read alike
   * (all Latin ones) appear once. The configurations are fixed, so a query text always parses the
   * same way and its result is kept.
   */
  async parse(query: string): Promise<{ tsquery: string; empty: boolean }> {
    const known = this.parsed.get(query);
    if (known) return known;
    const [row] = await preparedQuery<{ tsquery: string; empty: boolean }>(
      this.db,
      `SELECT q::text AS tsquery, numnode(q) = 0 AS empty
       FROM (SELECT CASE WHEN e = r THEN e ELSE e || r END AS q
             FROM (SELECT websearch_to_tsquery('english', $1) AS e, websearch_to_tsquery('russian', $1) AS r) x) y`,
      [query],
    );
    this.parsed.set(query, row!);
    return row!;
  }

  /**
   * One window of a search: the `windowSize` newest visible matches (by body, or by title for an
   * opening post) at or before `upTo`, ranked among themselves, and a page of them after `after`,
   * with snippets and the hits' posts and topics for that page only. Every filter and permission
   * applies before the window is cut, so a window never holds what the reader may not see.
   *
   * A named prepared statement (its text depends on which filters are set, never on values): the
   * statement is long, and parsing and planning it anew cost PostgreSQL more than running it. Each
   * way of finding matches is chosen on the spot from what the statement has found so far, never
   * from the planner's estimate of how common the words are, so one plan serves every query.
   */
  async window(r: WindowRequest): Promise<SearchWindow> {
    const f = r.filters;
    const params: unknown[] = [r.tsquery, f.categoryIds];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const postFilters: string[] = [];
    const topicFilters: string[] = [];
    if (f.authorId) postFilters.push(`p.author_id = ${p(f.authorId)}::uuid`);
    if (f.from) postFilters.push(`p.created_at >= ${p(f.from)}::timestamptz`);
    if (f.to) postFilters.push(`p.created_at < ${p(f.to)}::timestamptz`);
    if (f.tag) topicFilters.push(`t.tags @> ARRAY[${p(f.tag)}]::varchar[]`);
    if (f.kind) topicFilters.push(`t.kind = ${p(f.kind)}`);
    const titleFilters = [...postFilters, ...topicFilters];
    // Where the title walk starts: topics created at or before the window's upper bound.
    let topicsUpTo = '';
    if (r.upTo) {
      const at = p(r.upTo.at);
      const id = p(r.upTo.id);
      postFilters.push(`(p.created_at, p.id) ${r.upTo.inclusive ? '<=' : '<'} (${at}::timestamptz, ${id}::uuid)`);
      // The opening post is written with its topic, so the topic's time bounds where its title
      // matches start; the exact bound on the post follows.
      topicsUpTo = `AND t.created_at <= ${at}::timestamptz`;
      titleFilters.push(postFilters.at(-1)!);
    }
    const and = (list: string[]) => list.map((c) => `AND ${c}`).join(' ');
    // Posts in time order, and whether a post's topic lets it be found: checked only for posts
    // whose text matches, which is what makes walking past non-matching posts cheap.
    const posts = `posts p WHERE ${VISIBLE_POST} ${and(postFilters)}`;
    // A scalar subquery rather than a join or EXISTS: it looks the one topic up by key for each
    // matching post, where a join may be planned as a hash of every topic.
    const topicAllows = `coalesce((SELECT true FROM topics t WHERE t.id = p.topic_id AND ${VISIBLE_TOPIC} ${and(topicFilters)}), false)`;
    const hit = `CASE WHEN p.search_vector @@ $1::tsquery THEN ${topicAllows} ELSE false END`;
    const afterClause = r.after ? `WHERE (w.rank, w.id) < (${p(Number(r.after.rank))}::float8, ${p(r.after.id)}::uuid)` : '';
    const limit = p(r.limit);
    const n = r.windowSize;
    const postColumns = this.columns(PostEntity, 'hp');
    const topicColumns = this.columns(TopicEntity, 'ht');
    // How the newest matches are found depends on how common the words are among recent posts,
    // measured on the spot:
    //  1. walk the newest PROBE posts; a common word fills the window here;
    //  2. if at least one in RARE of them matched, keep walking (at most WALK_MAX posts);
    //  3. otherwise, or if that walk fell short, take the older matches from the full-text index,
    //     which is cheap exactly when they are few.
    // Titles likewise: when the body matches fill the window, only topics newer than its oldest
    // match can enter, and those are walked in time order (at most TITLE_WALK_MAX); otherwise, or
    // beyond that walk, the title matches come from the topics' full-text index.
    const sql = `
      WITH walk1 AS MATERIALIZED (
        SELECT p.id, p.created_at, ${hit} AS hit FROM ${posts}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT ${PROBE}
      ),
      s1 AS MATERIALIZED (
        SELECT count(*) FILTER (WHERE hit) AS found, count(*) AS walked,
          (SELECT w.created_at FROM walk1 w ORDER BY w.created_at, w.id LIMIT 1) AS last_at,
          (SELECT w.id FROM walk1 w ORDER BY w.created_at, w.id LIMIT 1) AS last_id
        FROM walk1
      ),
      walk2 AS MATERIALIZED (
        SELECT w.id, w.created_at FROM (
          SELECT p.id, p.created_at, ${hit} AS hit FROM ${posts}
            AND (p.created_at, p.id) < ((SELECT last_at FROM s1), (SELECT last_id FROM s1))
            AND (SELECT found < ${n} AND walked = ${PROBE} AND found * ${RARE} >= walked FROM s1)
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT ${WALK_MAX}
        ) w
        WHERE w.hit
        LIMIT (SELECT greatest(${n} - found, 0) FROM s1)
      ),
      s2 AS MATERIALIZED (
        SELECT (SELECT found FROM s1) + (SELECT count(*) FROM walk2) AS found,
          coalesce((SELECT w.created_at FROM walk2 w ORDER BY w.created_at, w.id LIMIT 1), (SELECT last_at FROM s1)) AS last_at,
          coalesce((SELECT w.id FROM walk2 w ORDER BY w.created_at, w.id LIMIT 1), (SELECT last_id FROM s1)) AS last_id
      ),
      indexed AS MATERIALIZED (
        SELECT m.id, m.created_at FROM (
          SELECT p.id, p.created_at FROM ${posts}
            AND p.search_vector @@ $1::tsquery AND ${topicAllows}
            AND (SELECT walked = ${PROBE} FROM s1) AND (SELECT found < ${n} FROM s2)
          -- Keeps the time bound out of the index scan: as a range it would cover most posts.
          OFFSET 0
        ) m
        WHERE (m.created_at, m.id) < ((SELECT last_at FROM s2), (SELECT last_id FROM s2))
      ),
      body AS MATERIALIZED (
        SELECT b.id, b.created_at FROM (
          SELECT id, created_at FROM walk1 WHERE hit
          UNION ALL SELECT id, created_at FROM walk2
          UNION ALL SELECT id, created_at FROM indexed
        ) b
        ORDER BY b.created_at DESC, b.id DESC
        LIMIT ${n}
      ),
      -- A title match older than every body match of a full window cannot enter it.
      bound AS MATERIALIZED (
        SELECT CASE WHEN count(*) < ${n} THEN NULL ELSE min(created_at) END AS at FROM body
      ),
      twalk AS MATERIALIZED (
        SELECT t.id, t.created_at, t.search_vector @@ $1::tsquery AS hit FROM topics t
        WHERE t.deleted_at IS NULL ${topicsUpTo}
          AND t.created_at >= (SELECT at FROM bound)
        ORDER BY t.created_at DESC, t.id DESC
        LIMIT ${TITLE_WALK_MAX}
      ),
      tindexed AS MATERIALIZED (
        SELECT m.id FROM (
          SELECT t.id, t.created_at FROM topics t
          WHERE t.search_vector @@ $1::tsquery AND t.deleted_at IS NULL ${topicsUpTo}
            AND ((SELECT at IS NULL FROM bound) OR (SELECT count(*) = ${TITLE_WALK_MAX} FROM twalk))
          OFFSET 0
        ) m
        WHERE m.created_at >= coalesce((SELECT at FROM bound), '-infinity'::timestamptz)
          AND NOT EXISTS (SELECT 1 FROM twalk w WHERE w.id = m.id)
      ),
      title AS (
        SELECT p.id, p.created_at
        FROM (SELECT id FROM twalk WHERE hit UNION ALL SELECT id FROM tindexed) c
          JOIN topics t ON t.id = c.id JOIN posts p ON p.id = t.first_post_id
        WHERE ${VISIBLE_TOPIC} AND ${VISIBLE_POST} ${and(titleFilters)}
        ORDER BY t.created_at DESC
        FETCH FIRST ${n} ROWS WITH TIES
      ),
      win AS MATERIALIZED (
        SELECT DISTINCT ON (m.created_at, m.id) m.id, m.created_at,
          (ts_rank(p.search_vector, $1::tsquery)
            + CASE WHEN p.post_number = 1 THEN 2 * ts_rank(t.search_vector, $1::tsquery) ELSE 0 END)::float8 AS rank
        FROM (SELECT * FROM body UNION ALL SELECT * FROM title) m
          JOIN posts p ON p.id = m.id JOIN topics t ON t.id = p.topic_id
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT ${n}
      ),
      edges AS (
        SELECT (SELECT count(*)::int FROM win) AS size,
          (SELECT ARRAY[created_at::text, id::text] FROM win ORDER BY created_at DESC, id DESC LIMIT 1) AS newest,
          (SELECT ARRAY[created_at::text, id::text] FROM win ORDER BY created_at, id LIMIT 1) AS oldest
      ),
      page AS (
        SELECT w.id, w.rank FROM win w ${afterClause}
        ORDER BY w.rank DESC, w.id DESC
        LIMIT ${limit}
      )
      SELECT e.size, e.newest, e.oldest, pg.id, pg.rank::text AS rank_text,
        ts_headline('${r.headlineConfig}', left(hp.body, 20000), $1::tsquery,
          'StartSel=${r.startSel}, StopSel=${r.stopSel}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline,
        CASE WHEN hp.id IS NULL THEN NULL ELSE json_build_object(${postColumns}) END AS post,
        CASE WHEN ht.id IS NULL THEN NULL ELSE json_build_object(${topicColumns}) END AS topic
      FROM edges e LEFT JOIN page pg ON true
        LEFT JOIN posts hp ON hp.id = pg.id LEFT JOIN topics ht ON ht.id = hp.topic_id
      ORDER BY pg.rank DESC, pg.id DESC`;
    const rows = await preparedQuery<{
      size: number;
      newest: [string, string] | null;
      oldest: [string, string] | null;
      id: string | null;
      rank_text: string | null;
      headline: string | null;
      post: Record<string, unknown> | null;
      topic: Record<string, unknown> | null;
    }>(this.db, sql, params);
    const first = rows[0]!;
    const key = (k: [string, string] | null): RecencyKey | null => (k ? { at: k[0], id: k[1] } : null);
    return {
      hits: rows
        .filter((row) => row.id !== null)
        .map((row) => ({
          id: row.id!,
          rankText: row.rank_text!,
          headline: row.headline!,
          post: hydrateEntity(this.db, PostEntity, row.post!),
          topic: hydrateEntity(this.db, TopicEntity, row.topic!),
        })),
      size: first.size,
      newest: key(first.newest),
      oldest: key(first.oldest),
    };
  }

  /** `json_build_object` arguments for an entity's columns of a table alias. */
  private columns(target: typeof PostEntity | typeof TopicEntity, alias: string): string {
    return this.db
      .getMetadata(target)
      .columns.map((c) => `'${c.databaseName}', ${alias}.${c.databaseName}`)
      .join(', ');
  }

}
