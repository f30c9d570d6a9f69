import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackMarkFieldsResolver, FeedbackResolver, PostFeedbackFieldsResolver, StaffNoteFieldsResolver } from './feedback.resolver.js';
import { FeedbackService } from './feedback.service.js';
import { IdeaFieldsResolver, TopicIdeaFieldResolver } from './idea-fields.resolver.js';
import { IdeaListsService } from './idea-lists.service.js';
import { IdeasRepository } from './ideas.repository.js';
import { IdeasResolver } from './ideas.resolver.js';
import { IdeasService } from './ideas.service.js';

/** The ideas board (votes, statuses, merges, roadmap, staff notes) and feedback marks on posts. */
@Module({
  imports: [TopicsModule, NotificationsModule, AuditModule, AccountsModule],
  providers: [IdeasRepository, IdeasService, IdeaListsService, IdeasResolver, IdeaFieldsResolver, TopicIdeaFieldResolver, FeedbackRepository, FeedbackService, FeedbackResolver, PostFeedbackFieldsResolver, FeedbackMarkFieldsResolver, StaffNoteFieldsResolver],
  exports: [IdeasService],
})
export class IdeasModule {}
