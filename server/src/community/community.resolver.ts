import { Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { CommunityObject, StaffOverviewObject } from './community.objects.js';
import { CommunityService } from './community.service.js';

@Resolver(() => CommunityObject)
export class CommunityResolver {
  constructor(private readonly service: CommunityService) {}

  @Public()
  @Query(() => CommunityObject, { description: 'The community: name, description, brand, and how people join.' })
  community(): Promise<CommunityObject> {
    return this.service.get() as Promise<CommunityObject>;
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'The current guidelines version, or null when none are published.' })
  guidelinesVersion(): Promise<number | null> {
    return this.service.guidelinesVersion();
  }

  @Allow(Permission.StaffAreaAccess)
  @Query(() => StaffOverviewObject, { description: 'Staff only: figures for the staff area\'s front page.' })
  staffOverview(@Ctx() ctx: RequestContext): Promise<StaffOverviewObject> {
    return this.service.staffOverview(ctx);
  }
}
