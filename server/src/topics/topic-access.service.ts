import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { ModerationScopeService, type ModerationScope } from '../categories/moderation-scope.service.js';
import { isUuid } from '../common/ids.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';
import { postNotFound, topicNotFound } from './topics.errors.js';
import { PostsRepository } from './posts.repository.js';
import { TopicsRepository, type TopicRow } from './topics.repository.js';
import { canSeePost, canSeeTopic, covers, isModerator, mayRead, type PostVisibility, type TopicVisibility } from './visibility.js';

/**
 * The one access function for topics and posts: a topic is visible when its category is readable
 * and it is not deleted or hidden (those who moderate the category see them); a post likewise.
 * Hidden things are NOT_FOUND. A moderator scoped to some categories is a member elsewhere.
 */
@Injectable()
export class TopicAccessService {
  constructor(
    @InjectRepository(TopicEntity) private readonly topics: Repository<TopicEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    readonly categories: CategoriesService,
    private readonly scopes: ModerationScopeService,
    private readonly topicRows: TopicsRepository,
    private readonly accounts: AccountsService,
    private readonly postRows: PostsRepository,
  ) {}

  /**
   * The per-request loader of "does this post speak as the brand?" by post id: decides whether an
   * author is shown (see `seesBrandAuthors`). Topic reads and lists prime it.
   */
  brandPostLoader(ctx: RequestContext) {
    return ctx.loader<string, boolean>('brandPosts', async (ids) => {
      const brand = await this.postRows.brandIds(ids);
      return ids.map((postId) => brand.has(postId));
    });
  }

  /** Whether the person moderates this category; their scope is read once per request. */
  async moderates(ctx: RequestContext, categoryId: string): Promise<boolean> {
    if (!isModerator(ctx.user)) return false;
    return covers(await this.scopeOf(ctx), categoryId);
  }

  /** Of these categories, the ones the person moderates (where they also see hidden and held content). */
  async moderatedAmong(ctx: RequestContext, categoryIds: readonly string[]): Promise<string[]> {
    if (!isModerator(ctx.user)) return [];
    const scope = await this.scopeOf(ctx);
    return categoryIds.filter((id) => covers(scope, id));
  }

  private async scopeOf(ctx: RequestContext): Promise<ModerationScope> {
    if (!isModerator(ctx.user)) return { kind: 'NONE' };
    return ctx
      .loader<string, ModerationScope>('moderationScope', async (keys) => {
        const scope = await this.scopes.scopeOf(ctx.user);
        return keys.map(() => scope);
      })
      .load('self');
  }

  async readableTopic(ctx: RequestContext, topicId: string): Promise<{ topic: TopicEntity; category: CategoryEntity }> {
    if (!isUuid(topicId)) throw topicNotFound();
    // Fields asking for the same topic at once (a page's topic and its posts) share one statement;
    // not cached, so a mutation reading the topic again sees its own change.
    // The topic's author and last poster come in the same statement: a topic page shows them.
    const topic = await ctx
      .loader<string, TopicRow | null>(
        'topicRows',
        async (ids) => {
          const rows = await this.topicRows.byIds(ids, { author: true, lastPoster: true });
          return ids.map((id) => rows.find((t) => t.id === id) ?? null);
        },
        { cache: false },
      )
      .load(topicId);
    if (!topic || !canSeeTopic(ctx.user, topic, await this.moderates(ctx, topic.categoryId))) throw topicNotFound();
    const [category] = await this.categories.findManyReadable(ctx, [topic.categoryId]);
    if (!category) throw topicNotFound();
    this.primePeople(ctx, topic);
    return { topic, category };
  }

