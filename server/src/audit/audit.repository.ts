import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type AuditTarget = 'POST' | 'TOPIC' | 'USER' | 'CATEGORY' | 'WATCHED_WORD' | 'QUEUE_ITEM' | 'CONTEST' | 'PRODUCT_AREA' | 'SETTINGS';

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

/** The conditions of one page of the log, already bounded (the actor resolved from a handle to an id). */
export interface AuditPageQuery {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  /** Entries with ids below this one (the previous page's last). */
  beforeId?: string;
  limit: number;
}

interface AuditLogRow {
  id: string;
  actor_id: string | null;
  actor_kind: 'STAFF' | 'SYSTEM';
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  created_at: Date;
}

/** Every query of the audit log (`audit_log`), which only ever grows. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Entries in one statement, inside the caller's transaction. */
  async insertMany(m: Pick<EntityManager, 'query'>, entries: readonly AuditEntry[]): Promise<void> {
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

  /** A page of entries, newest first, keyset on the entry number. */
  async page(q: AuditPageQuery): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (q.actorId) where.push(`actor_id = ${p(q.actorId)}`);
    if (q.action) where.push(`action = ${p(q.action)}`);
    if (q.targetType) where.push(`target_type = ${p(q.targetType)}`);
    if (q.targetId) where.push(`target_id = ${p(q.targetId)}`);
    if (q.from) where.push(`created_at >= ${p(q.from)}`);
    if (q.to) where.push(`created_at < ${p(q.to)}`);
    if (q.beforeId) where.push(`id < ${p(q.beforeId)}::bigint`);
    const rows: AuditLogRow[] = await this.db.query(
      `SELECT id::text, actor_id, actor_kind, action, target_type, target_id, reason, before, after, created_at FROM audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${p(q.limit)}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      actorKind: r.actor_kind,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      reason: r.reason,
      before: r.before,
      after: r.after,
      createdAt: r.created_at,
    }));
  }
}
