import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module.js';
import { ModerationQueueModule } from './moderation-queue.module.js';
import { QueueShareService } from './queue-share.service.js';

/**
 * Who works which part of the queue. Apart from ModerationQueueModule, which accounts use to queue
 * join requests: this one needs categories, whose audit log needs accounts.
 */
@Module({ imports: [CategoriesModule, ModerationQueueModule], providers: [QueueShareService], exports: [QueueShareService] })
export class QueueShareModule {}
