import { Module } from '@nestjs/common';
import { ModerationQueueService } from './moderation-queue.service.js';
import { ModerationRepository } from './moderation.repository.js';

/**
 * The queue's writer, which accounts, topics and membership use to queue items. It depends on
 * nothing, so those modules can import it while ModerationModule imports them. The repository is
 * exported for moderation's own modules (QueueShareModule, ModerationModule) only.
 */
@Module({ providers: [ModerationRepository, ModerationQueueService], exports: [ModerationQueueService, ModerationRepository] })
export class ModerationQueueModule {}
