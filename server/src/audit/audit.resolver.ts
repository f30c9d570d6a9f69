import { Args, Field, ID, InputType, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { Connection, toConnection } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { userLoader } from '../accounts/user.loader.js';
import { AuditService, type AuditRow } from './audit.service.js';

@ObjectType('AuditEntry', { description: 'One recorded staff or automatic action. Entries are never changed or removed.' })
export class AuditEntryObject {
  @Field(() => ID, { description: 'Entry number; grows with time.' })
  id: string;

  @Field({ description: 'STAFF for a person\'s action, SYSTEM for an automatic one (auto-hide, watched word).' })
  actorKind: string;

  @Field({ description: 'What was done, e.g. POST_HIDDEN, USER_SUSPENDED, ROLE_CHANGED.' })
  action: string;

  @Field({ description: 'What kind of thing it was done to: POST, TOPIC, USER, CATEGORY, WATCHED_WORD, QUEUE_ITEM.' })
  targetType: string;

  @Field({ description: 'The id of that thing.' })
  targetId: string;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON, where it applies.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON, where it applies.' })
  after: string | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;
}

export const AuditEntryConnection = Connection(AuditEntryObject, 'AuditEntry', 'audit entry');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@InputType({ description: 'Narrows the audit log; all given conditions apply.' })
export class AuditFilterInput {
  @Field({ nullable: true, description: 'Only actions by this staff handle.' })
  actorHandle?: string;

  @Field({ nullable: true, description: 'Only this action, e.g. USER_SUSPENDED.' })
  action?: string;

  @Field({ nullable: true, description: 'Only this kind of target.' })
  targetType?: string;

  @Field({ nullable: true, description: 'Only this target id.' })
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this moment.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this moment.' })
  to?: Date;
}

@Resolver(() => AuditEntryObject)
export class AuditResolver {
  constructor(
    private readonly service: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  @Allow(Permission.AuditRead)
  @Query(() => AuditEntryConnection, { description: 'Staff: the audit log, newest first.' })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last entry of the previous page.' }) after?: string,
    @Args('filter', { nullable: true, description: 'Conditions.' }) filter?: AuditFilterInput,
  ): Promise<AuditEntryConnection> {
    const page = await this.service.list(ctx, filter ?? {}, first, after);
    const connection = toConnection(page, (r) => [r.id]);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toObject(e.node) })),
    } as unknown as AuditEntryConnection;
  }

  @Allow(Permission.AuditRead)
  @ResolveField(() => UserObject, { nullable: true, description: 'Who acted; null for automatic actions.' })
  actor(@Ctx() ctx: RequestContext, @Parent() entry: AuditEntryObject & { actorId: string | null }): Promise<UserEntity | null> | null {
    return entry.actorId ? userLoader(ctx, this.accounts).load(entry.actorId) : null;
  }
}

function toObject(r: AuditRow): AuditEntryObject & { actorId: string | null } {
  return { ...r, before: r.before ? JSON.stringify(r.before) : null, after: r.after ? JSON.stringify(r.after) : null };
}
