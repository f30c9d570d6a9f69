import { Module } from '@nestjs/common';
import { ModerationQueueService } from './moderation-queue.service.js';

@Module({ providers: [ModerationQueueService], exports: [ModerationQueueService] })
export class ModerationQueueModule {}
