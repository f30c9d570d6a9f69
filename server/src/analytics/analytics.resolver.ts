import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow } from '../common/permissions.decorator.js';
import { CommunityKpisInput, CommunityKpisObject } from './analytics.objects.js';
import { AnalyticsService } from './analytics.service.js';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @Allow(Permission.KpiRead)
  @Query(() => CommunityKpisObject, {
    description:
      'Staff (community managers, admins): the community KPIs of a period beside the previous period of the same length, from rollups at most KPI_FRESH_SECONDS old. BAD_USER_INPUT with reason PERIOD_INVERTED, PERIOD_TOO_LONG, TOO_MANY_BUCKETS or UNKNOWN_TIME_ZONE.',
  })
  communityKpis(@Args('input', { description: 'The period, bucket and time zone.' }) input: CommunityKpisInput) {
    return this.service.dashboard(input);
  }

  @Allow(Permission.KpiRead)
  @Query(() => String, {
    description:
      'Staff: every series of communityKpis as CSV (RFC 4180, every cell quoted): a header, then one line per bucket and a total line, for the period and the previous one. Same errors as communityKpis.',
  })
  communityKpisCsv(@Args('input', { description: 'The period, bucket and time zone.' }) input: CommunityKpisInput) {
    return this.service.csv(input);
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => Boolean, { description: 'Admins: queues a recomputation of the KPI rollups of the last `days` days (e.g. after an import); true once queued.' })
  rebuildKpis(@Args('days', { type: () => Int, description: 'How many days back, today included: 1–1100.' }) days: number) {
    return this.service.requestRebuild(days);
  }
}
