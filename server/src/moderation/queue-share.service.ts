import { Injectable } from '@nestjs/common';
import { Permission, roleHasPermission } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService, type ModerationScope } from '../categories/moderation-scope.service.js';
import { RequestContext, type AuthUser } from '../common/request-context.js';
import { ModerationRepository, type QueueShare } from './moderation.repository.js';

export type { QueueShare } from './moderation.repository.js';

/** Who works which part of the moderation queue, and how many open items that part holds. */
@Injectable()
export class QueueShareService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly categories: CategoriesService,
    private readonly scopes: ModerationScopeService,
  ) {}

  /**
   * The categories whose queue items the person works: those they moderate and may read (an admin
   * may keep moderators out of a category; its items, and their count, are not theirs to see).
   * Items about members (no category) are for unscoped staff.
   */
  async shareOf(ctx: RequestContext): Promise<QueueShare> {
    if (!ctx.user || !roleHasPermission(ctx.user.role, Permission.QueueModerate)) return { ids: [], members: false };
    return shareFrom(await this.scopes.scopeOf(ctx.user), await this.categories.readableIds(ctx));
  }

  /** Open items in a share, and when the oldest arrived. */
  openSummary(share: QueueShare): Promise<{ openCount: number; oldestOpenAt: Date | null }> {
    return this.repository.openSummary(share);
  }

  /**
   * For a live queue change: per person, the open count of their share when the item is in it, or
   * null when it is not theirs to hear of. People with the same share cost one count.
   */
  async liveCounts(people: ReadonlyArray<AuthUser | null | undefined>, categoryId: string | null): Promise<Array<number | null>> {
    const staff = people.filter((p): p is AuthUser => !!p && roleHasPermission(p.role, Permission.QueueModerate));
    // One statement for every moderator's scope, not one per connection.
    const scopes = await this.scopes.scopesOf(staff);
    const counts = new Map<string, Promise<number>>();
    return Promise.all(
      people.map(async (person) => {
        if (!person || !roleHasPermission(person.role, Permission.QueueModerate)) return null;
        const share = shareFrom(scopes.get(person.id) ?? { kind: 'NONE' }, await this.categories.readableIds(new RequestContext(person, null, 'internal', null)));
        if (categoryId ? !share.ids.includes(categoryId) : !share.members) return null;
        const key = `${share.members}:${[...share.ids].sort().join(',')}`;
        if (!counts.has(key)) counts.set(key, this.openSummary(share).then((s) => s.openCount));
        return counts.get(key)!;
      }),
    );
  }
}

/** The share a scope gives among the categories one may read. */
function shareFrom(scope: ModerationScope, readable: string[]): QueueShare {
  return {
    ids: scope.kind === 'CATEGORIES' ? readable.filter((id) => scope.categoryIds.has(id)) : scope.kind === 'ALL' ? readable : [],
    members: scope.kind === 'ALL',
  };
}
