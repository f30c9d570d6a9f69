import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { ContestClosingService } from './contest-closing.service.js';
import { ContestEntriesService } from './contest-entries.service.js';
import { ContestEntryFieldsResolver, ContestFieldsResolver, ContestWinnerFieldsResolver } from './contest-fields.resolver.js';
import { ContestsRepository } from './contests.repository.js';
import { ContestsResolver } from './contests.resolver.js';
import { ContestsService } from './contests.service.js';

/** Contests: their topic, entries, votes, the verifiable draw and its close from the job queue (JobsModule is global). */
@Module({
  imports: [TopicsModule, AccountsModule, CategoriesModule, NotificationsModule, AuditModule],
  providers: [ContestsService, ContestEntriesService, ContestClosingService, ContestsRepository, ContestsResolver, ContestFieldsResolver, ContestWinnerFieldsResolver, ContestEntryFieldsResolver],
})
export class ContestsModule {}
