import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import { UserObject } from '../accounts/user.object.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { encodeCursor } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { PostsLoader } from '../topics/posts.loader.js';
import type { PostEntity } from '../topics/post.entity.js';
import { PostObject, TopicObject } from '../topics/topic.objects.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { InboxFilterInput, InboxItemConnection, InboxItemObject, InboxSettingsObject, InboxSummaryObject, UpdateInboxSettingsInput } from './inbox.objects.js';
import { InboxService } from './inbox.service.js';

@Resolver()
export class InboxResolver {
  constructor(private readonly service: InboxService) {}

  @Allow(Permission.InboxWork)
  @Query(() => InboxItemConnection, { description: 'Staff: topics waiting for an answer from the team, longest waiting first (scoped moderators: their categories).' })
  async replyInbox(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => InboxFilterInput, nullable: true, description: 'Which items.' }) filter: InboxFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<InboxItemConnection> {
    const page = await this.service.list(ctx, filter, first, after);
    return {
      edges: page.nodes.map((node) => ({ cursor: encodeCursor([node.waitingKey, node.topicId]), node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Allow(Permission.InboxWork)
  @Query(() => InboxItemObject, { description: 'Staff: one waiting topic; CONFLICT (NOT_WAITING) when it awaits nothing.' })
  inboxItem(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.service.item(ctx, topicId);
  }

  @Allow(Permission.InboxWork)
  @Query(() => InboxSummaryObject, { description: 'Staff: the inbox at a glance (counts, target, business hours now, who is on duty).' })
  inboxSummary(@Ctx() ctx: RequestContext) {
    return this.service.summary(ctx);
  }

  @Allow(Permission.InboxWork)
  @Query(() => InboxSettingsObject, { description: 'Staff: the reply target, claim time and business hours.' })
  inboxSettings() {
    return this.service.settings();
  }

  @Allow(Permission.InboxManage)
  @Mutation(() => InboxSettingsObject, { description: 'Community managers and admins: sets the reply target, claim time and business hours (recorded in the audit log).' })
  updateInboxSettings(@Ctx() ctx: RequestContext, @Args('input', { description: 'The settings.' }) input: UpdateInboxSettingsInput) {
    return this.service.updateSettings(ctx, input);
  }

  @Allow(Permission.InboxWork)
  @Mutation(() => InboxItemObject, { description: 'Claims a waiting topic so others see you are answering it, until the claim lapses; CONFLICT (CLAIMED_BY_OTHER) while another holds it.' })
  claimInboxItem(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.service.claim(ctx, topicId);
  }

  @Allow(Permission.InboxWork)
  @Mutation(() => InboxItemObject, { description: 'Lets go of your claim (community managers and admins: anyone\'s); CONFLICT (NOT_CLAIMED) when there is none.' })
  releaseInboxItem(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.service.release(ctx, topicId);
  }

  @Allow(Permission.InboxWork)
  @Mutation(() => Boolean, { description: 'Marks a waiting topic as needing no reply: it leaves the inbox until a member writes again after a team reply.' })
  dismissInboxItem(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.service.dismiss(ctx, topicId);
  }

  @Allow(Permission.InboxWork)
  @Mutation(() => InboxItemObject, { description: 'Sends a topic to the inbox by hand: it waits from now; CONFLICT (ALREADY_WAITING) when it already waits.' })
  sendToInbox(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The topic.' }) topicId: string) {
    return this.service.send(ctx, topicId);
  }

  @Allow(Permission.InboxWork)
  @Mutation(() => Boolean, { description: 'Goes on duty (true) or off: staff on duty are told when an item crosses the target. Returns the new state.' })
  setInboxDuty(@Ctx() ctx: RequestContext, @Args('onDuty', { description: 'True to go on duty.' }) onDuty: boolean) {
    return this.service.setDuty(ctx, onDuty);
  }
}

/** InboxItem's topic, waiting post and claimant, through the request's loaders. */
@Resolver(() => InboxItemObject)
export class InboxItemFieldsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly posts: PostsLoader,
  ) {}

  @Allow(Permission.InboxWork)
  @ResolveField(() => TopicObject, { description: 'The topic waiting.' })
  topic(@Parent() item: InboxItemObject): TopicEntity {
    return item.topic;
  }

  @Allow(Permission.InboxWork)
  @ResolveField(() => PostObject, { nullable: true, description: 'The member\'s post that waits (the question or the follow-up); null when sent by hand or gone.' })
  waitingPost(@Ctx() ctx: RequestContext, @Parent() item: InboxItemObject): Promise<PostEntity | null> | null {
    return item.waitingPostId ? this.posts.byId(ctx, item.waitingPostId) : null;
  }

  @Allow(Permission.InboxWork)
  @ResolveField(() => UserObject, { nullable: true, description: 'Who claimed it, while the claim holds.' })
  claimedBy(@Ctx() ctx: RequestContext, @Parent() item: InboxItemObject): Promise<UserEntity | null> | null {
    return item.claimedById ? userLoader(ctx, this.accounts).load(item.claimedById) : null;
  }
}

/** InboxSummary's staff on duty. */
@Resolver(() => InboxSummaryObject)
export class InboxSummaryFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Allow(Permission.InboxWork)
  @ResolveField(() => [UserObject], { description: 'Staff on duty now.' })
  async onDuty(@Ctx() ctx: RequestContext, @Parent() summary: InboxSummaryObject): Promise<UserEntity[]> {
    const users = await userLoader(ctx, this.accounts).loadMany(summary.onDutyIds);
    return users.filter((u): u is UserEntity => !!u && !(u instanceof Error));
  }
}
