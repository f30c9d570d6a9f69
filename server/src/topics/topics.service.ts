import { InboxRepository } from '../inbox/inbox.repository.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { LIMITS, TOPIC_KINDS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { afterCommit, transaction } from '../common/transaction.js';
import { decodeCursor, pageSize, toPage, type CursorPart, type Page } from '../common/pagination.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { ModerationQueueService } from '../moderation/moderation-queue.service.js';
import { WatchLevel, WatchTarget } from '../notifications/notification.objects.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';
import { isModerator, TopicAccessService } from './topic-access.service.js';
import { TopicFilter, TopicSort, type CreateTopicInput, type TopicListArgs } from './topic.objects.js';
import { TopicErrorReason, cannotPostHere } from './topics.errors.js';
import { ReadingService } from './reading.service.js';
import { PostComposer, type ComposedPost } from './post-composer.js';
import { PostPublisher } from './post-publisher.js';
import { TopicsRepository, type RelatedRequest, type TopicRow } from './topics.repository.js';
import { hotScoreSql } from './hot-score.js';

const SORT_CURSOR: Record<TopicSort, CursorPart> = {
  [TopicSort.LATEST]: 'timestamp',
  [TopicSort.NEW]: 'timestamp',
  [TopicSort.UNANSWERED]: 'timestamp',
  [TopicSort.HOT]: 'number',
  [TopicSort.TOP]: 'int',
};

/** SQL that recomputes a topic's hot score from its current counts. */
export const HOT_SCORE_SQL = hotScoreSql();

export function checkBody(body: string): string {
  if (body.trim().length < LIMITS.postBody.min) throw AppError.badInput('body', InputErrorReason.REQUIRED, 'Write something first.');
  if (body.length > LIMITS.postBody.max) throw AppError.badInput('body', InputErrorReason.TOO_LONG, 'A post may have at most 50,000 characters.');
  return body;
}

export function checkTitle(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  if ([...trimmed].length < LIMITS.topicTitle.min) throw AppError.badInput('title', InputErrorReason.TOO_SHORT, 'The title needs at least 5 characters.');
  if ([...trimmed].length > LIMITS.topicTitle.max) throw AppError.badInput('title', InputErrorReason.TOO_LONG, 'The title may have at most 200 characters.');
  return trimmed;
}

/** A new topic that passed every check (see `TopicsService.prepareTopic`). */
export interface PreparedTopic {
  me: AuthUser;
  title: string;
  body: string;
  tags: string[];
  kind: CreateTopicInput['kind'];
  asBrand: boolean;
  category: CategoryEntity;
  composed: ComposedPost;
}

