import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiErrorCode, Permission, ROLES, Role, SessionEndReason, isStaff, roleHasPermission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../accounts/sessions.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason, restrictionEnd } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit } from '../common/transaction.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { TrustService } from '../trust/trust.service.js';
import { isUuid } from '../common/ids.js';
import { MembersRepository, type SanctionRow } from './members.repository.js';
import { MemberErrorReason } from './members.errors.js';

export type { SanctionRow } from './members.repository.js';

/** An indefinite suspension ends here. */
export const FOREVER = new Date('9999-12-31T00:00:00Z');
const MAX_REASON = 1000;

/** A sanction checked and ready to write. */
export interface PreparedSanction {
  user: UserEntity;
  kind: SanctionRow['kind'];
  reason: string;
  end: Date | null;
}

function rank(role: Role): number {
  return ROLES.indexOf(role);
}

/** The roles whose holders manage roles: the community always keeps one of them. */
const ROLE_MANAGERS = ROLES.filter((role) => roleHasPermission(role, Permission.RoleManage));

/**
 * Acting on people: warnings, silence (read-only), suspension (cannot sign in), lifting them, and
 * roles. Staff act only on people of a lower role; each action is audited in its transaction.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly scope: ModerationScopeService,
    private readonly events: DomainEvents,
    private readonly trust: TrustService,
    private readonly notifications: NotificationsService,
  ) {}

  private async target(ctx: RequestContext, userId: string): Promise<UserEntity> {
    const me = ctx.requireUser();
    await this.scope.assertUnscoped(me);
    const user = isUuid(userId) ? await this.accounts.findById(userId) : null;
    if (!user) throw AppError.notFound('There is no such member.');
    if (user.id === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot act on your own account.', { reason: MemberErrorReason.SELF });
    if (rank(user.role) >= rank(me.role)) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'You can act only on people with a lower role than yours.', { reason: MemberErrorReason.ROLE_TOO_HIGH });
    }
    return user;
  }

  private reason(reason: string): string {
    const trimmed = reason.trim();
    if (!trimmed) throw AppError.badInput('reason', InputErrorReason.REQUIRED, 'Give the member a reason; they will see it.');
    if (trimmed.length > MAX_REASON) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 1,000 characters.');
    return trimmed;
  }

  private until(until: Date | null | undefined, allowForever: boolean): Date {
    if (!until) {
      if (allowForever) return FOREVER;
      throw AppError.badInput('until', InputErrorReason.REQUIRED, 'Say until when.');
    }
    if (Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) throw AppError.badInput('until', MemberErrorReason.IN_THE_PAST, 'Choose a moment in the future.');
    return until;
  }

  /**
   * Checks a sanction before any transaction: who (a lower role, not oneself, by unscoped staff),
   * the reason they will see, and until when (a silence needs an end; a suspension may be indefinite).
   */
  async prepareSanction(ctx: RequestContext, userId: string, kind: SanctionRow['kind'], reason: string, until?: Date | null): Promise<PreparedSanction> {
    const user = await this.target(ctx, userId);
    const text = this.reason(reason);
    const end = kind === 'WARNING' ? null : this.until(until, kind === 'SUSPENSION');
    return { user, kind, reason: text, end };
  }

  /** Writes a prepared sanction in the caller's transaction, with its notification or session ends, and audits it. */
  async writeSanction(m: EntityManager, ctx: RequestContext, prepared: PreparedSanction): Promise<SanctionRow> {
    const { user, kind, reason: text, end } = prepared;
    const actorId = ctx.requireUser().id;
    const row = await this.members.insertSanction(m, { userId: user.id, kind, reason: text, endsAt: end, createdBy: actorId });
    if (kind === 'WARNING') {
      await this.notifications.notifyWarning(m, user.id, actorId, text);
      await this.audit.record(m, { actorId, action: 'USER_WARNED', targetType: 'USER', targetId: user.id, reason: text });
    } else if (kind === 'SILENCE') {
      await this.accounts.setRestriction(m, user.id, 'SILENCE', end);
      await this.audit.record(m, {
        actorId,
        action: 'USER_SILENCED',
        targetType: 'USER',
        targetId: user.id,
        reason: text,
        before: { silencedUntil: user.silencedUntil },
        after: { silencedUntil: end },
      });
    } else {
      // Suspended: they cannot sign in, and every session and live connection ends at once.
      await this.accounts.setRestriction(m, user.id, 'SUSPENSION', end);
      await this.sessions.revokeAllForUser(user.id, SessionEndReason.SUSPENDED, m, { until: restrictionEnd(end!), moderatorReason: text });
      await this.audit.record(m, {
        actorId,
        action: 'USER_SUSPENDED',
        targetType: 'USER',
        targetId: user.id,
        reason: text,
        before: { suspendedUntil: user.suspendedUntil },
        after: { suspendedUntil: end },
      });
      afterCommit(m, () => this.events.publish('user.suspended', { userId: user.id }));
    }
    return row;
  }

  async warn(ctx: RequestContext, userId: string, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'WARNING', reason);
    return this.members.transaction((m) => this.writeSanction(m, ctx, prepared));
  }

  async silence(ctx: RequestContext, userId: string, until: Date | null | undefined, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'SILENCE', reason, until);
    return this.members.transaction((m) => this.writeSanction(m, ctx, prepared));
  }

  async suspend(ctx: RequestContext, userId: string, until: Date | null | undefined, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'SUSPENSION', reason, until);
    return this.members.transaction((m) => this.writeSanction(m, ctx, prepared));
  }

  /** Lifts a suspension (and a silence) early. */
  async lift(ctx: RequestContext, userId: string, kind: 'SUSPENSION' | 'SILENCE'): Promise<UserEntity> {
    const user = await this.target(ctx, userId);
    const column = kind === 'SUSPENSION' ? 'suspended_until' : 'silenced_until';
    const current = kind === 'SUSPENSION' ? user.suspendedUntil : user.silencedUntil;
    if (!current || current.getTime() <= Date.now()) {
      throw AppError.conflict('userId', MemberErrorReason.NOT_ACTIVE, kind === 'SUSPENSION' ? 'The member is not suspended.' : 'The member is not silenced.');
    }
    await this.members.transaction(async (m) => {
      await this.accounts.setRestriction(m, user.id, kind, null);
      await this.members.liftSanctions(m, user.id, kind, ctx.requireUser().id);
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: kind === 'SUSPENSION' ? 'SUSPENSION_LIFTED' : 'SILENCE_LIFTED',
        targetType: 'USER',
        targetId: user.id,
        before: { [column]: current },
        after: { [column]: null },
      });
    });
    return (await this.accounts.findById(user.id))!;
  }

  /** Admins only (by permission): nobody changes their own role, and the last admin stays. */
  async setRole(ctx: RequestContext, userId: string, role: Role): Promise<UserEntity> {
    const me = ctx.requireUser();
    if (!ROLES.includes(role)) throw AppError.badInput('role', InputErrorReason.INVALID, 'Unknown role.');
    if (userId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot change your own role.', { reason: MemberErrorReason.SELF });
    await this.members.transaction(async (m) => {
      // Lock the admins so two demotions cannot both pass the last-admin check.
      const admins = await this.members.lockRoleHolders(m, ROLE_MANAGERS);
      const user = await this.members.lockUser(m, userId);
      if (!user) throw AppError.notFound('There is no such member.');
      if (user.role === role) return;
      if (roleHasPermission(user.role, Permission.RoleManage) && admins.length <= 1) {
        throw AppError.conflict('role', MemberErrorReason.LAST_ADMIN, 'The community needs at least one admin.');
      }
      // Staff hold LEADER by their role; someone who leaves the staff starts again from what they earned.
      const leavesStaff = !isStaff(role);
      await this.accounts.setRole(m, user.id, role, leavesStaff ? 'NEW' : 'LEADER');
      if (leavesStaff) await this.scope.setScope(m, user.id, []);
      // A role change takes effect on the next request: sessions read the role from the database.
      await this.audit.record(m, { actorId: me.id, action: 'ROLE_CHANGED', targetType: 'USER', targetId: user.id, before: { role: user.role }, after: { role } });
      if (leavesStaff) await this.trust.recompute(m, user.id);
      afterCommit(m, () => this.events.publish('staff.access.changed', { userId: user.id }));
    });
    return (await this.accounts.findById(userId))!;
  }

  /** Grants or takes back LEADER: for members (staff are LEADER by their role), by unscoped staff. */
  async setLeader(ctx: RequestContext, userId: string, leader: boolean): Promise<string> {
    const user = await this.target(ctx, userId);
    if (isStaff(user.role)) throw AppError.badInput('userId', MemberErrorReason.NOT_A_MEMBER, 'Staff hold LEADER by their role.');
    return this.trust.setLeader(ctx.requireUser().id, user.id, leader);
  }

  /** Scopes a moderator to categories (empty: everywhere). */
  async setModeratorScope(ctx: RequestContext, userId: string, categoryIds: string[]): Promise<string[]> {
    const user = isUuid(userId) ? await this.accounts.findById(userId) : null;
    if (!user) throw AppError.notFound('There is no such member.');
    if (!this.scope.canBeScoped(user.role)) throw AppError.badInput('userId', MemberErrorReason.NOT_A_MODERATOR, 'Only moderators are scoped to categories.');
    const ids = [...new Set(categoryIds)];
    if (ids.length > 200 || ids.some((id) => !isUuid(id))) throw AppError.badInput('categoryIds', InputErrorReason.INVALID, 'Give up to 200 category ids.');
    if ((await this.categories.countExisting(ids)) !== ids.length) throw AppError.badInput('categoryIds', InputErrorReason.NOT_FOUND, 'Some of those categories do not exist.');
    await this.members.transaction(async (m) => {
      afterCommit(m, () => this.events.publish('staff.access.changed', { userId: user.id }));
      await this.scope.setScope(m, user.id, ids);
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'MODERATOR_SCOPED', targetType: 'USER', targetId: user.id, after: { categoryIds: ids } });
    });
    return ids;
  }

  sanctions(userId: string): Promise<SanctionRow[]> {
    return this.members.sanctionsOf(userId);
  }
}
