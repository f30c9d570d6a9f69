import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Connection, toConnection } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { TrustService } from '../trust/trust.service.js';
import { MailService, type MailStatus } from '../mail/mail.service.js';
import { CommunityObject } from '../community/community.objects.js';
import { GuidelinesService } from './guidelines.service.js';
import { InvitationsService } from './invitations.service.js';
import { MembershipService } from './membership.service.js';

@ObjectType('Guidelines', { description: 'The community guidelines; every change is a new version.' })
export class GuidelinesObject {
  @Field(() => Int, { description: 'Version number, from 1.' })
  version: number;

  @Field({ description: 'Markdown source.' })
  body: string;

  @Field({ description: 'Rendered, sanitised HTML.' })
  bodyHtml: string;

  @Field({ description: 'When this version was published.' })
  createdAt: Date;
}

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(JoinRequestStatus, {
  name: 'JoinRequestStatus',
  description: 'Where a join request stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for staff.' },
    APPROVED: { description: 'Let in.' },
    REJECTED: { description: 'Declined, with a reason.' },
  },
});

@ObjectType('JoinRequest', { description: 'Someone asking to join an approval-only community.' })
export class JoinRequestObject {
  @Field(() => ID, { description: 'The person\'s user id.' })
  userId: string;

  @Field({ description: 'Their handle.' })
  handle: string;

  @Field({ description: 'Their display name.' })
  displayName: string;

  @Field({ description: 'Their email (staff only).' })
  email: string;

  @Field({ description: 'Their note to the moderators.' })
  message: string;

  @Field(() => JoinRequestStatus, { description: 'Where it stands.' })
  status: JoinRequestStatus;

  @Field({ description: 'When they asked.' })
  createdAt: Date;
}
export const JoinRequestConnection = Connection(JoinRequestObject, 'JoinRequest', 'join request');
export type JoinRequestConnection = InstanceType<typeof JoinRequestConnection>;

@ObjectType('Invitation', { description: 'A single-use, expiring invitation to join.' })
export class InvitationObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The address it is for, or null for an open invitation.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The secret token: returned once, when created; put it in the sign-up link.' })
  token: string | null;

  @Field({ description: 'When it expires.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was used.' })
  usedAt: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}
export enum MailStatusEnum {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatusEnum, {
  name: 'MailStatus',
  description: 'Where an email stands.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent, or to be retried.' },
    SENT: { description: 'Handed to the mail server.' },
    FAILED: { description: 'Given up (or no mail server is configured): share the link another way.' },
  },
});

export const InvitationConnection = Connection(InvitationObject, 'Invitation', 'invitation');
export type InvitationConnection = InstanceType<typeof InvitationConnection>;

@InputType({ description: 'Invitations to create.' })
export class CreateInvitationsInput {
  @Field(() => [String], { defaultValue: [], description: 'One invitation per address (bulk invite).' })
  emails: string[];

  @Field(() => Int, { defaultValue: 0, description: 'Open invitations not tied to an address.' })
  count: number;

  @Field(() => Int, { defaultValue: 14, description: 'Days until they expire, 1–90.' })
  expiresInDays: number;
}

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
