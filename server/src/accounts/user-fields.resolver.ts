import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
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
}