/** Topics: starting them, listing them, pinning and locking. */
@Injectable()
export class TopicsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(TopicEntity) private readonly topics: Repository<TopicEntity>,
    private readonly repository: TopicsRepository,
    private readonly access: TopicAccessService,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly queue: ModerationQueueService,
    private readonly scope: ModerationScopeService,
    private readonly audit: AuditService,
    private readonly reading: ReadingService,
    private readonly composer: PostComposer,
    private readonly publisher: PostPublisher,
  ) {}

  get(ctx: RequestContext, id: string): Promise<TopicEntity> {
    return this.access.readableTopic(ctx, id).then((r) => r.topic);
  }

  /**
   * Starts a topic. `within`, when given, runs in the topic's transaction once it is written (a
   * contest created with its topic); when it throws, nothing is stored.
   */
  async createTopic(ctx: RequestContext, input: CreateTopicInput, within?: (m: EntityManager, topic: TopicEntity) => Promise<void>): Promise<TopicEntity> {
    const prepared = await this.prepareTopic(ctx, input);
    const { topic } = await transaction(this.db, async (m) => {
      const written = await this.writeTopic(m, prepared);
      if (within) await within(m, written.topic);
      return written;
    });
    return topic;
  }

  /**
   * Every check a new topic passes before it is written (shape, category, tags, the post composer),
   * so that a feature creating a topic with its own rows (an event's discussion) writes both in one
   * transaction with `writeTopic`.
   */
  async prepareTopic(ctx: RequestContext, input: CreateTopicInput): Promise<PreparedTopic> {
    const me = ctx.requireUser();
    const title = checkTitle(input.title);
    const body = checkBody(input.body);
    if (!TOPIC_KINDS.includes(input.kind)) throw AppError.badInput('kind', InputErrorReason.INVALID, 'Unknown topic kind.');
    const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()))];
    if (tags.length > LIMITS.tagsPerTopic.max) throw AppError.badInput('tags', InputErrorReason.TOO_MANY, 'A topic may have at most 5 tags.');
    const category = await this.categories.getReadable(ctx, input.categoryId).catch(() => {
      throw AppError.badInput('categoryId', InputErrorReason.NOT_FOUND, 'There is no such category, or you cannot see it.');
    });
    if (!this.categories.canPost(me, category)) throw cannotPostHere();
    if (tags.length > 0) {
      const missing = await this.repository.unknownTags(tags);
      if (missing.length) throw AppError.badInput('tags', TopicErrorReason.UNKNOWN_TAG, `Unknown tag: ${missing.join(', ')}. Staff create tags.`);
    }
    const composed = await this.composer.compose(me, 'TOPIC', { title, body, asBrand: input.asBrand });
    return { me, title, body, tags, category, composed, kind: input.kind, asBrand: input.asBrand };
  }

  /**
   * Writes a prepared topic in the caller's transaction; its live event follows the commit.
   * `unlisted`: created hidden (only those who moderate the category see it), neither counted nor
   * announced: for a discussion whose audience is narrower than the category's readers.
   */
  async writeTopic(m: EntityManager, prepared: PreparedTopic, options: { unlisted?: string } = {}): Promise<{ topic: TopicEntity; post: PostEntity }> {
    const { me, composed, category } = prepared;
    const pending = composed.pending;
    const { topic, post } = await this.repository.insertOpening(m, {
      categoryId: category.id,
      authorId: me.id,
      title: composed.title ?? prepared.title,
      kind: prepared.kind,
      tags: prepared.tags,
      body: prepared.body,
      bodyHtml: composed.html,
      asBrand: prepared.asBrand,
      byStaff: isModerator(me),
      pending,
    });
    if (options.unlisted && !pending) await this.repository.setHidden(m, topic.id, true, options.unlisted);
    const listed = !pending && !options.unlisted;
    // A topic held for approval is counted when it is approved: until then only staff and its author see it.
    if (listed) await this.categories.addTopic(m, category.id);
    await this.notifications.watchOwnTopic(m, me.id, topic.id);
    const fresh = await m.findOneByOrFail(TopicEntity, { id: topic.id });
    if (pending) await this.queue.enqueue(m, { kind: 'PENDING_POST', targetType: 'POST', targetId: post.id, categoryId: category.id });
    else if (listed) await this.publisher.publish(m, { post, topic: fresh, category, mentions: composed.mentions, quotedPostIds: composed.quotedPostIds, topicCreated: true });
    // A member's question or idea waits for the team's answer in the reply inbox.
    if (listed) await InboxRepository.topicCreated(m, fresh, post.id, isModerator(me));
    if (composed.flagged) await this.queue.enqueue(m, { kind: 'FLAGGED', targetType: 'POST', targetId: post.id, categoryId: category.id });
    return { topic: fresh, post };
  }

  /**
   * Lists or unlists (hides, with a reason) a topic another feature owns, in the caller's
   * transaction, keeping the category's counters; no change when it already is so.
   */
  async setUnlisted(m: EntityManager, topicId: string, reason: string | null): Promise<void> {
    const topic = await m.findOneBy(TopicEntity, { id: topicId });
    if (!topic || topic.deletedAt || !!topic.hiddenAt === !!reason) return;
    await this.repository.setHidden(m, topic.id, !!reason, reason);
    await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, reason ? -1 : 1);
  }

  /** A keyset page of topics the person may read. */
  /**
   * One page of topics. `related`: what the page shows of each row beyond the topic (authors, the
   * viewer's read state and watch level), fetched in the page's own statement and handed to the
   * request's loaders, so the field resolvers find them there instead of querying.
   */
  async list(ctx: RequestContext, args: TopicListArgs, related: RelatedRequest = {}): Promise<Page<TopicRow>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, [SORT_CURSOR[args.sort], 'uuid']);
    let categoryIds: string[];
    if (args.categoryId) categoryIds = [(await this.categories.getReadable(ctx, args.categoryId)).id];
    else categoryIds = await this.categories.readableIds(ctx);
    let authorId: string | undefined;
    if (args.authorHandle) {
      const author = await this.accounts.findByHandle(args.authorHandle);
      if (!author) return { nodes: [], hasNextPage: false, endCursor: null };
      authorId = author.id;
    }
    if (args.filter !== TopicFilter.ALL && !ctx.user) throw AppError.unauthenticated('Sign in to see new and unread topics.');
    if (args.tag != null && args.tag.length > LIMITS.tagName.max) throw AppError.badInput('tag', InputErrorReason.TOO_LONG, 'No tag is that long.');
    const rows = await this.repository.list({
      categoryIds,
      singleCategory: !!args.categoryId,
      sort: args.sort,
      period: args.period,
      filter: args.filter,
      tag: args.tag?.toLowerCase(),
      authorId,
      viewerId: ctx.user?.id,
      includeDeleted: false,
      after,
      limit: size + 1,
      // Pinned topics lead the first page of an unfiltered LATEST list.
      withPinned: !after && args.sort === TopicSort.LATEST && args.filter === TopicFilter.ALL && !args.tag && !authorId,
      related,
    });
    this.primeLoaders(ctx, rows);
    const pinned = rows.filter((t) => t.pinnedHead);
    const page = toPage(
      rows.filter((t) => !t.pinnedHead),
      size,
      (t) => [t.sortKey, t.id],
    );
    page.nodes = [...pinned, ...page.nodes];
    return page;
  }

  private primeLoaders(ctx: RequestContext, rows: readonly TopicRow[]): void {
    const user = ctx.user;
    for (const topic of rows) {
      const related = topic.related;
      if (!related) continue;
      this.access.primePeople(ctx, topic);
      if (!user) continue;
      if (related.read) this.reading.readPositionLoader(ctx, user.id).prime(topic.id, related.read);
      if (related.watch !== undefined) {
        this.notifications.watchLevelLoader(ctx, user.id, WatchTarget.TOPIC).prime(topic.id, (related.watch as WatchLevel | null) ?? WatchLevel.TRACKING);
      }
    }
  }

  /** Per tag, the topics carrying it that the tag's list shows this person (see LISTED_TOPIC). */
  async countByTags(ctx: RequestContext, tags: readonly string[]): Promise<Map<string, number>> {
    return this.repository.countByTags(tags, await this.categories.readableIds(ctx));
  }

  /**
   * Per author, their posts this person may read: in readable categories, not deleted; hidden and
   * held ones only where this person moderates.
   */
  async postCountsByAuthor(ctx: RequestContext, authorIds: readonly string[]): Promise<number[]> {
    const readable = await this.categories.readableIds(ctx);
    return this.repository.postCountsByAuthor(authorIds, readable, await this.access.moderatedAmong(ctx, readable));
  }

  async setPinned(ctx: RequestContext, topicId: string, pinned: boolean, globally: boolean): Promise<TopicEntity> {
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(ctx.user, topic.categoryId);
    await transaction(this.db, async (m) => {
      await m.update(TopicEntity, { id: topic.id }, { pinnedAt: pinned ? new Date() : null, pinnedGlobally: pinned && globally, updatedAt: new Date() });
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: pinned ? 'TOPIC_PINNED' : 'TOPIC_UNPINNED',
        targetType: 'TOPIC',
        targetId: topic.id,
        before: { pinned: !!topic.pinnedAt, globally: topic.pinnedGlobally },
        after: { pinned, globally: pinned && globally },
      });
    });
    return this.changed(topic.id);
  }

  async setLocked(ctx: RequestContext, topicId: string, locked: boolean): Promise<TopicEntity> {
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(ctx.user, topic.categoryId);
    await transaction(this.db, async (m) => {
      await m.update(TopicEntity, { id: topic.id }, { lockedAt: locked ? (topic.lockedAt ?? new Date()) : null, closedReason: locked ? topic.closedReason : null, updatedAt: new Date() });
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: locked ? 'TOPIC_LOCKED' : 'TOPIC_UNLOCKED',
        targetType: 'TOPIC',
        targetId: topic.id,
        before: { locked: !!topic.lockedAt },
        after: { locked },
      });
    });
    return this.changed(topic.id);
  }

  /** Staff: deletes a whole topic (soft; restorable). */
  async setDeleted(ctx: RequestContext, topicId: string, deleted: boolean): Promise<TopicEntity> {
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scope.assertCanModerate(ctx.user, topic.categoryId);
    if (!!topic.deletedAt === deleted) {
      throw AppError.conflict('topicId', deleted ? TopicErrorReason.ALREADY_DELETED : TopicErrorReason.NOT_DELETED, deleted ? 'The topic is already deleted.' : 'The topic is not deleted.');
    }
    await transaction(this.db, async (m: EntityManager) => {
      await m.update(TopicEntity, { id: topic.id }, { deletedAt: deleted ? new Date() : null, updatedAt: new Date() });
      // A hidden topic is not counted either way; a listed one leaves (or rejoins) with its posts.
      if (!topic.hiddenAt) await CategoriesService.shiftTopicCounters(m, topic.categoryId, topic.id, deleted ? -1 : 1);
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: deleted ? 'TOPIC_DELETED' : 'TOPIC_RESTORED',
        targetType: 'TOPIC',
        targetId: topic.id,
        before: { deleted: !deleted },
        after: { deleted },
      });
    });
    return this.changed(topic.id);
  }

  async byIds(ids: string[]): Promise<TopicEntity[]> {
    return this.topics.findBy({ id: In(ids) });
  }

  private async changed(id: string): Promise<TopicEntity> {
    const topic = await this.topics.findOneByOrFail({ id });
    this.events.publish('topic.updated', { topic });
    return topic;
  }
}
