import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ModerationQueueModule } from '../moderation/moderation-queue.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { InvitationFieldsResolver, MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';

@Module({ imports: [AccountsModule, AuditModule, CategoriesModule, MailModule, ModerationQueueModule, TrustModule], providers: [MembershipService, MembershipResolver, InvitationFieldsResolver], exports: [MembershipService] })
export class MembershipModule {}
