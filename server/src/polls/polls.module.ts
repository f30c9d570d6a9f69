import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { PollOptionFieldsResolver, PostPollFieldsResolver } from './poll-fields.resolver.js';
import { PollsRepository } from './polls.repository.js';
import { PollsResolver } from './polls.resolver.js';
import { PollsService } from './polls.service.js';

@Module({
  imports: [TopicsModule, AccountsModule],
  providers: [PollsService, PollsRepository, PollsResolver, PostPollFieldsResolver, PollOptionFieldsResolver],
  exports: [PollsService],
})
export class PollsModule {}
