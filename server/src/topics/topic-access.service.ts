import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Permission, roleHasPermission } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { PostEntity } from './post.entity.js';
import { TopicEntity } from './topic.entity.js';
import { postNotFound, topicNotFound } from './topics.errors.js';

export function isModerator(user: AuthUser | null): boolean {
  return !!user && roleHasPermission(user.role, Permission.ContentModerate);
}

/**
 * The one access function for topics and posts: a topic is visible when its category is readable
 * and it is not deleted (staff see deleted ones); a post likewise. Hidden things are NOT_FOUND.
 */
@Injectable()
export class TopicAccessService {
  constructor(
    @InjectRepository(TopicEntity) private readonly topics: Repository<TopicEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    readonly categories: CategoriesService,
  ) {}

  async readableTopic(ctx: RequestContext, topicId: string): Promise<{ topic: TopicEntity; category: CategoryEntity }> {
    if (!isUuid(topicId)) throw topicNotFound();
    const topic = await this.topics.findOneBy({ id: topicId });
    if (!topic || (topic.deletedAt && !isModerator(ctx.user))) throw topicNotFound();
    const [category] = await this.categories.findManyReadable(ctx, [topic.categoryId]);
    if (!category) throw topicNotFound();
    return { topic, category };
  }

  async readablePost(ctx: RequestContext, postId: string): Promise<{ post: PostEntity; topic: TopicEntity; category: CategoryEntity }> {
    if (!isUuid(postId)) throw postNotFound();
    const post = await this.posts.findOneBy({ id: postId });
    if (!post || (post.deletedAt && !isModerator(ctx.user))) throw postNotFound();
    const { topic, category } = await this.readableTopic(ctx, post.topicId).catch(() => {
      throw postNotFound();
    });
    return { post, topic, category };
  }

  /** Batch: topics by id that the person may see (null otherwise). */
  async readableTopics(ctx: RequestContext, ids: readonly string[]): Promise<Array<TopicEntity | null>> {
    const rows = await this.topics.findBy({ id: In([...ids]) });
    const readable = new Set(await this.categories.readableIds(ctx));
    const moderator = isModerator(ctx.user);
    return ids.map((id) => rows.find((t) => t.id === id && readable.has(t.categoryId) && (!t.deletedAt || moderator)) ?? null);
  }

  /** Batch: posts by id that the person may see (null otherwise). */
  async readablePosts(ctx: RequestContext, ids: readonly string[]): Promise<Array<PostEntity | null>> {
    const rows = await this.posts.findBy({ id: In([...ids]) });
    const topics = await this.readableTopics(ctx, [...new Set(rows.map((p) => p.topicId))]);
    const visibleTopics = new Set(topics.filter((t) => t).map((t) => t!.id));
    const moderator = isModerator(ctx.user);
    return ids.map((id) => rows.find((p) => p.id === id && visibleTopics.has(p.topicId) && (!p.deletedAt || moderator)) ?? null);
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
