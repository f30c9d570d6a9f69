import { Args, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { selectedFields } from '../common/selection.js';
import { PostsService } from './posts.service.js';
import { ReadingService } from './reading.service.js';
import {
  CreatePostInput,
  CreateTopicInput,
  EditPostInput,
  PostConnection,
  PostObject,
  TopicConnection,
  TopicListArgs,
  TopicObject,
} from './topic.objects.js';
import { TopicsService } from './topics.service.js';

/** Topic and post operations: each maps its arguments to one service call. */
@Resolver(() => TopicObject)
export class TopicsResolver {
  constructor(
    private readonly topicsService: TopicsService,
    private readonly postsService: PostsService,
    private readonly reading: ReadingService,
  ) {}

  @Public()
  @Query(() => TopicConnection, { description: 'A page of topics you may read, in one category or all, sorted and filtered.' })
  async topics(@Ctx() ctx: RequestContext, @Args() args: TopicListArgs, @Info() info: GraphQLResolveInfo): Promise<TopicConnection> {
    const node = selectedFields(info, ['edges', 'node']);
    const related = {
      author: node.has('author'),
      lastPoster: node.has('lastPoster'),
      reads: node.has('unreadCount') || node.has('lastReadPostNumber'),
      watch: node.has('watchLevel'),
    };
    return toConnection(await this.topicsService.list(ctx, args, related), (t) => [t.sortKey, t.id]) as unknown as TopicConnection;
  }

  @Public()
  @Query(() => TopicObject, { description: 'One topic; NOT_FOUND when it does not exist or you cannot read it.' })
  topic(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The topic id.' }) id: string) {
    return this.topicsService.get(ctx, id);
  }

  @Public()
  @Query(() => PostConnection, { description: 'A page of a topic\'s posts in order (deleted ones only for staff).' })
  async posts(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last post of the previous page.' }) after?: string,
    @Args('fromPostNumber', { type: () => Int, nullable: true, description: 'Start at this post number (e.g. the first unread).' }) fromPostNumber?: number,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<PostConnection> {
    const node = info ? selectedFields(info, ['edges', 'node']) : new Set<string>();
    const related = { people: node.has('author'), viewerReactions: node.has('reactions') };
    return toConnection(await this.postsService.list(ctx, topicId, first, after, fromPostNumber, related), (p) => [p.postNumber]) as unknown as PostConnection;
  }

  @Public()
  @Query(() => PostConnection, { description: 'A member\'s posts you may read, newest first (brand posts excepted).' })
  async userPosts(
    @Ctx() ctx: RequestContext,
    @Args('handle', { description: 'The member\'s handle.' }) handle: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last post of the previous page.' }) after?: string,
  ): Promise<PostConnection> {
    return toConnection(await this.postsService.byAuthor(ctx, handle, first, after), (p) => [new Date(p.createdAt).toISOString(), p.id]) as unknown as PostConnection;
  }

  @Public()
  @Query(() => [PostObject], { description: 'Posts of a topic created, edited, deleted or restored since a moment (up to 24 h ago, at most 200): what a client missed while disconnected.' })
  topicUpdates(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('since', { description: 'The last moment the client was up to date.' }) since: Date,
  ) {
    return this.postsService.changedSince(ctx, topicId, since);
  }

  @Allow(Permission.TopicCreate)
  @Mutation(() => TopicObject, { description: 'Starts a topic with its opening post.' })
  createTopic(@Ctx() ctx: RequestContext, @Args('input', { description: 'The topic.' }) input: CreateTopicInput) {
    return this.topicsService.createTopic(ctx, input);
  }

  @Allow(Permission.PostCreate)
  @Mutation(() => PostObject, { description: 'Replies in a topic. Locked topics refuse replies (TOPIC_LOCKED) except from staff.' })
  createPost(@Ctx() ctx: RequestContext, @Args('input', { description: 'The reply.' }) input: CreatePostInput) {
    return this.postsService.createPost(ctx, input);
  }

  @Allow(Permission.PostEdit)
  @Mutation(() => PostObject, { description: 'Edits a post: authors within 24 hours, staff always. The old text becomes a revision.' })
  editPost(@Ctx() ctx: RequestContext, @Args('input', { description: 'The edit.' }) input: EditPostInput) {
    return this.postsService.editPost(ctx, input);
  }

  @Allow(Permission.PostEdit)
  @Mutation(() => PostObject, { description: 'Deletes a reply (soft): its author or staff. Staff can restore it.' })
  deletePost(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The post.' }) postId: string) {
    return this.postsService.deletePost(ctx, postId);
  }

  @Allow(Permission.AnswerAccept)
  @Mutation(() => TopicObject, { description: 'Marks a reply as the accepted answer of its question: the asker or staff.' })
  acceptAnswer(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The reply.' }) postId: string) {
    return this.postsService.acceptAnswer(ctx, postId, true);
  }

  @Allow(Permission.AnswerAccept)
  @Mutation(() => TopicObject, { description: 'Removes the accepted mark from a reply: the asker or staff.' })
  unacceptAnswer(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The accepted reply.' }) postId: string) {
    return this.postsService.acceptAnswer(ctx, postId, false);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: pins a topic to the top of its category, or of every list.' })
  pinTopic(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('globally', { defaultValue: false, description: 'Pin on every list, not only its category.' }) globally: boolean,
  ) {
    return this.topicsService.setPinned(ctx, topicId, true, globally);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: unpins a topic.' })
  unpinTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.topicsService.setPinned(ctx, topicId, false, false);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: locks a topic; members can no longer reply.' })
  lockTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.topicsService.setLocked(ctx, topicId, true);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: unlocks a topic.' })
  unlockTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.topicsService.setLocked(ctx, topicId, false);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: deletes a topic (soft; restorable).' })
  deleteTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.topicsService.setDeleted(ctx, topicId, true);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: restores a deleted topic.' })
  restoreTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.topicsService.setDeleted(ctx, topicId, false);
  }

  @Allow(Permission.ReadingTrack)
  @Mutation(() => Int, { description: 'Records that you have read a topic up to a post number (default: all of it); returns the new position.' })
  markTopicRead(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('postNumber', { type: () => Int, nullable: true, description: 'Read up to and including this post.' }) postNumber?: number,
    @Args('readSeconds', { type: () => Int, defaultValue: 0, description: 'Seconds spent reading since the last report (0–3600); it counts toward trust levels.' }) readSeconds?: number,
  ) {
    return this.reading.markRead(ctx, topicId, postNumber, readSeconds);
  }
}
