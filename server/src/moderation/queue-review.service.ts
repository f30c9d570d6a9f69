import { InboxRepository } from '../inbox/inbox.repository.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { ApiErrorCode } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { isUuid } from '../common/ids.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit } from '../common/transaction.js';
import { MembersService, type PreparedSanction, type SanctionRow } from '../members/members.service.js';
import { FlagOutcome } from '../notifications/notification.objects.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ContentModerationRepository } from '../topics/content-moderation.repository.js';
import { PostsService } from '../topics/posts.service.js';
import { PostPublisher } from '../topics/post-publisher.js';
import { ContentModerationService } from './content-moderation.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { ModerationRepository, type FlagRow, type QueueItemRow } from './moderation.repository.js';
import { QueueShareService } from './queue-share.service.js';
import { ModerationErrorReason } from './moderation.errors.js';

export type { QueueItemRow } from './moderation.repository.js';

/** A verdict's reason is shown to the author and kept as a hidden post's reason: at most 500 characters. */
function checkReasonLength(reason: string | null | undefined): void {
  if ((reason?.trim().length ?? 0) > 500) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 500 characters.');
}

/** Flags shown per queue item; flagCount says how many there are in all. */
export const FLAGS_PER_ITEM = 50;

export type FlagDecision = 'AGREE' | 'DISAGREE' | 'IGNORE';
export type ContentAction = 'HIDE' | 'DELETE' | 'NONE';
/** With AGREE: what also happens to the author of the content (or the flagged member). */
export type AuthorAction = 'NONE' | 'WARN' | 'SILENCE' | 'SUSPEND';
const SANCTION_OF: Record<Exclude<AuthorAction, 'NONE'>, SanctionRow['kind']> = { WARN: 'WARNING', SILENCE: 'SILENCE', SUSPEND: 'SUSPENSION' };

/**
 * Working the moderation queue: listing the items of one's share, resolving flags (exactly once per
 * item) and deciding posts held for approval. What a verdict does to content is
 * ContentModerationService's; every verdict is checked against the moderator's scope and audited.
 */
