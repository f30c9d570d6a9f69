import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { checkEmail } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { hashToken } from '../accounts/sessions.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { CommunityService } from '../community/community.service.js';
import { MailService } from '../mail/mail.service.js';
import { MembershipRepository, type InvitationRow } from './membership.repository.js';

export type { InvitationRow } from './membership.repository.js';

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

/** Single-use, expiring invitations to join: created by staff, emailed when they are for an address. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repository: MembershipRepository,
    private readonly community: CommunityService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Creates single-use invitations: one per email given, plus `count` open ones. Tokens are shown once. */
  async invite(ctx: RequestContext, emails: string[], count: number, expiresInDays: number): Promise<InvitationRow[]> {
    const list = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    if (list.length + count === 0) throw AppError.badInput('emails', InputErrorReason.REQUIRED, 'Give at least one email, or a number of open invitations.');
    if (list.length + count > 500) throw AppError.badInput('emails', InputErrorReason.TOO_MANY, 'At most 500 invitations at a time.');
    if (!Number.isInteger(count) || count < 0) throw AppError.badInput('count', InputErrorReason.OUT_OF_RANGE, 'Give a count of 0 or more.');
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 90) throw AppError.badInput('expiresInDays', InputErrorReason.OUT_OF_RANGE, 'Invitations last 1 to 90 days.');
    const bad = list.find((e) => checkEmail(e));
    if (bad) throw AppError.badInput('emails', InputErrorReason.INVALID_FORMAT, `Not an email address: ${bad.slice(0, 100)}`);
    const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
    const targets: Array<string | null> = [...list, ...Array.from({ length: count }, () => null)];
    const me = ctx.requireUser();
    // Who invites, to what: named in each email.
    const [{ name: community }, inviter] = await Promise.all([this.community.get(), this.accounts.findById(me.id)]);
    return this.repository.transaction(async (m) => {
      const created: InvitationRow[] = [];
      for (const email of targets) {
        const token = randomBytes(24).toString('base64url');
        const row = await this.repository.insertInvitation(m, { tokenHash: hashToken(token), email, createdBy: me.id, expiresAt });
        created.push({ id: row.id, email, token, expiresAt, usedAt: null, createdAt: row.createdAt });
        // An invitation for an address is emailed to it (in this transaction's outbox).
        if (email) {
          await this.mail.enqueue(m, invitationMail(email, token, { community, inviter: inviter!.displayName, expiresAt, publicUrl: this.mail.publicUrl }), { type: 'INVITATION', id: row.id });
        }
      }
      await this.audit.record(m, { actorId: me.id, action: 'INVITATIONS_CREATED', targetType: 'USER', targetId: 'invitations', after: { count: created.length } });
      return created;
    });
  }

  async list(first?: number, after?: string): Promise<Page<InvitationRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.invitations(cursor, size + 1);
    return toPage(rows, size, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  }
}
