import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import type { WatchedAction } from './content-policy.service.js';
import { isUuid } from '../common/ids.js';
import { WatchedWordsCache } from './watched-words.cache.js';
import { WatchedWordsRepository } from './watched-words.repository.js';
import { WatchedWordErrorReason } from './watched-words.errors.js';

export interface WatchedWordRow {
  id: string;
  word: string;
  action: WatchedAction;
  createdAt: Date;
}

const ACTIONS: WatchedAction[] = ['BLOCK', 'FLAG', 'CENSOR', 'REQUIRE_APPROVAL'];
const MAX_WORDS = 2000;

@Injectable()
export class WatchedWordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: WatchedWordsRepository,
    private readonly audit: AuditService,
    private readonly scope: ModerationScopeService,
    private readonly cache: WatchedWordsCache,
  ) {}

  async list(): Promise<WatchedWordRow[]> {
    const rows = await this.repository.list(MAX_WORDS);
    return rows.map((r) => ({ id: r.id, word: r.word, action: r.action, createdAt: r.created_at }));
  }

  async create(ctx: RequestContext, word: string, action: WatchedAction): Promise<WatchedWordRow> {
    // Watched words apply everywhere: a moderator scoped to some categories reads them, no more.
    await this.scope.assertUnscoped(ctx.user);
    const trimmed = word.trim().replace(/\s+/g, ' ');
    if (trimmed.length < 2) throw AppError.badInput('word', InputErrorReason.TOO_SHORT, 'A watched word needs at least 2 characters.');
    if (trimmed.length > 100) throw AppError.badInput('word', InputErrorReason.TOO_LONG, 'A watched word may have at most 100 characters.');
    if (!/[\p{L}\p{N}]/u.test(trimmed)) throw AppError.badInput('word', InputErrorReason.INVALID_FORMAT, 'A watched word needs letters or digits.');
    if (!ACTIONS.includes(action)) throw AppError.badInput('action', InputErrorReason.INVALID, 'Unknown action.');
    const created = await transaction(this.db, async (m) => {
      if ((await this.repository.count(m)) >= MAX_WORDS) throw AppError.badInput('word', InputErrorReason.TOO_MANY, `At most ${MAX_WORDS} watched words.`);
      const row = await this.repository.insert(m, trimmed, action, ctx.requireUser().id);
      if (!row) throw AppError.conflict('word', WatchedWordErrorReason.ALREADY_WATCHED, 'That word already has that action.');
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'WATCHED_WORD_ADDED', targetType: 'WATCHED_WORD', targetId: row.id, after: { word: trimmed, action } });
      return { id: row.id, word: trimmed, action, createdAt: row.created_at };
    });
    // Posts check against a cached copy: every instance drops it once the change is committed.
    this.cache.invalidate();
    return created;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    await this.scope.assertUnscoped(ctx.user);
    if (!isUuid(id)) throw AppError.notFound('There is no such watched word.');
    const removed = await transaction(this.db, async (m) => {
      const before = await this.repository.delete(m, id);
      if (!before) throw AppError.notFound('There is no such watched word.');
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'WATCHED_WORD_REMOVED', targetType: 'WATCHED_WORD', targetId: id, before });
      return true;
    });
    this.cache.invalidate();
    return removed;
  }
}
