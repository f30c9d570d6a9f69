import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { ModerationQueueModule } from '../moderation-queue/moderation-queue.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';

@Module({ imports: [AccountsModule, AuditModule, CategoriesModule, ModerationQueueModule, TrustModule], providers: [MembershipService, MembershipResolver], exports: [MembershipService] })
export class MembershipModule {}
