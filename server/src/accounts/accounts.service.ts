import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { ModerationQueueService } from '../moderation/moderation-queue.service.js';
import { SignUpMembershipRepository } from '../membership/sign-up.repository.js';
import {
  ApiErrorCode,
  LIMITS,
  Role,
  SessionEndReason,
  checkDisplayName,
  checkEmail,
  checkHandle,
  checkPassword,
  isStaff,
  type FieldProblem,
} from '@townsquare/shared';
import { AppError, InputErrorReason, restrictionEnd } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { AccountErrorReason, fieldError } from './accounts.errors.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { SessionsService, hashToken } from './sessions.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import type { TrustLevel, TrustSettings } from '../trust/trust-settings.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository, type TrustChange } from './users.repository.js';

export interface SignUpData {
  email: string;
  handle: string;
  displayName: string;
  password: string;
  inviteToken?: string | null;
  joinMessage?: string | null;
}

function check(field: string, problem: FieldProblem | null): void {
  if (problem) throw fieldError(field, problem);
}

function isUniqueViolation(error: unknown, index: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === index;
}

/** Sign-up, sign-in, sign-out and password changes: the rules of accounts. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
    private readonly queue: ModerationQueueService,
    private readonly usersRepository: UsersRepository,
    private readonly signUpMembership: SignUpMembershipRepository,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.usersRepository.byId(id);
  }

  async findByHandle(handle: string): Promise<UserEntity | null> {
    if (handle.length > LIMITS.handle.max) return null;
    return this.usersRepository.byHandle(handle);
  }

  /**
   * The members these handles name, for rendering a post: lower-cased handle → display name, for
   * the handles that belong to accounts. One query; at most the first 200 handles are looked up.
   */
  async displayNamesByHandle(handles: string[]): Promise<Map<string, string>> {
    if (handles.length === 0) return new Map();
    const rows = await this.usersRepository.namesByHandle(handles.slice(0, 200).map((h) => h.toLowerCase()));
    return new Map(rows.map((r) => [r.handle, r.displayName]));
  }

  /** Batch load for field resolvers (DataLoader): users in the order of `ids`. */
  async findManyByIds(ids: readonly string[]): Promise<Array<UserEntity | null>> {
    const byId = new Map((await this.usersRepository.byIds(ids)).map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Email is private: its owner and staff see it, nobody else. */
  /** Private details of an account (email, standing): the person themself and staff. */
  canSeeEmail(ctx: RequestContext, user: UserEntity): boolean {
    return !!ctx.user && (ctx.user.id === user.id || isStaff(ctx.user.role));
  }

  async signUp(ctx: RequestContext, input: SignUpData, role: Role = Role.MEMBER): Promise<UserEntity> {
    const email = input.email.trim();
    const handle = input.handle.trim();
    const displayName = input.displayName.trim();
    check('email', checkEmail(email));
    check('handle', checkHandle(handle));
    check('displayName', checkDisplayName(displayName));
    check('password', checkPassword(input.password));
    const joinMessage = (input.joinMessage ?? '').trim();
    if (joinMessage.length > 1000) throw AppError.badInput('joinMessage', InputErrorReason.TOO_LONG, 'A note may have at most 1,000 characters.');
    await this.limiter.beforeSignUp(ctx.ip);
    const mode = await this.usersRepository.accessMode();
    if (mode === 'INVITE_ONLY' && !input.inviteToken) {
      throw AppError.badInput('inviteToken', InputErrorReason.REQUIRED, 'This community is by invitation only: use the link from your invitation.');
    }

    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const membership = mode === 'APPROVAL' ? 'PENDING' : 'ACTIVE';
        const user = await this.usersRepository.insert(manager, { email, handle, displayName, passwordHash, role, membership });
        if (mode === 'INVITE_ONLY') await this.useInvitation(manager, input.inviteToken!, email, user.id);
        if (mode === 'APPROVAL') {
          await this.signUpMembership.insertJoinRequest(manager, user.id, joinMessage);
          await this.queue.enqueue(manager, { kind: 'JOIN_REQUEST', targetType: 'USER', targetId: user.id, categoryId: null });
        }
        if (ctx.res) {
          const session = await this.sessions.create(user.id, ctx, manager);
          this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
          ctx.authenticate({ id: user.id, handle: user.handle, role: user.role }, session.id);
        }
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_handle_lower_key')) {
        throw AppError.conflict('handle', AccountErrorReason.HANDLE_TAKEN, 'That handle is already taken.');
      }
      if (isUniqueViolation(error, 'users_email_lower_key')) {
        throw AppError.conflict('email', AccountErrorReason.EMAIL_TAKEN, 'An account with that email already exists.');
      }
      throw error;
    }
  }

  /** Marks a single-use, unexpired invitation used (locked: two sign-ups cannot share one). */
  private async useInvitation(manager: EntityManager, token: string, email: string, userId: string): Promise<void> {
    const invitation = await this.signUpMembership.lockInvitation(manager, hashToken(token.slice(0, 200)));
    if (!invitation) throw AppError.badInput('inviteToken', InputErrorReason.INVALID, 'That invitation link is not valid.');
    if (invitation.used_at) throw AppError.badInput('inviteToken', AccountErrorReason.USED, 'That invitation has already been used.');
    if (new Date(invitation.expires_at).getTime() < Date.now()) throw AppError.badInput('inviteToken', AccountErrorReason.EXPIRED, 'That invitation has expired; ask for a new one.');
    if (invitation.email && invitation.email.toLowerCase() !== email.toLowerCase()) {
      throw AppError.badInput('email', AccountErrorReason.INVITATION_EMAIL, 'That invitation is for another email address.');
    }
    await this.signUpMembership.markInvitationUsed(manager, invitation.id, userId);
  }

  async signIn(ctx: RequestContext, login: string, password: string): Promise<UserEntity> {
    const trimmed = login.trim();
    if (!trimmed) throw fieldError('login', 'REQUIRED');
    if (trimmed.length > LIMITS.login.max) throw fieldError('login', 'TOO_LONG');
    if (!password) throw fieldError('password', 'REQUIRED');
    await this.limiter.beforeAttempt(trimmed, ctx.ip);

    const user = await this.usersRepository.withPasswordByLogin(trimmed);
    const ok =
      password.length <= LIMITS.password.max &&
      (user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password));
    if (!user || !ok) {
      await this.limiter.recordFailure(trimmed);
      throw AppError.badInput('login', AccountErrorReason.INVALID_CREDENTIALS, 'The email, handle or password is not right.');
    }
    await this.limiter.recordSuccess(trimmed);
    if (user.membership === 'REJECTED' || user.membership === 'REMOVED') {
      throw new AppError(ApiErrorCode.FORBIDDEN, user.membership === 'REJECTED' ? 'Your request to join was declined.' : 'You are no longer a member of this community.', {
        reason: user.membership === 'REJECTED' ? AccountErrorReason.MEMBERSHIP_REJECTED : AccountErrorReason.MEMBERSHIP_REMOVED,
      });
    }
    if (user.suspendedUntil && user.suspendedUntil.getTime() > Date.now()) {
      const reason = await this.usersRepository.lastSuspensionReason(user.id);
      const end = restrictionEnd(user.suspendedUntil);
      throw new AppError(ApiErrorCode.FORBIDDEN, `Your account is suspended ${end ? `until ${end}` : 'indefinitely'}. Reason: ${reason ?? 'not given'}.`, {
        reason: AccountErrorReason.SUSPENDED,
        until: end,
        moderatorReason: reason ?? null,
      });
    }
    const session = await this.sessions.create(user.id, ctx);
    this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
    ctx.authenticate({ id: user.id, handle: user.handle, role: user.role }, session.id);
    return user;
  }

  async signOut(ctx: RequestContext): Promise<void> {
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId, SessionEndReason.SIGNED_OUT);
    this.sessions.clearCookie(ctx.res);
  }

  /** Changes the password, ends every session of the account, and starts a fresh one here. */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    const me = ctx.requireUser();
    if (!currentPassword) throw fieldError('currentPassword', 'REQUIRED');
    check('newPassword', checkPassword(newPassword));
    const user = await this.usersRepository.withPasswordById(me.id);
    if (!user) throw AppError.unauthenticated();
    if (currentPassword.length > LIMITS.password.max || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppError.badInput('currentPassword', AccountErrorReason.WRONG_PASSWORD, 'The current password is not right.');
    }
    if (currentPassword === newPassword) {
      throw AppError.badInput('newPassword', AccountErrorReason.SAME_PASSWORD, 'Choose a password different from the current one.');
    }
    const passwordHash = await hashPassword(newPassword);
    const session = await this.dataSource.transaction(async (manager) => {
      await this.usersRepository.setPasswordHash(manager, me.id, passwordHash);
      await this.sessions.revokeAllForUser(me.id, SessionEndReason.PASSWORD_CHANGED, manager);
      return this.sessions.create(me.id, ctx, manager);
    });
    this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
    ctx.authenticate(me, session.id);
  }

  countMembers(): Promise<number> {
    return this.usersRepository.count();
  }

  // The activity counters and trust levels kept on accounts; trust decides what they mean.

  /** Counts a day visited, once per calendar day. */
  recordVisit(userId: string): Promise<void> {
    return this.usersRepository.recordVisit(userId);
  }

  /** Adds reading to a member's counters (the caller bounds the amounts). */
  recordReading(userId: string, topicsEntered: number, postsRead: number, seconds: number): Promise<void> {
    return this.usersRepository.recordReading(userId, topicsEntered, postsRead, seconds);
  }

  /** Applies trust's thresholds to some members inside the caller's transaction; the changes. */
  applyTrustRules(m: Pick<EntityManager, 'query'>, settings: TrustSettings, ids: readonly string[]): Promise<TrustChange[]> {
    return this.usersRepository.applyTrustRules(m, settings, ids);
  }

  /** Sets a member's trust level inside the caller's transaction. */
  setTrustLevel(m: Pick<EntityManager, 'query'>, userId: string, level: TrustLevel): Promise<void> {
    return this.usersRepository.setTrustLevel(m, userId, level);
  }

  /** Inside the caller's transaction: one more agreed (or disagreed) flag on each flagger's record. */
  countFlagVerdicts(m: Pick<EntityManager, 'query'>, flaggerIds: readonly string[], verdict: 'AGREED' | 'DISAGREED'): Promise<void> {
    return this.usersRepository.countFlagVerdicts(m, flaggerIds, verdict);
  }

  /** Inside the caller's transaction: sets (or, with null, ends) a member's silence or suspension. */
  setRestriction(m: Pick<EntityManager, 'query'>, userId: string, kind: 'SILENCE' | 'SUSPENSION', until: Date | null): Promise<void> {
    return this.usersRepository.setRestriction(m, userId, kind, until);
  }

  /** Inside the caller's transaction: a member's new role and the trust level that goes with it. */
  setRole(m: Pick<EntityManager, 'query'>, userId: string, role: Role, trustLevel: string): Promise<void> {
    return this.usersRepository.setRole(m, userId, role, trustLevel);
  }

  /** Inside the caller's transaction: marks a member removed. */
  setRemoved(m: Pick<EntityManager, 'query'>, userId: string): Promise<void> {
    return this.usersRepository.setRemoved(m, userId);
  }

  /** Inside the caller's transaction: lets a removed member back in; false when they were not removed. */
  restoreRemoved(m: Pick<EntityManager, 'query'>, userId: string): Promise<boolean> {
    return this.usersRepository.restoreRemoved(m, userId);
  }

  /** Inside the caller's transaction: a decided join request lets the person in or keeps them out. */
  setMembership(m: Pick<EntityManager, 'query'>, userId: string, membership: 'ACTIVE' | 'REJECTED'): Promise<void> {
    return this.usersRepository.setMembership(m, userId, membership);
  }

  /** Records that a person accepted a version of the guidelines. */
  acceptGuidelines(userId: string, version: number): Promise<void> {
    return this.usersRepository.acceptGuidelines(userId, version);
  }
}
