import { Injectable } from '@nestjs/common';
import { ApiErrorCode, SessionEndReason } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { ModerationQueueService } from '../moderation/moderation-queue.service.js';
import { MembershipRepository, type JoinRequestListRow, type JoinRequestRow, type JoinRequestStatusValue } from './membership.repository.js';
import { MembershipErrorReason } from './membership.errors.js';

export type { JoinRequestListRow, JoinRequestRow } from './membership.repository.js';

/**
 * Who gets in: join requests to an approval-only community, decided by unscoped staff (also
 * closing their queue item). Guidelines and invitations have their own services; staff actions
 * are audited.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly repository: MembershipRepository,
    private readonly audit: AuditService,
    private readonly queue: ModerationQueueService,
    private readonly sessions: SessionsService,
    private readonly scope: ModerationScopeService,
    private readonly accounts: AccountsService,
  ) {}

  /** Approves or rejects a join request (also its queue item); CONFLICT when already decided. */
  async decideJoin(ctx: RequestContext, userId: string, approve: boolean, reason?: string | null): Promise<boolean> {
    const me = ctx.requireUser();
    // Join requests belong to no category: like people, they are for unscoped staff.
    await this.scope.assertUnscoped(me);
    if (!isUuid(userId)) throw AppError.notFound('There is no such join request.');
    if ((reason ?? '').length > 1000) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 1,000 characters.');
    return this.repository.transaction(async (m) => {
      const decided = await this.repository.decideJoinRequest(m, userId, approve ? 'APPROVED' : 'REJECTED', reason ?? null, me.id);
      if (!decided) throw new AppError(ApiErrorCode.CONFLICT, 'That join request has already been decided, or does not exist.', { reason: MembershipErrorReason.ALREADY_RESOLVED });
      await this.accounts.setMembership(m, userId, approve ? 'ACTIVE' : 'REJECTED');
      if (!approve) await this.sessions.revokeAllForUser(userId, SessionEndReason.MEMBERSHIP_REJECTED, m);
      await this.queue.closeForTarget(m, 'JOIN_REQUEST', 'USER', userId, approve ? 'APPROVED' : 'REJECTED', me.id);
      await this.audit.record(m, { actorId: me.id, action: approve ? 'JOIN_APPROVED' : 'JOIN_REJECTED', targetType: 'USER', targetId: userId, reason });
      return true;
    });
  }

  async joinRequests(ctx: RequestContext, status: JoinRequestStatusValue, first?: number, after?: string): Promise<Page<JoinRequestListRow>> {
    await this.scope.assertUnscoped(ctx.user);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.joinRequests(status, cursor, size + 1);
    return toPage(rows, size, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  }

  /** Batch for queue items: each person's join request (any status), or null. */
  async joinRequestsOf(userIds: readonly string[]): Promise<Array<JoinRequestRow | null>> {
    const rows = await this.repository.joinRequestsOf(userIds);
    return userIds.map((id) => rows.find((r) => r.userId === id) ?? null);
  }
}
