import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { toConnection } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { userLoader } from '../accounts/user.loader.js';
import { AuditEntryConnection, AuditEntryObject, AuditFilterInput, AuditTargetObject } from './audit.objects.js';
import { AuditService, type AuditRow, type AuditTargetRow, type AuditTargetView } from './audit.service.js';

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

  @Allow(Permission.AuditRead)
  @ResolveField(() => AuditTargetObject, { description: 'What it was done to, named and linked; the targets of a page are looked up together.' })
  async target(@Ctx() ctx: RequestContext, @Parent() entry: EntryParent): Promise<AuditTargetView> {
    const loader = ctx.loader<string, AuditTargetRow | null>('audit-targets', async (keys) => {
      const found = await this.service.targets(keys);
      return keys.map((k) => found.get(k) ?? null);
    });
    return this.service.describeTarget(entry.source, await loader.load(`${entry.targetType}:${entry.targetId}`));
  }
}

type EntryParent = AuditEntryObject & { actorId: string | null; source: AuditRow };

function toObject(r: AuditRow): EntryParent {
  return { ...r, before: r.before ? JSON.stringify(r.before) : null, after: r.after ? JSON.stringify(r.after) : null, source: r };
}
