import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiErrorCode, isStaff } from '@townsquare/shared';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit, returningRows, transaction } from '../common/transaction.js';
import { ModerationQueueService, type QueueTarget } from './moderation-queue.service.js';
import { PostEntity } from '../topics/post.entity.js';
import { PostsService } from '../topics/posts.service.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService, isPublicPost } from '../topics/topic-access.service.js';
import { DEFAULT_TRUST_SETTINGS } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import { MembershipService } from '../membership/membership.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { FLAG_COLUMNS, type FlagRow } from './flag-row.js';
import { isUuid } from '../common/ids.js';

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

/** Hides a post pending review; records and tells its author. Used by auto-hide and by staff. */
export async function hidePostInTransaction(
  m: EntityManager,
  audit: AuditService,
  post: PostEntity,
  reason: string,
  actorId: string | null,
): Promise<boolean> {
  const rows = await returningRows<{ id: string }>(
    m,
    `UPDATE posts SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE id = $1 AND hidden_at IS NULL RETURNING id`,
    [post.id, reason.slice(0, 500)],
  );
  if (rows.length === 0) return false;
  if (isPublicPost(post)) await PostsService.shiftPostCounters(m, [post], -1);
  await audit.record(m, {
    actorId,
    action: actorId ? 'POST_HIDDEN' : 'POST_AUTO_HIDDEN',
    targetType: 'POST',
    targetId: post.id,
    reason,
    before: { hidden: false },
    after: { hidden: true },
  });
  if (post.authorId && post.authorId !== actorId) {
    await m.query(`INSERT INTO notifications (user_id, kind, topic_id, post_id, actor_id, data) VALUES ($1, 'POST_HIDDEN', $2, $3, $4, $5)`, [
      post.authorId,
      post.topicId,
      post.id,
      actorId,
      { reason, postNumber: post.postNumber },
    ]);
  }
  return true;
}

@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TopicAccessService,
    private readonly queue: ModerationQueueService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly trust: TrustService,
    private readonly membership: MembershipService,
  ) {}

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
    const params: unknown[] = [userId, readable, size + 1];
    let where = `${column} = $1 AND EXISTS (SELECT 1 FROM moderation_items i WHERE i.id = flags.item_id AND (i.category_id IS NULL OR i.category_id = ANY($2::uuid[])))`;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    const rows: Array<FlagRow & { at: string }> = await this.db.query(
      `SELECT ${FLAG_COLUMNS}, created_at::text AS at FROM flags WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $3`,
      params,
    );
    return toPage(rows, size, (r) => [r.at, r.id]);
  }

  async flag(ctx: RequestContext, input: { targetType: QueueTarget; targetId: string; reason: FlagReason; note?: string | null }): Promise<{ id: string; itemId: string; hidden: boolean }> {
    const me = ctx.requireUser();
    if (!REASONS.includes(input.reason)) throw AppError.badInput('reason', 'INVALID', 'Unknown flag reason.');
    const note = input.note?.trim() ?? '';
    if (input.reason === 'OTHER' && !note) throw AppError.badInput('note', 'REQUIRED', 'Tell the moderators what is wrong.');
    if (note.length > 1000) throw AppError.badInput('note', 'TOO_LONG', 'A note may have at most 1,000 characters.');
    const staff = isStaff(me.role);
    if (!staff) {
      // Daily flags by trust level: newcomers get few, trusted members more.
      const level = await this.trust.levelOf(me.id);
      const perDay = (await this.trust.settings()).limits[level].flagsPerDay ?? DEFAULT_TRUST_SETTINGS.limits[level].flagsPerDay ?? 5;
      const [{ count, oldest }]: Array<{ count: number; oldest: Date | null }> = await this.db.query(
        `SELECT count(*)::int AS count, min(created_at) AS oldest FROM flags WHERE flagger_id = $1 AND created_at > now() - interval '1 day'`,
        [me.id],
      );
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
      const [user]: Array<{ id: string }> = isUuid(input.targetId) ? await this.db.query(`SELECT id FROM users WHERE id = $1`, [input.targetId]) : [];
      if (!user) throw AppError.notFound('There is no such member.');
      ownerId = user.id;
    }
    if (ownerId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot flag yourself or your own posts.', { reason: 'OWN_CONTENT' });

    const [self]: Array<{ flags_agreed: number; flags_disagreed: number }> = await this.db.query(`SELECT flags_agreed, flags_disagreed FROM users WHERE id = $1`, [me.id]);
    const threshold = await this.membership.flagHideThreshold();
    const weight = staff ? threshold : flagWeight(self?.flags_agreed ?? 0, self?.flags_disagreed ?? 0);
    try {
      return await transaction(this.db, async (m) => {
        const item = await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: input.targetType, targetId: input.targetId, categoryId, weight });
        const [row]: Array<{ id: string }> = await m.query(
          `INSERT INTO flags (item_id, target_type, target_id, flagger_id, owner_id, reason, note, weight) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [item.id, input.targetType, input.targetId, me.id, ownerId, input.reason, note || null, weight],
        );
        let hidden = false;
        if (post && item.weight >= threshold && !post.hiddenAt) {
          hidden = await hidePostInTransaction(m, this.audit, post, 'Hidden after flags from the community, pending review.', null);
          if (hidden) {
            const topic = await m.findOneByOrFail(TopicEntity, { id: post.topicId });
            const fresh = await m.findOneByOrFail(PostEntity, { id: post.id });
            afterCommit(m, () => this.events.publish('post.deleted', { post: fresh, topic }));
          }
        }
        return { id: row!.id, itemId: item.id, hidden };
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw AppError.conflict('targetId', 'ALREADY_FLAGGED', 'You have already flagged this; the moderators will look at it.');
      }
      throw error;
    }
  }
}
