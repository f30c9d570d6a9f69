import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toConnection } from '../common/pagination.js';
import { MemberDirectoryService } from './member-directory.service.js';
import { Permission, Role } from '@townsquare/shared';
import { UserObject } from '../accounts/user.object.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { MemberRemovalService } from './member-removal.service.js';
import { MemberConnection, MemberFilterInput, RestrictUserInput, SanctionObject, WarnUserInput } from './members.objects.js';
import { MembersService } from './members.service.js';
import { MentionSuggestionsService } from './mention-suggestions.service.js';

@Resolver()
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly directory: MemberDirectoryService,
    private readonly removal: MemberRemovalService,
    private readonly mentions: MentionSuggestionsService,
  ) {}

  @Allow(Permission.PostCreate)
  @Query(() => [UserObject], {
    description:
      'Members to suggest while typing an @mention: up to 8 whose handle or name starts with the text, those who posted in the topic first, then the most recently active. Pending, removed and suspended members and you yourself are left out. At most 60 lookups a minute (RATE_LIMITED).',
  })
  mentionSuggestions(
    @Ctx() ctx: RequestContext,
    @Args('prefix', { description: 'The letters typed after @, up to 50 characters; empty gives an empty list.' }) prefix: string,
    @Args('topicId', { type: () => ID, nullable: true, description: 'The topic being replied to, whose participants come first; NOT_FOUND when you cannot read it.' })
    topicId?: string,
  ) {
    return this.mentions.suggest(ctx, prefix, topicId ?? null);
  }

  @Allow(Permission.MemberDetailsRead)
  @Query(() => MemberConnection, { description: 'Staff: the member directory, newest first, with search and filters.' })
  async members(
    @Args('filter', { nullable: true, description: 'Conditions.' }) filter?: MemberFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50.' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor.' }) after?: string,
  ): Promise<MemberConnection> {
    return toConnection(await this.directory.list(filter ?? {}, first, after), (u) => [u.cursorAt, u.id]) as unknown as MemberConnection;
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => SanctionObject, { description: 'Staff: warns a member privately; recorded on their record.' })
  warnUser(@Ctx() ctx: RequestContext, @Args('input', { description: 'The warning.' }) input: WarnUserInput) {
    return this.service.warn(ctx, input.userId, input.reason);
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => SanctionObject, { description: 'Staff: makes a member read-only until a moment.' })
  silenceUser(@Ctx() ctx: RequestContext, @Args('input', { description: 'The silence.' }) input: RestrictUserInput) {
    return this.service.silence(ctx, input.userId, input.until, input.reason);
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => SanctionObject, { description: 'Staff: suspends a member; their sessions and live connections end at once.' })
  suspendUser(@Ctx() ctx: RequestContext, @Args('input', { description: 'The suspension.' }) input: RestrictUserInput) {
    return this.service.suspend(ctx, input.userId, input.until, input.reason);
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => UserObject, { description: 'Staff: lifts a suspension early.' })
  liftSuspension(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The member.' }) userId: string) {
    return this.service.lift(ctx, userId, 'SUSPENSION');
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => UserObject, { description: 'Staff: lifts a silence early.' })
  liftSilence(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The member.' }) userId: string) {
    return this.service.lift(ctx, userId, 'SILENCE');
  }

  @Allow(Permission.MemberModerate)
  @Mutation(() => String, { description: 'Staff: grants (or takes back) the LEADER trust level of a member; returns the new level.' })
  setLeader(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The member.' }) userId: string,
    @Args('leader', { description: 'True to grant, false to take back.' }) leader: boolean,
  ) {
    return this.service.setLeader(ctx, userId, leader);
  }

  @Allow(Permission.RoleManage)
  @Mutation(() => UserObject, { description: 'Admins: changes a person\'s role (not one\'s own; the last admin stays).' })
  setUserRole(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The person.' }) userId: string,
    @Args('role', { type: () => Role, description: 'The new role.' }) role: Role,
  ) {
    return this.service.setRole(ctx, userId, role);
  }

  @Allow(Permission.RoleManage)
  @Mutation(() => [ID], { description: 'Admins: limits a moderator to some categories (an empty list: everywhere).' })
  setModeratorCategories(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The moderator.' }) userId: string,
    @Args('categoryIds', { type: () => [ID], description: 'Categories they moderate.' }) categoryIds: string[],
  ) {
    return this.service.setModeratorScope(ctx, userId, categoryIds);
  }

  @Allow(Permission.MembershipManage)
  @Mutation(() => Boolean, { description: 'Community managers: removes a member (sessions end; content kept, or hidden).' })
  removeMember(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The member.' }) userId: string,
    @Args('hideContent', { description: 'Hide their posts too.' }) hideContent: boolean,
    @Args('reason', { description: 'Why, up to 1,000 characters.' }) reason: string,
  ) {
    return this.removal.remove(ctx, userId, hideContent, reason);
  }

  @Allow(Permission.MembershipManage)
  @Mutation(() => Boolean, { description: 'Community managers: restores a removed member and the posts hidden with them.' })
  restoreMember(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The member.' }) userId: string) {
    return this.removal.restore(ctx, userId);
  }

  @Allow(Permission.MemberModerate)
  @Query(() => [SanctionObject], { description: 'Staff: a member\'s warnings, silences and suspensions, newest first.' })
  userSanctions(@Args('userId', { type: () => ID, description: 'The member.' }) userId: string) {
    return this.service.sanctions(userId);
  }
}
