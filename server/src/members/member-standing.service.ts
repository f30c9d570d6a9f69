import { Injectable } from '@nestjs/common';
import { CategoriesService } from '../categories/categories.service.js';
import type { RequestContext } from '../common/request-context.js';
import { MembersRepository, type MembershipState } from './members.repository.js';

/** What staff see of a member's standing at a glance: membership, restrictions, scope, flags, activity. */
export interface MemberStanding {
  userId: string;
  membership: MembershipState;
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
    private readonly members: MembersRepository,
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
    const byId = new Map((await this.members.standings(ids, readableCategoryIds)).map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return {
        userId: id,
        membership: r.membership,
        suspendedUntil: r.suspendedUntil,
        silencedUntil: r.silencedUntil,
        moderatorCategoryIds: r.moderatorCategoryIds,
        flagsGiven: r.flagsGiven,
        flagsGivenAgreed: r.flagsGivenAgreed,
        flagsGivenDisagreed: r.flagsGivenDisagreed,
        flagsReceived: r.flagsReceived,
        flagsReceivedAgreed: r.flagsReceivedAgreed,
        topicsEntered: r.topicsEntered,
        postsRead: r.postsRead,
        readMinutes: Math.floor(r.readSeconds / 60),
        daysVisited: r.daysVisited,
        lastVisitOn: r.lastVisitOn,
      };
    });
  }
}