  /** Hands a topic row's author, last poster and their brand flags to the request's loaders. */
  primePeople(ctx: RequestContext, topic: TopicRow): void {
    const related = topic.related;
    if (!related) return;
    const users = userLoader(ctx, this.accounts);
    if (related.author !== undefined && topic.authorId) users.prime(topic.authorId, related.author);
    if (related.lastPoster !== undefined && topic.lastPosterId) users.prime(topic.lastPosterId, related.lastPoster);
    if (related.firstPostIsBrand !== undefined && topic.firstPostId) this.brandPostLoader(ctx).prime(topic.firstPostId, related.firstPostIsBrand);
    if (related.lastPostIsBrand !== undefined && topic.lastPostId) this.brandPostLoader(ctx).prime(topic.lastPostId, related.lastPostIsBrand);
  }

  async readablePost(ctx: RequestContext, postId: string): Promise<{ post: PostEntity; topic: TopicEntity; category: CategoryEntity }> {
    if (!isUuid(postId)) throw postNotFound();
    const post = await this.posts.findOneBy({ id: postId });
    if (!post) throw postNotFound();
    const { topic, category } = await this.readableTopic(ctx, post.topicId).catch(() => {
      throw postNotFound();
    });
    if (!canSeePost(ctx.user, post, await this.moderates(ctx, topic.categoryId))) throw postNotFound();
    return { post, topic, category };
  }

  /** Batch: topics by id that the person may see (null otherwise). */
  async readableTopics(ctx: RequestContext, ids: readonly string[]): Promise<Array<TopicEntity | null>> {
    const rows = await this.topicRows.byIds(ids);
    const readable = new Set(await this.categories.readableIds(ctx));
    const scope = await this.scopeOf(ctx);
    return ids.map((id) => rows.find((t) => t.id === id && readable.has(t.categoryId) && canSeeTopic(ctx.user, t, covers(scope, t.categoryId))) ?? null);
  }

  /**
   * Batch over people: whether each may read the topic, and the post when one is given, right now.
   * Reads the topic, its category and the moderators' scopes from the database, not from caches,
   * so a live event decided here follows an access change committed a moment before.
   * `null` is a guest; `undefined` someone whose session has ended, who reads nothing.
   */
  async readersOf(
    people: ReadonlyArray<AuthUser | null | undefined>,
    topicId: string,
    post: PostVisibility | null = null,
  ): Promise<Array<{ topic: boolean; post: boolean }>> {
    if (people.length === 0) return [];
    const topic: TopicVisibility | null = await this.topics.findOne({
      where: { id: topicId },
      select: { id: true, categoryId: true, authorId: true, hiddenAt: true, deletedAt: true },
    });
    const category = topic ? await this.categories.byIdFresh(topic.categoryId) : null;
    if (!topic || !category) return people.map(() => ({ topic: false, post: false }));
    const scopes = await this.scopes.scopesOf(people.filter((p): p is AuthUser => !!p));
    return people.map((p) => {
      if (p === undefined) return { topic: false, post: false };
      const scope = (p && scopes.get(p.id)) ?? { kind: 'NONE' as const };
      const readsTopic = mayRead(p, scope, category, topic);
      return { topic: readsTopic, post: readsTopic && (!post || mayRead(p, scope, category, topic, post)) };
    });
  }

  /** Batch: posts by id that the person may see (null otherwise). */
  async readablePosts(ctx: RequestContext, ids: readonly string[]): Promise<Array<PostEntity | null>> {
    const rows = await this.posts.findBy({ id: In([...ids]) });
    const topics = await this.readableTopics(ctx, [...new Set(rows.map((p) => p.topicId))]);
    const visibleTopics = new Map(topics.filter((t) => t).map((t) => [t!.id, t!]));
    const scope = await this.scopeOf(ctx);
    return ids.map((id) => {
      const post = rows.find((p) => p.id === id);
      const topic = post && visibleTopics.get(post.topicId);
      return post && topic && canSeePost(ctx.user, post, covers(scope, topic.categoryId)) ? post : null;
    });
  }
}

export { isUuid };
export { isModerator, isPublicPost } from './visibility.js';
