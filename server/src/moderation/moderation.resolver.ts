import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { PostObject, TopicObject } from '../topics/topic.objects.js';
import { PostsLoader } from '../topics/posts.loader.js';
import { UserObject } from '../accounts/user.object.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { JoinRequestObject } from '../membership/membership.objects.js';
import { MembershipService, type JoinRequestRow } from '../membership/membership.service.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { FlagsService } from './flags.service.js';
import {
  FlagConnection,
  FlagDirection,
  FlagInput,
  FlagObject,
  FlagResultObject,
  ModerationItemConnection,
  ModerationItemObject,
  ModerationSummaryObject,
  QueueStatus,
  ResolveFlagsInput,
} from './moderation.objects.js';
import { ContentModerationService } from './content-moderation.service.js';
import type { FlagRow, QueueItemRow } from './moderation.repository.js';
import { FLAGS_PER_ITEM, QueueReviewService } from './queue-review.service.js';

@Resolver(() => ModerationItemObject)
export class ModerationResolver {
  constructor(
    private readonly queue: QueueReviewService,
    private readonly content: ContentModerationService,
    private readonly flagsService: FlagsService,
    private readonly posts: PostsLoader,
    private readonly access: TopicAccessService,
    private readonly accounts: AccountsService,
    private readonly membership: MembershipService,
  ) {}

  @Allow(Permission.FlagCreate)
  @Mutation(() => FlagResultObject, { description: 'Flags a post, topic or member for the moderators: one open flag per target; a daily limit applies.' })
  flag(@Ctx() ctx: RequestContext, @Args('input', { description: 'The flag.' }) input: FlagInput) {
    return this.flagsService.flag(ctx, input);
  }

