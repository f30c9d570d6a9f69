import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { PostReactionFieldsResolver } from './post-reaction-fields.resolver.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ReactionsResolver } from './reactions.resolver.js';
import { ReactionsService } from './reactions.service.js';

@Module({
  imports: [TopicsModule, NotificationsModule, AccountsModule],
  providers: [ReactionsService, ReactionsRepository, ReactionsResolver, PostReactionFieldsResolver],
})
export class ReactionsModule {}
