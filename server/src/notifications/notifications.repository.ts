import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

/** What a reader may read now, as the list queries need it. */
export interface NotificationReader {
  userId: string;
  /** Categories the reader may read. */
  readableCategoryIds: string[];
  /** Categories the reader moderates (sees hidden and deleted content in). */
  moderatedCategoryIds: string[];
}

/**
 * Every query of notifications. A notification about a topic or post is listed and counted only
 * while its reader may still read that topic and post: the same rule as `topics/visibility.ts`
 * (category readable; topic and post not deleted or hidden, unless the reader moderates the
 * category or wrote them), written here in SQL so that pages stay keyset-paginated.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  private visibleTo(reader: NotificationReader): SelectQueryBuilder<NotificationEntity> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :me', { me: reader.userId })
      .andWhere(
        `(n.topic_id IS NULL OR EXISTS (
           SELECT 1 FROM topics t LEFT JOIN posts p ON p.id = n.post_id
            WHERE t.id = n.topic_id AND t.category_id = ANY(:readable::uuid[])
              AND (t.category_id = ANY(:moderated::uuid[]) OR (
                    t.deleted_at IS NULL AND (t.hidden_at IS NULL OR t.author_id = :me)
                    AND (n.post_id IS NULL OR (p.deleted_at IS NULL AND ((p.hidden_at IS NULL AND p.approval = 'APPROVED') OR p.author_id = :me)))))))`,
        { readable: reader.readableCategoryIds, moderated: reader.moderatedCategoryIds },
      );
  }

  /** A page of the reader's notifications, newest change first, after a (updated at, id) cursor. */
  page(reader: NotificationReader, limit: number, unreadOnly: boolean, cursor: [string, string] | null): Promise<NotificationEntity[]> {
    const qb = this.visibleTo(reader)
      // Cursors carry milliseconds (JavaScript dates): order and compare at that precision.
      .orderBy("date_trunc('milliseconds', n.updated_at)", 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (cursor) qb.andWhere("(date_trunc('milliseconds', n.updated_at), n.id) < (:at::timestamptz, :id::uuid)", { at: cursor[0], id: cursor[1] });
    return qb.getMany();
  }

  /** Unread notifications the reader may still read, counted up to `cap`. */
  async unreadCount(reader: NotificationReader, cap = 1000): Promise<number> {
    const inner = this.visibleTo(reader).select('1').andWhere('n.read_at IS NULL').limit(cap);
    const [sql, params] = inner.getQueryAndParameters();
    const [{ count }]: Array<{ count: number }> = await this.notifications.query(`SELECT count(*)::int AS count FROM (${sql}) x`, params);
    return count;
  }
}
