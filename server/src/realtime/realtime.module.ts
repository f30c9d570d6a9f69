import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { QueueShareModule } from '../moderation/queue-share.module.js';
import { PollsModule } from '../polls/polls.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { RealtimeGateway } from './realtime.gateway.js';

@Module({ imports: [AccountsModule, CategoriesModule, TopicsModule, QueueShareModule, PollsModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