  @Allow(Permission.QueueModerate)
  @Query(() => ModerationItemConnection, { description: 'Staff: the moderation queue (open: oldest first; resolved: newest first), within your categories when scoped.' })
  async moderationQueue(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => QueueStatus, defaultValue: QueueStatus.OPEN, description: 'Open or resolved items.' }) status: QueueStatus,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string,
  ): Promise<ModerationItemConnection> {
    const page = await this.queue.list(ctx, status, first, after);
    return toConnection(page, (r) => [new Date(r.createdAt).toISOString(), r.id]) as unknown as ModerationItemConnection;
  }

  @Allow(Permission.QueueModerate)
  @Query(() => ModerationSummaryObject, { description: 'Staff: how many items wait and since when.' })
  moderationSummary(@Ctx() ctx: RequestContext) {
    return this.queue.summary(ctx);
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => ModerationItemObject, { description: 'Staff: resolves the flags of an item; CONFLICT when another moderator already did.' })
  resolveFlags(@Ctx() ctx: RequestContext, @Args('input', { description: 'The verdict.' }) input: ResolveFlagsInput) {
    return this.queue.resolveFlags(ctx, input.itemId, input.decision, input.contentAction, input.reason, {
      action: input.authorAction,
      until: input.authorActionUntil,
    });
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => ModerationItemObject, { description: 'Staff: publishes a post held for approval; CONFLICT when already decided.' })
  approvePost(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID, description: 'The queue item.' }) itemId: string) {
    return this.queue.decidePending(ctx, itemId, true);
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => ModerationItemObject, { description: 'Staff: rejects a post held for approval; CONFLICT when already decided.' })
  rejectPost(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID, description: 'The queue item.' }) itemId: string,
    @Args('reason', { nullable: true, description: 'Why, for the audit log.' }) reason?: string,
  ) {
    return this.queue.decidePending(ctx, itemId, false, reason);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => PostObject, { description: 'Staff: hides a post (its author and staff still see it); the author is told why.' })
  hidePost(
    @Ctx() ctx: RequestContext,
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reason', { description: 'Why, up to 500 characters.' }) reason: string,
  ) {
    return this.content.hidePost(ctx, postId, reason);
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => FlagResultObject, {
    description: 'Staff: sends a post to the moderation queue for a second look without hiding it; the reason is shown there as your flag (recorded in the audit log). CONFLICT (ALREADY_FLAGGED) while your earlier one is open.',
  })
  sendToQueue(
    @Ctx() ctx: RequestContext,
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reason', { description: 'What the queue should look at, up to 1,000 characters.' }) reason: string,
  ) {
    return this.flagsService.sendToQueue(ctx, postId, reason);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => PostObject, { description: 'Staff: restores a hidden or deleted post.' })
  restorePost(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The post.' }) postId: string) {
    return this.content.restorePost(ctx, postId);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: hides a whole topic (its author and staff still see it); the author is told why.' })
  hideTopic(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('reason', { description: 'Why, up to 500 characters; the author sees it.' }) reason: string,
  ) {
    return this.content.hideTopic(ctx, topicId, reason);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: shows a topic that staff or flags hid.' })
  unhideTopic(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.content.unhideTopic(ctx, topicId);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: moves a topic to another category.' })
  moveTopic(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('categoryId', { type: () => ID, description: 'The destination.' }) categoryId: string,
  ) {
    return this.content.moveTopic(ctx, topicId, categoryId);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: closes a topic to replies, with a reason readers see.' })
  closeTopic(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string,
    @Args('reason', { description: 'Why, up to 500 characters.' }) reason: string,
  ) {
    return this.content.closeTopic(ctx, topicId, reason);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: moves every post of one topic into another (after its posts, by time) and retires the first.' })
  mergeTopics(
    @Ctx() ctx: RequestContext,
    @Args('sourceTopicId', { type: () => ID, description: 'The topic that goes away.' }) sourceTopicId: string,
    @Args('targetTopicId', { type: () => ID, description: 'The topic that receives the posts.' }) targetTopicId: string,
  ) {
    return this.content.mergeTopics(ctx, sourceTopicId, targetTopicId);
  }

  @Allow(Permission.ContentModerate)
  @Mutation(() => TopicObject, { description: 'Staff: moves chosen replies into a new topic.' })
  splitTopic(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The topic to split.' }) topicId: string,
    @Args('postIds', { type: () => [ID], description: 'The replies to move.' }) postIds: string[],
    @Args('title', { description: 'The new topic\'s title.' }) title: string,
    @Args('categoryId', { type: () => ID, nullable: true, description: 'Its category (default: the same).' }) categoryId?: string,
  ) {
    return this.content.splitTopic(ctx, topicId, postIds, title, categoryId);
  }

  @Allow(Permission.MemberDetailsRead)
  @Query(() => FlagConnection, { description: 'Staff: a member\'s flags, newest first — on their posts, topics and them, or the ones they raised.' })
  async memberFlags(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The member.' }) userId: string,
    @Args('direction', { type: () => FlagDirection, defaultValue: FlagDirection.RECEIVED, description: 'Received or given.' }) direction: FlagDirection,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50.' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor.' }) after?: string,
  ): Promise<FlagConnection> {
    return toConnection(await this.flagsService.memberFlags(ctx, userId, direction, first, after), (r) => [r.at, r.id]) as unknown as FlagConnection;
  }

  private itemFlags(ctx: RequestContext, item: QueueItemRow) {
    return ctx.loader<string, { flags: FlagRow[]; total: number }>('itemFlags', (ids) => this.queue.flagsOf(ids)).load(item.id);
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => [FlagObject], { description: `The flags on this item: the latest ${FLAGS_PER_ITEM}, oldest of them first (flagCount says how many in all).` })
  async flags(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow): Promise<FlagRow[]> {
    return (await this.itemFlags(ctx, item)).flags;
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => Int, { description: 'How many flags this item has in all.' })
  async flagCount(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow): Promise<number> {
    return (await this.itemFlags(ctx, item)).total;
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => TopicObject, { nullable: true, description: 'The topic concerned, when the target is a topic.' })
  topic(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow): Promise<TopicEntity | null> | null {
    return item.targetType === 'TOPIC' ? topicLoader(ctx, this.access).load(item.targetId) : null;
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => UserObject, { nullable: true, description: 'The member concerned, when the target is a member (a flag on them, or their join request).' })
  user(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow): Promise<UserEntity | null> | null {
    return item.targetType === 'USER' ? userLoader(ctx, this.accounts).load(item.targetId) : null;
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => JoinRequestObject, { nullable: true, description: 'The join request, for JOIN_REQUEST items: who asks and their note.' })
  joinRequest(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow) {
    if (item.kind !== 'JOIN_REQUEST') return null;
    return ctx.loader<string, JoinRequestRow | null>('joinRequests', (ids) => this.membership.joinRequestsOf(ids)).load(item.targetId);
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => PostObject, { nullable: true, description: 'The post concerned, when the target is a post.' })
  post(@Ctx() ctx: RequestContext, @Parent() item: QueueItemRow) {
    return item.targetType === 'POST' ? this.posts.byId(ctx, item.targetId) : null;
  }
}

/** Topics by id, as the person may read them; shared by every field in the request that needs one. */
function topicLoader(ctx: RequestContext, access: TopicAccessService) {
  return ctx.loader<string, TopicEntity | null>('topics', (ids) => access.readableTopics(ctx, ids));
}

/** Who raised a flag and what it is about, for staff. */
@Resolver(() => FlagObject)
export class FlagFieldsResolver {
  constructor(
    private readonly posts: PostsLoader,
    private readonly access: TopicAccessService,
    private readonly accounts: AccountsService,
  ) {}

  @Allow(Permission.QueueModerate)
  @ResolveField(() => UserObject, { nullable: true, description: 'Who raised it.' })
  flagger(@Ctx() ctx: RequestContext, @Parent() flag: FlagRow): Promise<UserEntity | null> {
    return userLoader(ctx, this.accounts).load(flag.flaggerId);
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => PostObject, { nullable: true, description: 'The post flagged, when the target is a post.' })
  post(@Ctx() ctx: RequestContext, @Parent() flag: FlagRow): Promise<PostEntity | null> | null {
    return flag.targetType === 'POST' ? this.posts.byId(ctx, flag.targetId) : null;
  }

  @Allow(Permission.QueueModerate)
  @ResolveField(() => TopicObject, { nullable: true, description: 'The topic flagged, when the target is a topic.' })
  topic(@Ctx() ctx: RequestContext, @Parent() flag: FlagRow): Promise<TopicEntity | null> | null {
    return flag.targetType === 'TOPIC' ? topicLoader(ctx, this.access).load(flag.targetId) : null;
  }
}
