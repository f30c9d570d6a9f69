import { InboxRepository } from '../inbox/inbox.repository.js';
import { v7 as timeOrderedId } from 'uuid';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { ApiErrorCode, LIMITS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { afterCommit, afterStatements, returningRows, transaction } from '../common/transaction.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { ModerationQueueService } from '../moderation/moderation-queue.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ContentPolicyService } from '../watched-words/content-policy.service.js';
import { PostRevisionEntity } from './post-revision.entity.js';
import { PostEntity } from './post.entity.js';
import { renderPost } from './render.js';
import { TopicEntity } from './topic.entity.js';
import { TopicAccessService, isModerator, isPublicPost, isUuid } from './topic-access.service.js';
import type { CreatePostInput, EditPostInput } from './topic.objects.js';
import { HOT_SCORE_SQL, checkBody, checkTitle } from './topics.service.js';
import { hotScoreSql } from './hot-score.js';
import { RepliesRepository } from './replies.repository.js';
import { PostComposer } from './post-composer.js';
import { PostsRepository, type PostPageQuery, type PostRow } from './posts.repository.js';
import { TopicCountersRepository } from './topic-counters.repository.js';
import { TopicErrorReason, cannotPostHere, postNotFound, topicLocked } from './topics.errors.js';

/** Replies: writing, editing with revisions, deleting and restoring, accepting answers, reading pages. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(PostRevisionEntity) private readonly revisionRows: Repository<PostRevisionEntity>,
    private readonly access: TopicAccessService,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly policy: ContentPolicyService,
    private readonly queue: ModerationQueueService,
    private readonly scope: ModerationScopeService,
    private readonly audit: AuditService,
    private readonly postRows: PostsRepository,
    private readonly composer: PostComposer,
  ) {
    this.replies = new RepliesRepository(db);
  }

  private readonly replies: RepliesRepository;

  /**
   * Writes a reply. `within`, when given, runs in the reply's transaction right after it is written
   * (a contest entry row that must exist exactly when the reply does); when it throws, nothing is stored.
   */
  async createPost(ctx: RequestContext, input: CreatePostInput, within?: (m: EntityManager, post: PostEntity) => Promise<void>): Promise<PostEntity> {
    const me = ctx.requireUser();
    const body = checkBody(input.body);
    const { topic, category } = await this.access.readableTopic(ctx, input.topicId).catch(() => {
      throw new AppError(ApiErrorCode.NOT_FOUND, 'There is no such topic, or you cannot see it.', { field: 'topicId', reason: TopicErrorReason.TOPIC_NOT_FOUND });
    });
    if (topic.deletedAt) throw postNotFound();
    if (!this.categories.canPost(me, category)) throw cannotPostHere();
    if (topic.lockedAt && !(await this.access.moderates(ctx, topic.categoryId))) throw topicLocked();
    let replyTo: PostEntity | null = null;
    if (input.replyToPostId) {
      replyTo = isUuid(input.replyToPostId) ? await this.posts.findOneBy({ id: input.replyToPostId, topicId: topic.id }) : null;
      if (!replyTo || replyTo.deletedAt) throw AppError.badInput('replyToPostId', InputErrorReason.NOT_FOUND, 'The post you reply to is not in this topic.');
    }
    const rendered = await this.composer.compose(me, 'REPLY', { body, asBrand: input.asBrand });
    const pending = rendered.pending;
    const staff = isModerator(me);
    // Chosen here so that the topic can point at the reply, and its notifications name it, in the statement that writes it.
    const draft = Object.assign(new PostEntity(), {
      id: timeOrderedId(),
      topicId: topic.id,
      postNumber: 0,
      authorId: me.id,
      asBrand: input.asBrand,
      approval: pending ? 'PENDING' : 'APPROVED',
      hiddenAt: null,
      deletedAt: null,
      createdAt: new Date(),
    } satisfies Partial<PostEntity>);
    const plan = pending
      ? null
      : await this.notifications.planPostCreated(this.db, {
          post: draft,
          topic,
          category,
          mentions: rendered.mentions,
          quotedPostIds: rendered.quotedPostIds,
          topicCreated: false,
          replyToAuthorId: replyTo?.authorId ?? null,
        });
    const write = (q: Pick<EntityManager, 'query'>) =>
      this.replies.writeReply(q, {
        postId: draft.id,
        topicId: topic.id,
        categoryId: category.id,
        authorId: me.id,
        replyToPostId: replyTo?.id ?? null,
        body,
        bodyHtml: rendered.html,
        asBrand: input.asBrand,
        byStaff: staff,
        createdAt: draft.createdAt,
        counted: !pending,
        notifications: plan?.rows ?? null,
      });
    // An ordinary reply is one statement, hence its own transaction: stored with its counters and
    // notifications when the answer is sent. One the moderators must see also opens a queue item in
    // the same transaction, before the write, which touches the shared category row.
    const written =
      pending || rendered.flagged || within
        ? await transaction(this.db, async (m) => {
            if (pending) await this.queue.enqueue(m, { kind: 'PENDING_POST', targetType: 'POST', targetId: draft.id, categoryId: category.id });
            if (rendered.flagged) await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: 'POST', targetId: draft.id, categoryId: category.id });
            const result = await write(m);
            if (within) await within(m, result.post);
            return result;
          })
        : await write(this.db);
    if (plan) void this.notifications.deliver(plan.recipients, written.notifications).catch(() => undefined);
    if (!pending) this.events.publish('post.created', { post: written.post, topic: written.topic, topicCreated: false });
    // The statement answered, reopened or filed the topic's item in the reply inbox: staff screens read it again.
    if (written.inboxChanged) this.events.publish('inbox.changed', { topicId: topic.id, categoryId: topic.categoryId });
    return written.post;
  }

  /**
   * Inside the caller's transaction: a reply written as the brand by the system on staff's behalf
   * (a contest's announcement), rendered like any post but without the member limits and content
   * policy a person's reply passes. Published live once the transaction commits.
   */
  async writeBrandReply(m: EntityManager, input: { topicId: string; authorId: string; body: string }): Promise<PostEntity> {
    const body = checkBody(input.body);
    const topic = await m.findOneByOrFail(TopicEntity, { id: input.topicId });
    const rendered = await renderPost(body, (handles) => this.accounts.displayNamesByHandle(handles));
    const written = await this.replies.writeReply(m, {
      postId: timeOrderedId(),
      topicId: topic.id,
      categoryId: topic.categoryId,
      authorId: input.authorId,
      replyToPostId: null,
      body,
      bodyHtml: rendered.html,
      asBrand: true,
      byStaff: true,
      createdAt: new Date(),
      counted: true,
      notifications: null,
    });
    afterCommit(m, () => this.events.publish('post.created', { post: written.post, topic: written.topic, topicCreated: false }));
    return written.post;
  }

  /** Counts a visible reply on its topic and category (see TopicCountersRepository.countReply). */
  static countReply(m: EntityManager, topicId: string, post: PostEntity, byStaff: boolean, categoryId: string): Promise<void> {
    return TopicCountersRepository.countReply(m, topicId, post, byStaff, categoryId);
  }

  /** Posts became visible to every reader or stopped being (see TopicCountersRepository.shiftPostCounters). */
  static shiftPostCounters(m: EntityManager, posts: ReadonlyArray<{ topicId: string; postNumber: number }>, direction: 1 | -1): Promise<void> {
    return TopicCountersRepository.shiftPostCounters(m, posts, direction);
  }

  async editPost(ctx: RequestContext, input: EditPostInput): Promise<PostEntity> {
    const me = ctx.requireUser();
    const body = checkBody(input.body);
    const { post, topic } = await this.access.readablePost(ctx, input.postId);
    const moderator = isModerator(me) && (await this.scope.canModerate(me, topic.categoryId));
    if (!moderator) {
      if (post.authorId !== me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You can edit only your own posts.', { reason: TopicErrorReason.NOT_AUTHOR });
      if (Date.now() - post.createdAt.getTime() > LIMITS.editWindowSeconds * 1000) {
        throw new AppError(ApiErrorCode.FORBIDDEN, 'The time to edit this post has passed.', { reason: TopicErrorReason.EDIT_WINDOW_CLOSED });
      }
      if (post.deletedAt) throw postNotFound();
    }
    const title = input.title !== undefined && input.title !== null ? checkTitle(input.title) : null;
    if (title !== null && post.postNumber !== 1) throw AppError.badInput('title', InputErrorReason.INVALID, 'Only the opening post carries the title.');
    if (body === post.body && (title === null || title === topic.title)) return post;
    if (post.authorId === me.id) await this.policy.assertMayPost(me, 'REPLY').catch((error: AppError) => {
      if (error.code !== 'RATE_LIMITED') throw error; // the pace limits new posts, not edits
    });
    const policy = await this.policy.apply({ title: title ?? undefined, body });
    const rendered = await renderPost(policy.body, (handles) => this.accounts.displayNamesByHandle(handles));
    const updated = await transaction(this.db, async (m) => {
      await m.insert(PostRevisionEntity, {
        postId: post.id,
        revision: post.revision,
        title: post.postNumber === 1 ? topic.title : null,
        body: post.body,
        editorId: post.revision === 1 ? post.authorId : me.id,
        createdAt: post.editedAt ?? post.createdAt,
      });
      const now = new Date();
      await m.update(PostEntity, { id: post.id }, {
        body,
        bodyHtml: rendered.html,
        revision: post.revision + 1,
        editedAt: now,
        updatedAt: now,
        ...(post.authorId !== me.id && { staffEditedAt: now }),
      });
      if (title !== null && title !== topic.title) await m.update(TopicEntity, { id: topic.id }, { title: policy.title ?? title, updatedAt: now });
      if (post.authorId !== me.id) {
        await this.audit.record(m, { actorId: me.id, action: 'POST_EDITED_BY_STAFF', targetType: 'POST', targetId: post.id, before: { body: post.body }, after: { body } });
      }
      if (policy.flagged.length > 0) await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: 'POST', targetId: post.id, categoryId: topic.categoryId });
      return m.findOneByOrFail(PostEntity, { id: post.id });
    });
    const freshTopic = await this.db.getRepository(TopicEntity).findOneByOrFail({ id: topic.id });
    this.events.publish('post.updated', { post: updated, topic: freshTopic });
    if (title !== null && title !== topic.title) this.events.publish('topic.updated', { topic: freshTopic });
    return updated;
  }

  /** Soft delete: authors their own replies (within the edit window), staff any. Staff can restore. */
  async deletePost(ctx: RequestContext, postId: string): Promise<PostEntity> {
    const me = ctx.requireUser();
    const { post, topic } = await this.access.readablePost(ctx, postId);
    const moderator = isModerator(me) && (await this.scope.canModerate(me, topic.categoryId));
    if (!moderator && post.authorId !== me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You can delete only your own posts.', { reason: TopicErrorReason.NOT_AUTHOR });
    if (post.postNumber === 1) {
      throw AppError.badInput('postId', TopicErrorReason.CANNOT_DELETE_OPENING_POST, 'Delete the topic instead of its opening post.');
    }
    if (post.deletedAt) throw AppError.conflict('postId', TopicErrorReason.ALREADY_DELETED, 'The post is already deleted.');
    const updated = await transaction(this.db, async (m) => {
      const now = new Date();
      await m.update(PostEntity, { id: post.id }, { deletedAt: now, deletedBy: me.id, updatedAt: now });
      if (post.authorId !== me.id) await this.audit.record(m, { actorId: me.id, action: 'POST_DELETED', targetType: 'POST', targetId: post.id });
      await TopicCountersRepository.dropAcceptedAnswer(m, topic.id, post.id);
      // Hidden and held replies were never counted (or stopped counting when hidden).
      if (isPublicPost(post)) await PostsService.shiftPostCounters(m, [post], -1);
      return m.findOneByOrFail(PostEntity, { id: post.id });
    });
    const freshTopic = await this.db.getRepository(TopicEntity).findOneByOrFail({ id: topic.id });
    this.events.publish('post.deleted', { post: updated, topic: freshTopic });
    return updated;
  }

  /** The question's author or staff mark one reply as the answer (again on the same post: no change). */
  async acceptAnswer(ctx: RequestContext, postId: string, accept: boolean): Promise<TopicEntity> {
    const me = ctx.requireUser();
    const { post, topic, category } = await this.access.readablePost(ctx, postId);
    if (topic.kind !== 'QUESTION') throw AppError.badInput('postId', TopicErrorReason.NOT_A_QUESTION, 'Only questions have accepted answers.');
    if (topic.authorId !== me.id && !(await this.access.moderates(ctx, topic.categoryId))) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Only the person who asked, or staff, can accept an answer.', { reason: TopicErrorReason.NOT_AUTHOR });
    }
    if (post.postNumber === 1) throw AppError.badInput('postId', TopicErrorReason.CANNOT_ACCEPT_OPENING_POST, 'Accept a reply, not the question itself.');
    if (post.deletedAt) throw postNotFound();
    const fresh = await transaction(this.db, async (m) => {
      await m.update(TopicEntity, { id: topic.id }, { acceptedPostId: accept ? post.id : null, updatedAt: new Date() });
      const fresh = await m.findOneByOrFail(TopicEntity, { id: topic.id });
      if (accept && topic.acceptedPostId !== post.id) await this.notifications.onAnswerAccepted(m, { post, topic: fresh, category, actorId: me.id });
      // An accepted answer ends the question's wait for a first answer in the reply inbox.
      if (accept) await InboxRepository.answerAccepted(m, topic.id, me.id);
      return fresh;
    });
    this.events.publish('topic.updated', { topic: fresh });
    return fresh;
  }

  /** A page of a topic's posts in order, from `fromPostNumber` or after the cursor. */
  /**
   * One page of a topic's posts in order. `related`: what the page shows of each post beyond it
   * (authors, the viewer's reactions), fetched in the page's own statement; authors go to the
   * request's user loader, reactions ride on the rows (see ReactionsService.countsFor).
   */
  async list(
    ctx: RequestContext,
    topicId: string,
    first: number | undefined,
    after: string | undefined,
    fromPostNumber?: number,
    related: PostPageQuery['related'] = {},
  ): Promise<Page<PostRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int']);
    const { topic } = await this.access.readableTopic(ctx, topicId);
    const start = cursor ? Number(cursor[0]) : Math.max(0, (fromPostNumber ?? 1) - 1);
    if (!Number.isInteger(start) || start < 0) throw AppError.badInput('after', InputErrorReason.INVALID_CURSOR, 'That page cursor is not valid.');
    const rows = await this.postRows.page({
      topicId: topic.id,
      afterNumber: start,
      limit: size + 1,
      seesAll: await this.access.moderates(ctx, topic.categoryId),
      viewerId: ctx.user?.id,
      related,
    });
    const users = userLoader(ctx, this.accounts);
    const brand = this.access.brandPostLoader(ctx);
    for (const post of rows) {
      brand.prime(post.id, post.asBrand);
      if (post.related?.author !== undefined && post.authorId) users.prime(post.authorId, post.related.author);
    }
    return toPage(rows, size, (p) => [p.postNumber]);
  }

  /** A member's posts you may read, newest first (their profile's replies). */
  async byAuthor(ctx: RequestContext, handle: string, first: number | undefined, after: string | undefined): Promise<Page<PostEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const author = await this.accounts.findByHandle(handle);
    if (!author) return { nodes: [], hasNextPage: false, endCursor: null };
    const readable = await this.categories.readableIds(ctx);
    const rows = await this.postRows.byAuthor({
      authorId: author.id,
      readableCategoryIds: readable,
      includeBrand: isModerator(ctx.user),
      before: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: size + 1,
    });
    return toPage(rows, size, (p) => [new Date(p.createdAt).toISOString(), p.id]);
  }

  /** Posts changed (created, edited, deleted, restored) since a moment: the reconnect catch-up. */
  async changedSince(ctx: RequestContext, topicId: string, since: Date): Promise<PostEntity[]> {
    const { topic } = await this.access.readableTopic(ctx, topicId);
    if (Number.isNaN(since.getTime()) || Date.now() - since.getTime() > 24 * 3600 * 1000) {
      throw AppError.badInput('since', InputErrorReason.OUT_OF_RANGE, 'Catch up covers the last 24 hours; reload the topic instead.');
    }
    const rows = await this.postRows.changedSince(topic.id, since, 200);
    const moderator = await this.access.moderates(ctx, topic.categoryId);
    // A member learns only that a post is gone, not its content.
    return rows.map((p) => (!isPublicPost(p) && !moderator ? Object.assign(new PostEntity(), { ...p, body: '', bodyHtml: '' }) : p));
  }

  async revisions(ctx: RequestContext, post: PostEntity): Promise<PostRevisionEntity[]> {
    void ctx;
    return this.revisionRows.find({ where: { postId: post.id }, order: { revision: 'ASC' }, take: 100 });
  }
}
