import { Injectable } from '@nestjs/common';
import { ApiErrorCode, isStaff } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit } from '../common/transaction.js';
import { CommunityService } from '../community/community.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import type { PostEntity } from '../topics/post.entity.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { DEFAULT_TRUST_SETTINGS } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { ContentModerationService } from './content-moderation.service.js';
import { ModerationRepository, type FlagRow, type QueueTarget } from './moderation.repository.js';
import { isUuid } from '../common/ids.js';
import { ModerationErrorReason } from './moderation.errors.js';

export type FlagReason = 'SPAM' | 'OFFENSIVE' | 'OFF_TOPIC' | 'ILLEGAL' | 'OTHER';
const REASONS: FlagReason[] = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER'];

/**
 * A flag's weight follows its author's record: (agreed + 1) / (agreed + disagreed + 2) × 2, so a
 * newcomer's flag weighs 1, a reliable flagger's approaches 2 and a careless one's approaches 0.
 * Staff flags weigh the whole threshold: they hide at once.
 */
export function flagWeight(agreed: number, disagreed: number): number {
  return ((agreed + 1) / (agreed + disagreed + 2)) * 2;
}

@Injectable()
export class FlagsService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly access: TopicAccessService,
    private readonly queue: ModerationQueueService,
    private readonly content: ContentModerationService,
    private readonly events: DomainEvents,
    private readonly trust: TrustService,
    private readonly community: CommunityService,
    private readonly scopes: ModerationScopeService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Staff send a post to the moderation queue for a second look, without hiding it: it opens (or
   * joins) the post's flagged item with a staff flag of weight 0 carrying the reason, so whoever
   * works the queue sees why. Audited. ALREADY_FLAGGED while the same person's flag is still open.
   */
  async sendToQueue(ctx: RequestContext, postId: string, reason: string): Promise<{ id: string; itemId: string; hidden: boolean }> {
    const me = ctx.requireUser();
    const note = reason.trim();
    if (!note) throw AppError.badInput('reason', InputErrorReason.REQUIRED, 'Say what the queue should look at.');
    if (note.length > 1000) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 1,000 characters.');
    const { post, topic } = await this.access.readablePost(ctx, postId);
    await this.scopes.assertCanModerate(me, topic.categoryId);
    try {
      return await this.repository.transaction(async (m) => {
        const item = await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: 'POST', targetId: post.id, categoryId: topic.categoryId, weight: 0 });
        const id = await this.repository.insertFlag(m, {
          itemId: item.id,
          targetType: 'POST',
          targetId: post.id,
          flaggerId: me.id,
          ownerId: post.authorId,
          reason: 'OTHER',
          note,
          weight: 0,
        });
        await this.audit.record(m, { actorId: me.id, action: 'POST_SENT_TO_QUEUE', targetType: 'POST', targetId: post.id, reason: note });
        return { id, itemId: item.id, hidden: false };
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw AppError.conflict('postId', ModerationErrorReason.ALREADY_FLAGGED, 'You already sent this post to the queue; it waits there.');
      }
      throw error;
    }
  }

  /**
   * A member's flags for their staff record, newest first: the ones on their posts, topics and
   * them (RECEIVED) or the ones they raised (GIVEN). Keyset on (created_at, id) by an index each;
   * the cursor carries the database's own microsecond timestamp.
   */
  async memberFlags(ctx: RequestContext, userId: string, direction: 'RECEIVED' | 'GIVEN', first?: number, after?: string): Promise<Page<FlagRow & { at: string }>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    if (!isUuid(userId)) throw AppError.notFound('There is no such member.');
    const column = direction === 'GIVEN' ? 'flagger_id' : 'owner_id';
    // Flags in categories the viewer may not read are not listed (nor counted on the record).
    const readable = await this.access.categories.readableIds(ctx);
    const rows = await this.repository.memberFlags(userId, column, readable, cursor, size + 1);
    return toPage(rows, size, (r) => [r.at, r.id]);
  }

  async flag(ctx: RequestContext, input: { targetType: QueueTarget; targetId: string; reason: FlagReason; note?: string | null }): Promise<{ id: string; itemId: string; hidden: boolean }> {
    const me = ctx.requireUser();
    if (!REASONS.includes(input.reason)) throw AppError.badInput('reason', InputErrorReason.INVALID, 'Unknown flag reason.');
    const note = input.note?.trim() ?? '';
    if (input.reason === 'OTHER' && !note) throw AppError.badInput('note', InputErrorReason.REQUIRED, 'Tell the moderators what is wrong.');
    if (note.length > 1000) throw AppError.badInput('note', InputErrorReason.TOO_LONG, 'A note may have at most 1,000 characters.');
    const staff = isStaff(me.role);
    if (!staff) {
      // Daily flags by trust level: newcomers get few, trusted members more.
      const level = await this.trust.levelOf(me.id);
      const perDay = (await this.trust.settings()).limits[level].flagsPerDay ?? DEFAULT_TRUST_SETTINGS.limits[level].flagsPerDay ?? 5;
      const { count, oldest } = await this.repository.flagsInLastDay(me.id);
      if (count >= perDay) {
        const wait = oldest ? Math.max(1, Math.ceil((oldest.getTime() + 86_400_000 - Date.now()) / 1000)) : 86_400;
        throw AppError.rateLimited(wait, `You have used today's ${perDay} flags for your trust level. Try again later.`);
      }
    }

    let post: PostEntity | null = null;
    let categoryId: string | null = null;
    let ownerId: string | null;
    if (input.targetType === 'POST') {
      const found = await this.access.readablePost(ctx, input.targetId);
      post = found.post;
      categoryId = found.topic.categoryId;
      ownerId = post.authorId;
    } else if (input.targetType === 'TOPIC') {
      const found = await this.access.readableTopic(ctx, input.targetId);
      categoryId = found.topic.categoryId;
      ownerId = found.topic.authorId;
    } else {
      const user = isUuid(input.targetId) ? await this.repository.userId(input.targetId) : null;
      if (!user) throw AppError.notFound('There is no such member.');
      ownerId = user;
    }
    if (ownerId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot flag yourself or your own posts.', { reason: ModerationErrorReason.OWN_CONTENT });

    const self = await this.repository.flaggerRecord(me.id);
    const threshold = await this.community.flagHideThreshold();
    const weight = staff ? threshold : flagWeight(self?.agreed ?? 0, self?.disagreed ?? 0);
    try {
      return await this.repository.transaction(async (m) => {
        const item = await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: input.targetType, targetId: input.targetId, categoryId, weight });
        const id = await this.repository.insertFlag(m, {
          itemId: item.id,
          targetType: input.targetType,
          targetId: input.targetId,
          flaggerId: me.id,
          ownerId,
          reason: input.reason,
          note: note || null,
          weight,
        });
        let hidden = false;
        if (post && item.weight >= threshold && !post.hiddenAt) {
          hidden = await this.content.hidePostInTransaction(m, post, 'Hidden after flags from the community, pending review.', null);
          if (hidden) {
            const topic = await this.repository.topicInOrFail(m, post.topicId);
            const fresh = await this.repository.postInOrFail(m, post.id);
            afterCommit(m, () => this.events.publish('post.deleted', { post: fresh, topic }));
          }
        }
        return { id, itemId: item.id, hidden };
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw AppError.conflict('targetId', ModerationErrorReason.ALREADY_FLAGGED, 'You have already flagged this; the moderators will look at it.');
      }
      throw error;
    }
  }
}
