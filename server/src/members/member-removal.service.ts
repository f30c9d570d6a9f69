import { Injectable } from '@nestjs/common';
import { ApiErrorCode, SessionEndReason, isStaff } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { ContentModerationRepository } from '../topics/content-moderation.repository.js';
import { PostsService } from '../topics/posts.service.js';
import { MembersRepository } from './members.repository.js';
import { MemberErrorReason } from './members.errors.js';

/** Marks the posts hidden with their author's removal, so restoring the author shows those (and only those) again. */
const REMOVED_REASON = 'Hidden because its author was removed from the community.';

/** Removing members from the community and restoring them, with their posts. Audited in each transaction. */
@Injectable()
export class MemberRemovalService {
  constructor(
    private readonly members: MembersRepository,
    private readonly accounts: AccountsService,
    private readonly contentRows: ContentModerationRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Removes a member: sessions end, sign-in is refused; their content stays or is hidden. */
  async remove(ctx: RequestContext, userId: string, hideContent: boolean, reason: string): Promise<boolean> {
    const me = ctx.requireUser();
    if (userId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot remove yourself.', { reason: MemberErrorReason.SELF });
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', InputErrorReason.REQUIRED, 'Give a reason.');
    if (text.length > 1000) throw AppError.badInput('reason', InputErrorReason.TOO_LONG, 'A reason may have at most 1,000 characters.');
    return this.members.transaction(async (m) => {
      const user = await this.members.lockUser(m, userId);
      if (!user) throw AppError.notFound('There is no such member.');
      if (isStaff(user.role)) throw new AppError(ApiErrorCode.FORBIDDEN, 'Demote staff before removing them.', { reason: MemberErrorReason.ROLE_TOO_HIGH });
      if (user.membership === 'REMOVED') throw AppError.conflict('userId', MemberErrorReason.ALREADY_REMOVED, 'The member is already removed.');
      await this.accounts.setRemoved(m, userId);
      if (hideContent) {
        const hidden = await this.contentRows.hidePostsOf(m, userId, REMOVED_REASON);
        // Hidden posts stop counting on their topics and categories, which every reader sees.
        await PostsService.shiftPostCounters(m, hidden.filter((p) => p.isPublic), -1);
      }
      await this.sessions.revokeAllForUser(userId, SessionEndReason.REMOVED, m);
      await this.audit.record(m, { actorId: me.id, action: 'MEMBER_REMOVED', targetType: 'USER', targetId: userId, reason: text, before: { membership: user.membership }, after: { membership: 'REMOVED', contentHidden: hideContent } });
      return true;
    });
  }

  /** Lets a removed member back in and shows the posts hidden with them. */
  async restore(ctx: RequestContext, userId: string): Promise<boolean> {
    return this.members.transaction(async (m) => {
      if (!(await this.accounts.restoreRemoved(m, userId))) throw AppError.conflict('userId', MemberErrorReason.NOT_REMOVED, 'The member is not removed.');
      const shown = await this.contentRows.showPostsOf(m, userId, REMOVED_REASON);
      await PostsService.shiftPostCounters(m, shown.filter((p) => p.isPublic), 1);
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'MEMBER_RESTORED', targetType: 'USER', targetId: userId, after: { membership: 'ACTIVE' } });
      return true;
    });
  }
}
