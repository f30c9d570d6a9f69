import { Injectable } from '@nestjs/common';
import { LIMITS, Permission, roleHasPermission } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { isUuid } from '../topics/topic-access.service.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { TRUST_LEVELS } from '../trust/trust-settings.js';
import { IdeaSort, IdeaStatus, type IdeaFilterInput, type IdeaObject, type RoadmapObject } from './idea.objects.js';
import { IdeasRepository, type IdeaListFilter, type IdeaRow, type IdeaSortValue, type IdeaStatusValue } from './ideas.repository.js';
import { IdeasService } from './ideas.service.js';
import { csvLine } from '../common/csv.js';

/** The sort key of a row in a list, for its cursor. */
function keyOf(sort: IdeaSortValue, row: IdeaRow): [string | number, string] {
  switch (sort) {
    case 'TOP':
      return [row.voteCount, row.topicId];
    case 'TRENDING':
      return [row.recentVotes ?? 0, row.topicId];
    case 'NEW':
      return [row.createdAt.toISOString(), row.topicId];
    case 'RECENTLY_UPDATED':
      return [row.updatedAt.toISOString(), row.topicId];
  }
}

/**
 * The ideas board's lists: the product team's sorts and filters (keyset pages on stored, indexed
 * columns), the public roadmap, similar ideas while a title is typed, and the CSV export. Every
 * list keeps to the categories the person may read.
 */
