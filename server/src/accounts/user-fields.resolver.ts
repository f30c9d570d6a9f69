import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipStatus } from '../members/member-standing.objects.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { AccountsService } from './accounts.service.js';
import type { UserEntity } from './user.entity.js';
import { UserObject } from './user.object.js';

@Resolver(() => UserObject)
export class UserFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Email address: shown only to the user and to staff; null for everyone else.' })
  email(@Ctx() ctx: RequestContext, @Parent() user: UserEntity): string | null {
    return this.accounts.canSeeEmail(ctx, user) ? user.email : null;
  }

  @Public()
  @ResolveField(() => MembershipStatus, { nullable: true, description: 'Whether they belong to the community (e.g. a join request still waits): shown only to the user and to staff.' })
  membership(@Ctx() ctx: RequestContext, @Parent() user: UserEntity): string | null {
    return this.accounts.canSeeEmail(ctx, user) ? user.membership : null;
  }

  @Public()
  @ResolveField(() => Date, { nullable: true, description: 'Read-only until then, when silenced now: shown only to the user and to staff.' })
  silencedUntil(@Ctx() ctx: RequestContext, @Parent() user: UserEntity): Date | null {
    const until = user.silencedUntil;
    return this.accounts.canSeeEmail(ctx, user) && until && until.getTime() > Date.now() ? until : null;
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'The guidelines version they last accepted (0: none): shown only to the user and to staff.' })
  guidelinesAccepted(@Ctx() ctx: RequestContext, @Parent() user: UserEntity): number | null {
    return this.accounts.canSeeEmail(ctx, user) ? user.guidelinesAccepted : null;
  }
}
