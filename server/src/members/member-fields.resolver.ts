import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { UserObject } from '../accounts/user.object.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { CategoriesService } from '../categories/categories.service.js';
import { CategoryObject } from '../categories/category.object.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { TopicsService } from '../topics/topics.service.js';
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
  constructor(
    private readonly categories: CategoriesService,
    private readonly topics: TopicsService,
  ) {}

  @Allow(Permission.MemberDetailsRead)
  @ResolveField(() => [CategoryObject], { description: 'For a moderator: the categories they are limited to that you may read (empty: everywhere).' })
  async moderatorCategories(@Ctx() ctx: RequestContext, @Parent() standing: MemberStanding): Promise<CategoryEntity[]> {
    // A category carries its name and counters: one the viewer may not read is left out.
    const found = await this.categories.findManyReadable(ctx, standing.moderatorCategoryIds);
    return found.filter((c): c is CategoryEntity => !!c);
  }

  @Allow(Permission.MemberDetailsRead)
  @ResolveField(() => Int, {
    description: 'Posts they wrote that are not deleted, in categories you may read; hidden and held ones only where you moderate.',
  })
  postCount(@Ctx() ctx: RequestContext, @Parent() standing: MemberStanding): Promise<number> {
    return ctx.loader<string, number>('standingPostCount', (ids) => this.topics.postCountsByAuthor(ctx, ids)).load(standing.userId);
  }
}
