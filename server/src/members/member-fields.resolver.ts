import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { UserObject } from '../accounts/user.object.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { CategoriesService } from '../categories/categories.service.js';
import { CategoryObject } from '../categories/category.object.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { MemberStandingObject } from './member-standing.objects.js';
import { MemberStandingService, type MemberStanding } from './member-standing.service.js';

/** Staff-only fields on a person: their standing. Others asking get FORBIDDEN on the field. */
@Resolver(() => UserObject)
export class MemberFieldsResolver {
  constructor(private readonly standings: MemberStandingService) {}

  @Allow(Permission.MemberDetailsRead)
  @ResolveField(() => MemberStandingObject, { nullable: true, description: 'Staff: membership, restrictions in force, flags and activity.' })
  standing(@Ctx() ctx: RequestContext, @Parent() user: UserEntity): Promise<MemberStanding | null> {
    return this.standings.load(ctx, user.id);
  }
}

@Resolver(() => MemberStandingObject)
export class MemberStandingFieldsResolver {
  constructor(private readonly categories: CategoriesService) {}

  @Allow(Permission.MemberDetailsRead)
  @ResolveField(() => [CategoryObject], { description: 'For a moderator: the categories they are limited to (empty: everywhere).' })
  async moderatorCategories(@Parent() standing: MemberStanding): Promise<CategoryEntity[]> {
    const found = await Promise.all(standing.moderatorCategoryIds.map((id) => this.categories.byId(id)));
    return found.filter((c): c is CategoryEntity => !!c);
  }
}
