import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { CommunityObject, CommunitySettingsObject, StaffOverviewObject, UpdateCommunitySettingsInput } from './community.objects.js';
import { CommunityService } from './community.service.js';

@Resolver(() => CommunityObject)
export class CommunityResolver {
  constructor(private readonly service: CommunityService) {}

  @Public()
  @Query(() => CommunityObject, { description: 'The community: name, description, brand, and how people join.' })
  community(): Promise<CommunityObject> {
    return this.service.get() as Promise<CommunityObject>;
  }


  @Allow(Permission.StaffAreaAccess)
  @Query(() => StaffOverviewObject, { description: 'Staff only: figures for the staff area\'s front page.' })
  staffOverview(@Ctx() ctx: RequestContext): Promise<StaffOverviewObject> {
    return this.service.staffOverview(ctx);
  }

  @Allow(Permission.StaffAreaAccess)
  @Query(() => CommunitySettingsObject, { description: 'Staff: the community settings.' })
  communitySettings() {
    return this.service.settings();
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => CommunitySettingsObject, { description: 'Admins: changes the access mode, guideline acceptance and trust settings.' })
  updateCommunitySettings(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateCommunitySettingsInput) {
    return this.service.updateSettings(ctx, input);
  }
}
