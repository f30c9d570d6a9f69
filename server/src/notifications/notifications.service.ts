import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { ModerationScopeService, type ModerationScope } from '../categories/moderation-scope.service.js';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { RequestContext, type AuthUser } from '../common/request-context.js';
import { afterCommit } from '../common/transaction.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { mayRead } from '../topics/visibility.js';
import { NotificationsRepository, type NotificationReader, type PlannedRows } from './notifications.repository.js';
import type { NotificationEntity } from './notification.entity.js';
import { FlagOutcome, NotificationKind, WatchLevel, WatchTarget, type NotificationActorObject, type NotificationObject } from './notification.objects.js';
import { isUuid } from '../common/ids.js';

/**
 * One notification per post and person: when a post concerns someone for several reasons, the
 * most specific one wins. The team's official answer to your question first, then being named
 * (a mention), then your words taken up (a quote), then an answer to your post or topic, then
 * what you watch.
 */
const PRIORITY: NotificationKind[] = [
  NotificationKind.OFFICIAL_REPLY,
  NotificationKind.MENTION,
  NotificationKind.QUOTE,
  NotificationKind.REPLY,
  NotificationKind.WATCHED_POST,
  NotificationKind.NEW_TOPIC,
];

export interface PostCreatedFacts {
  post: PostEntity;
  topic: TopicEntity;
  category: CategoryEntity;
  mentions: string[];
  quotedPostIds: string[];
  topicCreated: boolean;
  replyToAuthorId?: string | null;
}

/** Who a new post notifies (each with the reason and what they may read), and the rows to store. */
export interface NotificationPlan {
  recipients: Array<{ user: AuthUser; kind: NotificationKind; scope: ModerationScope }>;
  rows: PlannedRows;
}

