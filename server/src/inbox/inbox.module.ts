import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxItemFieldsResolver, InboxResolver, InboxSummaryFieldsResolver } from './inbox.resolver.js';
import { InboxService } from './inbox.service.js';

/** The team's reply inbox: what awaits an answer, against a target in business hours, with claims and overdue alerts. */
@Module({
  imports: [TopicsModule, CategoriesModule, NotificationsModule, AuditModule, AccountsModule],
  providers: [InboxRepository, InboxService, InboxResolver, InboxItemFieldsResolver, InboxSummaryFieldsResolver],
  exports: [InboxService],
})
export class InboxModule {}
