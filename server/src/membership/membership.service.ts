import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { renderMarkdown } from '@townsquare/markdown';
import { ApiErrorCode, checkEmail } from '@townsquare/shared';
import { SessionsService, hashToken } from '../accounts/sessions.service.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MailService } from '../mail/mail.service.js';
import { AppError } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { returningRows, transaction } from '../common/transaction.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { ModerationQueueService } from '../moderation/moderation-queue.service.js';
import { PostsService } from '../topics/posts.service.js';
import { trustSettingsSchema, effectiveTrustSettings } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import { isUuid } from '../common/ids.js';

export type AccessMode = 'OPEN' | 'APPROVAL' | 'INVITE_ONLY';
const MODES: AccessMode[] = ['OPEN', 'APPROVAL', 'INVITE_ONLY'];
const REMOVED_REASON = 'Hidden because its author was removed from the community.';

export interface SettingsRow {
  accessMode: AccessMode;
  requireGuidelines: boolean;
  trustSettingsJson: string;
  flagHideThreshold: number;
  flagHideThresholdIsDefault: boolean;
}

/** Limits of the flag weight that hides a post: one staff-like flag at least, a hundred newcomers at most. */
export const FLAG_THRESHOLD = { min: 1, max: 100 } as const;

export interface InvitationRow {
  id: string;
  email: string | null;
  token: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

/** The email an invitation for an address sends: who invites, where to sign up, until when. */
export function invitationMail(
  to: string,
  token: string,
  facts: { community: string; inviter: string; expiresAt: Date; publicUrl: string },
): { to: string; subject: string; text: string } {
  const link = `${facts.publicUrl}/signup?invite=${token}`;
  return {
    to,
    subject: `You are invited to join ${facts.community}`,
    text: [
      'Hello,',
      '',
      `${facts.inviter} invites you to join ${facts.community}.`,
      '',
      'Create your account with this link:',
      link,
      '',
      `The invitation is for you alone and expires on ${facts.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      'If you did not expect it, you can ignore this message.',
    ].join('\n'),
  };
}

/**
 * Who belongs to the community: the access mode, join requests, invitations, the versioned
 * guidelines members accept, and removing or restoring members. Staff actions are audited.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly queue: ModerationQueueService,
    private readonly sessions: SessionsService,
    private readonly trust: TrustService,
    private readonly scope: ModerationScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async settings(): Promise<SettingsRow> {
    const [row] = await this.db.query(`SELECT access_mode, require_guidelines, trust_settings, flag_hide_threshold FROM community WHERE id = 1`);
    return {
      accessMode: row.access_mode,
      requireGuidelines: row.require_guidelines,
      trustSettingsJson: JSON.stringify(effectiveTrustSettings(row.trust_settings)),
      flagHideThreshold: row.flag_hide_threshold ?? this.config.flagHideThreshold,
      flagHideThresholdIsDefault: row.flag_hide_threshold === null,
    };
  }

  /** The open flag weight at which a post hides pending review (staff flags weigh this much). */
  async flagHideThreshold(): Promise<number> {
    const [row]: Array<{ flag_hide_threshold: number | null }> = await this.db.query(`SELECT flag_hide_threshold FROM community WHERE id = 1`);
    return row?.flag_hide_threshold ?? this.config.flagHideThreshold;
  }

  /** `flagHideThreshold`: omitted keeps it, null goes back to the deployment's default. */
  async updateSettings(
    ctx: RequestContext,
    input: { accessMode?: AccessMode; requireGuidelines?: boolean; trustSettingsJson?: string; flagHideThreshold?: number | null },
  ): Promise<SettingsRow> {
    const before = await this.settings();
    if (input.accessMode !== undefined && !MODES.includes(input.accessMode)) throw AppError.badInput('accessMode', 'INVALID', 'Unknown access mode.');
    const threshold = input.flagHideThreshold;
    if (threshold !== undefined && threshold !== null && (!Number.isFinite(threshold) || threshold < FLAG_THRESHOLD.min || threshold > FLAG_THRESHOLD.max)) {
      throw AppError.badInput('flagHideThreshold', 'OUT_OF_RANGE', `The flag weight that hides a post is ${FLAG_THRESHOLD.min} to ${FLAG_THRESHOLD.max}.`);
    }
    let trust: unknown;
    if (input.trustSettingsJson !== undefined) {
      if (input.trustSettingsJson.length > 20_000) throw AppError.badInput('trustSettingsJson', 'TOO_LONG', 'Trust settings are too long.');
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.trustSettingsJson);
      } catch {
        throw AppError.badInput('trustSettingsJson', 'INVALID_FORMAT', 'Trust settings must be JSON.');
      }
      const checked = trustSettingsSchema.safeParse(parsed);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw AppError.badInput('trustSettingsJson', 'INVALID', `Trust settings: ${issue.path.join('.')} ${issue.message}`);
      }
      trust = checked.data;
    }
    await transaction(this.db, async (m) => {
      await m.query(
        `UPDATE community SET access_mode = coalesce($1, access_mode), require_guidelines = coalesce($2, require_guidelines),
           trust_settings = coalesce($3, trust_settings),
           flag_hide_threshold = CASE WHEN $4 THEN $5::double precision ELSE flag_hide_threshold END WHERE id = 1`,
        [input.accessMode ?? null, input.requireGuidelines ?? null, trust ?? null, threshold !== undefined, threshold ?? null],
      );
      const after = {
        accessMode: input.accessMode ?? before.accessMode,
        requireGuidelines: input.requireGuidelines ?? before.requireGuidelines,
        flagHideThreshold: threshold === undefined ? before.flagHideThreshold : (threshold ?? this.config.flagHideThreshold),
        trustChanged: trust !== undefined,
      };
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: 'SETTINGS_CHANGED',
        targetType: 'CATEGORY',
        targetId: 'community',
        before: { accessMode: before.accessMode, requireGuidelines: before.requireGuidelines, flagHideThreshold: before.flagHideThreshold },
        after,
      });
    });
    this.trust.forget();
    return this.settings();
  }

  async guidelines(): Promise<{ version: number; body: string; bodyHtml: string; createdAt: Date } | null> {
    const [row] = await this.db.query(`SELECT version, body, body_html, created_at FROM guidelines ORDER BY version DESC LIMIT 1`);
    return row ? { version: row.version, body: row.body, bodyHtml: row.body_html, createdAt: row.created_at } : null;
  }

  async publishGuidelines(ctx: RequestContext, body: string): Promise<{ version: number; body: string; bodyHtml: string; createdAt: Date }> {
    const text = body.trim();
    if (!text) throw AppError.badInput('body', 'REQUIRED', 'Write the guidelines first.');
    if (text.length > 50_000) throw AppError.badInput('body', 'TOO_LONG', 'Guidelines may have at most 50,000 characters.');
    const html = renderMarkdown(text).html;
    return transaction(this.db, async (m) => {
      await m.query(`LOCK TABLE guidelines IN EXCLUSIVE MODE`);
      const [row] = await m.query(
        `INSERT INTO guidelines (version, body, body_html, created_by) SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM guidelines RETURNING version, created_at`,
        [text, html, ctx.requireUser().id],
      );
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'GUIDELINES_PUBLISHED', targetType: 'CATEGORY', targetId: 'guidelines', after: { version: row.version } });
      return { version: row.version, body: text, bodyHtml: html, createdAt: row.created_at };
    });
  }

  async acceptGuidelines(ctx: RequestContext, version: number): Promise<number> {
    const current = await this.guidelines();
    if (!current || version !== current.version) throw AppError.badInput('version', 'NOT_CURRENT', 'Accept the current version of the guidelines.');
    await this.db.query(`UPDATE users SET guidelines_accepted = greatest(guidelines_accepted, $2) WHERE id = $1`, [ctx.requireUser().id, version]);
    return version;
  }

  /** Approves or rejects a join request (also its queue item); CONFLICT when already decided. */
  async decideJoin(ctx: RequestContext, userId: string, approve: boolean, reason?: string | null): Promise<boolean> {
    const me = ctx.requireUser();
    // Join requests belong to no category: like people, they are for unscoped staff.
    await this.scope.assertUnscoped(me);
    if (!isUuid(userId)) throw AppError.notFound('There is no such join request.');
    if ((reason ?? '').length > 1000) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 1,000 characters.');
    return transaction(this.db, async (m) => {
      const rows = await returningRows<{ id: string }>(
        m,
        `UPDATE join_requests SET status = $2, reason = $3, decided_by = $4, decided_at = now() WHERE user_id = $1 AND status = 'PENDING' RETURNING id`,
        [userId, approve ? 'APPROVED' : 'REJECTED', reason ?? null, me.id],
      );
      if (rows.length === 0) throw new AppError(ApiErrorCode.CONFLICT, 'That join request has already been decided, or does not exist.', { reason: 'ALREADY_RESOLVED' });
      await m.query(`UPDATE users SET membership = $2 WHERE id = $1`, [userId, approve ? 'ACTIVE' : 'REJECTED']);
      if (!approve) await this.sessions.revokeAllForUser(userId, 'MEMBERSHIP_REJECTED', m);
      await this.queue.closeForTarget(m, 'JOIN_REQUEST', 'USER', userId, approve ? 'APPROVED' : 'REJECTED', me.id);
      await this.audit.record(m, { actorId: me.id, action: approve ? 'JOIN_APPROVED' : 'JOIN_REJECTED', targetType: 'USER', targetId: userId, reason });
      return true;
    });
  }

  async joinRequests(ctx: RequestContext, status: 'PENDING' | 'APPROVED' | 'REJECTED', first?: number, after?: string): Promise<Page<Record<string, unknown>>> {
    await this.scope.assertUnscoped(ctx.user);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const params: unknown[] = [status, size + 1];
    let where = 'j.status = $1';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (date_trunc('milliseconds', j.created_at), j.id) > ($3::timestamptz, $4::uuid)`;
    }
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT j.id, j.user_id, j.message, j.status, j.reason, j.created_at, u.handle, u.display_name, u.email FROM join_requests j JOIN users u ON u.id = j.user_id
       WHERE ${where} ORDER BY date_trunc('milliseconds', j.created_at), j.id LIMIT $2`,
      params,
    );
    return toPage(rows, size, (r) => [new Date(r.created_at as Date).toISOString(), r.id as string]);
  }

  /** Batch for queue items: each person's join request (any status), or null. */
  async joinRequestsOf(userIds: readonly string[]): Promise<Array<Record<string, unknown> | null>> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT j.user_id AS "userId", u.handle, u.display_name AS "displayName", u.email, j.message, j.status, j.created_at AS "createdAt"
         FROM join_requests j JOIN users u ON u.id = j.user_id WHERE j.user_id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return userIds.map((id) => rows.find((r) => r.userId === id) ?? null);
  }

  /** Creates single-use invitations: one per email given, plus `count` open ones. Tokens are shown once. */
  async invite(ctx: RequestContext, emails: string[], count: number, expiresInDays: number): Promise<InvitationRow[]> {
    const list = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    if (list.length + count === 0) throw AppError.badInput('emails', 'REQUIRED', 'Give at least one email, or a number of open invitations.');
    if (list.length + count > 500) throw AppError.badInput('emails', 'TOO_MANY', 'At most 500 invitations at a time.');
    if (!Number.isInteger(count) || count < 0) throw AppError.badInput('count', 'OUT_OF_RANGE', 'Give a count of 0 or more.');
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 90) throw AppError.badInput('expiresInDays', 'OUT_OF_RANGE', 'Invitations last 1 to 90 days.');
    const bad = list.find((e) => checkEmail(e));
    if (bad) throw AppError.badInput('emails', 'INVALID_FORMAT', `Not an email address: ${bad.slice(0, 100)}`);
    const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
    const targets: Array<string | null> = [...list, ...Array.from({ length: count }, () => null)];
    return transaction(this.db, async (m) => {
      const created: InvitationRow[] = [];
      const [{ name: community, display_name: inviter }]: Array<{ name: string; display_name: string }> = await m.query(
        `SELECT c.name, u.display_name FROM community c, users u WHERE c.id = 1 AND u.id = $1`,
        [ctx.requireUser().id],
      );
      for (const email of targets) {
        const token = randomBytes(24).toString('base64url');
        const [row] = await m.query(
          `INSERT INTO invitations (token_hash, email, created_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
          [hashToken(token), email, ctx.requireUser().id, expiresAt],
        );
        created.push({ id: row.id, email, token, expiresAt, usedAt: null, createdAt: row.created_at });
        // An invitation for an address is emailed to it (in this transaction's outbox).
        if (email) await this.mail.enqueue(m, invitationMail(email, token, { community, inviter, expiresAt, publicUrl: this.mail.publicUrl }), { type: 'INVITATION', id: row.id });
      }
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'INVITATIONS_CREATED', targetType: 'USER', targetId: 'invitations', after: { count: created.length } });
      return created;
    });
  }

  async invitations(first?: number, after?: string): Promise<Page<InvitationRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT id, email, expires_at, used_at, created_at FROM invitations
       ${cursor ? `WHERE (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::uuid)` : ''}
       ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $1`,
      cursor ? [size + 1, cursor[0], cursor[1]] : [size + 1],
    );
    const mapped = rows.map((r) => ({ id: r.id as string, email: r.email as string | null, token: null, expiresAt: r.expires_at as Date, usedAt: r.used_at as Date | null, createdAt: r.created_at as Date }));
    return toPage(mapped, size, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  }

  /** Removes a member: sessions end, sign-in is refused; their content stays or is hidden. */
  async remove(ctx: RequestContext, userId: string, hideContent: boolean, reason: string): Promise<boolean> {
    const me = ctx.requireUser();
    if (userId === me.id) throw new AppError(ApiErrorCode.FORBIDDEN, 'You cannot remove yourself.', { reason: 'SELF' });
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', 'REQUIRED', 'Give a reason.');
    if (text.length > 1000) throw AppError.badInput('reason', 'TOO_LONG', 'A reason may have at most 1,000 characters.');
    return transaction(this.db, async (m) => {
      const [user]: Array<{ role: string; membership: string }> = isUuid(userId) ? await m.query(`SELECT role, membership FROM users WHERE id = $1 FOR UPDATE`, [userId]) : [];
      if (!user) throw AppError.notFound('There is no such member.');
      if (user.role !== 'MEMBER') throw new AppError(ApiErrorCode.FORBIDDEN, 'Demote staff before removing them.', { reason: 'ROLE_TOO_HIGH' });
      if (user.membership === 'REMOVED') throw AppError.conflict('userId', 'ALREADY_REMOVED', 'The member is already removed.');
      await m.query(`UPDATE users SET membership = 'REMOVED' WHERE id = $1`, [userId]);
      if (hideContent) {
        const hidden = await returningRows<{ topicId: string; postNumber: number; wasPublic: boolean }>(
          m,
          `UPDATE posts SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE author_id = $1 AND hidden_at IS NULL
           RETURNING topic_id AS "topicId", post_number AS "postNumber", deleted_at IS NULL AND approval = 'APPROVED' AS "wasPublic"`,
          [userId, REMOVED_REASON],
        );
        // Hidden posts stop counting on their topics and categories, which every reader sees.
        await PostsService.shiftPostCounters(m, hidden.filter((p) => p.wasPublic), -1);
      }
      await this.sessions.revokeAllForUser(userId, 'REMOVED', m);
      await this.audit.record(m, { actorId: me.id, action: 'MEMBER_REMOVED', targetType: 'USER', targetId: userId, reason: text, before: { membership: user.membership }, after: { membership: 'REMOVED', contentHidden: hideContent } });
      return true;
    });
  }

  async restore(ctx: RequestContext, userId: string): Promise<boolean> {
    return transaction(this.db, async (m) => {
      const rows = isUuid(userId)
        ? await returningRows<{ id: string }>(m, `UPDATE users SET membership = 'ACTIVE' WHERE id = $1 AND membership = 'REMOVED' RETURNING id`, [userId])
        : [];
      if (rows.length === 0) throw AppError.conflict('userId', 'NOT_REMOVED', 'The member is not removed.');
      const shown = await returningRows<{ topicId: string; postNumber: number; isPublic: boolean }>(
        m,
        `UPDATE posts SET hidden_at = NULL, hidden_reason = NULL, updated_at = now() WHERE author_id = $1 AND hidden_reason = $2
         RETURNING topic_id AS "topicId", post_number AS "postNumber", deleted_at IS NULL AND approval = 'APPROVED' AS "isPublic"`,
        [userId, REMOVED_REASON],
      );
      await PostsService.shiftPostCounters(m, shown.filter((p) => p.isPublic), 1);
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'MEMBER_RESTORED', targetType: 'USER', targetId: userId, after: { membership: 'ACTIVE' } });
      return true;
    });
  }
}