export function toNotificationObject(n: NotificationEntity): NotificationObject {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    topicId: n.topicId,
    postId: n.postId,
    postNumber: (n.data.postNumber as number | undefined) ?? null,
    topicTitle: (n.data.topicTitle as string | undefined) ?? null,
    actorCount: n.actorCount,
    actor: (n.data.actor as NotificationActorObject | undefined) ?? null,
    byBrand: n.data.byBrand === true,
    reaction: (n.data.reaction as string | undefined) ?? null,
    reason: (n.data.reason as string | undefined) ?? null,
    eventId: (n.data.eventId as string | undefined) ?? null,
    eventOccurrenceId: (n.data.occurrenceId as string | undefined) ?? null,
    eventTitle: (n.data.eventTitle as string | undefined) ?? null,
    eventStartsAt: n.data.eventStartsAt ? new Date(n.data.eventStartsAt as string) : null,
    ideaStatus: (n.data.ideaStatus as string | undefined) ?? null,
    ideaMergedIntoTopicId: (n.data.mergedIntoTopicId as string | undefined) ?? null,
    flagOutcome: (n.data.flagOutcome as FlagOutcome | undefined) ?? null,
    read: n.readAt !== null,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

/**
 * In-app notifications. They are written in the same transaction as what caused them (nothing is
 * lost if the process dies) and delivered live once that transaction commits.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly categories: CategoriesService,
    private readonly scopes: ModerationScopeService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Who a new post notifies and why, read before it is written (one statement, plus one for the
   * scopes of any moderators among them): mentions, quotes, replies, watchers; muting and who may
   * read the post decide the rest. `m` reads inside a caller's transaction when there is one.
   */
  async planPostCreated(m: Pick<EntityManager, 'query'>, facts: PostCreatedFacts): Promise<NotificationPlan> {
    const { post, topic, category } = facts;
    const actorId = post.authorId;
    const direct: string[] = [];
    if (!facts.topicCreated) {
      if (post.asBrand && topic.kind === 'QUESTION' && topic.authorId) direct.push(topic.authorId);
      const repliedTo = facts.replyToAuthorId ?? topic.authorId;
      if (repliedTo) direct.push(repliedTo);
    }
    const audience = await this.repository.postAudience(m, {
      topicId: topic.id,
      categoryId: category.id,
      actorId,
      mentions: facts.mentions,
      quotedPostIds: facts.quotedPostIds,
      direct,
    });
    const wanted = new Map<string, NotificationKind>();
    const want = (userId: string | null | undefined, kind: NotificationKind) => {
      if (!userId || userId === actorId) return;
      const current = wanted.get(userId);
      if (!current || PRIORITY.indexOf(kind) < PRIORITY.indexOf(current)) wanted.set(userId, kind);
    };
    for (const c of audience.candidates) if (c.mentioned) want(c.id, NotificationKind.MENTION);
    for (const c of audience.candidates) if (c.quoted) want(c.id, NotificationKind.QUOTE);
    if (!facts.topicCreated) {
      if (post.asBrand && topic.kind === 'QUESTION') want(topic.authorId, NotificationKind.OFFICIAL_REPLY);
      want(facts.replyToAuthorId ?? topic.authorId, NotificationKind.REPLY);
    }
    for (const c of audience.candidates) {
      if (c.topic_level === WatchLevel.WATCHING || c.category_level === WatchLevel.WATCHING) {
        want(c.id, facts.topicCreated ? NotificationKind.NEW_TOPIC : NotificationKind.WATCHED_POST);
      }
    }
    // A topic-level choice overrides the category's; muted means nothing at all.
    for (const c of audience.candidates) if ((c.topic_level ?? c.category_level) === WatchLevel.MUTED) wanted.delete(c.id);
    // Never tell anyone about content they cannot read (their current role and moderator scope, the category as committed).
    const people = audience.candidates
      .filter((c) => wanted.has(c.id) && (c.membership === 'ACTIVE' || c.membership === 'PENDING'))
      .map((c): AuthUser => ({ id: c.id, role: c.role as Role, handle: c.handle }));
    const scopes = await this.scopes.scopesOf(people);
    const readable = audience.readRoles ? { id: category.id, readRoles: audience.readRoles as CategoryEntity['readRoles'] } : null;
    const recipients = people
      .filter((u) => mayRead(u, scopes.get(u.id) ?? { kind: 'NONE' }, readable, topic, post))
      .map((user) => ({ user, kind: wanted.get(user.id)!, scope: scopes.get(user.id) ?? ({ kind: 'NONE' } as ModerationScope) }));
    // A post written as the brand names no person.
    const data: Record<string, unknown> = { topicTitle: topic.title, ...(post.asBrand ? { byBrand: true } : { actor: audience.actor }) };
    return {
      recipients,
      rows: { userIds: recipients.map((r) => r.user.id), kinds: recipients.map((r) => r.kind), topicId: topic.id, postId: post.id, actorId, data },
    };
  }

  /**
   * Sends stored notifications live, once what caused them has committed: one statement counts
   * every recipient's unread notifications.
   */
  async deliver(recipients: ReadonlyArray<{ user: AuthUser; scope: ModerationScope }>, stored: readonly NotificationEntity[]): Promise<void> {
    if (stored.length === 0) return;
    const byUser = new Map(recipients.map((r) => [r.user.id, r]));
    const readers = await Promise.all(stored.map((n) => byUser.get(n.userId)).filter((r) => !!r).map((r) => this.readerWith(r!.user, r!.scope)));
    const counts = await this.repository.unreadCounts(readers);
    for (const n of stored) {
      this.events.publish('notification.created', {
        userId: n.userId,
        notification: toNotificationObject(n),
        unreadCount: counts.get(n.userId) ?? 0,
      });
    }
  }

  /** Inside the transaction that wrote the post (topics created, replies approved): store now, send after commit. */
  /** Inside the caller's transaction: tells an author their post (or topic, without `postId`) was hidden, and why. */
  notifyHidden(m: EntityManager, note: { userId: string; topicId: string; postId: string | null; actorId: string | null; data: Record<string, unknown> }): Promise<void> {
    return this.repository.insertPostHidden(m, note);
  }

  /** Inside the caller's transaction: tells a member of a staff warning, with its reason. */
  notifyWarning(m: EntityManager, userId: string, actorId: string, reason: string): Promise<void> {
    return this.repository.insertStaffWarning(m, userId, actorId, reason);
  }

  /**
   * Inside the caller's transaction: tells these members about an event (promoted from its
   * waitlist, a reminder, a change, a cancellation); delivered live after commit. The caller has
   * decided they may see the event (they answered it).
   */
  async notifyAboutEvent(
    m: EntityManager,
    userIds: readonly string[],
    kind: NotificationKind.EVENT_PROMOTED | NotificationKind.EVENT_REMINDER | NotificationKind.EVENT_CHANGED | NotificationKind.EVENT_CANCELLED,
    data: { eventId: string; occurrenceId: string | null; eventTitle: string; eventStartsAt: string },
  ): Promise<void> {
    if (userIds.length === 0) return;
    const ids = await this.repository.insertEventNotices(m, userIds, kind, data);
    afterCommit(m, () => this.deliverByIds(ids));
  }

  /**
   * Inside the caller's transaction: tells the voters of an idea and everyone watching its topic
   * (muted ones excepted, and never the staff member acting) that its status changed or it got an
   * official response; delivered live after commit, only to those who may read the topic now.
   */
  async onIdeaStatusChanged(
    m: EntityManager,
    facts: { topic: TopicEntity; voterIds: readonly string[]; actorId: string; data: { ideaStatus: string; mergedIntoTopicId?: string | null } },
  ): Promise<number> {
    const watchers = await this.repository.topicWatchLevels(m, facts.topic.id);
    const muted = new Set(watchers.filter((w) => w.level === WatchLevel.MUTED).map((w) => w.user_id));
    const wanted = new Set([...facts.voterIds, ...watchers.filter((w) => w.level === WatchLevel.WATCHING).map((w) => w.user_id)]);
    wanted.delete(facts.actorId);
    for (const id of muted) wanted.delete(id);
    if (wanted.size === 0) return 0;
    const readers = await this.mayReadNow(m, [...wanted], { topic: facts.topic, post: null });
    if (readers.length === 0) return 0;
    const values = readers.map((u) => ({ userId: u.id, kind: NotificationKind.IDEA_STATUS, topicId: facts.topic.id, postId: null, actorId: null, data: { topicTitle: facts.topic.title, ...facts.data } }));
    const ids = await this.repository.insertMany(m, values);
    afterCommit(m, () => this.deliverByIds(ids));
    return ids.length;
  }

  /**
   * Inside the caller's transaction: tells staff on duty that a topic in the reply inbox crossed
   * the reply target; delivered live after commit. The caller chose staff who may work its category.
   */
  async onInboxOverdue(m: EntityManager, userIds: readonly string[], topicId: string, data: { waitedMinutes: number; targetMinutes: number }): Promise<number> {
    if (userIds.length === 0) return 0;
    const topic = await this.repository.topic(m, topicId);
    if (!topic || topic.deletedAt) return 0;
    // Only those who may read the topic now are told of it (its title included).
    const readers = await this.mayReadNow(m, [...userIds], { topic, post: null });
    if (readers.length === 0) return 0;
    const values = readers.map((u) => ({ userId: u.id, kind: NotificationKind.INBOX_OVERDUE, topicId, postId: null, actorId: null, data: { topicTitle: topic.title, ...data } }));
    const ids = await this.repository.insertMany(m, values);
    afterCommit(m, () => this.deliverByIds(ids));
    return ids.length;
  }

  /**
   * Inside the transaction that resolved a queue item: tells each flagger what the moderators
   * decided, once (the item closes once). The moderator is not named. The topic and post are
   * pointed at only while every reader may see them after the verdict (hidden or removed content
   * would otherwise drop the notice from its flagger's list); the title they saw is kept.
   */
  async onFlagsResolved(
    m: EntityManager,
    facts: { flaggerIds: readonly string[]; actorId: string; outcome: FlagOutcome; topic: TopicEntity | null; post: PostEntity | null },
  ): Promise<number> {
    const flaggers = [...new Set(facts.flaggerIds)].filter((id) => id !== facts.actorId);
    if (flaggers.length === 0) return 0;
    const { topic, post } = facts;
    const topicShown = !!topic && !topic.hiddenAt && !topic.deletedAt;
    const postShown = topicShown && !!post && !post.hiddenAt && !post.deletedAt && post.approval === 'APPROVED';
    const people = await this.repository.members(m, flaggers);
    const values = people.map((u) => ({
      userId: u.id,
      kind: NotificationKind.FLAG_OUTCOME,
      topicId: topicShown ? topic.id : null,
      postId: postShown ? post.id : null,
      actorId: null,
      data: { flagOutcome: facts.outcome, ...(topic && { topicTitle: topic.title }), ...(postShown && { postNumber: post.postNumber }) },
    }));
    if (values.length === 0) return 0;
    const ids = await this.repository.insertMany(m, values);
    afterCommit(m, () => this.deliverByIds(ids));
    return ids.length;
  }

  /** Inside the caller's transaction: those watching one topic watch another too (a duplicate merged into the idea kept), keeping any level they chose there. */
  copyTopicWatchers(m: EntityManager, fromTopicId: string, toTopicId: string): Promise<void> {
    return this.repository.copyTopicWatchers(m, fromTopicId, toTopicId);
  }

  async onPostCreated(m: EntityManager, facts: PostCreatedFacts): Promise<void> {
    const plan = await this.planPostCreated(m, facts);
    const stored = await this.repository.insertPlanned(m, plan.rows, facts.post.postNumber);
    afterCommit(m, () => this.deliver(plan.recipients, stored));
  }

  async onReaction(m: EntityManager, facts: { post: PostEntity; topic: TopicEntity; actorId: string; reaction: string }): Promise<void> {
    const { post, topic } = facts;
    if (!post.authorId || post.authorId === facts.actorId) return;
    if ((await this.mayReadNow(m, [post.authorId], { topic, post })).length === 0) return;
    const id = await this.repository.upsertReaction(m, {
      userId: post.authorId,
      topicId: topic.id,
      postId: post.id,
      actorId: facts.actorId,
      groupKey: `reaction:${post.id}`,
      data: { postNumber: post.postNumber, topicTitle: topic.title, reaction: facts.reaction, actor: await this.actorName(m, facts.actorId) },
    });
    afterCommit(m, () => this.deliverByIds([id]));
  }

  async onAnswerAccepted(m: EntityManager, facts: { post: PostEntity; topic: TopicEntity; category: CategoryEntity; actorId: string }): Promise<void> {
    const wanted = new Map<string, NotificationKind>();
    if (facts.post.authorId && facts.post.authorId !== facts.actorId) wanted.set(facts.post.authorId, NotificationKind.ACCEPTED_ANSWER);
    await this.insertFor(m, wanted, facts, {
      topicId: facts.topic.id,
      postId: facts.post.id,
      actorId: facts.actorId,
      data: { postNumber: facts.post.postNumber, topicTitle: facts.topic.title },
      nameActor: true,
    });
  }

  /** Inside the caller's transaction: tells each winner of a contest that their entry won (those who may still read it). */
  async onContestWon(m: EntityManager, facts: { topic: TopicEntity; winners: ReadonlyArray<{ userId: string; post: PostEntity }> }): Promise<void> {
    const ids: string[] = [];
    for (const winner of facts.winners) {
      if ((await this.mayReadNow(m, [winner.userId], { topic: facts.topic, post: winner.post })).length === 0) continue;
      const values = [{ userId: winner.userId, kind: NotificationKind.CONTEST_WON, topicId: facts.topic.id, postId: winner.post.id, actorId: null, data: { postNumber: winner.post.postNumber, topicTitle: facts.topic.title } }];
      ids.push(...(await this.repository.insertMany(m, values)));
    }
    afterCommit(m, () => this.deliverByIds(ids));
  }

  private async insertFor(
    m: EntityManager,
    wanted: Map<string, NotificationKind>,
    about: { category: CategoryEntity; topic: TopicEntity; post: PostEntity },
    row: { topicId: string; postId: string; actorId: string | null; data: Record<string, unknown>; nameActor: boolean },
  ): Promise<void> {
    if (wanted.size === 0) return;
    const { nameActor, ...fields } = row;
    if (nameActor && row.actorId) fields.data = { ...row.data, actor: await this.actorName(m, row.actorId) };
    const allowed = await this.mayReadNow(m, [...wanted.keys()], about);
    if (allowed.length === 0) return;
    const values = allowed.map((u) => ({ userId: u.id, kind: wanted.get(u.id)!, ...fields }));
    const ids = await this.repository.insertMany(m, values);
    afterCommit(m, () => this.deliverByIds(ids));
  }

  /**
   * Never tell anyone about content they cannot read: of these people, those who may read the topic
   * and post now (their current role and moderator scope, the category as committed).
   */
  private async mayReadNow(m: EntityManager, userIds: string[], about: { topic: TopicEntity; post: PostEntity | null }): Promise<AuthUser[]> {
    if (userIds.length === 0) return [];
    const users: AuthUser[] = await this.repository.members(m, userIds);
    const category = await this.repository.category(m, about.topic.categoryId);
    const scopes = await this.scopes.scopesOf(users);
    return users.filter((u) => mayRead(u, scopes.get(u.id) ?? { kind: 'NONE' }, category, about.topic, about.post));
  }

  /** What a user may read now, for listing and counting their notifications. */
  private async readerOf(user: AuthUser): Promise<NotificationReader> {
    return this.readerWith(user, await this.scopes.scopeOf(user));
  }

  private async readerWith(user: AuthUser, scope: ModerationScope): Promise<NotificationReader> {
    const readable = await this.categories.readableIds(new RequestContext(user, null, 'internal', null));
    const moderated = scope.kind === 'ALL' ? readable : scope.kind === 'CATEGORIES' ? readable.filter((id) => scope.categoryIds.has(id)) : [];
    return { userId: user.id, readableCategoryIds: readable, moderatedCategoryIds: moderated };
  }

  /** How a notification names who caused it (kept with it: a later rename does not rewrite history). */
  private async actorName(m: EntityManager, userId: string): Promise<NotificationActorObject | null> {
    return this.repository.actorName(m, userId);
  }

  /** Live delivery of stored notifications by id once the transaction commits, their recipients read then (a fixed number of statements for any count). */
  private async deliverByIds(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const stored = await this.repository.byIds(ids);
    const users: AuthUser[] = await this.repository.people([...new Set(stored.map((n) => n.userId))]);
    const scopes = await this.scopes.scopesOf(users);
    const recipients = users.map((user) => ({ user, scope: scopes.get(user.id) ?? ({ kind: 'NONE' } as ModerationScope) }));
    await this.deliver(recipients, stored.filter((n) => users.some((u) => u.id === n.userId)));
  }

  /** The person's notifications, newest change first, without those about what they may no longer read. */
  async list(ctx: RequestContext, first?: number, after?: string, unreadOnly = false): Promise<Page<NotificationEntity>> {
    const me = ctx.requireUser();
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.page(await this.readerOf(me), size + 1, unreadOnly, cursor ? [String(cursor[0]), String(cursor[1])] : null);
    return toPage(rows, size, (n) => [n.updatedAt.toISOString(), n.id]);
  }

  /** Unread notifications the person may still read (up to 1,000). */
  async unreadCount(ctx: RequestContext): Promise<number> {
    return this.repository.unreadCount(await this.readerOf(ctx.requireUser()));
  }

  async markRead(ctx: RequestContext, id: string): Promise<NotificationEntity> {
    const me = ctx.requireUser();
    const n = isUuid(id) ? await this.repository.ownById(me.id, id) : null;
    if (!n) throw AppError.notFound('There is no such notification.');
    if (!n.readAt) await this.repository.markRead(n.id);
    return this.repository.byIdOrFail(n.id);
  }

  async markAllRead(ctx: RequestContext): Promise<number> {
    const me = ctx.requireUser();
    return this.repository.markAllRead(me.id);
  }

  async setWatch(ctx: RequestContext, targetType: WatchTarget, targetId: string, level: WatchLevel): Promise<WatchLevel> {
    const me = ctx.requireUser();
    if (!isUuid(targetId)) throw AppError.notFound('There is no such topic or category.');
    if (targetType === WatchTarget.CATEGORY) await this.categories.getReadable(ctx, targetId);
    else {
      const categoryId = await this.repository.topicCategory(targetId);
      if (!categoryId) throw AppError.notFound('There is no such topic, or you cannot see it.');
      await this.categories.getReadable(ctx, categoryId).catch(() => {
        throw AppError.notFound('There is no such topic, or you cannot see it.');
      });
    }
    await this.repository.setWatch(me.id, targetType, targetId, level);
    return level;
  }

  /** The author of a new topic watches it (in the topic's transaction). */
  watchOwnTopic(m: EntityManager, userId: string, topicId: string): Promise<void> {
    return this.repository.watchOwnTopic(m, userId, topicId);
  }

  /** The per-request loader of the member's watch levels on topics or categories (lists prime it). */
  watchLevelLoader(ctx: RequestContext, userId: string, targetType: WatchTarget) {
    return ctx.loader<string, WatchLevel>(`watch:${targetType}`, (ids) => this.watchLevels(userId, targetType, ids));
  }

  async watchLevels(userId: string, targetType: WatchTarget, ids: readonly string[]): Promise<Array<WatchLevel>> {
    const rows = await this.repository.watchLevels(userId, targetType, ids);
    return ids.map((id) => rows.find((r) => r.target_id === id)?.level ?? WatchLevel.TRACKING);
  }
}
