import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';

export type AuditTarget = 'POST' | 'TOPIC' | 'USER' | 'CATEGORY' | 'WATCHED_WORD' | 'QUEUE_ITEM';

export interface AuditEntry {
  /** The staff member acting, or null for an automatic action. */
  actorId: string | null;
  action: string;
  targetType: AuditTarget;
  targetId: string;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditRow {
  id: string;
  actorId: string | null;
  actorKind: 'STAFF' | 'SYSTEM';
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
}

export interface AuditFilter {
  actorHandle?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

/**
 * The append-only audit log. Entries are written in the transaction of the action they record
 * (no action without its entry); the table refuses UPDATE, DELETE and TRUNCATE itself.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  async record(m: Pick<EntityManager, 'query'>, entry: AuditEntry): Promise<void> {
    await this.recordMany(m, [entry]);
  }

  /** Many entries in one statement (a background pass that changed hundreds of members). */
  async recordMany(m: Pick<EntityManager, 'query'>, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const column = <T>(pick: (e: AuditEntry) => T) => entries.map(pick);
    await m.query(
      `INSERT INTO audit_log (actor_id, actor_kind, action, target_type, target_id, reason, before, after)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::jsonb[], $8::jsonb[])`,
      [
        column((e) => e.actorId),
        column((e) => (e.actorId ? 'STAFF' : 'SYSTEM')),
        column((e) => e.action),
        column((e) => e.targetType),
        column((e) => e.targetId),
        column((e) => e.reason?.slice(0, 1000) ?? null),
        column((e) => (e.before ? JSON.stringify(e.before) : null)),
        column((e) => (e.after ? JSON.stringify(e.after) : null)),
      ],
    );
  }

  async list(_ctx: RequestContext, filter: AuditFilter, first?: number, after?: string): Promise<Page<AuditRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int']);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.actorHandle) {
      const actor = await this.accounts.findByHandle(filter.actorHandle);
      if (!actor) return { nodes: [], hasNextPage: false, endCursor: null };
      where.push(`actor_id = ${p(actor.id)}`);
    }
    if (filter.action) where.push(`action = ${p(filter.action.slice(0, 48))}`);
    if (filter.targetType) where.push(`target_type = ${p(filter.targetType.slice(0, 16))}`);
    if (filter.targetId) where.push(`target_id = ${p(filter.targetId.slice(0, 64))}`);
    if (filter.from) where.push(`created_at >= ${p(filter.from)}`);
    if (filter.to) where.push(`created_at < ${p(filter.to)}`);
    if (cursor) where.push(`id < ${p(String(cursor[0]))}::bigint`);
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT id::text, actor_id, actor_kind, action, target_type, target_id, reason, before, after, created_at FROM audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${p(size + 1)}`,
      params,
    );
    const mapped: AuditRow[] = rows.map((r) => ({
      id: r.id as string,
      actorId: r.actor_id as string | null,
      actorKind: r.actor_kind as 'STAFF' | 'SYSTEM',
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string,
      reason: r.reason as string | null,
      before: r.before as Record<string, unknown> | null,
      after: r.after as Record<string, unknown> | null,
      createdAt: r.created_at as Date,
    }));
    return toPage(mapped, size, (r) => [r.id]);
  }
}