@Injectable()
export class IdeaListsService {
  constructor(
    private readonly repository: IdeasRepository,
    private readonly ideas: IdeasService,
    private readonly access: TopicAccessService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: IdeaFilterInput | null | undefined,
    sort: IdeaSort,
    first: number | null | undefined,
    after: string | null | undefined,
    trendingDays: number | null | undefined,
  ): Promise<Page<IdeaObject & { cursorKey: [string | number, string] }>> {
    const size = first ?? LIMITS.ideas.page.default;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.ideas.page.max) {
      throw AppError.badInput('first', InputErrorReason.OUT_OF_RANGE, `Ask for 1 to ${LIMITS.ideas.page.max} ideas per page.`);
    }
    const days = trendingDays ?? LIMITS.ideas.trendingDays.default;
    if (!Number.isInteger(days) || days < 1 || days > LIMITS.ideas.trendingDays.max) {
      throw AppError.badInput('trendingDays', InputErrorReason.OUT_OF_RANGE, `Trending looks back 1 to ${LIMITS.ideas.trendingDays.max} days.`);
    }
    if (!Object.values(IdeaSort).includes(sort)) throw AppError.badInput('sort', InputErrorReason.INVALID, 'Unknown sort.');
    const kinds = sort === IdeaSort.TOP || sort === IdeaSort.TRENDING ? (['int', 'uuid'] as const) : (['timestamp', 'uuid'] as const);
    const cursor = decodeCursor(after, [...kinds]);
    const listFilter = await this.filterOf(ctx, filter);
    const rows = await this.repository.page(listFilter, sort, size + 1, cursor ? [cursor[0]!, String(cursor[1])] : null, days);
    const page = toPage(rows, size, (r) => keyOf(sort, r));
    const views = await this.ideas.views(ctx, page.nodes);
    return { ...page, nodes: views.map((v, i) => ({ ...v, cursorKey: keyOf(sort, page.nodes[i]!) })) };
  }

  /** The public roadmap: up to `perStatus` ideas of each roadmap status, most votes first. */
  async roadmap(ctx: RequestContext, perStatus: number | null | undefined, categoryId: string | null | undefined): Promise<RoadmapObject> {
    const size = perStatus ?? LIMITS.ideas.page.default;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.ideas.page.max) {
      throw AppError.badInput('perStatus', InputErrorReason.OUT_OF_RANGE, `Ask for 1 to ${LIMITS.ideas.page.max} ideas per column.`);
    }
    const readable = await this.access.categories.readableIds(ctx);
    const column = async (status: IdeaStatusValue) =>
      this.ideas.views(ctx, await this.repository.page({ readableCategoryIds: readable, statuses: [status], categoryId: this.categoryOf(categoryId) }, 'TOP', size, null, 1));
    const [planned, inProgress, done] = await Promise.all([column('PLANNED'), column('IN_PROGRESS'), column('DONE')]);
    return { planned, inProgress, done };
  }

  /** Ideas whose titles resemble one being typed (English and Russian stemming, and trigram similarity). */
  async similar(ctx: RequestContext, title: string): Promise<IdeaObject[]> {
    const text = title.trim().replace(/\s+/g, ' ');
    if ([...text].length > LIMITS.ideas.similarTitle.max) throw AppError.badInput('title', InputErrorReason.TOO_LONG, `A title has at most ${LIMITS.ideas.similarTitle.max} characters.`);
    if ([...text].length < LIMITS.ideas.similarTitle.min) return [];
    const readable = await this.access.categories.readableIds(ctx);
    return this.ideas.views(ctx, await this.repository.similar(readable, text, LIMITS.ideas.similarResults));
  }

  /** The ideas as CSV for the product team: title, status, votes, official response and a link, in the chosen order. */
  async exportCsv(ctx: RequestContext, filter: IdeaFilterInput | null | undefined, sort: IdeaSort, publicUrl: string): Promise<string> {
    const listFilter = await this.filterOf(ctx, filter);
    const rows = await this.repository.page(listFilter, sort, LIMITS.ideas.exportRows, null, LIMITS.ideas.trendingDays.default);
    let csv = csvLine(['topic_id', 'title', 'status', 'votes', 'recent_votes', 'tags', 'merged_into', 'official_response', 'created_at', 'status_changed_at', 'link']);
    for (const r of rows) {
      csv += csvLine([r.topicId, r.title, r.status, r.voteCount, r.recentVotes ?? '', r.tags.join(' '), r.mergedIntoId ?? '', r.officialResponse ?? '', r.createdAt, r.statusChangedAt ?? '', `${publicUrl}/t/${r.topicId}`]);
    }
    return csv;
  }

  private categoryOf(categoryId: string | null | undefined): string | undefined {
    if (categoryId === null || categoryId === undefined) return undefined;
    if (!isUuid(categoryId)) throw AppError.badInput('categoryId', InputErrorReason.NOT_FOUND, 'There is no such category.');
    return categoryId;
  }

  /** The list filter from the API's input, checked; the voter-segment and product-area filters are for staff. */
  private async filterOf(ctx: RequestContext, input: IdeaFilterInput | null | undefined): Promise<IdeaListFilter> {
    const filter: IdeaListFilter = { readableCategoryIds: await this.access.categories.readableIds(ctx) };
    if (!input) return filter;
    if (input.statuses) {
      if (input.statuses.length > 7 || input.statuses.some((s) => !Object.values(IdeaStatus).includes(s))) throw AppError.badInput('statuses', InputErrorReason.INVALID, 'Unknown idea status.');
      filter.statuses = input.statuses as IdeaStatusValue[];
    }
    filter.categoryId = this.categoryOf(input.categoryId);
    if (input.tag) {
      if (input.tag.length > 64) throw AppError.badInput('tag', InputErrorReason.TOO_LONG, 'A tag has at most 64 characters.');
      filter.tag = input.tag.toLowerCase();
    }
    const staffOnly = input.productAreaId || input.voterTrustLevels?.length || input.voterJoinedAfter;
    if (staffOnly && !(ctx.user && roleHasPermission(ctx.user.role, Permission.FeedbackManage))) {
      throw AppError.forbidden('Filtering by product area or voter segment is for staff.');
    }
    if (input.productAreaId) {
      if (!isUuid(input.productAreaId)) throw AppError.badInput('productAreaId', InputErrorReason.NOT_FOUND, 'There is no such product area.');
      filter.productAreaId = input.productAreaId;
    }
    if (input.voterTrustLevels?.length) {
      if (input.voterTrustLevels.some((l) => !(TRUST_LEVELS as readonly string[]).includes(l)) || input.voterTrustLevels.length > TRUST_LEVELS.length) {
        throw AppError.badInput('voterTrustLevels', InputErrorReason.INVALID, `Trust levels are ${TRUST_LEVELS.join(', ')}.`);
      }
      filter.voterTrustLevels = input.voterTrustLevels;
    }
    if (input.voterJoinedAfter) filter.voterJoinedAfter = input.voterJoinedAfter;
    return filter;
  }
}
