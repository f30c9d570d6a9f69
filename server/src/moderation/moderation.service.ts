import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiErrorCode } from '@townsquare/shared';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit, returningRows, transaction } from '../common/transaction.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { QueueShareService } from './queue-share.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PostEntity } from '../topics/post.entity.js';
import { PostsService } from '../topics/posts.service.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService, isPublicPost } from '../topics/topic-access.service.js';
import { HOT_SCORE_SQL, checkTitle } from '../topics/topics.service.js';
import { MembersService, type PreparedSanction, type SanctionRow } from '../members/members.service.js';
import { hidePostInTransaction } from './flags.service.js';
import { FLAG_COLUMNS, type FlagRow } from './flag-row.js';
import { isUuid } from '../common/ids.js';

export interface QueueItemRow {
  id: string;
  kind: 'FLAGGED' | 'PENDING_POST' | 'JOIN_REQUEST';
  targetType: 'POST' | 'TOPIC' | 'USER';
  targetId: string;
  categoryId: string | null;
  status: 'OPEN' | 'RESOLVED';
  flagWeight: number;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

/** A verdict's reason is shown to the author and kept as a hidden post's reason: at most 500 characters. */
function checkReasonLength(reason: string | null | undefined): void {
  if ((reason?.trim().length ?? 0) > 500) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 500 characters.');
}

/** Flags shown per queue item; flagCount says how many there are in all. */
export const FLAGS_PER_ITEM = 50;

export type FlagDecision = 'AGREE' | 'DISAGREE' | 'IGNORE';
export type ContentAction = 'HIDE' | 'DELETE' | 'NONE';
/** With AGREE: what also happens to the author of the content (or the flagged member). */
export type AuthorAction = 'NONE' | 'WARN' | 'SILENCE' | 'SUSPEND';
const SANCTION_OF: Record<Exclude<AuthorAction, 'NONE'>, SanctionRow['kind']> = { WARN: 'WARNING', SILENCE: 'SILENCE', SUSPEND: 'SUSPENSION' };

function toItem(r: Record<string, unknown>): QueueItemRow {
  return {
    id: r.id as string,
    kind: r.kind as QueueItemRow['kind'],
    targetType: r.target_type as QueueItemRow['targetType'],
    targetId: r.target_id as string,
    categoryId: r.category_id as string | null,
    status: r.status as QueueItemRow['status'],
    flagWeight: Number(r.flag_weight),
    resolution: r.resolution as string | null,
    resolvedBy: r.resolved_by as string | null,
    resolvedAt: r.resolved_at as Date | null,
    createdAt: r.created_at as Date,
  };
}

/**
 * Recomputes a topic's counters from its posts (after merging, splitting or moving posts). Replies
 * and reactions count only posts every reader of the topic sees, as PostsService keeps them.
 */
export async function recountTopic(m: EntityManager, topicId: string): Promise<void> {
  await m.query(
    `WITH visible AS (
       SELECT * FROM posts WHERE topic_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND approval = 'APPROVED'
     ), last AS (SELECT id, author_id, created_at FROM visible ORDER BY post_number DESC LIMIT 1)
     UPDATE topics t SET
       reply_count = (SELECT count(*) FROM visible WHERE post_number > 1),
       reaction_count = (SELECT coalesce(sum(v.value::int), 0) FROM visible p, jsonb_each_text(p.reactions) v),
       post_number_seq = (SELECT coalesce(max(post_number), 0) FROM posts WHERE topic_id = $1),
       first_post_id = (SELECT id FROM posts WHERE topic_id = $1 AND post_number = 1),
       last_post_id = coalesce((SELECT id FROM last), t.last_post_id),
       last_poster_id = coalesce((SELECT author_id FROM last), t.last_poster_id),
       last_posted_at = coalesce((SELECT created_at FROM last), t.last_posted_at),
       updated_at = now()
     WHERE t.id = $1`,
    [topicId],
  );
  await m.query(`UPDATE topics SET hot_score = ${HOT_SCORE_SQL} WHERE id = $1`, [topicId]);
}

/** Recounts categories' counters by the one definition of what they count (see CategoriesService). */
export async function recountCategories(m: EntityManager, categoryIds: string[]): Promise<void> {
  await CategoriesRepository.recountCounters(m, categoryIds);
}

/**
 * The moderation queue and the actions staff take on content: resolving flags (exactly once per
 * item), approving held posts, hiding, restoring, moving, closing, merging and splitting topics.
 * Every action is checked against the moderator's scope and written to the audit log.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TopicAccessService,
    private readonly categories: CategoriesService,
    private readonly scope: ModerationScopeService,
    private readonly queue: ModerationQueueService,
    private readonly shares: QueueShareService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly members: MembersService,
  ) {}

  /** The part of the queue the person works (QueueShareService.shareOf holds the rule). */
  private queueCategories(ctx: RequestContext): Promise<{ ids: string[]; members: boolean }> {
    return this.shares.shareOf(ctx);
  }

