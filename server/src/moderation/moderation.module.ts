import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MembersModule } from '../members/members.module.js';
import { MembershipModule } from '../membership/membership.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { ModerationQueueModule } from './moderation-queue.module.js';
import { QueueShareModule } from './queue-share.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { FlagsService } from './flags.service.js';
import { FlagFieldsResolver, ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [AccountsModule, MembersModule, MembershipModule, TopicsModule, CategoriesModule, ModerationQueueModule, QueueShareModule, AuditModule, NotificationsModule, TrustModule],
  providers: [FlagsService, ModerationService, ModerationResolver, FlagFieldsResolver],
})
export class ModerationModule {}
