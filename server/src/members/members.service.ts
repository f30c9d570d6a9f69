import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiErrorCode, ROLES, Role } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../accounts/sessions.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit, transaction } from '../common/transaction.js';
import { TrustService } from '../trust/trust.service.js';
import { isUuid } from '../common/ids.js';

/** An indefinite suspension ends here. */
export const FOREVER = new Date('9999-12-31T00:00:00Z');
const MAX_REASON = 1000;

export interface SanctionRow {
  id: string;
  kind: 'WARNING' | 'SILENCE' | 'SUSPENSION';
  reason: string;
  endsAt: Date | null;
  liftedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
}

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

/**
 * Acting on people: warnings, silence (read-only), suspension (cannot sign in), lifting them, and
 * roles. Staff act only on people of a lower role; each action is audited in its transaction.
 */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly scope: ModerationScopeService,
    private readonly events: DomainEvents,
    private readonly trust: TrustService,
  ) {}

  private async target(ctx: RequestContext, userId: string): Promise<UserEntity> {
    const me = ctx.requireUser();
    await this.scope.assertUnscoped(me);
    const user = isUuid(userId) ? await this.accounts.findById(userId) : null;
    if (!user) throw AppError.notFound('There is no such member.');
    if (user.id === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot act on your own account.', { reason: 'SELF' });
    if (rank(user.role) >= rank(me.role)) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'You can act only on people with a lower role than yours.', { reason: 'ROLE_TOO_HIGH' });
    }
    return user;
  }

  private reason(reason: string): string {
    const trimmed = reason.trim();
    if (!trimmed) throw AppError.badInput('reason', 'REQUIRED', 'Give the member a reason; they will see it.');
    if (trimmed.length > MAX_REASON) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 1,000 characters.');
    return trimmed;
  }

  private until(until: Date | null | undefined, allowForever: boolean): Date {
    if (!until) {
      if (allowForever) return FOREVER;
      throw AppError.badInput('until', 'REQUIRED', 'Say until when.');
    }
    if (Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) throw AppError.badInput('until', 'IN_THE_PAST', 'Choose a moment in the future.');
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
    const [row] = await m.query(
      `INSERT INTO user_sanctions (user_id, kind, reason, ends_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [user.id, kind, text, end, actorId],
    );
    if (kind === 'WARNING') {
      await m.query(`INSERT INTO notifications (user_id, kind, actor_id, data) VALUES ($1, 'STAFF_WARNING', $2, $3)`, [user.id, actorId, { reason: text }]);
      await this.audit.record(m, { actorId, action: 'USER_WARNED', targetType: 'USER', targetId: user.id, reason: text });
    } else if (kind === 'SILENCE') {
      await m.query(`UPDATE users SET silenced_until = $2 WHERE id = $1`, [user.id, end]);
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
      await m.query(`UPDATE users SET suspended_until = $2 WHERE id = $1`, [user.id, end]);
      await this.sessions.revokeAllForUser(user.id, 'SUSPENDED', m);
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
    return toSanction(row);
  }

  async warn(ctx: RequestContext, userId: string, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'WARNING', reason);
    return transaction(this.db, (m) => this.writeSanction(m, ctx, prepared));
  }

  async silence(ctx: RequestContext, userId: string, until: Date | null | undefined, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'SILENCE', reason, until);
    return transaction(this.db, (m) => this.writeSanction(m, ctx, prepared));
  }

  async suspend(ctx: RequestContext, userId: string, until: Date | null | undefined, reason: string): Promise<SanctionRow> {
    const prepared = await this.prepareSanction(ctx, userId, 'SUSPENSION', reason, until);
    return transaction(this.db, (m) => this.writeSanction(m, ctx, prepared));
  }

  /** Lifts a suspension (and a silence) early. */
  async lift(ctx: RequestContext, userId: string, kind: 'SUSPENSION' | 'SILENCE'): Promise<UserEntity> {
    const user = await this.target(ctx, userId);
    const column = kind === 'SUSPENSION' ? 'suspended_until' : 'silenced_until';
    const current = kind === 'SUSPENSION' ? user.suspendedUntil : user.silencedUntil;
    if (!current || current.getTime() <= Date.now()) {
      throw AppError.conflict('userId', 'NOT_ACTIVE', kind === 'SUSPENSION' ? 'The member is not suspended.' : 'The member is not silenced.');
    }
    await transaction(this.db, async (m) => {
      await m.query(`UPDATE users SET ${column} = NULL WHERE id = $1`, [user.id]);
      await m.query(
        `UPDATE user_sanctions SET lifted_at = now(), lifted_by = $2 WHERE user_id = $1 AND kind = $3 AND lifted_at IS NULL AND ends_at > now()`,
        [user.id, ctx.requireUser().id, kind],
      );
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
    if (!ROLES.includes(role)) throw AppError.badInput('role', 'INVALID', 'Unknown role.');
    if (userId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot change your own role.', { reason: 'SELF' });
    await transaction(this.db, async (m) => {
      // Lock the admins so two demotions cannot both pass the last-admin check.
      const admins: Array<{ id: string }> = await m.query(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
      const [user]: Array<{ id: string; role: Role }> = isUuid(userId)
        ? await m.query(`SELECT id, role FROM users WHERE id = $1 FOR UPDATE`, [userId])
        : [];
      if (!user) throw AppError.notFound('There is no such member.');
      if (user.role === role) return;
      if (user.role === Role.ADMIN && admins.length <= 1) {
        throw AppError.conflict('role', 'LAST_ADMIN', 'The community needs at least one admin.');
      }
      // Staff hold LEADER by their role; someone who leaves the staff starts again from what they earned.
      const trustLevel = role === Role.MEMBER ? 'NEW' : 'LEADER';
      await m.query(`UPDATE users SET role = $2, trust_level = $3, updated_at = now() WHERE id = $1`, [user.id, role, trustLevel]);
      if (role === Role.MEMBER) await m.query(`DELETE FROM category_moderators WHERE user_id = $1`, [user.id]);
      // A role change takes effect on the next request: sessions read the role from the database.
      await this.audit.record(m, { actorId: me.id, action: 'ROLE_CHANGED', targetType: 'USER', targetId: user.id, before: { role: user.role }, after: { role } });
      if (role === Role.MEMBER) await this.trust.recompute(m, user.id);
      afterCommit(m, () => this.events.publish('staff.access.changed', { userId: user.id }));
    });
    return (await this.accounts.findById(userId))!;
  }

  /** Grants or takes back LEADER: for members (staff are LEADER by their role), by unscoped staff. */
  async setLeader(ctx: RequestContext, userId: string, leader: boolean): Promise<string> {
    const user = await this.target(ctx, userId);
    if (user.role !== Role.MEMBER) throw AppError.badInput('userId', 'NOT_A_MEMBER', 'Staff hold LEADER by their role.');
    return this.trust.setLeader(ctx.requireUser().id, user.id, leader);
  }

  /** Scopes a moderator to categories (empty: everywhere). */
  async setModeratorScope(ctx: RequestContext, userId: string, categoryIds: string[]): Promise<string[]> {
    const user = isUuid(userId) ? await this.accounts.findById(userId) : null;
    if (!user) throw AppError.notFound('There is no such member.');
    if (user.role !== Role.MODERATOR) throw AppError.badInput('userId', 'NOT_A_MODERATOR', 'Only moderators are scoped to categories.');
    const ids = [...new Set(categoryIds)];
    if (ids.length > 200 || ids.some((id) => !isUuid(id))) throw AppError.badInput('categoryIds', 'INVALID', 'Give up to 200 category ids.');
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM categories WHERE id = ANY($1::uuid[])`, [ids]);
    if (count !== ids.length) throw AppError.badInput('categoryIds', 'NOT_FOUND', 'Some of those categories do not exist.');
    await transaction(this.db, async (m) => {
      afterCommit(m, () => this.events.publish('staff.access.changed', { userId: user.id }));
      await this.scope.setScope(m, user.id, ids);
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'MODERATOR_SCOPED', targetType: 'USER', targetId: user.id, after: { categoryIds: ids } });
    });
    return ids;
  }

  async sanctions(userId: string): Promise<SanctionRow[]> {
    const rows = await this.db.query(`SELECT * FROM user_sanctions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`, [userId]);
    return rows.map(toSanction);
  }
}

function toSanction(r: Record<string, unknown>): SanctionRow {
  return {
    id: r.id as string,
    kind: r.kind as SanctionRow['kind'],
    reason: r.reason as string,
    endsAt: (r.ends_at as Date | null) ?? null,
    liftedAt: (r.lifted_at as Date | null) ?? null,
    createdAt: r.created_at as Date,
    createdBy: (r.created_by as string | null) ?? null,
  };
}
