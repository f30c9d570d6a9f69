import { Injectable } from '@nestjs/common';
import { LIMITS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type CursorKey, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import type { SearchArgs } from './search.objects.js';
import { SearchRepository, type RecencyKey, type SearchFilters } from './search.repository.js';

/**
 * How many of the newest matches are ranked together. A word found in a quarter of all posts has
 * far too many matches to rank on each request, so results come in windows of the newest matches,
 * best first within each window: the best recent answers lead, and older ones follow page by page.
 * A word with fewer matches than this is ranked over all of them.
 */
export const SEARCH_WINDOW = 100;
const START = '\u0001';
const STOP = '\u0002';

export interface SearchHit {
  post: PostEntity;
  topic: TopicEntity;
  snippet: string;
  rank: number;
  /** The rank exactly as PostgreSQL printed it, for the cursor. */
  rankText: string;
  /** The newest match of the hit's window: a later page finds the same window from it. */
  window: RecencyKey;
}

/** A hit's cursor: its rank and id within its window, and where that window starts. */
export function searchCursorKey(hit: SearchHit): CursorKey {
  return [hit.rankText, hit.post.id, hit.window.at, hit.window.id];
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
 * Full-text search over titles and posts in PostgreSQL, English and Russian stemming together.
 * Matches come newest window first (see SEARCH_WINDOW), ranked within each window by ts_rank with
 * title matches counting double; pages are keyset-paginated on (window, rank, id), so new posts
 * never shift a page being read. Snippets are highlighted for the page only.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
  ) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<Page<SearchHit>> {
    const query = args.query.trim();
    if (query.length < LIMITS.searchQuery.min) throw AppError.badInput('query', InputErrorReason.TOO_SHORT, 'Search for at least 2 characters.');
    if (query.length > LIMITS.searchQuery.max) throw AppError.badInput('query', InputErrorReason.TOO_LONG, 'Search for at most 200 characters.');
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['number', 'uuid', 'timestamp', 'uuid']);
    let categoryIds = await this.categories.readableIds(ctx);
    if (args.categoryId) categoryIds = [(await this.categories.getReadable(ctx, args.categoryId)).id];
    let authorId: string | null = null;
    if (args.authorHandle) {
      const author = await this.accounts.findByHandle(args.authorHandle);
      if (!author) return { nodes: [], hasNextPage: false, endCursor: null };
      authorId = author.id;
    }
    const { tsquery, empty } = await this.repository.parse(query);
    if (empty || categoryIds.length === 0) return { nodes: [], hasNextPage: false, endCursor: null };
    const filters: SearchFilters = {
      categoryIds,
      authorId,
      tag: args.tag ? args.tag.toLowerCase() : null,
      kind: args.kind ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
    };
    const headlineConfig = /[а-яё]/i.test(query) ? 'russian' : 'english';

    // Finish the cursor's window, then go on to the next older one. A full window holds more
    // matches than a page, so a page needs at most two windows.
    const found: Array<{ post: PostEntity; topic: TopicEntity; rankText: string; headline: string; window: RecencyKey }> = [];
    let upTo = cursor ? { at: String(cursor[2]), id: String(cursor[3]), inclusive: true } : null;
    let after = cursor ? { rank: String(cursor[0]), id: String(cursor[1]) } : null;
    for (;;) {
      const w = await this.repository.window({
        tsquery,
        filters,
        windowSize: SEARCH_WINDOW,
        upTo,
        after,
        limit: size + 1 - found.length,
        headlineConfig,
        startSel: START,
        stopSel: STOP,
      });
      if (w.newest) found.push(...w.hits.map((h) => ({ ...h, window: w.newest! })));
      if (found.length > size || w.size < SEARCH_WINDOW || !w.oldest) break;
      upTo = { ...w.oldest, inclusive: false };
      after = null;
    }

    const hits = found.map((r) => ({
      post: r.post,
      topic: r.topic,
      snippet: snippetHtml(r.headline),
      rank: Number(r.rankText),
      rankText: r.rankText,
      window: r.window,
    }));
    return toPage(hits, size, searchCursorKey);
  }
}
