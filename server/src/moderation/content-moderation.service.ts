import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { isUuid } from '../common/ids.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { RequestContext } from '../common/request-context.js';
import type { PostEntity } from '../topics/post.entity.js';
import { PostsService } from '../topics/posts.service.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService, isPublicPost } from '../topics/topic-access.service.js';
import { TopicCountersRepository } from '../topics/topic-counters.repository.js';
import { ContentModerationRepository } from '../topics/content-moderation.repository.js';
import { checkTitle } from '../topics/topics.service.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationErrorReason } from './moderation.errors.js';

/** A reason staff give for hiding or closing: required (the author or readers see it), at most 500 characters. */
function checkRequiredReason(reason: string, missing: string): string {
  const text = reason.trim();
  if (!text) throw AppError.badInput('reason', InputErrorReason.REQUIRED, missing);
  if (text.length > 500) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 500 characters.');
  return text;
}

/**
 * What staff do to topics and posts: hide, restore, close, move, merge and split. Every action is
 * checked against the moderator's scope, audited in its transaction and announced after it. The
 * in-transaction steps are shared with the queue (a verdict on flags hides or deletes) and flags
 * (auto-hide).
 */
@Injectable()
export class ContentModerationService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly access: TopicAccessService,
    private readonly categories: CategoriesService,
    private readonly scope: ModerationScopeService,
    private readonly topicCounters: TopicCountersRepository,
    private readonly contentRows: ContentModerationRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  /** Staff hide a whole topic (its author and staff still see it); the author is told why. */
  async hideTopic(ctx: RequestContext, topicId: string, reason: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const text = checkRequiredReason(reason, 'Say why; the author will see it.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (topic.hiddenAt) throw AppError.conflict('topicId', ModerationErrorReason.ALREADY_HIDDEN, 'The topic is already hidden (or awaits approval).');
    return this.changeTopic(topic, (m) => this.hideTopicInTransaction(m, topic, text, me.id));
  }

  /** Staff show a topic they (or flags) hid; a topic awaiting approval is decided in the queue. */
  async unhideTopic(ctx: RequestContext, topicId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (!topic.hiddenAt) throw AppError.conflict('topicId', ModerationErrorReason.NOT_HIDDEN, 'The topic is not hidden.');
    if (!topic.hiddenReason) throw AppError.conflict('topicId', ModerationErrorReason.AWAITS_APPROVAL, 'The topic awaits approval: approve it in the moderation queue.');
    return this.changeTopic(topic, (m) => this.unhideTopicInTransaction(m, topic, me.id));
  }

  async hidePost(ctx: RequestContext, postId: string, reason: string): Promise<PostEntity> {
    const me = ctx.requireUser();
    const text = checkRequiredReason(reason, 'Say why; the author will see it.');
    const { post, topic } = await this.access.readablePost(ctx, postId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (post.hiddenAt) throw AppError.conflict('postId', ModerationErrorReason.ALREADY_HIDDEN, 'The post is already hidden.');
    const fresh = await this.repository.transaction(async (m) => {
      await this.hidePostInTransaction(m, post, text, me.id);
      return this.repository.postInOrFail(m, post.id);
    });
    this.events.publish('post.deleted', { post: fresh, topic });
    return fresh;
  }

  /** Restores a hidden or deleted post. */
  async restorePost(ctx: RequestContext, postId: string): Promise<PostEntity> {
    const me = ctx.requireUser();
    const { post, topic } = await this.access.readablePost(ctx, postId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (!post.hiddenAt && !post.deletedAt) throw AppError.conflict('postId', ModerationErrorReason.NOT_HIDDEN, 'The post is neither hidden nor deleted.');
    const fresh = await this.repository.transaction(async (m) => {
      if (post.hiddenAt) await this.unhidePostInTransaction(m, post, me.id);
      if (post.deletedAt) {
        await this.contentRows.updatePost(m, post.id, { deletedAt: null, deletedBy: null, updatedAt: new Date() });
        await this.audit.record(m, { actorId: me.id, action: 'POST_UNDELETED', targetType: 'POST', targetId: post.id, before: { deleted: true }, after: { deleted: false } });
      }
      // Visible again to every reader: it counts on its category once more (by delta: a recount
      // would scan the category's posts while every reply there waits on its row).
      if (!isPublicPost(post) && post.approval === 'APPROVED') await PostsService.shiftPostCounters(m, [post], 1);
      await this.topicCounters.recount(m, topic.id);
      return this.repository.postInOrFail(m, post.id);
    });
    const freshTopic = await this.repository.topicOrFail(topic.id);
    this.events.publish('post.restored', { post: fresh, topic: freshTopic });
    return fresh;
  }

  async moveTopic(ctx: RequestContext, topicId: string, categoryId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    const target = await this.categories.getReadable(ctx, categoryId).catch(() => {
      throw AppError.badInput('categoryId', InputErrorReason.NOT_FOUND, 'There is no such category.');
    });
    await this.scope.assertCanModerate(me, target.id);
    if (target.id === topic.categoryId) return topic;
    return this.changeTopic(topic, async (m) => {
      await this.contentRows.updateTopic(m, topic.id, { categoryId: target.id, updatedAt: new Date() });
      await this.repository.moveTopicItems(m, topic.id, target.id);
      // A listed topic takes itself and its public posts from one category's counters to the other's.
      if (!topic.deletedAt && !topic.hiddenAt) {
        await this.categories.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
        await this.categories.shiftTopicCounters(m, target.id, topic.id, 1);
      }
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_MOVED', targetType: 'TOPIC', targetId: topic.id, before: { categoryId: topic.categoryId }, after: { categoryId: target.id } });
    });
  }

  async closeTopic(ctx: RequestContext, topicId: string, reason: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const text = checkRequiredReason(reason, 'Say why the topic closes; readers will see it.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    return this.changeTopic(topic, async (m) => {
      await this.contentRows.updateTopic(m, topic.id, { lockedAt: topic.lockedAt ?? new Date(), closedReason: text, updatedAt: new Date() });
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_CLOSED', targetType: 'TOPIC', targetId: topic.id, reason: text, before: { locked: !!topic.lockedAt }, after: { locked: true } });
    });
  }

  /** Moves every post of `sourceId` to the end of `targetId` (by time) and retires the source. */
  async mergeTopics(ctx: RequestContext, sourceId: string, targetId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    if (sourceId === targetId) throw AppError.badInput('targetTopicId', ModerationErrorReason.SAME_TOPIC, 'Choose two different topics.');
    const { topic: source } = await this.access.readableTopic(ctx, sourceId);
    const { topic: target } = await this.access.readableTopic(ctx, targetId).catch(() => {
      throw AppError.badInput('targetTopicId', InputErrorReason.NOT_FOUND, 'There is no such target topic.');
    });
    await this.scope.assertCanModerate(me, source.categoryId);
    await this.scope.assertCanModerate(me, target.categoryId);
    return this.changeTopic(target, async (m) => {
      await this.contentRows.lockTopics(m, [source.id, target.id]);
      await this.contentRows.appendPosts(m, source.id, target.id);
      await this.contentRows.updateTopic(m, source.id, { deletedAt: new Date(), closedReason: `Merged into ${target.id}`, updatedAt: new Date() });
      await this.topicCounters.recount(m, target.id);
      await this.topicCounters.recount(m, source.id);
      await this.categories.recountCounters(m, [source.categoryId, target.categoryId]);
      await this.audit.record(m, { actorId: me.id, action: 'TOPICS_MERGED', targetType: 'TOPIC', targetId: target.id, before: { source: source.id }, after: { mergedInto: target.id } });
    });
  }

  /** Moves chosen replies of a topic into a new topic, in their original order. */
  async splitTopic(ctx: RequestContext, topicId: string, postIds: string[], title: string, categoryId?: string | null): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const cleanTitle = checkTitle(title);
    const ids = [...new Set(postIds)];
    if (ids.length === 0 || ids.length > 500) throw AppError.badInput('postIds', InputErrorReason.INVALID, 'Choose 1 to 500 replies to split off.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    const destination = categoryId ? (await this.categories.getReadable(ctx, categoryId)).id : topic.categoryId;
    await this.scope.assertCanModerate(me, destination);
    const rows = await this.repository.postsOfTopic(topic.id, ids.filter((id) => isUuid(id)));
    if (rows.length !== ids.length) throw AppError.badInput('postIds', ModerationErrorReason.NOT_IN_TOPIC, 'Every post must be a reply in this topic.');
    if (rows.some((r) => r.postNumber === 1)) throw AppError.badInput('postIds', ModerationErrorReason.OPENING_POST, 'The opening post stays with its topic.');
    const created = await this.repository.transaction(async (m) => {
      const fresh = await this.contentRows.insertTopic(m, {
        categoryId: destination,
        authorId: rows[0]!.authorId,
        title: cleanTitle,
        kind: 'DISCUSSION',
        tags: [],
        replyCount: 0,
        reactionCount: 0,
        postNumberSeq: 0,
        hotScore: 0,
        pinnedGlobally: false,
        lastPostedAt: rows[0]!.createdAt,
        updatedAt: new Date(),
        createdAt: rows[0]!.createdAt,
      });
      await this.contentRows.movePostsInto(m, rows.map((r) => r.id), fresh.id);
      await this.topicCounters.recount(m, fresh.id);
      await this.topicCounters.recount(m, topic.id);
      await this.categories.recountCounters(m, [...new Set([topic.categoryId, destination])]);
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_SPLIT', targetType: 'TOPIC', targetId: topic.id, after: { newTopicId: fresh.id, postIds: rows.map((r) => r.id) } });
      return this.repository.topicInOrFail(m, fresh.id);
    });
    this.events.publish('topic.updated', { topic: created });
    return created;
  }

  /** Hides a post pending review; records and tells its author. Used by auto-hide (no actor) and by staff. */
  async hidePostInTransaction(m: EntityManager, post: PostEntity, reason: string, actorId: string | null): Promise<boolean> {
    if (!(await this.contentRows.hidePost(m, post.id, reason.slice(0, 500)))) return false;
    if (isPublicPost(post)) await PostsService.shiftPostCounters(m, [post], -1);
    await this.audit.record(m, {
      actorId,
      action: actorId ? 'POST_HIDDEN' : 'POST_AUTO_HIDDEN',
      targetType: 'POST',
      targetId: post.id,
      reason,
      before: { hidden: false },
      after: { hidden: true },
    });
    if (post.authorId && post.authorId !== actorId) {
      await this.notifications.notifyHidden(m, { userId: post.authorId, topicId: post.topicId, postId: post.id, actorId, data: { reason, postNumber: post.postNumber } });
    }
    return true;
  }

  async unhidePostInTransaction(m: EntityManager, post: PostEntity, actorId: string): Promise<void> {
    await this.contentRows.updatePost(m, post.id, { hiddenAt: null, hiddenReason: null, updatedAt: new Date() });
    await this.audit.record(m, { actorId, action: 'POST_UNHIDDEN', targetType: 'POST', targetId: post.id, before: { hidden: true }, after: { hidden: false } });
  }

  /** Deletes a post (the opening post deletes its topic); counters follow. */
  async deletePostInTransaction(m: EntityManager, post: PostEntity, actorId: string, reason?: string | null): Promise<void> {
    const before = await this.repository.topicInOrFail(m, post.topicId);
    // The category's counters follow by delta (see PostsService.shiftPostCounters).
    if (post.postNumber === 1) {
      await this.contentRows.updateTopic(m, post.topicId, { deletedAt: new Date(), updatedAt: new Date() });
      if (!before.deletedAt && !before.hiddenAt) await this.categories.shiftTopicCounters(m, before.categoryId, before.id, -1);
    } else {
      await this.contentRows.updatePost(m, post.id, { deletedAt: new Date(), deletedBy: actorId, updatedAt: new Date() });
      if (isPublicPost(post)) await PostsService.shiftPostCounters(m, [post], -1);
    }
    const topic = await this.repository.topicInOrFail(m, post.topicId);
    await this.topicCounters.recount(m, topic.id);
    await this.audit.record(m, { actorId, action: post.postNumber === 1 ? 'TOPIC_DELETED' : 'POST_DELETED', targetType: post.postNumber === 1 ? 'TOPIC' : 'POST', targetId: post.postNumber === 1 ? topic.id : post.id, reason });
  }

  async hideTopicInTransaction(m: EntityManager, topic: TopicEntity, reason: string, actorId: string): Promise<void> {
    await this.contentRows.updateTopic(m, topic.id, { hiddenAt: new Date(), hiddenReason: reason.slice(0, 500), updatedAt: new Date() });
    if (!topic.deletedAt) await this.categories.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
    await this.audit.record(m, { actorId, action: 'TOPIC_HIDDEN', targetType: 'TOPIC', targetId: topic.id, reason, before: { hidden: false }, after: { hidden: true } });
    if (topic.authorId && topic.authorId !== actorId) {
      await this.notifications.notifyHidden(m, { userId: topic.authorId, topicId: topic.id, postId: null, actorId, data: { topicTitle: topic.title, postNumber: 1, reason } });
    }
  }

  async unhideTopicInTransaction(m: EntityManager, topic: TopicEntity, actorId: string): Promise<void> {
    await this.contentRows.updateTopic(m, topic.id, { hiddenAt: null, hiddenReason: null, updatedAt: new Date() });
    if (topic.hiddenAt && !topic.deletedAt) await this.categories.shiftTopicCounters(m, topic.categoryId, topic.id, 1);
    await this.audit.record(m, { actorId, action: 'TOPIC_UNHIDDEN', targetType: 'TOPIC', targetId: topic.id, before: { hidden: true }, after: { hidden: false } });
  }

  async deleteTopicInTransaction(m: EntityManager, topic: TopicEntity, actorId: string, reason?: string | null): Promise<void> {
    await this.contentRows.updateTopic(m, topic.id, { deletedAt: new Date(), updatedAt: new Date() });
    if (!topic.hiddenAt) await this.categories.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
    await this.audit.record(m, { actorId, action: 'TOPIC_DELETED', targetType: 'TOPIC', targetId: topic.id, reason, before: { deleted: false }, after: { deleted: true } });
  }

  private async changeTopic(topic: TopicEntity, work: (m: EntityManager) => Promise<void>): Promise<TopicEntity> {
    const fresh = await this.repository.transaction(async (m) => {
      await work(m);
      return this.repository.topicInOrFail(m, topic.id);
    });
    this.events.publish('topic.updated', { topic: fresh });
    return fresh;
  }
}
