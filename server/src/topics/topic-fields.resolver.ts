import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { CategoryObject } from '../categories/category.object.js';
import { Public } from '../common/permissions.decorator.js';
import { RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import { WatchLevel, WatchTarget } from '../notifications/notification.objects.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { PostEntity } from './post.entity.js';
import { ReadingService } from './reading.service.js';
import { PostsLoader } from './posts.loader.js';
import type { TopicEntity } from './topic.entity.js';
import { PostObject, TopicObject } from './topic.objects.js';

/** Fields of Topic, each resolved through a per-request DataLoader. */
@Resolver(() => TopicObject)
export class TopicFieldsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly reading: ReadingService,
    private readonly notifications: NotificationsService,
    private readonly posts: PostsLoader,
  ) {}

  @Public()
  @ResolveField(() => Int, { description: 'The highest post number in the topic (for read tracking).' })
  highestPostNumber(topic: TopicEntity): number {
    return topic.postNumberSeq;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Pinned to the top of its category (or everywhere, see pinnedGlobally).' })
  pinned(topic: TopicEntity): boolean {
    return topic.pinnedAt !== null;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Locked: no new replies (staff excepted).' })
  locked(topic: TopicEntity): boolean {
    return topic.lockedAt !== null;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'For questions: has an accepted answer or a staff reply.' })
  answered(topic: TopicEntity): boolean {
    return topic.acceptedPostId !== null || topic.staffAnsweredAt !== null;
  }

  @Public()
  @ResolveField(() => CategoryObject, { nullable: true, description: 'The category (null if you cannot read it).' })
  category(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<CategoryEntity | null> {
    const ctx = contextOf(gql);
    return ctx.loader<string, CategoryEntity | null>('categories', (ids) => this.categories.findManyReadable(ctx, ids)).load(topic.categoryId);
  }

  @Public()
  @ResolveField(() => UserObject, { nullable: true, description: 'Who started it; null for brand topics (shown as the brand) and removed accounts.' })
  async author(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<UserEntity | null> {
    const ctx = contextOf(gql);
    if (!topic.authorId) return null;
    if (!this.posts.seesBrandAuthors(ctx) && topic.firstPostId && (await this.posts.isBrandPost(ctx, topic.firstPostId))) return null;
    return userLoader(ctx, this.accounts).load(topic.authorId);
  }

  @Public()
  @ResolveField(() => UserObject, { nullable: true, description: 'Who posted last; null when the last post speaks as the brand (staff excepted).' })
  async lastPoster(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<UserEntity | null> {
    const ctx = contextOf(gql);
    if (!topic.lastPosterId) return null;
    if (!this.posts.seesBrandAuthors(ctx) && topic.lastPostId && (await this.posts.isBrandPost(ctx, topic.lastPostId))) return null;
    return userLoader(ctx, this.accounts).load(topic.lastPosterId);
  }

  @Public()
  @ResolveField(() => PostObject, { nullable: true, description: 'The opening post.' })
  firstPost(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<PostEntity | null> | null {
    const ctx = contextOf(gql);
    return topic.firstPostId ? this.posts.byId(ctx, topic.firstPostId) : null;
  }

  @Public()
  @ResolveField(() => PostObject, { nullable: true, description: 'For questions: the accepted answer.' })
  acceptedAnswer(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<PostEntity | null> | null {
    const ctx = contextOf(gql);
    return topic.acceptedPostId ? this.posts.byId(ctx, topic.acceptedPostId) : null;
  }

  @Public()
  @ResolveField(() => PostObject, { nullable: true, description: 'For questions: the first reply written as the brand, shown right under the question.' })
  officialAnswer(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<PostEntity | null> | null {
    const ctx = contextOf(gql);
    return topic.kind === 'QUESTION' ? this.posts.officialAnswer(ctx, topic.id) : null;
  }

  private readPosition(ctx: RequestContext, topic: TopicEntity): Promise<{ lastRead: number; unread: number }> | null {
    const user = ctx.user;
    if (!user) return null;
    return this.reading.readPositionLoader(ctx, user.id).load(topic.id);
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'The last post number you have read (0 if never opened); null for guests.' })
  async lastReadPostNumber(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<number | null> {
    const ctx = contextOf(gql);
    return (await this.readPosition(ctx, topic))?.lastRead ?? null;
  }

  @Public()
  @ResolveField(() => Int, {
    nullable: true,
    description: 'Posts after the last one you read that every reader sees (held, hidden and deleted ones not counted); 0 when never opened, see `lastReadPostNumber`; null for guests.',
  })
  async unreadCount(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<number | null> {
    const ctx = contextOf(gql);
    return (await this.readPosition(ctx, topic))?.unread ?? null;
  }

  @Public()
  @ResolveField(() => WatchLevel, { nullable: true, description: 'How closely you follow this topic; null for guests.' })
  watchLevel(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<WatchLevel> | null {
    const ctx = contextOf(gql);
    const user = ctx.user;
    if (!user) return null;
    return this.notifications.watchLevelLoader(ctx, user.id, WatchTarget.TOPIC).load(topic.id);
  }
}

/** Per-member counts on Category, resolved here where read state lives. */
@Resolver(() => CategoryObject)
export class CategoryReadingFieldsResolver {
  constructor(
    private readonly reading: ReadingService,
    private readonly notifications: NotificationsService,
    private readonly categories: CategoriesService,
  ) {}

  private counts(ctx: RequestContext, category: CategoryEntity) {
    const user = ctx.user!;
    return ctx.loader<string, { unread: number; new: number }>('categoryCounts', (ids) => this.reading.categoryCounts(user.id, ids)).load(category.id);
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'Topics here with posts you have not read; null for guests.' })
  async unreadCount(category: CategoryEntity, _args: unknown, gql: GqlContext): Promise<number | null> {
    const ctx = contextOf(gql);
    return ctx.user ? (await this.counts(ctx, category)).unread : null;
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'Topics from the last 14 days you have not opened; null for guests.' })
  async newCount(category: CategoryEntity, _args: unknown, gql: GqlContext): Promise<number | null> {
    const ctx = contextOf(gql);
    return ctx.user ? (await this.counts(ctx, category)).new : null;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether you may start topics and reply here.' })
  viewerCanPost(category: CategoryEntity, _args: unknown, gql: GqlContext): boolean {
    const ctx = contextOf(gql);
    return this.categories.canPost(ctx.user, category);
  }

  @Public()
  @ResolveField(() => WatchLevel, { nullable: true, description: 'How closely you follow this category; null for guests.' })
  watchLevel(category: CategoryEntity, _args: unknown, gql: GqlContext): Promise<WatchLevel> | null {
    const ctx = contextOf(gql);
    const user = ctx.user;
    if (!user) return null;
    return this.notifications.watchLevelLoader(ctx, user.id, WatchTarget.CATEGORY).load(category.id);
  }
}
