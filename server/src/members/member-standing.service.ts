import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CategoriesService } from '../categories/categories.service.js';
import type { RequestContext } from '../common/request-context.js';
import { isUuid } from '../common/ids.js';

/** A flag whose queue item is about a member (no category) or sits in a category the viewer may read ($2). */
export const VISIBLE_FLAG = `(i.category_id IS NULL OR i.category_id = ANY($2::uuid[]))`;

/** What staff see of a member's standing at a glance: membership, restrictions, scope, flags, activity. */
export interface MemberStanding {
  userId: string;
  membership: 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED';
  suspendedUntil: Date | null;
  silencedUntil: Date | null;
  moderatorCategoryIds: string[];
  flagsGiven: number;
  flagsGivenAgreed: number;
  flagsGivenDisagreed: number;
  flagsReceived: number;
  flagsReceivedAgreed: number;
  topicsEntered: number;
  postsRead: number;
  readMinutes: number;
  daysVisited: number;
  lastVisitOn: string | null;
}

/**
 * Members' standing for the staff panel, batched: a directory page of 50 members costs one query
 * (the request's DataLoader collects the ids), whatever fields are asked.
 */
@Injectable()
export class MemberStandingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  load(ctx: RequestContext, userId: string): Promise<MemberStanding | null> {
    return ctx
      .loader<string, MemberStanding | null>('memberStanding', async (ids) => this.many(ids, await this.categories.readableIds(ctx)))
      .load(userId);
  }

  /**
   * Flag counts cover flags on what the viewer may read (and flags on members themselves): a flag
   * in a category the viewer cannot open is not theirs to count.
   */
  async many(ids: readonly string[], readableCategoryIds: readonly string[]): Promise<Array<MemberStanding | null>> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT u.id, u.membership,
              CASE WHEN u.suspended_until > now() THEN u.suspended_until END AS suspended_until,
              CASE WHEN u.silenced_until > now() THEN u.silenced_until END AS silenced_until,
              u.topics_entered, u.posts_read, u.read_seconds, u.days_visited,
              to_char(u.last_visit_on, 'YYYY-MM-DD') AS last_visit_on,
              given.n AS flags_given, given.agreed AS flags_agreed, given.disagreed AS flags_disagreed,
              received.n AS flags_received, received.agreed AS flags_received_agreed,
              COALESCE((SELECT array_agg(cm.category_id::text ORDER BY cm.category_id) FROM category_moderators cm WHERE cm.user_id = u.id), '{}') AS category_ids
         FROM users u
         CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(*) FILTER (WHERE f.status = 'AGREED')::int AS agreed,
                                    count(*) FILTER (WHERE f.status = 'DISAGREED')::int AS disagreed
                               FROM flags f JOIN moderation_items i ON i.id = f.item_id
                              WHERE f.flagger_id = u.id AND ${VISIBLE_FLAG}) given
         CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(*) FILTER (WHERE f.status = 'AGREED')::int AS agreed
                               FROM flags f JOIN moderation_items i ON i.id = f.item_id
                              WHERE f.owner_id = u.id AND ${VISIBLE_FLAG}) received
        WHERE u.id = ANY($1::uuid[])`,
      [ids.filter((id) => isUuid(id)), [...readableCategoryIds]],
    );
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return {
        userId: id,
        membership: r.membership as MemberStanding['membership'],
        suspendedUntil: (r.suspended_until as Date | null) ?? null,
        silencedUntil: (r.silenced_until as Date | null) ?? null,
        moderatorCategoryIds: r.category_ids as string[],
        flagsGiven: r.flags_given as number,
        flagsGivenAgreed: r.flags_agreed as number,
        flagsGivenDisagreed: r.flags_disagreed as number,
        flagsReceived: r.flags_received as number,
        flagsReceivedAgreed: r.flags_received_agreed as number,
        topicsEntered: r.topics_entered as number,
        postsRead: r.posts_read as number,
        readMinutes: Math.floor((r.read_seconds as number) / 60),
        daysVisited: r.days_visited as number,
        lastVisitOn: (r.last_visit_on as string | null) ?? null,
      };
    });
  }
}
