import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { ModerationQueueModule } from '../moderation/moderation-queue.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { WatchedWordsModule } from '../watched-words/watched-words.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { ContentModerationRepository } from './content-moderation.repository.js';
import { PostFieldsResolver } from './post-fields.resolver.js';
import { PostRevisionEntity } from './post-revision.entity.js';
import { PostEntity } from './post.entity.js';
import { PostsLoader } from './posts.loader.js';
import { PostsRepository } from './posts.repository.js';
import { PostComposer } from './post-composer.js';
import { PostPublisher } from './post-publisher.js';
import { PostsService } from './posts.service.js';
import { ReadingService } from './reading.service.js';
import { TopicAccessService } from './topic-access.service.js';
import { TopicCountersRepository } from './topic-counters.repository.js';
import { CategoryReadingFieldsResolver, TopicFieldsResolver } from './topic-fields.resolver.js';
import { TopicEntity } from './topic.entity.js';
import { TopicsRepository } from './topics.repository.js';
import { TopicsResolver } from './topics.resolver.js';
import { TopicsService } from './topics.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TopicEntity, PostEntity, PostRevisionEntity]), AccountsModule, CategoriesModule, NotificationsModule, WatchedWordsModule, ModerationQueueModule, AuditModule, TrustModule],
  providers: [
    TopicsService,
    PostsService,
    ReadingService,
    TopicAccessService,
    TopicsRepository,
    PostsRepository,
    PostComposer,
    PostPublisher,
    TopicCountersRepository,
    ContentModerationRepository,
    PostsLoader,
    TopicsResolver,
    TopicFieldsResolver,
    PostFieldsResolver,
    CategoryReadingFieldsResolver,
  ],
  exports: [PostPublisher, TopicAccessService, TopicsService, PostsService, PostsLoader, TopicCountersRepository, ContentModerationRepository],
})
export class TopicsModule {}
