import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { MembershipModule } from '../membership/membership.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { ContentModerationService } from './content-moderation.service.js';
import { FlagsService } from './flags.service.js';
import { ModerationQueueModule } from './moderation-queue.module.js';
import { FlagFieldsResolver, ModerationResolver } from './moderation.resolver.js';
import { QueueReviewService } from './queue-review.service.js';
import { QueueShareModule } from './queue-share.module.js';

@Module({
  imports: [
    AccountsModule,
    CommunityModule,
    MembersModule,
    MembershipModule,
    TopicsModule,
    CategoriesModule,
    ModerationQueueModule,
    QueueShareModule,
    AuditModule,
    NotificationsModule,
    TrustModule,
  ],
  providers: [FlagsService, ContentModerationService, QueueReviewService, ModerationResolver, FlagFieldsResolver],
})
export class ModerationModule {}
