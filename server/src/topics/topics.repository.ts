import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { USER_COLUMNS, userFromJson } from '../accounts/users.repository.js';
import type { UserEntity } from '../accounts/user.entity.js';
import type { CursorKey } from '../common/pagination.js';
import { hydrateEntity } from '../database/hydrate.js';
import { preparedQuery } from '../database/prepared.js';
import { hotScoreSql } from './hot-score.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';
import { TopicFilter, TopicSort, TopPeriod } from './topic.objects.js';

export interface TopicListQuery {
  categoryIds: string[];
  singleCategory: boolean;
  sort: TopicSort;
  period: TopPeriod;
  filter: TopicFilter;
  tag?: string;
  authorId?: string;
  viewerId?: string;
  includeDeleted: boolean;
  after: CursorKey | null;
  limit: number;
  /** Head the page with the pinned topics (the first page of an unfiltered LATEST list), in the same statement. */
  withPinned?: boolean;
  /** What the page shows of each row beyond the topic, fetched in the same statement (`TopicRow.related`). */
  related?: RelatedRequest;
}

/** Which related rows a list fetches with its topics; `reads` and `watch` need `viewerId`. */
export interface RelatedRequest {
  /** The author, and whether the opening post speaks as the brand. */
  author?: boolean;
  /** The last poster, and whether the last post speaks as the brand. */
  lastPoster?: boolean;
  /** The viewer's read position and the public posts after it. */
  reads?: boolean;
  /** The viewer's watch level. */
  watch?: boolean;
}

/** The last post number a member read in a topic (0: never opened) and the public posts after it. */
export interface ReadPosition {
  lastRead: number;
  unread: number;
}

/** What a list fetched beside a topic, to prime the request's loaders with (absent: not fetched). */
export interface TopicRelated {
  author?: UserEntity | null;
  lastPoster?: UserEntity | null;
  firstPostIsBrand?: boolean;
  lastPostIsBrand?: boolean;
  read?: ReadPosition;
  /** Null: no watch row (the default level applies). */
  watch?: string | null;
}

/** How each sort orders rows: the key expressions (all DESC), matching an index in the migrations. */
const SORT_KEYS: Record<TopicSort, { expr: string; cast: string }> = {
  [TopicSort.LATEST]: { expr: 't.last_posted_at', cast: 'timestamptz' },
  [TopicSort.NEW]: { expr: 't.created_at', cast: 'timestamptz' },
  [TopicSort.HOT]: { expr: 't.hot_score', cast: 'float8' },
  [TopicSort.TOP]: { expr: '(t.reply_count + 2 * t.reaction_count)', cast: 'int' },
  [TopicSort.UNANSWERED]: { expr: 't.created_at', cast: 'timestamptz' },
};

const PERIOD_INTERVAL: Record<TopPeriod, string | null> = {
  [TopPeriod.DAY]: '1 day',
  [TopPeriod.WEEK]: '7 days',
  [TopPeriod.MONTH]: '30 days',
  [TopPeriod.YEAR]: '365 days',
  [TopPeriod.ALL]: null,
};

/** Days a topic counts as "new" for a member who has not opened it. */
export const NEW_TOPIC_DAYS = 14;

/** A listed topic with its sort key; `pinnedHead` when it heads the page as a pinned topic. */
export type TopicRow = TopicEntity & { sortKey: string; pinnedHead?: boolean; related?: TopicRelated };

/**
 * A topic every reader of its category sees: neither deleted nor hidden (held for approval counts as
 * hidden). Lists show only these, and every count a reader gets counts only these, so a figure
 * always matches the list it describes and never reveals what only staff or an author can open.
 */
export const LISTED_TOPIC = 't.deleted_at IS NULL AND t.hidden_at IS NULL';

/** A post every reader of its topic sees: not deleted, not hidden, not held for approval. */
export const PUBLIC_POST = `p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'`;

/**
 * Topic `t` has a post every reader sees after the one `r` last read. Post numbers also go to held,
 * hidden and deleted posts, so `post_number_seq` alone would call a topic unread for a reply its
 * readers cannot open. Checked only where the numbers already say "unread": a short walk of
 * (topic_id, post_number) from the read position.
 */
