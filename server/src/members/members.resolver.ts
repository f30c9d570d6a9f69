import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Connection, toConnection } from '../common/pagination.js';
import { MemberDirectoryService } from './member-directory.service.js';
import { Permission, Role } from '@townsquare/shared';
import { UserObject } from '../accounts/user.object.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { MemberRemovalService } from './member-removal.service.js';
import { MembersService } from './members.service.js';

export enum SanctionKind {
  WARNING = 'WARNING',
  SILENCE = 'SILENCE',
  SUSPENSION = 'SUSPENSION',
}
registerEnumType(SanctionKind, {
  name: 'SanctionKind',
  description: 'What staff did about a member.',
  valuesMap: {
    WARNING: { description: 'A private warning, recorded.' },
    SILENCE: { description: 'Read-only for a while.' },
    SUSPENSION: { description: 'Cannot sign in for a while, or indefinitely.' },
  },
});

@ObjectType('Sanction', { description: 'A warning, silence or suspension on a member\'s record.' })
export class SanctionObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => SanctionKind, { description: 'What it was.' })
  kind: SanctionKind;

  @Field({ description: 'The reason the member was given.' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'When it ends (year 9999: indefinitely); null for warnings.' })
  endsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff lifted it early.' })
  liftedAt: Date | null;

  @Field({ description: 'When it was given.' })
  createdAt: Date;
}

@InputType({ description: 'A warning for a member.' })
export class WarnUserInput {
  @Field(() => ID, { description: 'The member.' })
  userId: string;

  @Field({ description: 'What they did and what to change, up to 1,000 characters; they see it.' })
  reason: string;
}

@InputType({ description: 'A silence or suspension.' })
export class RestrictUserInput {
  @Field(() => ID, { description: 'The member.' })
  userId: string;

  @Field(() => Date, { nullable: true, description: 'Until when; omit to suspend indefinitely (silences need an end).' })
  until?: Date;

  @Field({ description: 'The reason, up to 1,000 characters; they see it.' })
  reason: string;
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  REMOVED = 'REMOVED',
  SUSPENDED = 'SUSPENDED',
  SILENCED = 'SILENCED',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'A member\'s standing, for the directory filter.',
  valuesMap: {
    ACTIVE: { description: 'A member in good standing.' },
    PENDING: { description: 'Waiting for their join request.' },
    REJECTED: { description: 'Join request declined.' },
    REMOVED: { description: 'Removed by staff.' },
    SUSPENDED: { description: 'Suspended now.' },
    SILENCED: { description: 'Read-only now.' },
  },
});

@InputType({ description: 'Narrows the member directory; all given conditions apply.' })
export class MemberFilterInput {
  @Field({ nullable: true, description: 'Part of a handle, display name or email.' })
  query?: string;

  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  role?: Role;

  @Field({ nullable: true, description: 'Only this trust level: NEW, BASIC, MEMBER, REGULAR or LEADER.' })
  trustLevel?: string;

  @Field(() => MemberStatus, { nullable: true, description: 'Only this standing.' })
  status?: MemberStatus;

  @Field(() => Date, { nullable: true, description: 'Joined at or after.' })
  joinedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Joined before.' })
  joinedTo?: Date;
}

export const MemberConnection = Connection(UserObject, 'Member', 'member');
export type MemberConnection = InstanceType<typeof MemberConnection>;

@Resolver()
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly directory: MemberDirectoryService,
    private readonly removal: MemberRemovalService,
  ) {}

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
