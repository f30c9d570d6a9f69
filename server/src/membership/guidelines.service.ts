import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '@townsquare/markdown';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { MembershipRepository, type GuidelinesRow } from './membership.repository.js';
import { MembershipErrorReason } from './membership.errors.js';

/** The community guidelines: every change a new version, which members accept before posting again. */
@Injectable()
export class GuidelinesService {
  constructor(
    private readonly repository: MembershipRepository,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  current(): Promise<GuidelinesRow | null> {
    return this.repository.latestGuidelines();
  }

  /** The current version, or null when none is published. */
  currentVersion(): Promise<number | null> {
    return this.repository.latestGuidelinesVersion();
  }

  async publish(ctx: RequestContext, body: string): Promise<GuidelinesRow> {
    const text = body.trim();
    if (!text) throw AppError.badInput('body', InputErrorReason.REQUIRED, 'Write the guidelines first.');
    if (text.length > 50_000) throw AppError.badInput('body', InputErrorReason.TOO_LONG, 'Guidelines may have at most 50,000 characters.');
    const html = renderMarkdown(text).html;
    return this.repository.transaction(async (m) => {
      const row = await this.repository.insertGuidelines(m, text, html, ctx.requireUser().id);
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'GUIDELINES_PUBLISHED', targetType: 'CATEGORY', targetId: 'guidelines', after: { version: row.version } });
      return { version: row.version, body: text, bodyHtml: html, createdAt: row.createdAt };
    });
  }

  async accept(ctx: RequestContext, version: number): Promise<number> {
    const current = await this.current();
    if (!current || version !== current.version) throw AppError.badInput('version', MembershipErrorReason.NOT_CURRENT, 'Accept the current version of the guidelines.');
    await this.accounts.acceptGuidelines(ctx.requireUser().id, version);
    return version;
  }
}
