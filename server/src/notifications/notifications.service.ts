import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { Role } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import { CategoryEntity } from '../categories/category.entity.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { RequestContext, type AuthUser } from '../common/request-context.js';
import { afterCommit, returningRows } from '../common/transaction.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { mayRead } from '../topics/visibility.js';
import { NotificationsRepository, type NotificationReader } from './notifications.repository.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationKind, WatchLevel, WatchTarget, type NotificationActorObject, type NotificationObject } from './notification.objects.js';
import { isUuid } from '../common/ids.js';

/** When one person would be notified for several reasons, the strongest wins. */
const PRIORITY: NotificationKind[] = [
  NotificationKind.MENTION,
  NotificationKind.OFFICIAL_REPLY,
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
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly repository: NotificationsRepository,
    private readonly categories: CategoriesService,
    private readonly scopes: ModerationScopeService,
    private readonly events: DomainEvents,
  ) {}

  async onPostCreated(m: EntityManager, facts: PostCreatedFacts): Promise<void> {
    const { post, topic, category } = facts;
    const actorId = post.authorId;
    const wanted = new Map<string, NotificationKind>();
    const want = (userId: string | null | undefined, kind: NotificationKind) => {
      if (!userId || userId === actorId) return;
      const current = wanted.get(userId);
      if (!current || PRIORITY.indexOf(kind) < PRIORITY.indexOf(current)) wanted.set(userId, kind);
    };

    if (facts.mentions.length > 0) {
      const rows: Array<{ id: string }> = await m.query(`SELECT id FROM users WHERE lower(handle) = ANY($1)`, [facts.mentions]);
      rows.forEach((r) => want(r.id, NotificationKind.MENTION));
    }
    if (facts.quotedPostIds.length > 0) {
      const rows: Array<{ author_id: string }> = await m.query(
        `SELECT DISTINCT author_id FROM posts WHERE id = ANY($1::uuid[]) AND author_id IS NOT NULL`,
        [facts.quotedPostIds.slice(0, 20)],
      );
      rows.forEach((r) => want(r.author_id, NotificationKind.QUOTE));
    }
    if (!facts.topicCreated) {
      if (post.asBrand && topic.kind === 'QUESTION') want(topic.authorId, NotificationKind.OFFICIAL_REPLY);
      want(facts.replyToAuthorId ?? topic.authorId, NotificationKind.REPLY);
    }
    const watchers: Array<{ user_id: string; target_type: string; level: WatchLevel }> = await m.query(
      `SELECT user_id, target_type, level FROM watches
       WHERE (target_type = 'TOPIC' AND target_id = $1) OR (target_type = 'CATEGORY' AND target_id = $2)`,
      [topic.id, category.id],
    );
    for (const w of watchers) {
      if (w.level !== WatchLevel.WATCHING) continue;
      want(w.user_id, facts.topicCreated ? NotificationKind.NEW_TOPIC : NotificationKind.WATCHED_POST);
    }
    // A topic-level choice overrides the category's; muted means nothing at all.
    const topicLevel = new Map(watchers.filter((w) => w.target_type === 'TOPIC').map((w) => [w.user_id, w.level]));
    const categoryLevel = new Map(watchers.filter((w) => w.target_type === 'CATEGORY').map((w) => [w.user_id, w.level]));
    for (const userId of [...wanted.keys()]) {
      const level = topicLevel.get(userId) ?? categoryLevel.get(userId);
      if (level === WatchLevel.MUTED) wanted.delete(userId);
    }
    // A post written as the brand names no person.
    await this.insertFor(m, wanted, { category, topic, post }, {
      topicId: topic.id,
      postId: post.id,
      actorId,
      data: { postNumber: post.postNumber, topicTitle: topic.title, ...(post.asBrand ? { byBrand: true } : {}) },
      nameActor: !post.asBrand,
    });
  }

  async onReaction(m: EntityManager, facts: { post: PostEntity; topic: TopicEntity; actorId: string; reaction: string }): Promise<void> {
    const { post, topic } = facts;
    if (!post.authorId || post.authorId === facts.actorId) return;
    if ((await this.mayReadNow(m, [post.authorId], { topic, post })).length === 0) return;
    const [row]: Array<NotificationEntity & { id: string }> = await m.query(
      `INSERT INTO notifications (user_id, kind, topic_id, post_id, actor_id, group_key, data)
       VALUES ($1, 'REACTION', $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL
       DO UPDATE SET actor_count = notifications.actor_count + 1, actor_id = EXCLUDED.actor_id, data = EXCLUDED.data, updated_at = now()
       RETURNING id`,
      [
        post.authorId,
        topic.id,
        post.id,
        facts.actorId,
        `reaction:${post.id}`,
        { postNumber: post.postNumber, topicTitle: topic.title, reaction: facts.reaction, actor: await this.actorName(m, facts.actorId) },
      ],
    );
    this.deliverAfterCommit(m, post.authorId, row.id);
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
    const inserted = await m.insert(NotificationEntity, values as Array<Partial<NotificationEntity>> as never);
    inserted.identifiers.forEach((identifier, i) => this.deliverAfterCommit(m, allowed[i]!.id, (identifier as { id: string }).id));
  }

  /**
   * Never tell anyone about content they cannot read: of these people, those who may read the topic
   * and post now (their current role and moderator scope, the category as committed).
   */
  private async mayReadNow(m: EntityManager, userIds: string[], about: { topic: TopicEntity; post: PostEntity }): Promise<AuthUser[]> {
    if (userIds.length === 0) return [];
    const users: AuthUser[] = (
      await m.query(`SELECT id, role, handle FROM users WHERE id = ANY($1::uuid[]) AND membership IN ('ACTIVE', 'PENDING')`, [userIds])
    ).map((u: { id: string; role: Role; handle: string }) => ({ id: u.id, role: u.role, handle: u.handle }));
    const category = await m.findOneBy(CategoryEntity, { id: about.topic.categoryId });
    const scopes = await this.scopes.scopesOf(users);
    return users.filter((u) => mayRead(u, scopes.get(u.id) ?? { kind: 'NONE' }, category, about.topic, about.post));
  }

  /** What a user may read now, for listing and counting their notifications. */
  private async readerOf(user: AuthUser): Promise<NotificationReader> {
    const readable = await this.categories.readableIds(new RequestContext(user, null, 'internal', null));
    const scope = await this.scopes.scopeOf(user);
    const moderated = scope.kind === 'ALL' ? readable : scope.kind === 'CATEGORIES' ? readable.filter((id) => scope.categoryIds.has(id)) : [];
    return { userId: user.id, readableCategoryIds: readable, moderatedCategoryIds: moderated };
  }

  /** How a notification names who caused it (kept with it: a later rename does not rewrite history). */
  private async actorName(m: EntityManager, userId: string): Promise<NotificationActorObject | null> {
    const [user]: Array<{ handle: string; display_name: string }> = await m.query(`SELECT handle, display_name FROM users WHERE id = $1`, [userId]);
    return user ? { handle: user.handle, displayName: user.display_name } : null;
  }

  private deliverAfterCommit(m: EntityManager, userId: string, notificationId: string): void {
    afterCommit(m, async () => {
      const n = await this.notifications.findOneBy({ id: notificationId });
      if (!n) return;
      const [user]: Array<{ id: string; role: Role; handle: string }> = await this.db.query(`SELECT id, role, handle FROM users WHERE id = $1`, [userId]);
      if (!user) return;
      this.events.publish('notification.created', {
        userId,
        notification: toNotificationObject(n) as unknown as Record<string, unknown> & { id: string },
        unreadCount: await this.repository.unreadCount(await this.readerOf(user)),
      });
    });
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
    const n = isUuid(id) ? await this.notifications.findOneBy({ id, userId: me.id }) : null;
    if (!n) throw AppError.notFound('There is no such notification.');
    if (!n.readAt) await this.notifications.update(n.id, { readAt: new Date() });
    return this.notifications.findOneByOrFail({ id: n.id });
  }

  async markAllRead(ctx: RequestContext): Promise<number> {
    const me = ctx.requireUser();
    const rows = await returningRows(this.db, `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1`, [me.id]);
    return rows.length;
  }

  async setWatch(ctx: RequestContext, targetType: WatchTarget, targetId: string, level: WatchLevel): Promise<WatchLevel> {
    const me = ctx.requireUser();
    if (!isUuid(targetId)) throw AppError.notFound('There is no such topic or category.');
    if (targetType === WatchTarget.CATEGORY) await this.categories.getReadable(ctx, targetId);
    else {
      const [row]: Array<{ category_id: string }> = await this.db.query(`SELECT category_id FROM topics WHERE id = $1 AND deleted_at IS NULL`, [targetId]);
      if (!row) throw AppError.notFound('There is no such topic, or you cannot see it.');
      await this.categories.getReadable(ctx, row.category_id).catch(() => {
        throw AppError.notFound('There is no such topic, or you cannot see it.');
      });
    }
    await this.db.query(
      `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [me.id, targetType, targetId, level],
    );
    return level;
  }

  async watchLevels(userId: string, targetType: WatchTarget, ids: readonly string[]): Promise<Array<WatchLevel>> {
    const rows: Array<{ target_id: string; level: WatchLevel }> = await this.db.query(
      `SELECT target_id, level FROM watches WHERE user_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`,
      [userId, targetType, [...ids]],
    );
    return ids.map((id) => rows.find((r) => r.target_id === id)?.level ?? WatchLevel.TRACKING);
  }
}
