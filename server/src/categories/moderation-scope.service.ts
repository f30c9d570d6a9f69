import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiErrorCode, Permission, Role, roleHasPermission } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { CategoriesRepository } from './categories.repository.js';
import { CategoryErrorReason } from './categories.errors.js';

/** Where a person may moderate: everywhere, some categories, or nowhere. */
export type ModerationScope = { kind: 'ALL' } | { kind: 'CATEGORIES'; categoryIds: Set<string> } | { kind: 'NONE' };

/**
 * The one place that answers "may this person moderate in this category?". Community managers and
 * admins moderate everywhere; a moderator everywhere unless scoped to categories, then only there.
 */
@Injectable()
export class ModerationScopeService {
  constructor(private readonly categories: CategoriesRepository) {}

  /** Whether a role can be limited to categories: moderators only (community managers and admins moderate everywhere). */
  canBeScoped(role: Role): boolean {
    return role === Role.MODERATOR;
  }

  async scopeOf(user: AuthUser | null): Promise<ModerationScope> {
    if (!user || !roleHasPermission(user.role, Permission.ContentModerate)) return { kind: 'NONE' };
    if (!this.canBeScoped(user.role)) return { kind: 'ALL' };
    const ids = await this.categories.moderatorCategoryIds(user.id);
    return ids.length === 0 ? { kind: 'ALL' } : { kind: 'CATEGORIES', categoryIds: new Set(ids) };
  }

  /** Batch: the scope of each person, in one statement for all the moderators among them. */
  async scopesOf(users: readonly AuthUser[]): Promise<Map<string, ModerationScope>> {
    const scopes = new Map<string, ModerationScope>();
    const moderators: string[] = [];
    for (const user of users) {
      if (!roleHasPermission(user.role, Permission.ContentModerate)) scopes.set(user.id, { kind: 'NONE' });
      else if (!this.canBeScoped(user.role)) scopes.set(user.id, { kind: 'ALL' });
      else moderators.push(user.id);
    }
    if (moderators.length > 0) {
      const rows = await this.categories.moderatorCategoriesOf(moderators);
      for (const id of moderators) {
        const mine = rows.filter((r) => r.userId === id).map((r) => r.categoryId);
        scopes.set(id, mine.length === 0 ? { kind: 'ALL' } : { kind: 'CATEGORIES', categoryIds: new Set(mine) });
      }
    }
    return scopes;
  }

  async canModerate(user: AuthUser | null, categoryId: string): Promise<boolean> {
    const scope = await this.scopeOf(user);
    return scope.kind === 'ALL' || (scope.kind === 'CATEGORIES' && scope.categoryIds.has(categoryId));
  }

  async assertCanModerate(user: AuthUser | null, categoryId: string): Promise<void> {
    if (!(await this.canModerate(user, categoryId))) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'You do not moderate this category.', { reason: CategoryErrorReason.OUTSIDE_MODERATION_SCOPE });
    }
  }

  /** Moderating people (warnings, suspensions) is for unscoped staff only. */
  async assertUnscoped(user: AuthUser | null): Promise<void> {
    if ((await this.scopeOf(user)).kind !== 'ALL') {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Moderators scoped to categories cannot act on people.', { reason: CategoryErrorReason.OUTSIDE_MODERATION_SCOPE });
    }
  }

  /** Replaces a moderator's categories, inside the caller's transaction (which also audits it). */
  async setScope(m: EntityManager, userId: string, categoryIds: string[]): Promise<void> {
    await this.categories.replaceModeratorCategories(m, userId, categoryIds);
  }
}
