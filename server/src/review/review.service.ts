import { Injectable } from '@nestjs/common';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { futureTime, outsideScope, tooOld } from './review.errors.js';
import type { ReviewItemObject, ReviewMarkObject, ReviewSummaryObject } from './review.objects.js';
import { NIL_UUID, ReviewRepository, type ReviewMarkRow, type ReviewPosition } from './review.repository.js';

/** Where a staff member with no mark starts: the posts of the last 24 hours. */
export const REVIEW_START_HOURS = 24;
/** `reviewSummary.left` stops counting here: a larger number changes nothing on the screen. */
export const REVIEW_COUNT_CAP = 10_000;
/** How far back `resetReview` may move a mark. */
export const REVIEW_RESET_DAYS = 30;
const OTHERS_SHOWN = 50;

/**
 * The staff review feed: every new topic and reply since this staff member's last look, oldest
 * first, in one stream across the categories they moderate (and may read), with a "reviewed up to
 * here" mark per staff member that only moves forward, and everyone's marks in view so a second
 * staff member sees how far the first has got.
 *
 * The stream holds posts that are not deleted or rejected, in topics that are not deleted: hidden
 * posts, posts held for approval and posts of hidden topics included, since staff act on them.
 * A staff member with no mark starts from the posts of the last 24 hours (the start moves with the
 * clock until their first mark).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly repository: ReviewRepository,
    private readonly scopes: ModerationScopeService,
    private readonly access: TopicAccessService,
  ) {}

  /** The categories in this person's stream: those they may read and moderate. */
  private async categoriesOf(ctx: RequestContext): Promise<string[]> {
    const [readable, scope] = await Promise.all([this.access.categories.readableIds(ctx), this.scopes.scopeOf(ctx.requireUser())]);
    if (scope.kind === 'NONE') return [];
    return scope.kind === 'ALL' ? readable : readable.filter((id) => scope.categoryIds.has(id));
  }

  /** Where this person's stream starts now: their mark, or the default start. */
  private async startOf(mark: ReviewMarkRow | null): Promise<ReviewPosition> {
    return mark ? { at: mark.key, postId: mark.postId } : this.repository.startingPoint(REVIEW_START_HOURS);
  }

  async feed(ctx: RequestContext, first: number | null, after: string | null): Promise<Page<ReviewItemObject>> {
    const me = ctx.requireUser();
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const categories = await this.categoriesOf(ctx);
    if (categories.length === 0) return { nodes: [], hasNextPage: false, endCursor: null };
    const from = await this.startOf(await this.repository.mark(me.id));
    const rows = await this.repository.stream(categories, from, cursor, size);
    const page = toPage(rows, size, (r) => [r.key, r.postId]);
    const topics = await this.access.readableTopics(ctx, [...new Set(page.nodes.map((r) => r.topicId))]);
    const byId = new Map(topics.filter((t) => !!t).map((t) => [t!.id, t!]));
    const nodes = page.nodes.flatMap((r) => {
      const topic = byId.get(r.topicId);
      return topic ? [{ postId: r.postId, opensTopic: r.postNumber === 1, createdAt: r.createdAt, topic, key: r.key }] : [];
    });
    return { ...page, nodes };
  }

  async summary(ctx: RequestContext): Promise<ReviewSummaryObject> {
    const me = ctx.requireUser();
    const [categories, mark, others] = await Promise.all([this.categoriesOf(ctx), this.repository.mark(me.id), this.repository.othersMarks(me.id, OTHERS_SHOWN)]);
    const from = await this.startOf(mark);
    const counted = categories.length === 0 ? 0 : await this.repository.countAfter(categories, from, REVIEW_COUNT_CAP);
    return {
      left: Math.min(counted, REVIEW_COUNT_CAP),
      capped: counted > REVIEW_COUNT_CAP,
      startsAfter: new Date(mark ? mark.reviewedAt : from.at),
      mine: mark ? view(mark) : null,
      others: others.map(view),
    };
  }

  /**
   * Moves my mark forward to this post (never back: a mark already past it stays). NOT_FOUND when
   * the post is not there for me, FORBIDDEN (OUTSIDE_REVIEW_SCOPE) outside my categories.
   */
  async markReviewed(ctx: RequestContext, postId: string): Promise<ReviewMarkObject> {
    const me = ctx.requireUser();
    const { post, topic } = await this.access.readablePost(ctx, postId);
    if (!(await this.categoriesOf(ctx)).includes(topic.categoryId)) throw outsideScope();
    await this.repository.advance(me.id, post.id);
    return view((await this.repository.mark(me.id))!);
  }

  /** Puts my mark at a moment (back or forward), within the last REVIEW_RESET_DAYS days and not in the future. */
  async reset(ctx: RequestContext, to: Date): Promise<ReviewMarkObject> {
    const me = ctx.requireUser();
    const now = Date.now();
    if (to.getTime() > now) throw futureTime();
    if (to.getTime() < now - REVIEW_RESET_DAYS * 86_400_000) throw tooOld(REVIEW_RESET_DAYS);
    await this.repository.reset(me.id, to);
    return view((await this.repository.mark(me.id))!);
  }
}

function view(row: ReviewMarkRow): ReviewMarkObject {
  return { userId: row.userId, reviewedUpTo: row.reviewedAt, postId: row.postId === NIL_UUID ? null : row.postId, updatedAt: row.updatedAt };
}
