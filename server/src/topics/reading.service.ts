import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { TrustService } from '../trust/trust.service.js';
import { TopicAccessService } from './topic-access.service.js';
import { NEW_TOPIC_DAYS } from './topics.repository.js';

/** Read tracking: how far each member has read each topic, and the unread/new counts built on it. */
@Injectable()
export class ReadingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TopicAccessService,
    private readonly trust: TrustService,
  ) {}

  /** Records that the member has read up to `postNumber` (never moves backwards). */
  async markRead(ctx: RequestContext, topicId: string, postNumber?: number, readSeconds = 0): Promise<number> {
    const me = ctx.requireUser();
    const { topic } = await this.access.readableTopic(ctx, topicId);
    const upTo = postNumber ?? topic.postNumberSeq;
    if (!Number.isInteger(upTo) || upTo < 1) throw AppError.badInput('postNumber', 'OUT_OF_RANGE', 'Give a post number of 1 or more.');
    if (!Number.isInteger(readSeconds) || readSeconds < 0 || readSeconds > 3600) {
      throw AppError.badInput('readSeconds', 'OUT_OF_RANGE', 'Report 0 to 3600 seconds of reading at a time.');
    }
    const [before]: Array<{ n: number }> = await this.db.query(`SELECT last_read_post_number AS n FROM topic_reads WHERE user_id = $1 AND topic_id = $2`, [me.id, topic.id]);
    const [row]: Array<{ last_read_post_number: number }> = await this.db.query(
      `INSERT INTO topic_reads (user_id, topic_id, last_read_post_number) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_post_number = greatest(topic_reads.last_read_post_number, EXCLUDED.last_read_post_number), updated_at = now()
       RETURNING last_read_post_number`,
      [me.id, topic.id, Math.min(upTo, topic.postNumberSeq)],
    );
    await this.trust.recordReading(me.id, !before, row.last_read_post_number - (before?.n ?? 0), readSeconds);
    return row.last_read_post_number;
  }

  /** Batch: the last post number read in each topic (0 when never opened). */
  async lastRead(userId: string, topicIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ topic_id: string; n: number }> = await this.db.query(
      `SELECT topic_id, last_read_post_number AS n FROM topic_reads WHERE user_id = $1 AND topic_id = ANY($2::uuid[])`,
      [userId, [...topicIds]],
    );
    return topicIds.map((id) => rows.find((r) => r.topic_id === id)?.n ?? 0);
  }

  /** Batch: per category, topics with unread posts and new topics not yet opened. */
  async categoryCounts(userId: string, categoryIds: readonly string[]): Promise<Array<{ unread: number; new: number }>> {
    const unread: Array<{ category_id: string; n: number }> = await this.db.query(
      `SELECT t.category_id, count(*)::int AS n FROM topic_reads r JOIN topics t ON t.id = r.topic_id
       WHERE r.user_id = $1 AND t.category_id = ANY($2::uuid[]) AND t.deleted_at IS NULL AND r.last_read_post_number < t.post_number_seq
       GROUP BY t.category_id`,
      [userId, [...categoryIds]],
    );
    const fresh: Array<{ category_id: string; n: number }> = await this.db.query(
      `SELECT t.category_id, count(*)::int AS n FROM topics t
       WHERE t.category_id = ANY($2::uuid[]) AND t.deleted_at IS NULL AND t.created_at > now() - interval '${NEW_TOPIC_DAYS} days'
         AND NOT EXISTS (SELECT 1 FROM topic_reads r WHERE r.user_id = $1 AND r.topic_id = t.id)
       GROUP BY t.category_id`,
      [userId, [...categoryIds]],
    );
    return categoryIds.map((id) => ({
      unread: unread.find((r) => r.category_id === id)?.n ?? 0,
      new: fresh.find((r) => r.category_id === id)?.n ?? 0,
    }));
  }
}