const PUBLIC_POST_AFTER_READ = `EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND p.post_number > r.last_read_post_number AND ${PUBLIC_POST})`;

@Injectable()
export class TopicsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Topics by id, in plain SQL (every topic page and post lookup asks for its topic this way). */
  async byIds(ids: readonly string[], related?: RelatedRequest): Promise<TopicRow[]> {
    if (ids.length === 0) return [];
    const params: unknown[] = [[...ids]];
    const columns = this.relatedColumns(related, undefined, (value) => `$${params.push(value)}`);
    const rows = await preparedQuery(this.db, `SELECT ${this.columns()}, '' AS sort_key${columns} FROM topics t WHERE t.id = ANY($1::uuid[])`, params);
    return rows.map((r) => this.hydrateListed(r, related));
  }

  /** One keyset page of topics: WHERE (key, id) < cursor ORDER BY key DESC, id DESC LIMIT n. */
  async list(q: TopicListQuery): Promise<TopicRow[]> {
    const key = SORT_KEYS[q.sort];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [`t.category_id = ANY(${p(q.categoryIds)}::uuid[])`];
    if (!q.includeDeleted) where.push(LISTED_TOPIC);
    if (q.tag) where.push(`t.tags @> ARRAY[${p(q.tag)}]::varchar[]`);
    if (q.authorId) where.push(`t.author_id = ${p(q.authorId)}`);
    if (q.sort === TopicSort.UNANSWERED) {
      where.push(`t.kind = 'QUESTION' AND t.accepted_post_id IS NULL AND t.staff_answered_at IS NULL`);
    }
    const interval = q.sort === TopicSort.TOP ? PERIOD_INTERVAL[q.period] : null;
    if (interval) where.push(`t.created_at > now() - interval '${interval}'`);
    if (q.sort === TopicSort.LATEST) {
      // Pinned topics lead the first page instead (see pinned()).
      where.push(q.singleCategory ? 't.pinned_at IS NULL' : 'NOT (t.pinned_at IS NOT NULL AND t.pinned_globally)');
    }
    let join = '';
    if (q.filter !== TopicFilter.ALL && q.viewerId) {
      join = `LEFT JOIN topic_reads r ON r.topic_id = t.id AND r.user_id = ${p(q.viewerId)}`;
      where.push(
        q.filter === TopicFilter.NEW
          ? `r.user_id IS NULL AND t.created_at > now() - interval '${NEW_TOPIC_DAYS} days'`
          : `r.last_read_post_number < t.post_number_seq AND ${PUBLIC_POST_AFTER_READ}`,
      );
    }
    if (q.after) where.push(`(${key.expr}, t.id) < (${p(q.after[0])}::${key.cast}, ${p(q.after[1])}::uuid)`);
    const related = this.relatedColumns(q.related, q.viewerId, p);
    const page = `
      SELECT ${this.columns()}, ${key.expr}::text AS sort_key, 1 AS part${related}
      FROM topics t ${join}
      WHERE ${where.join(' AND ')}
      ORDER BY ${key.expr} DESC, t.id DESC
      LIMIT ${p(q.limit)}`;
    if (!q.withPinned) {
      const rows = await preparedQuery(this.db, page, params);
      return rows.map((r) => this.hydrateListed(r, q.related));
    }
    // One round trip for the head and the page: each branch keeps its own order and limit.
    const pinned = `
      SELECT ${this.columns()}, t.last_posted_at::text AS sort_key, 0 AS part${related}
      FROM topics t
      WHERE t.pinned_at IS NOT NULL AND ${LISTED_TOPIC} AND t.category_id = ANY($1::uuid[]) ${q.singleCategory ? '' : 'AND t.pinned_globally'}
      ORDER BY t.pinned_globally DESC, t.pinned_at DESC
      LIMIT 20`;
    const rows = await preparedQuery(this.db, `SELECT * FROM ((${pinned}) UNION ALL (${page})) both_parts ORDER BY part`, params);
    return rows.map((r) => Object.assign(this.hydrateListed(r, q.related), { pinnedHead: r.part === 0 }));
  }

  /**
   * The related rows as extra columns of each listed topic: key lookups evaluated only for the rows
   * the LIMIT keeps. Saves the page the round trips its field loaders would make.
   */
  private relatedColumns(want: RelatedRequest = {}, viewerId: string | undefined, p: (value: unknown) => string): string {
    const columns: string[] = [];
    const user = (column: string) => `(SELECT to_json(u) FROM (SELECT ${USER_COLUMNS} FROM users WHERE id = t.${column}) u)`;
    if (want.author) {
      columns.push(`${user('author_id')} AS rel_author`, `(SELECT fp.as_brand FROM posts fp WHERE fp.id = t.first_post_id) AS rel_first_brand`);
    }
    if (want.lastPoster) {
      columns.push(`${user('last_poster_id')} AS rel_last_poster`, `(SELECT lp.as_brand FROM posts lp WHERE lp.id = t.last_post_id) AS rel_last_brand`);
    }
    if (viewerId && (want.reads || want.watch)) {
      const viewer = p(viewerId);
      if (want.reads) {
        columns.push(
          `(SELECT json_build_object('n', vr.last_read_post_number, 'unread',
             (SELECT count(*) FROM posts p WHERE p.topic_id = t.id AND p.post_number > vr.last_read_post_number AND ${PUBLIC_POST}))
           FROM topic_reads vr WHERE vr.user_id = ${viewer} AND vr.topic_id = t.id) AS rel_read`,
        );
      }
      if (want.watch) {
        columns.push(`(SELECT w.level FROM watches w WHERE w.user_id = ${viewer} AND w.target_type = 'TOPIC' AND w.target_id = t.id) AS rel_watch`);
      }
    }
    return columns.map((c) => `,\n        ${c}`).join('');
  }

  private hydrateListed(raw: Record<string, unknown>, want: RelatedRequest | undefined): TopicRow {
    const row = this.hydrate(raw);
    if (!want) return row;
    const related: TopicRelated = {};
    if ('rel_author' in raw) {
      if (row.authorId) related.author = userFromJson(raw.rel_author as Record<string, unknown> | null);
      if (row.firstPostId) related.firstPostIsBrand = raw.rel_first_brand === true;
    }
    if ('rel_last_poster' in raw) {
      if (row.lastPosterId) related.lastPoster = userFromJson(raw.rel_last_poster as Record<string, unknown> | null);
      if (row.lastPostId) related.lastPostIsBrand = raw.rel_last_brand === true;
    }
    if ('rel_read' in raw) {
      const read = raw.rel_read as { n: number; unread: number } | null;
      related.read = { lastRead: read?.n ?? 0, unread: Number(read?.unread ?? 0) };
    }
    if ('rel_watch' in raw) related.watch = (raw.rel_watch as string | null) ?? null;
    row.related = related;
    return row;
  }

  /**
   * Per tag, the listed topics carrying it in the given (readable) categories. Each tag is one
   * bitmap scan of the GIN index on `tags`; the category and visibility conditions are checked on
   * the rows that scan visits anyway (it has to read them for `deleted_at`), so limiting the count
   * to what the reader may see reads no more pages. One pass over all tagged topics with unnest and
   * GROUP BY measured slower, above all for the one or two tags a typed prefix matches.
   */
  async countByTags(tags: readonly string[], categoryIds: readonly string[]): Promise<Map<string, number>> {
    if (tags.length === 0 || categoryIds.length === 0) return new Map();
    const rows: Array<{ tag: string; n: number }> = await this.db.query(
      `SELECT g.tag, (SELECT count(*)::int FROM topics t
         WHERE t.tags @> ARRAY[g.tag]::varchar[] AND t.category_id = ANY($2::uuid[]) AND ${LISTED_TOPIC}) AS n
       FROM unnest($1::varchar[]) AS g(tag)`,
      [[...tags], [...categoryIds]],
    );
    return new Map(rows.map((r) => [r.tag, r.n]));
  }

  /**
   * Per category, what the member's NEW and UNREAD lists of that category hold: listed topics with
   * posts after the last one they read, and listed topics of the last NEW_TOPIC_DAYS days they
   * have not opened. The same conditions as `list`, so each badge matches the list it opens.
   */
  async readingCounts(userId: string, categoryIds: readonly string[]): Promise<Array<{ unread: number; new: number }>> {
    if (categoryIds.length === 0) return [];
    const rows: Array<{ category_id: string; unread: number; new: number }> = await this.db.query(
      `SELECT category_id, sum(unread)::int AS unread, sum(fresh)::int AS new FROM (
         SELECT t.category_id, count(*) AS unread, 0 AS fresh FROM topic_reads r JOIN topics t ON t.id = r.topic_id
         WHERE r.user_id = $1 AND t.category_id = ANY($2::uuid[]) AND ${LISTED_TOPIC}
           AND r.last_read_post_number < t.post_number_seq AND ${PUBLIC_POST_AFTER_READ}
         GROUP BY t.category_id
         UNION ALL
         SELECT t.category_id, 0, count(*) FROM topics t
         WHERE t.category_id = ANY($2::uuid[]) AND ${LISTED_TOPIC} AND t.created_at > now() - interval '${NEW_TOPIC_DAYS} days'
           AND NOT EXISTS (SELECT 1 FROM topic_reads r WHERE r.user_id = $1 AND r.topic_id = t.id)
         GROUP BY t.category_id
       ) c GROUP BY category_id`,
      [userId, [...categoryIds]],
    );
    return categoryIds.map((id) => {
      const row = rows.find((r) => r.category_id === id);
      return { unread: row?.unread ?? 0, new: row?.new ?? 0 };
    });
  }

  /**
   * Per topic, the member's read position (0: never opened) and the posts every reader sees after
   * it: what "N unread" on a topic says, so a held or hidden reply never shows as one.
   */
  async readPositions(userId: string, topicIds: readonly string[]): Promise<ReadPosition[]> {
    const rows: Array<{ topic_id: string; n: number; unread: number }> = await this.db.query(
      `SELECT r.topic_id, r.last_read_post_number AS n,
         (SELECT count(*)::int FROM posts p WHERE p.topic_id = r.topic_id AND p.post_number > r.last_read_post_number AND ${PUBLIC_POST}) AS unread
       FROM topic_reads r WHERE r.user_id = $1 AND r.topic_id = ANY($2::uuid[])`,
      [userId, [...topicIds]],
    );
    return topicIds.map((id) => {
      const row = rows.find((r) => r.topic_id === id);
      return { lastRead: row?.n ?? 0, unread: row?.unread ?? 0 };
    });
  }

  /**
   * A new topic and its opening post, in the caller's transaction: the topic points at the post,
   * and its author has read it. A pending topic is hidden until approved.
   */
  async insertOpening(
    m: EntityManager,
    t: { categoryId: string; authorId: string; title: string; kind: TopicEntity['kind']; tags: string[]; body: string; bodyHtml: string; asBrand: boolean; byStaff: boolean; pending: boolean },
  ): Promise<{ topic: TopicEntity; post: PostEntity }> {
    const topic = await m.save(
      m.create(TopicEntity, {
        categoryId: t.categoryId,
        authorId: t.authorId,
        title: t.title,
        kind: t.kind,
        hiddenAt: t.pending ? new Date() : null,
        tags: t.tags,
        replyCount: 0,
        reactionCount: 0,
        postNumberSeq: 1,
        hotScore: 0,
        pinnedGlobally: false,
        lastPosterId: t.authorId,
      }),
    );
    const post = await m.save(
      m.create(PostEntity, {
        topicId: topic.id,
        postNumber: 1,
        authorId: t.authorId,
        body: t.body,
        bodyHtml: t.bodyHtml,
        asBrand: t.asBrand,
        authorIsStaff: t.byStaff,
        reactions: {},
        approval: t.pending ? 'PENDING' : 'APPROVED',
        createdAt: topic.createdAt,
        updatedAt: topic.createdAt,
      }),
    );
    await m.query(
      `UPDATE topics SET first_post_id = $2, last_post_id = $2, last_posted_at = created_at, updated_at = now(), hot_score = ${hotScoreSql()} WHERE id = $1`,
      [topic.id, post.id],
    );
    await m.query(`INSERT INTO topic_reads (user_id, topic_id, last_read_post_number) VALUES ($1, $2, 1) ON CONFLICT DO NOTHING`, [t.authorId, topic.id]);
    return { topic, post };
  }

  /** Hides (with a reason) or shows a topic; counters are the caller's. */
  async setHidden(m: EntityManager, topicId: string, hidden: boolean, reason: string | null): Promise<void> {
    await m.query(`UPDATE topics SET hidden_at = CASE WHEN $2 THEN now() END, hidden_reason = CASE WHEN $2 THEN $3 END, updated_at = now() WHERE id = $1`, [topicId, hidden, reason]);
  }

  /** The last post number the member read in the topic; null when they never opened it. */
  async lastRead(userId: string, topicId: string): Promise<number | null> {
    const [row]: Array<{ n: number }> = await this.db.query(`SELECT last_read_post_number AS n FROM topic_reads WHERE user_id = $1 AND topic_id = $2`, [userId, topicId]);
    return row?.n ?? null;
  }

  /** Moves the member's read position forward to `postNumber` (never back); returns where it is now. */
  async advanceRead(userId: string, topicId: string, postNumber: number): Promise<number> {
    const [row]: Array<{ last_read_post_number: number }> = await this.db.query(
      `INSERT INTO topic_reads (user_id, topic_id, last_read_post_number) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_post_number = greatest(topic_reads.last_read_post_number, EXCLUDED.last_read_post_number), updated_at = now()
       RETURNING last_read_post_number`,
      [userId, topicId, postNumber],
    );
    return row!.last_read_post_number;
  }

  /** Which of these tag names do not exist (tags are created by staff). */
  async unknownTags(names: readonly string[]): Promise<string[]> {
    const known: Array<{ name: string }> = await this.db.query('SELECT name FROM tags WHERE name = ANY($1)', [[...names]]);
    return names.filter((n) => !known.some((k) => k.name === n));
  }

  /**
   * Per author, their posts (not deleted) in topics (not deleted) of the given categories; hidden and
   * held posts and topics only in `moderatedIds`, where the reader sees them. Walks each author's
   * posts by `posts_author_idx` and looks up each post's topic by its key.
   */
  async postCountsByAuthor(authorIds: readonly string[], readableIds: readonly string[], moderatedIds: readonly string[]): Promise<number[]> {
    if (authorIds.length === 0) return [];
    const rows: Array<{ author_id: string; n: number }> = await this.db.query(
      `SELECT p.author_id, count(*)::int AS n
       FROM posts p JOIN topics t ON t.id = p.topic_id
       WHERE p.author_id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND t.deleted_at IS NULL AND t.category_id = ANY($2::uuid[])
         AND ((${PUBLIC_POST} AND t.hidden_at IS NULL) OR t.category_id = ANY($3::uuid[]))
       GROUP BY p.author_id`,
      [[...authorIds], [...readableIds], [...moderatedIds]],
    );
    return authorIds.map((id) => rows.find((r) => r.author_id === id)?.n ?? 0);
  }

  private columnList: string | null = null;

  /**
   * The topic columns the entity maps, named for `t`: never `t.*`, which would also send each row's
   * title search vector (English and Russian lexemes) that no page reads.
   */
  private columns(): string {
    this.columnList ??= this.db
      .getMetadata(TopicEntity)
      .columns.map((c) => `t.${c.databaseName}`)
      .join(', ');
    return this.columnList;
  }

  private hydrate(raw: Record<string, unknown>): TopicRow {
    return Object.assign(hydrateEntity(this.db, TopicEntity, raw), { sortKey: String(raw.sort_key) });
  }
}