  async list(ctx: RequestContext, status: 'OPEN' | 'RESOLVED', first?: number, after?: string): Promise<Page<QueueItemRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const mine = await this.queueCategories(ctx);
    const params: unknown[] = [status, mine.ids];
    let where = `status = $1 AND (category_id = ANY($2::uuid[])${mine.members ? ' OR category_id IS NULL' : ''})`;
    const order = status === 'OPEN' ? 'ASC' : 'DESC';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (date_trunc('milliseconds', created_at), id) ${order === 'ASC' ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(size + 1);
    const rows = await this.db.query(
      `SELECT * FROM moderation_items WHERE ${where} ORDER BY date_trunc('milliseconds', created_at) ${order}, id ${order} LIMIT $${params.length}`,
      params,
    );
    return toPage(rows.map(toItem), size, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  }

  async summary(ctx: RequestContext): Promise<{ openCount: number; oldestOpenAt: Date | null }> {
    return this.shares.openSummary(await this.queueCategories(ctx));
  }

  /**
   * Batch: the latest FLAGS_PER_ITEM flags of each item (oldest of them first) and how many it has
   * in all; a post flagged by a thousand members does not put a thousand flags on one card.
   */
  async flagsOf(itemIds: readonly string[]): Promise<Array<{ flags: FlagRow[]; total: number }>> {
    const rows: Array<FlagRow & { total: number }> = await this.db.query(
      `SELECT * FROM (
         SELECT ${FLAG_COLUMNS}, count(*) OVER (PARTITION BY item_id)::int AS total,
                row_number() OVER (PARTITION BY item_id ORDER BY created_at DESC, id DESC) AS n
           FROM flags WHERE item_id = ANY($1::uuid[])
       ) f WHERE n <= ${FLAGS_PER_ITEM} ORDER BY "createdAt", id`,
      [[...itemIds]],
    );
    return itemIds.map((id) => {
      const mine = rows.filter((r) => r.itemId === id);
      return { flags: mine.map(({ total: _total, n: _n, ...flag }: FlagRow & { total: number; n?: unknown }) => flag), total: mine[0]?.total ?? 0 };
    });
  }

  private async item(ctx: RequestContext, itemId: string): Promise<QueueItemRow> {
    const [row] = isUuid(itemId) ? await this.db.query(`SELECT * FROM moderation_items WHERE id = $1`, [itemId]) : [];
    if (!row) throw AppError.notFound('There is no such queue item.');
    const item = toItem(row);
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
    if (item.kind !== 'FLAGGED') throw AppError.badInput('itemId', 'NOT_FLAGS', 'This item holds a post for approval; approve or reject it.');
    let sanction: PreparedSanction | null = null;
    if (author.action !== 'NONE') {
      if (decision !== 'AGREE') throw AppError.badInput('authorAction', 'NEEDS_AGREE', 'Act on the author only when you agree with the flags.');
      const ownerId = await this.ownerOf(item);
      if (!ownerId) throw AppError.badInput('authorAction', 'NO_AUTHOR', 'This content has no author to act on.');
      sanction = await this.members.prepareSanction(ctx, ownerId, SANCTION_OF[author.action], reason ?? '', author.until);
    }
    await transaction(this.db, async (m) => {
      const closed = await this.queue.close(m, item.id, decision, me.id);
      if (!closed) throw alreadyResolved();
      const status = decision === 'AGREE' ? 'AGREED' : decision === 'DISAGREE' ? 'DISAGREED' : 'IGNORED';
      const flaggers = await returningRows<{ flagger_id: string }>(m, `UPDATE flags SET status = $2 WHERE item_id = $1 AND status = 'OPEN' RETURNING flagger_id`, [item.id, status]);
      if (decision !== 'IGNORE' && flaggers.length > 0) {
        const column = decision === 'AGREE' ? 'flags_agreed' : 'flags_disagreed';
        await m.query(`UPDATE users SET ${column} = ${column} + 1 WHERE id = ANY($1::uuid[])`, [flaggers.map((f) => f.flagger_id)]);
      }
      if (item.targetType === 'POST') {
        const post = await m.findOneBy(PostEntity, { id: item.targetId });
        if (post) {
          if (decision === 'AGREE' && action === 'HIDE') await hidePostInTransaction(m, this.audit, post, reason || 'Hidden by a moderator.', me.id);
          if (decision === 'AGREE' && action === 'DELETE') await this.deleteInTransaction(m, post, me.id, reason);
          if (decision === 'DISAGREE' && post.hiddenAt) {
            await this.unhideInTransaction(m, post, me.id);
            // Shown again: it counts on its topic and category once more (unless deleted or held).
            if (!post.deletedAt && post.approval === 'APPROVED') await PostsService.shiftPostCounters(m, [post], 1);
          }
        }
      }
      if (item.targetType === 'TOPIC') {
        const topic = await m.findOneBy(TopicEntity, { id: item.targetId });
        if (topic) {
          if (decision === 'AGREE' && action === 'HIDE' && !topic.hiddenAt) await this.hideTopicInTransaction(m, topic, reason || 'Hidden by a moderator.', me.id);
          if (decision === 'AGREE' && action === 'DELETE' && !topic.deletedAt) await this.deleteTopicInTransaction(m, topic, me.id, reason);
          if (decision === 'DISAGREE' && topic.hiddenReason) await this.unhideTopicInTransaction(m, topic, me.id);
        }
      }
      if (sanction) await this.members.writeSanction(m, ctx, sanction);
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
      const topic = await this.db.getRepository(TopicEntity).findOneBy({ id: item.targetId });
      if (topic) this.events.publish('topic.updated', { topic });
    }
    return this.reload(item.id);
  }

  /** Whose content an item is about: the post's or topic's author, or the flagged member. */
  private async ownerOf(item: QueueItemRow): Promise<string | null> {
    if (item.targetType === 'USER') return item.targetId;
    const table = item.targetType === 'POST' ? 'posts' : 'topics';
    const [row]: Array<{ author_id: string | null }> = await this.db.query(`SELECT author_id FROM ${table} WHERE id = $1`, [item.targetId]);
    return row?.author_id ?? null;
  }

  /** Staff hide a whole topic (its author and staff still see it); the author is told why. */
  async hideTopic(ctx: RequestContext, topicId: string, reason: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', 'REQUIRED', 'Say why; the author will see it.');
    if (text.length > 500) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 500 characters.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (topic.hiddenAt) throw AppError.conflict('topicId', 'ALREADY_HIDDEN', 'The topic is already hidden (or awaits approval).');
    return this.changeTopic(topic, (m) => this.hideTopicInTransaction(m, topic, text, me.id));
  }

  /** Staff show a topic they (or flags) hid; a topic awaiting approval is decided in the queue. */
  async unhideTopic(ctx: RequestContext, topicId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (!topic.hiddenAt) throw AppError.conflict('topicId', 'NOT_HIDDEN', 'The topic is not hidden.');
    if (!topic.hiddenReason) throw AppError.conflict('topicId', 'AWAITS_APPROVAL', 'The topic awaits approval: approve it in the moderation queue.');
    return this.changeTopic(topic, (m) => this.unhideTopicInTransaction(m, topic, me.id));
  }

  private async hideTopicInTransaction(m: EntityManager, topic: TopicEntity, reason: string, actorId: string): Promise<void> {
    await m.update(TopicEntity, { id: topic.id }, { hiddenAt: new Date(), hiddenReason: reason.slice(0, 500), updatedAt: new Date() });
    if (!topic.deletedAt) await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
    await this.audit.record(m, { actorId, action: 'TOPIC_HIDDEN', targetType: 'TOPIC', targetId: topic.id, reason, before: { hidden: false }, after: { hidden: true } });
    if (topic.authorId && topic.authorId !== actorId) {
      await m.query(`INSERT INTO notifications (user_id, kind, topic_id, actor_id, data) VALUES ($1, 'POST_HIDDEN', $2, $3, $4)`, [
        topic.authorId,
        topic.id,
        actorId,
        { topicTitle: topic.title, postNumber: 1, reason },
      ]);
    }
  }

  private async unhideTopicInTransaction(m: EntityManager, topic: TopicEntity, actorId: string): Promise<void> {
    await m.update(TopicEntity, { id: topic.id }, { hiddenAt: null, hiddenReason: null, updatedAt: new Date() });
    if (topic.hiddenAt && !topic.deletedAt) await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, 1);
    await this.audit.record(m, { actorId, action: 'TOPIC_UNHIDDEN', targetType: 'TOPIC', targetId: topic.id, before: { hidden: true }, after: { hidden: false } });
  }

  private async deleteTopicInTransaction(m: EntityManager, topic: TopicEntity, actorId: string, reason?: string | null): Promise<void> {
    await m.update(TopicEntity, { id: topic.id }, { deletedAt: new Date(), updatedAt: new Date() });
    if (!topic.hiddenAt) await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
    await this.audit.record(m, { actorId, action: 'TOPIC_DELETED', targetType: 'TOPIC', targetId: topic.id, reason, before: { deleted: false }, after: { deleted: true } });
  }

  /** Approves or rejects a post held for approval. */
  async decidePending(ctx: RequestContext, itemId: string, approve: boolean, reason?: string | null): Promise<QueueItemRow> {
    const me = ctx.requireUser();
    checkReasonLength(reason);
    const item = await this.item(ctx, itemId);
    if (item.kind !== 'PENDING_POST') throw AppError.badInput('itemId', 'NOT_PENDING', 'This item holds flags; resolve them instead.');
    await transaction(this.db, async (m) => {
      const closed = await this.queue.close(m, item.id, approve ? 'APPROVED' : 'REJECTED', me.id);
      if (!closed) throw alreadyResolved();
      const post = await m.findOneByOrFail(PostEntity, { id: item.targetId });
      await m.update(PostEntity, { id: post.id }, { approval: approve ? 'APPROVED' : 'REJECTED', updatedAt: new Date() });
      const topic = await m.findOneByOrFail(TopicEntity, { id: post.topicId });
      if (post.postNumber === 1) {
        await m.update(TopicEntity, { id: topic.id }, approve ? { hiddenAt: null } : { deletedAt: new Date() });
        // Held topics were never counted: an approved one now joins its category's counters.
        if (approve && topic.hiddenAt && !topic.deletedAt) await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, 1);
      } else if (approve) {
        await PostsService.countReply(m, topic.id, post, false, topic.categoryId);
      }
      await this.audit.record(m, { actorId: me.id, action: approve ? 'POST_APPROVED' : 'POST_REJECTED', targetType: 'POST', targetId: post.id, reason });
      if (approve) {
        const fresh = await m.findOneByOrFail(TopicEntity, { id: topic.id });
        const approved = await m.findOneByOrFail(PostEntity, { id: post.id });
        const category = await this.categories.byId(fresh.categoryId);
        if (category) {
          await this.notifications.onPostCreated(m, {
            post: approved,
            topic: fresh,
            category,
          mentions: [],
          quotedPostIds: [],
            topicCreated: post.postNumber === 1,
            replyToAuthorId: null,
          });
        }
        afterCommit(m, () => this.events.publish('post.created', { post: approved, topic: fresh, topicCreated: post.postNumber === 1 }));
      }
    });
    return this.reload(item.id);
  }

