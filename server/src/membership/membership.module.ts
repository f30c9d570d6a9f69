import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { CommunityModule } from '../community/community.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ModerationQueueModule } from '../moderation/moderation-queue.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { GuidelinesService } from './guidelines.service.js';
import { InvitationsService } from './invitations.service.js';
import { MembershipRepository } from './membership.repository.js';
import { CommunityGuidelinesFieldsResolver, InvitationFieldsResolver, MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';

@Module({
  imports: [AccountsModule, AuditModule, CategoriesModule, CommunityModule, MailModule, ModerationQueueModule, TrustModule],
  providers: [MembershipRepository, MembershipService, GuidelinesService, InvitationsService, MembershipResolver, InvitationFieldsResolver, CommunityGuidelinesFieldsResolver],
  exports: [MembershipService],
})
export class MembershipModule {}
