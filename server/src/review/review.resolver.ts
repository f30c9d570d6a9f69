import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import { UserObject } from '../accounts/user.object.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { toConnection } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { PostsLoader } from '../topics/posts.loader.js';
import type { PostEntity } from '../topics/post.entity.js';
import { PostObject, TopicObject } from '../topics/topic.objects.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { ReviewItemConnection, ReviewItemObject, ReviewMarkObject, ReviewSummaryObject } from './review.objects.js';
import { ReviewService } from './review.service.js';

@Resolver()
export class ReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @Allow(Permission.ReviewFeed)
  @Query(() => ReviewItemConnection, {
    description:
      'Staff: new topics and replies after your "reviewed up to here" mark (or from 24 hours ago without one), oldest first, in the categories you moderate. Hidden and held posts included; deleted and rejected ones not.',
  })
  async reviewFeed(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<ReviewItemConnection> {
    return toConnection(await this.service.feed(ctx, first, after), (node) => [node.key, node.postId]);
  }

  @Allow(Permission.ReviewFeed)
  @Query(() => ReviewSummaryObject, { description: 'Staff: how many posts are left after your mark (capped at 10,000), your mark, and other staff\'s marks.' })
  reviewSummary(@Ctx() ctx: RequestContext) {
    return this.service.summary(ctx);
  }

  @Allow(Permission.ReviewFeed)
  @Mutation(() => ReviewMarkObject, {
    description: 'Marks everything up to this post reviewed: your mark moves forward to it, never back (a mark already past it stays). FORBIDDEN (OUTSIDE_REVIEW_SCOPE) outside your categories.',
  })
  markReviewed(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The last post reviewed.' }) postId: string) {
    return this.service.markReviewed(ctx, postId);
  }

  @Allow(Permission.ReviewFeed)
  @Mutation(() => ReviewMarkObject, { description: 'Puts your mark at a moment, back or forward: the feed continues with posts written after it. Up to now, at most 30 days back (FUTURE_TIME, TOO_OLD).' })
  resetReview(@Ctx() ctx: RequestContext, @Args('to', { type: () => Date, description: 'Everything written up to this moment counts as reviewed.' }) to: Date) {
    return this.service.reset(ctx, to);
  }
}

/** ReviewItem's post and topic, through the request's loaders. */
@Resolver(() => ReviewItemObject)
export class ReviewItemFieldsResolver {
  constructor(private readonly posts: PostsLoader) {}

  @Allow(Permission.ReviewFeed)
  @ResolveField(() => PostObject, { nullable: true, description: 'The post (null when it was deleted since the page was read).' })
  post(@Ctx() ctx: RequestContext, @Parent() item: ReviewItemObject): Promise<PostEntity | null> {
    return this.posts.byId(ctx, item.postId);
  }

  @Allow(Permission.ReviewFeed)
  @ResolveField(() => TopicObject, { description: 'The topic it belongs to.' })
  topic(@Parent() item: ReviewItemObject): TopicEntity {
    return item.topic;
  }
}

/** ReviewMark's staff member. */
@Resolver(() => ReviewMarkObject)
export class ReviewMarkFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Allow(Permission.ReviewFeed)
  @ResolveField(() => UserObject, { nullable: true, description: 'Whose mark it is.' })
  user(@Ctx() ctx: RequestContext, @Parent() mark: ReviewMarkObject): Promise<UserEntity | null> {
    return userLoader(ctx, this.accounts).load(mark.userId);
  }
}
