import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { TrustService } from '../trust/trust.service.js';
import { MailService, type MailStatus } from '../mail/mail.service.js';
import { CommunityObject } from '../community/community.objects.js';
import { GuidelinesService } from './guidelines.service.js';
import { InvitationsService } from './invitations.service.js';
import {
  CreateInvitationsInput,
  GuidelinesObject,
  InvitationConnection,
  InvitationObject,
  JoinRequestConnection,
  JoinRequestStatus,
  MailStatusEnum,
} from './membership.objects.js';
import { MembershipService } from './membership.service.js';

@Resolver()
export class MembershipResolver {
  constructor(
    private readonly membership: MembershipService,
    private readonly guidelinesService: GuidelinesService,
    private readonly invitationsService: InvitationsService,
    private readonly trust: TrustService,
  ) {}

  @Public()
  @Query(() => GuidelinesObject, { nullable: true, description: 'The current community guidelines, or null when none are published.' })
  guidelines() {
    return this.guidelinesService.current();
  }

  @Allow(Permission.GuidelinesManage)
  @Mutation(() => GuidelinesObject, { description: 'Community managers: publishes a new version of the guidelines; members accept it before posting again.' })
  publishGuidelines(@Ctx() ctx: RequestContext, @Args('body', { description: 'Markdown, up to 50,000 characters.' }) body: string) {
    return this.guidelinesService.publish(ctx, body);
  }

  @Allow(Permission.AccountManage)
  @Mutation(() => Int, { description: 'Accepts the current guidelines version.' })
  acceptGuidelines(@Ctx() ctx: RequestContext, @Args('version', { type: () => Int, description: 'The version read.' }) version: number) {
    return this.guidelinesService.accept(ctx, version);
  }

  @Allow(Permission.QueueModerate)
  @Query(() => JoinRequestConnection, { description: 'Staff: join requests, oldest first.' })
  async joinRequests(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => JoinRequestStatus, defaultValue: JoinRequestStatus.PENDING, description: 'Which requests.' }) status: JoinRequestStatus,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50.' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor.' }) after?: string,
  ): Promise<JoinRequestConnection> {
    const page = await this.membership.joinRequests(ctx, status, first, after);
    const connection = toConnection(page, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: { userId: e.node.userId, handle: e.node.handle, displayName: e.node.displayName, email: e.node.email, message: e.node.message, status: e.node.status, createdAt: e.node.createdAt },
      })),
    } as unknown as JoinRequestConnection;
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => Boolean, { description: 'Staff: approves a join request; CONFLICT when already decided.' })
  approveJoinRequest(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The person.' }) userId: string) {
    return this.membership.decideJoin(ctx, userId, true);
  }

  @Allow(Permission.QueueModerate)
  @Mutation(() => Boolean, { description: 'Staff: rejects a join request with a reason; CONFLICT when already decided.' })
  rejectJoinRequest(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The person.' }) userId: string,
    @Args('reason', { description: 'Why, up to 1,000 characters.' }) reason: string,
  ) {
    return this.membership.decideJoin(ctx, userId, false, reason);
  }

  @Allow(Permission.MembershipManage)
  @Mutation(() => [InvitationObject], { description: 'Community managers: creates invitations; their tokens are returned only now.' })
  createInvitations(@Ctx() ctx: RequestContext, @Args('input', { description: 'Who and how many.' }) input: CreateInvitationsInput) {
    return this.invitationsService.invite(ctx, input.emails, input.count, input.expiresInDays);
  }

  @Allow(Permission.MembershipManage)
  @Query(() => InvitationConnection, { description: 'Community managers: invitations, newest first (tokens are never shown again).' })
  async invitations(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50.' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor.' }) after?: string,
  ): Promise<InvitationConnection> {
    return toConnection(await this.invitationsService.list(first, after), (r) => [new Date(r.createdAt).toISOString(), r.id]) as unknown as InvitationConnection;
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => Int, { description: 'Admins: recomputes every member\'s trust level now (the background pass runs every ten minutes); returns how many changed.' })
  recomputeTrustLevels() {
    return this.trust.recomputeAll();
  }
}

/** Whether an invitation for an address reached the mail server. */
@Resolver(() => InvitationObject)
export class InvitationFieldsResolver {
  constructor(private readonly mail: MailService) {}

  private status(ctx: RequestContext, invitation: InvitationObject) {
    return ctx.loader<string, { status: MailStatus; error: string | null } | null>('invitationMail', (ids) => this.mail.statusOf('INVITATION', ids)).load(invitation.id);
  }

  @Allow(Permission.MembershipManage)
  @ResolveField(() => MailStatusEnum, { nullable: true, description: 'For an invitation to an address: whether its email was sent; null for open invitations.' })
  async emailStatus(@Ctx() ctx: RequestContext, @Parent() invitation: InvitationObject): Promise<MailStatus | null> {
    return (await this.status(ctx, invitation))?.status ?? null;
  }

  @Allow(Permission.MembershipManage)
  @ResolveField(() => String, { nullable: true, description: 'Why its email has not been sent (yet), if it has not.' })
  async emailError(@Ctx() ctx: RequestContext, @Parent() invitation: InvitationObject): Promise<string | null> {
    return (await this.status(ctx, invitation))?.error ?? null;
  }
}

/** The guidelines' current version on the community, for the sign-up page. */
@Resolver(() => CommunityObject)
export class CommunityGuidelinesFieldsResolver {
  constructor(private readonly guidelines: GuidelinesService) {}

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'The current guidelines version, or null when none are published.' })
  guidelinesVersion(): Promise<number | null> {
    return this.guidelines.currentVersion();
  }
}
