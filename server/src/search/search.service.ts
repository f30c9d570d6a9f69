import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { AppError } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';
import type { SearchArgs } from './search.objects.js';

/**
 * Most rows ranked per search branch: bounds the cost of very common words (a word in a quarter
 * of a million posts would otherwise rank them all). Rarer words are ranked in full.
 */
const CANDIDATE_LIMIT = 1000;
const START = '\u0001';
const STOP = '\u0002';

export interface SearchHit {
  post: PostEntity;
  topic: TopicEntity;
  snippet: string;
  rank: number;
  /** The rank exactly as PostgreSQL printed it, for the cursor. */
  rankText: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Turns PostgreSQL's headline (with control-character markers) into escaped HTML with <mark>. */
export function snippetHtml(headline: string): string {
  return escapeHtml(headline.replace(/\s+/g, ' ').trim())
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>');
}

/**
 * Full-text search over titles and posts in PostgreSQL, English and Russian stemming together,
 * ranked, keyset-paginated on (rank, id), with highlighted snippets for the page only.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
  ) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<Page<SearchHit>> {
    const query = args.query.trim();
    if (query.length < LIMITS.searchQuery.min) throw AppError.badInput('query', 'TOO_SHORT', 'Search for at least 2 characters.');
    if (query.length > LIMITS.searchQuery.max) throw AppError.badInput('query', 'TOO_LONG', 'Search for at most 200 characters.');
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['number', 'uuid']);
    let categoryIds = await this.categories.readableIds(ctx);
    if (args.categoryId) categoryIds = [(await this.categories.getReadable(ctx, args.categoryId)).id];
    let authorId: string | null = null;
    if (args.authorHandle) {
      const author = await this.accounts.findByHandle(args.authorHandle);
      if (!author) return { nodes: [], hasNextPage: false, endCursor: null };
      authorId = author.id;
    }
    const params: unknown[] = [query, categoryIds];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const filters: string[] = [];
    if (authorId) filters.push(`p.author_id = ${p(authorId)}`);
    if (args.tag) filters.push(`t.tags @> ARRAY[${p(args.tag.toLowerCase())}]::varchar[]`);
    if (args.kind) filters.push(`t.kind = ${p(args.kind)}`);
    if (args.from) filters.push(`p.created_at >= ${p(args.from)}`);
    if (args.to) filters.push(`p.created_at < ${p(args.to)}`);
    if (cursor) filters.push(`(h.rank, h.id) < (${p(Number(cursor[0]))}::float8, ${p(cursor[1])}::uuid)`);
    const config = /[а-яё]/i.test(query) ? 'russian' : 'english';
    const sql = `
      WITH q AS (SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1) AS q),
      candidates AS (
        (SELECT p.id FROM posts p, q WHERE p.search_vector @@ q.q AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED' LIMIT ${CANDIDATE_LIMIT})
        UNION
        (SELECT t.first_post_id FROM topics t, q WHERE t.search_vector @@ q.q AND t.deleted_at IS NULL AND t.first_post_id IS NOT NULL LIMIT ${CANDIDATE_LIMIT})
      ),
      hits AS (
        SELECT p.id, p.topic_id, p.body, p.created_at, p.author_id,
          (ts_rank(p.search_vector, q.q) + CASE WHEN p.post_number = 1 THEN 2 * ts_rank(t.search_vector, q.q) ELSE 0 END)::float8 AS rank
        FROM candidates c JOIN posts p ON p.id = c.id JOIN topics t ON t.id = p.topic_id, q
        WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'
          AND t.category_id = ANY($2::uuid[])
          ${filters.filter((f) => !f.startsWith('(h.')).map((f) => `AND ${f}`).join(' ')}
      )
      SELECT h.id, h.rank::text AS rank_text, h.rank,
        ts_headline('${config}', left(h.body, 20000), (SELECT q FROM q), 'StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline
      FROM hits h
      WHERE true ${filters.filter((f) => f.startsWith('(h.')).map((f) => `AND ${f}`).join(' ')}
      ORDER BY h.rank DESC, h.id DESC
      LIMIT ${size + 1}`;
    const rows: Array<{ id: string; rank_text: string; rank: number; headline: string }> = await this.db.query(sql, params);
    const posts = await this.db.getRepository(PostEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const topics = await this.db.getRepository(TopicEntity).findBy({ id: In([...new Set(posts.map((p) => p.topicId))]) });
    const hits = rows.map((r) => {
      const post = posts.find((p) => p.id === r.id)!;
      return { post, topic: topics.find((t) => t.id === post.topicId)!, snippet: snippetHtml(r.headline), rank: Number(r.rank_text), rankText: r.rank_text };
    });
    return toPage(hits, size, (h) => [h.rankText, h.post.id]);
  }
}
