import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipStatus } from '../members/member-standing.objects.js';
import { Public } from '../common/permissions.decorator.js';
import { contextOf, type GqlContext } from '../common/request-context.js';
import { AccountsService } from './accounts.service.js';
import type { UserEntity } from './user.entity.js';
import { UserObject } from './user.object.js';

@Resolver(() => UserObject)
export class UserFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Email address: shown only to the user and to staff; null for everyone else.' })
  email(user: UserEntity, _args: unknown, gql: GqlContext): string | null {
    const ctx = contextOf(gql);
    return this.accounts.canSeeEmail(ctx, user) ? user.email : null;
  }

  @Public()
  @ResolveField(() => MembershipStatus, { nullable: true, description: 'Whether they belong to the community (e.g. a join request still waits): shown only to the user and to staff.' })
  membership(user: UserEntity, _args: unknown, gql: GqlContext): string | null {
    const ctx = contextOf(gql);
    return this.accounts.canSeeEmail(ctx, user) ? user.membership : null;
  }

  @Public()
  @ResolveField(() => Date, { nullable: true, description: 'Read-only until then, when silenced now: shown only to the user and to staff.' })
  silencedUntil(user: UserEntity, _args: unknown, gql: GqlContext): Date | null {
    const ctx = contextOf(gql);
    const until = user.silencedUntil;
    return this.accounts.canSeeEmail(ctx, user) && until && until.getTime() > Date.now() ? until : null;
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'The guidelines version they last accepted (0: none): shown only to the user and to staff.' })
  guidelinesAccepted(user: UserEntity, _args: unknown, gql: GqlContext): number | null {
    const ctx = contextOf(gql);
    return this.accounts.canSeeEmail(ctx, user) ? user.guidelinesAccepted : null;
  }
}
