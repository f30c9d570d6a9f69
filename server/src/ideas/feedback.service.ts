import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiErrorCode, LIMITS } from '@townsquare/shared';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { TopicAccessService, isUuid } from '../topics/topic-access.service.js';
import { FeedbackType, type FeedbackFilterInput, type FeedbackGroupObject, type FeedbackMarkObject, type MarkFeedbackInput, type ProductAreaObject } from './feedback.objects.js';
import { FeedbackRepository, type FeedbackRow, type FeedbackTypeValue } from './feedback.repository.js';
import { csvLine } from '../common/csv.js';
import { IdeaErrorReason, ideaNotFound, productAreaNotFound } from './ideas.errors.js';
import { IdeasService } from './ideas.service.js';

function markView(r: FeedbackRow): FeedbackMarkObject {
  return {
    postId: r.postId,
    topicId: r.topicId,
    topicTitle: r.topicTitle,
    postNumber: r.postNumber,
    authorId: r.authorId,
    excerpt: r.body,
    type: r.type as FeedbackType,
    productArea: r.productAreaId ? { id: r.productAreaId, name: r.productAreaName! } : null,
    ideaTopicId: r.ideaTopicId,
    markedAt: r.createdAt,
  };
}

/**
 * Feedback from anywhere: staff mark any post they can read as feedback (a type, a product area,
 * optionally the idea it supports); the product team reads it in one place, grouped by area and
 * type, and exports it. Everything here is staff-only; members never see marks or areas.
 */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: FeedbackRepository,
    private readonly access: TopicAccessService,
    private readonly ideas: IdeasService,
    private readonly audit: AuditService,
  ) {}

  areas(): Promise<ProductAreaObject[]> {
    return this.repository.areas();
  }

  async addArea(ctx: RequestContext, name: string): Promise<ProductAreaObject> {
    const me = ctx.requireUser();
    const clean = this.areaName(name);
    return transaction(this.db, async (m) => {
      const added = await this.repository.addArea(m, clean, LIMITS.ideas.productAreas.max);
      if (added === 'EXISTS') throw AppError.conflict('name', IdeaErrorReason.PRODUCT_AREA_EXISTS, 'A product area already has this name.');
      if (added === 'FULL') throw AppError.conflict('name', IdeaErrorReason.TOO_MANY_PRODUCT_AREAS, `There can be at most ${LIMITS.ideas.productAreas.max} product areas.`);
      await this.audit.record(m, { actorId: me.id, action: 'feedback.area-add', targetType: 'PRODUCT_AREA', targetId: added.id, after: { name: clean } });
      return added;
    });
  }

  async renameArea(ctx: RequestContext, id: string, name: string): Promise<ProductAreaObject> {
    const me = ctx.requireUser();
    const clean = this.areaName(name);
    if (!isUuid(id)) throw productAreaNotFound();
    return transaction(this.db, async (m) => {
      const renamed = await this.repository.renameArea(m, id, clean);
      if (renamed === 'EXISTS') throw AppError.conflict('name', IdeaErrorReason.PRODUCT_AREA_EXISTS, 'A product area already has this name.');
      if (!renamed) throw productAreaNotFound();
      await this.audit.record(m, { actorId: me.id, action: 'feedback.area-rename', targetType: 'PRODUCT_AREA', targetId: id, after: { name: clean } });
      return renamed;
    });
  }

  async removeArea(ctx: RequestContext, id: string): Promise<boolean> {
    const me = ctx.requireUser();
    if (!isUuid(id)) throw productAreaNotFound();
    return transaction(this.db, async (m) => {
      if (!(await this.repository.removeArea(m, id))) throw productAreaNotFound();
      await this.audit.record(m, { actorId: me.id, action: 'feedback.area-remove', targetType: 'PRODUCT_AREA', targetId: id });
      return true;
    });
  }

  /** Marks a post the staff member can read as feedback (again: replaces its mark). */
  async mark(ctx: RequestContext, input: MarkFeedbackInput): Promise<FeedbackMarkObject> {
    const me = ctx.requireUser();
    if (!Object.values(FeedbackType).includes(input.type)) throw AppError.badInput('type', InputErrorReason.INVALID, 'Unknown feedback type.');
    const { post } = await this.access.readablePost(ctx, input.postId);
    if (input.productAreaId && !isUuid(input.productAreaId)) throw productAreaNotFound();
    if (input.ideaTopicId) await this.ideas.readable(ctx, input.ideaTopicId).catch(() => Promise.reject(ideaNotFound('ideaTopicId')));
    return transaction(this.db, async (m) => {
      if (input.productAreaId && !(await this.repository.area(input.productAreaId, m))) throw productAreaNotFound();
      await this.repository.upsertMark(m, { postId: post.id, type: input.type as FeedbackTypeValue, productAreaId: input.productAreaId ?? null, ideaTopicId: input.ideaTopicId ?? null, markedBy: me.id });
      await this.audit.record(m, { actorId: me.id, action: 'feedback.mark', targetType: 'POST', targetId: post.id, after: { type: input.type, productAreaId: input.productAreaId ?? null, ideaTopicId: input.ideaTopicId ?? null } });
      const [row] = await this.repository.marksOf([post.id], m);
      return markView(row!);
    });
  }

  async unmark(ctx: RequestContext, postId: string): Promise<boolean> {
    const me = ctx.requireUser();
    const { post } = await this.access.readablePost(ctx, postId);
    return transaction(this.db, async (m) => {
      if (!(await this.repository.removeMark(m, post.id))) {
        throw new AppError(ApiErrorCode.NOT_FOUND, 'That post is not marked as feedback.', { field: 'postId', reason: IdeaErrorReason.FEEDBACK_NOT_FOUND });
      }
      await this.audit.record(m, { actorId: me.id, action: 'feedback.unmark', targetType: 'POST', targetId: post.id });
      return true;
    });
  }

  /** The marks of many posts (Post.feedbackMark), one statement per page. */
  async markOf(ctx: RequestContext, postId: string): Promise<FeedbackMarkObject | null> {
    const row = await ctx
      .loader<string, FeedbackRow | null>('feedbackMarks', async (ids) => {
        const rows = await this.repository.marksOf(ids);
        return ids.map((id) => rows.find((r) => r.postId === id) ?? null);
      })
      .load(postId);
    return row ? markView(row) : null;
  }

  async list(ctx: RequestContext, filter: FeedbackFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<FeedbackMarkObject>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    if (filter?.productAreaId && !isUuid(filter.productAreaId)) throw productAreaNotFound();
    if (filter?.ideaTopicId && !isUuid(filter.ideaTopicId)) throw ideaNotFound('ideaTopicId');
    if (filter?.type && !Object.values(FeedbackType).includes(filter.type)) throw AppError.badInput('type', InputErrorReason.INVALID, 'Unknown feedback type.');
    const rows = await this.repository.page(
      {
        readableCategoryIds: await this.access.categories.readableIds(ctx),
        productAreaId: filter?.withoutArea ? null : (filter?.productAreaId ?? undefined),
        type: (filter?.type as FeedbackTypeValue | undefined) ?? undefined,
        ideaTopicId: filter?.ideaTopicId ?? undefined,
      },
      size + 1,
      cursor ? [String(cursor[0]), String(cursor[1])] : null,
    );
    const page = toPage(rows, size, (r) => [r.createdAt.toISOString(), r.postId]);
    return { ...page, nodes: page.nodes.map(markView) };
  }

  async summary(ctx: RequestContext): Promise<FeedbackGroupObject[]> {
    const rows = await this.repository.summary(await this.access.categories.readableIds(ctx));
    return rows.map((r) => ({ productArea: r.productAreaId ? { id: r.productAreaId, name: r.productAreaName! } : null, type: r.type as FeedbackType, count: r.count }));
  }

  /** All feedback as CSV, newest first: type, area, the idea it supports, the member's words and a link to the post. */
  async exportCsv(ctx: RequestContext, publicUrl: string): Promise<string> {
    const rows = await this.repository.exportRows(await this.access.categories.readableIds(ctx), LIMITS.ideas.exportRows);
    let csv = csvLine(['post_id', 'type', 'product_area', 'idea_topic_id', 'topic_title', 'author_id', 'text', 'marked_at', 'link']);
    for (const r of rows) {
      csv += csvLine([r.postId, r.type, r.productAreaName ?? '', r.ideaTopicId ?? '', r.topicTitle, r.authorId ?? '', r.body, r.createdAt, `${publicUrl}/t/${r.topicId}/${r.postNumber}`]);
    }
    return csv;
  }

  private areaName(name: string): string {
    const clean = name.trim().replace(/\s+/g, ' ');
    if ([...clean].length < LIMITS.ideas.productAreaName.min) throw AppError.badInput('name', InputErrorReason.REQUIRED, 'Name the product area.');
    if ([...clean].length > LIMITS.ideas.productAreaName.max) throw AppError.badInput('name', InputErrorReason.TOO_LONG, `A product area name has at most ${LIMITS.ideas.productAreaName.max} characters.`);
    return clean;
  }
}
