import { Injectable } from '@nestjs/common';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { TrustService } from '../trust/trust.service.js';
import { TopicAccessService } from './topic-access.service.js';
import { TopicsRepository, type ReadPosition } from './topics.repository.js';

/** Read tracking: how far each member has read each topic, and the unread/new counts built on it. */
@Injectable()
export class ReadingService {
  constructor(
    private readonly access: TopicAccessService,
    private readonly trust: TrustService,
    private readonly repository: TopicsRepository,
  ) {}

  /** Records that the member has read up to `postNumber` (never moves backwards). */
  async markRead(ctx: RequestContext, topicId: string, postNumber?: number, readSeconds = 0): Promise<number> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    const upTo = postNumber ?? topic.postNumberSeq;
    if (!Number.isInteger(upTo) || upTo < 1) throw AppError.badInput('postNumber', InputErrorReason.OUT_OF_RANGE, 'Give a post number of 1 or more.');
    if (!Number.isInteger(readSeconds) || readSeconds < 0 || readSeconds > 3600) {
      throw AppError.badInput('readSeconds', InputErrorReason.OUT_OF_RANGE, 'Report 0 to 3600 seconds of reading at a time.');
    }
    const before = await this.repository.lastRead(me.id, topic.id);
    const now = await this.repository.advanceRead(me.id, topic.id, Math.min(upTo, topic.postNumberSeq));
    await this.trust.recordReading(me.id, before === null, now - (before ?? 0), readSeconds);
    return now;
  }

  /** The per-request loader of the member's read positions by topic id (lists prime it). */
  readPositionLoader(ctx: RequestContext, userId: string) {
    return ctx.loader<string, ReadPosition>('topicReads', (ids) => this.readPositions(userId, ids));
  }

  /** Batch: in each topic, the last post number read (0 when never opened) and the public posts after it. */
  readPositions(userId: string, topicIds: readonly string[]): Promise<ReadPosition[]> {
    return this.repository.readPositions(userId, topicIds);
  }

  /** Batch: per category, topics with unread posts and new topics not yet opened (as its NEW and UNREAD lists show). */
  categoryCounts(userId: string, categoryIds: readonly string[]): Promise<Array<{ unread: number; new: number }>> {
    return this.repository.readingCounts(userId, categoryIds);
  }
}
