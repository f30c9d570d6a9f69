import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { MemberDirectoryService } from './member-directory.service.js';
import { MemberFieldsResolver, MemberStandingFieldsResolver } from './member-fields.resolver.js';
import { MemberRemovalService } from './member-removal.service.js';
import { MemberStandingService } from './member-standing.service.js';
import { MembersRepository } from './members.repository.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { MentionRateLimiter } from './mention-rate-limiter.js';
import { MentionSuggestionsService } from './mention-suggestions.service.js';

@Module({ imports: [AccountsModule, AuditModule, CategoriesModule, NotificationsModule, TopicsModule, TrustModule], providers: [MembersRepository, MembersService, MemberRemovalService, MembersResolver, MemberDirectoryService, MemberStandingService, MemberFieldsResolver, MemberStandingFieldsResolver, MentionSuggestionsService, MentionRateLimiter], exports: [MembersService] })
export class MembersModule {}