  async hidePost(ctx: RequestContext, postId: string, reason: string): Promise<PostEntity> {
    const me = ctx.requireUser();
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', 'REQUIRED', 'Say why; the author will see it.');
    if (text.length > 500) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 500 characters.');
    const { post, topic } = await this.access.readablePost(ctx, postId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (post.hiddenAt) throw AppError.conflict('postId', 'ALREADY_HIDDEN', 'The post is already hidden.');
    const fresh = await transaction(this.db, async (m) => {
      await hidePostInTransaction(m, this.audit, post, text, me.id);
      return m.findOneByOrFail(PostEntity, { id: post.id });
    });
    this.events.publish('post.deleted', { post: fresh, topic });
    return fresh;
  }

  /** Restores a hidden or deleted post. */
  async restorePost(ctx: RequestContext, postId: string): Promise<PostEntity> {
    const me = ctx.requireUser();
    const { post, topic } = await this.access.readablePost(ctx, postId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    if (!post.hiddenAt && !post.deletedAt) throw AppError.conflict('postId', 'NOT_HIDDEN', 'The post is neither hidden nor deleted.');
    const fresh = await transaction(this.db, async (m) => {
      if (post.hiddenAt) await this.unhideInTransaction(m, post, me.id);
      if (post.deletedAt) {
        await m.update(PostEntity, { id: post.id }, { deletedAt: null, deletedBy: null, updatedAt: new Date() });
        await this.audit.record(m, { actorId: me.id, action: 'POST_UNDELETED', targetType: 'POST', targetId: post.id, before: { deleted: true }, after: { deleted: false } });
      }
      // Visible again to every reader: it counts on its category once more (by delta: a recount
      // would scan the category's posts while every reply there waits on its row).
      if (!isPublicPost(post) && post.approval === 'APPROVED') await PostsService.shiftPostCounters(m, [post], 1);
      await recountTopic(m, topic.id);
      return m.findOneByOrFail(PostEntity, { id: post.id });
    });
    const freshTopic = await this.db.getRepository(TopicEntity).findOneByOrFail({ id: topic.id });
    this.events.publish('post.restored', { post: fresh, topic: freshTopic });
    return fresh;
  }

  async moveTopic(ctx: RequestContext, topicId: string, categoryId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    const target = await this.categories.getReadable(ctx, categoryId).catch(() => {
      throw AppError.badInput('categoryId', 'NOT_FOUND', 'There is no such category.');
    });
    await this.scope.assertCanModerate(me, target.id);
    if (target.id === topic.categoryId) return topic;
    return this.changeTopic(topic, async (m) => {
      await m.update(TopicEntity, { id: topic.id }, { categoryId: target.id, updatedAt: new Date() });
      await m.query(`UPDATE moderation_items SET category_id = $2 WHERE target_type = 'TOPIC' AND target_id = $1`, [topic.id, target.id]);
      // A listed topic takes itself and its public posts from one category's counters to the other's.
      if (!topic.deletedAt && !topic.hiddenAt) {
        await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, -1);
        await CategoriesService.shiftTopicCounters(m, target.id, topic.id, 1);
      }
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_MOVED', targetType: 'TOPIC', targetId: topic.id, before: { categoryId: topic.categoryId }, after: { categoryId: target.id } });
    });
  }

  async closeTopic(ctx: RequestContext, topicId: string, reason: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', 'REQUIRED', 'Say why the topic closes; readers will see it.');
    if (text.length > 500) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 500 characters.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    return this.changeTopic(topic, async (m) => {
      await m.update(TopicEntity, { id: topic.id }, { lockedAt: topic.lockedAt ?? new Date(), closedReason: text, updatedAt: new Date() });
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_CLOSED', targetType: 'TOPIC', targetId: topic.id, reason: text, before: { locked: !!topic.lockedAt }, after: { locked: true } });
    });
  }

  /** Moves every post of `sourceId` to the end of `targetId` (by time) and retires the source. */
  async mergeTopics(ctx: RequestContext, sourceId: string, targetId: string): Promise<TopicEntity> {
    const me = ctx.requireUser();
    if (sourceId === targetId) throw AppError.badInput('targetTopicId', 'SAME_TOPIC', 'Choose two different topics.');
    const { topic: source } = await this.access.readableTopic(ctx, sourceId);
    const { topic: target } = await this.access.readableTopic(ctx, targetId).catch(() => {
      throw AppError.badInput('targetTopicId', 'NOT_FOUND', 'There is no such target topic.');
    });
    await this.scope.assertCanModerate(me, source.categoryId);
    await this.scope.assertCanModerate(me, target.categoryId);
    return this.changeTopic(target, async (m) => {
      await m.query(`SELECT id FROM topics WHERE id = ANY($1::uuid[]) FOR UPDATE`, [[source.id, target.id]]);
      await m.query(
        `WITH moved AS (
           SELECT id, row_number() OVER (ORDER BY created_at, post_number) AS n FROM posts WHERE topic_id = $1
         )
         UPDATE posts p SET topic_id = $2, post_number = (SELECT post_number_seq FROM topics WHERE id = $2) + moved.n, updated_at = now()
         FROM moved WHERE p.id = moved.id`,
        [source.id, target.id],
      );
      await m.update(TopicEntity, { id: source.id }, { deletedAt: new Date(), closedReason: `Merged into ${target.id}`, updatedAt: new Date() });
      await recountTopic(m, target.id);
      await recountTopic(m, source.id);
      await recountCategories(m, [source.categoryId, target.categoryId]);
      await this.audit.record(m, { actorId: me.id, action: 'TOPICS_MERGED', targetType: 'TOPIC', targetId: target.id, before: { source: source.id }, after: { mergedInto: target.id } });
    });
  }

  /** Moves chosen replies of a topic into a new topic, in their original order. */
  async splitTopic(ctx: RequestContext, topicId: string, postIds: string[], title: string, categoryId?: string | null): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const cleanTitle = checkTitle(title);
    const ids = [...new Set(postIds)];
    if (ids.length === 0 || ids.length > 500) throw AppError.badInput('postIds', 'INVALID', 'Choose 1 to 500 replies to split off.');
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(me, topic.categoryId);
    const destination = categoryId ? (await this.categories.getReadable(ctx, categoryId)).id : topic.categoryId;
    await this.scope.assertCanModerate(me, destination);
    const rows: Array<{ id: string; post_number: number; author_id: string | null; created_at: Date }> = await this.db.query(
      `SELECT id, post_number, author_id, created_at FROM posts WHERE topic_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at, post_number`,
      [topic.id, ids.filter((id) => isUuid(id))],
    );
    if (rows.length !== ids.length) throw AppError.badInput('postIds', 'NOT_IN_TOPIC', 'Every post must be a reply in this topic.');
    if (rows.some((r) => r.post_number === 1)) throw AppError.badInput('postIds', 'OPENING_POST', 'The opening post stays with its topic.');
    const created = await transaction(this.db, async (m) => {
      const fresh = await m.save(
        m.create(TopicEntity, {
          categoryId: destination,
          authorId: rows[0]!.author_id,
          title: cleanTitle,
          kind: 'DISCUSSION',
          tags: [],
          replyCount: 0,
          reactionCount: 0,
          postNumberSeq: 0,
          hotScore: 0,
          pinnedGlobally: false,
          lastPostedAt: rows[0]!.created_at,
          updatedAt: new Date(),
          createdAt: rows[0]!.created_at,
        }),
      );
      // Two steps keep (topic_id, post_number) unique while numbers change.
      await m.query(`UPDATE posts SET post_number = -post_number WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      await m.query(
        `WITH moved AS (SELECT id, row_number() OVER (ORDER BY created_at, -post_number) AS n FROM posts WHERE id = ANY($1::uuid[]))
         UPDATE posts p SET topic_id = $2, post_number = moved.n, reply_to_post_id = NULL, updated_at = now() FROM moved WHERE p.id = moved.id`,
        [rows.map((r) => r.id), fresh.id],
      );
      await recountTopic(m, fresh.id);
      await recountTopic(m, topic.id);
      await recountCategories(m, [...new Set([topic.categoryId, destination])]);
      await this.audit.record(m, { actorId: me.id, action: 'TOPIC_SPLIT', targetType: 'TOPIC', targetId: topic.id, after: { newTopicId: fresh.id, postIds: rows.map((r) => r.id) } });
      return m.findOneByOrFail(TopicEntity, { id: fresh.id });
    });
    this.events.publish('topic.updated', { topic: created });
    return created;
  }

  private async changeTopic(topic: TopicEntity, work: (m: EntityManager) => Promise<void>): Promise<TopicEntity> {
    const fresh = await transaction(this.db, async (m) => {
      await work(m);
      return m.findOneByOrFail(TopicEntity, { id: topic.id });
    });
    this.events.publish('topic.updated', { topic: fresh });
    return fresh;
  }

  private async unhideInTransaction(m: EntityManager, post: PostEntity, actorId: string): Promise<void> {
    await m.update(PostEntity, { id: post.id }, { hiddenAt: null, hiddenReason: null, updatedAt: new Date() });
    await this.audit.record(m, { actorId, action: 'POST_UNHIDDEN', targetType: 'POST', targetId: post.id, before: { hidden: true }, after: { hidden: false } });
  }

  private async deleteInTransaction(m: EntityManager, post: PostEntity, actorId: string, reason?: string | null): Promise<void> {
    const before = await m.findOneByOrFail(TopicEntity, { id: post.topicId });
    // The category's counters follow by delta (see PostsService.shiftPostCounters).
    if (post.postNumber === 1) {
      await m.update(TopicEntity, { id: post.topicId }, { deletedAt: new Date(), updatedAt: new Date() });
      if (!before.deletedAt && !before.hiddenAt) await CategoriesService.shiftTopicCounters(m, before.categoryId, before.id, -1);
    } else {
      await m.update(PostEntity, { id: post.id }, { deletedAt: new Date(), deletedBy: actorId, updatedAt: new Date() });
      if (isPublicPost(post)) await PostsService.shiftPostCounters(m, [post], -1);
    }
    const topic = await m.findOneByOrFail(TopicEntity, { id: post.topicId });
    await recountTopic(m, topic.id);
    await this.audit.record(m, { actorId, action: post.postNumber === 1 ? 'TOPIC_DELETED' : 'POST_DELETED', targetType: post.postNumber === 1 ? 'TOPIC' : 'POST', targetId: post.postNumber === 1 ? topic.id : post.id, reason });
  }

  private async reload(id: string): Promise<QueueItemRow> {
    const [row] = await this.db.query(`SELECT * FROM moderation_items WHERE id = $1`, [id]);
    return toItem(row);
  }
}

function alreadyResolved(): AppError {
  return new AppError(ApiErrorCode.CONFLICT, 'Another moderator has already dealt with this item.', { reason: 'ALREADY_RESOLVED' });
}
