import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module.js';
import { ActivityMiddleware, ActivityRecorder } from './activity-recorder.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';

/** Community KPIs for the staff dashboard: activity recorded off the request path, rollups kept by jobs, one query. */
@Module({
  imports: [InboxModule],
  providers: [AnalyticsRepository, AnalyticsService, AnalyticsResolver, ActivityRecorder, ActivityMiddleware],
  exports: [AnalyticsService, ActivityRecorder, ActivityMiddleware],
})
export class AnalyticsModule {}