@Injectable()
export class QueueReviewService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly categories: CategoriesService,
    private readonly scope: ModerationScopeService,
    private readonly queue: ModerationQueueService,
    private readonly shares: QueueShareService,
    private readonly content: ContentModerationService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly members: MembersService,
    private readonly accounts: AccountsService,
    private readonly contentRows: ContentModerationRepository,
    private readonly publisher: PostPublisher,
  ) {}

  async list(ctx: RequestContext, status: 'OPEN' | 'RESOLVED', first?: number, after?: string): Promise<Page<QueueItemRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    // The part of the queue the person works (QueueShareService.shareOf holds the rule).
    const mine = await this.shares.shareOf(ctx);
    const rows = await this.repository.listItems(status, mine, cursor, size + 1);
    return toPage(rows, size, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  }

  async summary(ctx: RequestContext): Promise<{ openCount: number; oldestOpenAt: Date | null }> {
    return this.shares.openSummary(await this.shares.shareOf(ctx));
  }

  /**
   * Batch: the latest FLAGS_PER_ITEM flags of each item (oldest of them first) and how many it has
   * in all; a post flagged by a thousand members does not put a thousand flags on one card.
   */
  async flagsOf(itemIds: readonly string[]): Promise<Array<{ flags: FlagRow[]; total: number }>> {
    const rows = await this.repository.latestFlagsOf(itemIds, FLAGS_PER_ITEM);
    return itemIds.map((id) => {
      const mine = rows.filter((r) => r.itemId === id);
      return { flags: mine.map(({ total: _total, ...flag }) => flag), total: mine[0]?.total ?? 0 };
    });
  }

  private async item(ctx: RequestContext, itemId: string): Promise<QueueItemRow> {
    const item = isUuid(itemId) ? await this.repository.itemById(itemId) : null;
    if (!item) throw AppError.notFound('There is no such queue item.');
    if (item.categoryId) {
      await this.scope.assertCanModerate(ctx.user, item.categoryId);
      // Moderating a category one may not read (an admin kept moderators out of it) is not theirs either.
      await this.categories.getReadable(ctx, item.categoryId).catch(() => {
        throw AppError.notFound('There is no such queue item.');
      });
    } else await this.scope.assertUnscoped(ctx.user);
    if (item.status !== 'OPEN') throw alreadyResolved();
    return item;
  }

  /**
   * Resolves every flag on an item. Two moderators acting at once: the second gets CONFLICT.
   * AGREE acts on the content (hide or delete the post or topic) and, optionally, on its author
   * (warn, silence, suspend: checked first, written in the same transaction); DISAGREE restores
   * content the flags hid.
   */
  async resolveFlags(
    ctx: RequestContext,
    itemId: string,
    decision: FlagDecision,
    action: ContentAction,
    reason?: string | null,
    author: { action: AuthorAction; until?: Date | null } = { action: 'NONE' },
  ): Promise<QueueItemRow> {
    const me = ctx.requireUser();
    checkReasonLength(reason);
    const item = await this.item(ctx, itemId);
    if (item.kind !== 'FLAGGED') throw AppError.badInput('itemId', ModerationErrorReason.NOT_FLAGS, 'This item holds a post for approval; approve or reject it.');
    let sanction: PreparedSanction | null = null;
    if (author.action !== 'NONE') {
      if (decision !== 'AGREE') throw AppError.badInput('authorAction', ModerationErrorReason.NEEDS_AGREE, 'Act on the author only when you agree with the flags.');
      const ownerId = await this.ownerOf(item);
      if (!ownerId) throw AppError.badInput('authorAction', ModerationErrorReason.NO_AUTHOR, 'This content has no author to act on.');
      sanction = await this.members.prepareSanction(ctx, ownerId, SANCTION_OF[author.action], reason ?? '', author.until);
    }
    await this.repository.transaction(async (m) => {
      const closed = await this.queue.close(m, item.id, decision, me.id);
      if (!closed) throw alreadyResolved();
      const status = decision === 'AGREE' ? 'AGREED' : decision === 'DISAGREE' ? 'DISAGREED' : 'IGNORED';
      const flaggers = await this.repository.closeFlags(m, item.id, status);
      if (status !== 'IGNORED' && flaggers.length > 0) await this.accounts.countFlagVerdicts(m, flaggers, status);
      if (item.targetType === 'POST') {
        const post = await this.repository.postIn(m, item.targetId);
        if (post) {
          if (decision === 'AGREE' && action === 'HIDE') await this.content.hidePostInTransaction(m, post, reason || 'Hidden by a moderator.', me.id);
          if (decision === 'AGREE' && action === 'DELETE') await this.content.deletePostInTransaction(m, post, me.id, reason);
          if (decision === 'DISAGREE' && post.hiddenAt) {
            await this.content.unhidePostInTransaction(m, post, me.id);
            // Shown again: it counts on its topic and category once more (unless deleted or held).
            if (!post.deletedAt && post.approval === 'APPROVED') await PostsService.shiftPostCounters(m, [post], 1);
          }
        }
      }
      if (item.targetType === 'TOPIC') {
        const topic = await this.repository.topicIn(m, item.targetId);
        if (topic) {
          if (decision === 'AGREE' && action === 'HIDE' && !topic.hiddenAt) await this.content.hideTopicInTransaction(m, topic, reason || 'Hidden by a moderator.', me.id);
          if (decision === 'AGREE' && action === 'DELETE' && !topic.deletedAt) await this.content.deleteTopicInTransaction(m, topic, me.id, reason);
          if (decision === 'DISAGREE' && topic.hiddenReason) await this.content.unhideTopicInTransaction(m, topic, me.id);
        }
      }
      if (sanction) await this.members.writeSanction(m, ctx, sanction);
      // Each flagger hears what came of their flag (the content as the verdict left it; nobody named).
      const after = await this.verdictTarget(m, item);
      const outcome = flagOutcome(decision, item.targetType === 'USER' ? false : contentGone(after));
      await this.notifications.onFlagsResolved(m, { flaggerIds: flaggers, actorId: me.id, outcome, ...after });
      await this.audit.record(m, {
        actorId: me.id,
        action: `FLAGS_${status}`,
        targetType: 'QUEUE_ITEM',
        targetId: item.id,
        reason,
        after: { decision, action, authorAction: author.action, target: `${item.targetType}:${item.targetId}` },
      });
    });
    if (item.targetType === 'TOPIC') {
      const topic = await this.repository.topic(item.targetId);
      if (topic) this.events.publish('topic.updated', { topic });
    }
    return this.reload(item.id);
  }

  /** The topic and post a flagged item is about, as the transaction sees them now (none for a member). */
  private async verdictTarget(m: EntityManager, item: QueueItemRow): Promise<{ topic: TopicEntity | null; post: PostEntity | null }> {
    if (item.targetType === 'POST') {
      const post = await this.repository.postIn(m, item.targetId);
      return { post, topic: post ? await this.repository.topicIn(m, post.topicId) : null };
    }
    if (item.targetType === 'TOPIC') return { post: null, topic: await this.repository.topicIn(m, item.targetId) };
    return { topic: null, post: null };
  }

  /** Whose content an item is about: the post's or topic's author, or the flagged member. */
  private async ownerOf(item: QueueItemRow): Promise<string | null> {
    if (item.targetType === 'USER') return item.targetId;
    return this.repository.authorOf(item.targetType, item.targetId);
  }

  /** Approves or rejects a post held for approval. */
  async decidePending(ctx: RequestContext, itemId: string, approve: boolean, reason?: string | null): Promise<QueueItemRow> {
    const me = ctx.requireUser();
    checkReasonLength(reason);
    const item = await this.item(ctx, itemId);
    if (item.kind !== 'PENDING_POST') throw AppError.badInput('itemId', ModerationErrorReason.NOT_PENDING, 'This item holds flags; resolve them instead.');
    await this.repository.transaction(async (m) => {
      const closed = await this.queue.close(m, item.id, approve ? 'APPROVED' : 'REJECTED', me.id);
      if (!closed) throw alreadyResolved();
      // Locked: what the post was before this verdict decides whether it is published now.
      const post = await this.repository.lockedPostOrFail(m, item.targetId);
      const held = post.approval === 'PENDING';
      await this.contentRows.updatePost(m, post.id, { approval: approve ? 'APPROVED' : 'REJECTED', updatedAt: new Date() });
      const topic = await this.repository.topicInOrFail(m, post.topicId);
      if (post.postNumber === 1) {
        await this.contentRows.updateTopic(m, topic.id, approve ? { hiddenAt: null } : { deletedAt: new Date() });
        // Held topics were never counted: an approved one now joins its category's counters.
        if (approve && topic.hiddenAt && !topic.deletedAt) await this.categories.shiftTopicCounters(m, topic.categoryId, topic.id, 1);
      } else if (approve && held) {
        await PostsService.countReply(m, topic.id, post, false, topic.categoryId);
      }
      await this.audit.record(m, { actorId: me.id, action: approve ? 'POST_APPROVED' : 'POST_REJECTED', targetType: 'POST', targetId: post.id, reason });
      // Published once, on the change from held to approved (a retried approval finds it approved).
      if (approve && held) {
        const fresh = await this.repository.topicInOrFail(m, topic.id);
        const approved = await this.repository.postInOrFail(m, post.id);
        const category = await this.categories.byId(fresh.categoryId);
        // What writing it unheld would have done: notifications and the live event (PostPublisher).
        if (category) await this.publisher.publishApproved(m, { post: approved, topic: fresh, category });
        // The reply inbox counts it from now on, as if just written.
        if (post.postNumber === 1) await InboxRepository.topicCreated(m, fresh, approved.id, approved.authorIsStaff);
        else await InboxRepository.postApproved(m, approved, approved.authorIsStaff);
        afterCommit(m, () => this.events.publish('inbox.changed', { topicId: fresh.id, categoryId: fresh.categoryId }));
      }
    });
    return this.reload(item.id);
  }

  private async reload(id: string): Promise<QueueItemRow> {
    return (await this.repository.itemById(id))!;
  }
}

/** Whether the flagged post or topic is out of readers' sight once the verdict is applied. */
function contentGone({ topic, post }: { topic: TopicEntity | null; post: PostEntity | null }): boolean {
  if (!topic || topic.hiddenAt || topic.deletedAt) return true;
  return !!post && (!!post.hiddenAt || !!post.deletedAt);
}

/**
 * What a flagger is told, from what they will see: dismissed when the moderators disagreed (the
 * content is shown again); removed when the content is out of sight after the verdict (hidden or
 * deleted now, or hidden earlier by the flags and left so); agreed when they agreed and the
 * content stays (they acted on its author, or the flag was about a member).
 */
function flagOutcome(decision: FlagDecision, gone: boolean): FlagOutcome {
  if (decision === 'DISAGREE') return FlagOutcome.DISMISSED;
  if (gone) return FlagOutcome.CONTENT_REMOVED;
  return decision === 'AGREE' ? FlagOutcome.AGREED : FlagOutcome.DISMISSED;
}

function alreadyResolved(): AppError {
  return new AppError(ApiErrorCode.CONFLICT, 'Another moderator has already dealt with this item.', { reason: ModerationErrorReason.ALREADY_RESOLVED });
}
