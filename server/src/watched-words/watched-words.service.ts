import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { returningRows, transaction } from '../common/transaction.js';
import type { WatchedAction } from './content-policy.service.js';
import { isUuid } from '../common/ids.js';
import { WatchedWordsCache } from './watched-words.cache.js';

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
    private readonly audit: AuditService,
    private readonly scope: ModerationScopeService,
    private readonly cache: WatchedWordsCache,
  ) {}

  async list(): Promise<WatchedWordRow[]> {
    const rows: Array<{ id: string; word: string; action: WatchedAction; created_at: Date }> = await this.db.query(
      `SELECT id, word, action, created_at FROM watched_words ORDER BY lower(word), action LIMIT ${MAX_WORDS}`,
    );
    return rows.map((r) => ({ id: r.id, word: r.word, action: r.action, createdAt: r.created_at }));
  }

  async create(ctx: RequestContext, word: string, action: WatchedAction): Promise<WatchedWordRow> {
    // Watched words apply everywhere: a moderator scoped to some categories reads them, no more.
    await this.scope.assertUnscoped(ctx.user);
    const trimmed = word.trim().replace(/\s+/g, ' ');
    if (trimmed.length < 2) throw AppError.badInput('word', 'TOO_SHORT', 'A watched word needs at least 2 characters.');
    if (trimmed.length > 100) throw AppError.badInput('word', 'TOO_LONG', 'A watched word may have at most 100 characters.');
    if (!/[\p{L}\p{N}]/u.test(trimmed)) throw AppError.badInput('word', 'INVALID_FORMAT', 'A watched word needs letters or digits.');
    if (!ACTIONS.includes(action)) throw AppError.badInput('action', 'INVALID', 'Unknown action.');
    const created = await transaction(this.db, async (m) => {
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM watched_words`);
      if (count >= MAX_WORDS) throw AppError.badInput('word', 'TOO_MANY', `At most ${MAX_WORDS} watched words.`);
      const rows = await returningRows<{ id: string; created_at: Date }>(
        m,
        `INSERT INTO watched_words (word, action, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id, created_at`,
        [trimmed, action, ctx.requireUser().id],
      );
      if (rows.length === 0) throw AppError.conflict('word', 'ALREADY_WATCHED', 'That word already has that action.');
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'WATCHED_WORD_ADDED', targetType: 'WATCHED_WORD', targetId: rows[0]!.id, after: { word: trimmed, action } });
      return { id: rows[0]!.id, word: trimmed, action, createdAt: rows[0]!.created_at };
    });
    // Posts check against a cached copy: every instance drops it once the change is committed.
    this.cache.invalidate();
    return created;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    await this.scope.assertUnscoped(ctx.user);
    if (!isUuid(id)) throw AppError.notFound('There is no such watched word.');
    const removed = await transaction(this.db, async (m) => {
      const rows = await returningRows<{ word: string; action: string }>(m, `DELETE FROM watched_words WHERE id = $1 RETURNING word, action`, [id]);
      if (rows.length === 0) throw AppError.notFound('There is no such watched word.');
      await this.audit.record(m, { actorId: ctx.requireUser().id, action: 'WATCHED_WORD_REMOVED', targetType: 'WATCHED_WORD', targetId: id, before: rows[0]! });
      return true;
    });
    this.cache.invalidate();
    return removed;
  }
}
