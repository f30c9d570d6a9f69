import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type AuditTarget = 'POST' | 'TOPIC' | 'USER' | 'CATEGORY' | 'WATCHED_WORD' | 'QUEUE_ITEM' | 'CONTEST' | 'PRODUCT_AREA' | 'SETTINGS';

/** Kinds of target whose rows the log can look up to name them (the others are named by their kind). */
export const NAMED_TARGET_KINDS = ['TOPIC', 'IDEA', 'POST', 'USER', 'CATEGORY', 'CONTEST', 'EVENT', 'QUEUE_ITEM', 'WATCHED_WORD', 'PRODUCT_AREA'] as const;
export type NamedTargetKind = (typeof NAMED_TARGET_KINDS)[number];

/**
 * What a target is called today. `title` is a topic's, event's or contest's title, a category's,
 * product area's or watched word's name, or a post's topic title; `postNumber` is set for a post
 * (and a queue item about a post); `handle` for a member (and a queue item about one).
 */
export interface AuditTargetRow {
  kind: NamedTargetKind;
  id: string;
  title: string | null;
  topicId: string | null;
  postNumber: number | null;
  handle: string | null;
  slug: string | null;
}

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

  /**
   * The current names of the given targets, all kinds in one statement (one SELECT per kind joined
   * by UNION ALL, each on its table's primary key); a target whose row is gone is simply absent.
   * Reads other features' tables only to name things; it never writes them.
   */
  async targets(ids: Readonly<Record<NamedTargetKind, readonly string[]>>): Promise<AuditTargetRow[]> {
    const rows: Array<{ kind: NamedTargetKind; id: string; title: string | null; topic_id: string | null; post_number: number | null; handle: string | null; slug: string | null }> =
      await this.db.query(
        `SELECT 'TOPIC' AS kind, t.id::text AS id, t.title, t.id::text AS topic_id, NULL::int AS post_number, NULL::text AS handle, NULL::text AS slug
           FROM topics t WHERE t.id = ANY($1::uuid[])
         UNION ALL
         SELECT 'IDEA', t.id::text, t.title, t.id::text, NULL, NULL, NULL FROM ideas i JOIN topics t ON t.id = i.topic_id WHERE i.topic_id = ANY($2::uuid[])
         UNION ALL
         SELECT 'POST', p.id::text, t.title, p.topic_id::text, p.post_number, NULL, NULL FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.id = ANY($3::uuid[])
         UNION ALL
         SELECT 'USER', u.id::text, NULL, NULL, NULL, u.handle, NULL FROM users u WHERE u.id = ANY($4::uuid[])
         UNION ALL
         SELECT 'CATEGORY', c.id::text, c.name, NULL, NULL, NULL, c.slug FROM categories c WHERE c.id = ANY($5::uuid[])
         UNION ALL
         SELECT 'CONTEST', c.id::text, c.title, c.topic_id::text, NULL, NULL, NULL FROM contests c WHERE c.id = ANY($6::uuid[])
         UNION ALL
         SELECT 'EVENT', e.id::text, e.title, e.topic_id::text, NULL, NULL, NULL FROM events e WHERE e.id = ANY($7::uuid[])
         UNION ALL
         SELECT 'QUEUE_ITEM', m.id::text, coalesce(pt.title, tt.title), coalesce(p.topic_id, tt.id)::text, p.post_number, u.handle, NULL
           FROM moderation_items m
           LEFT JOIN posts p ON m.target_type = 'POST' AND p.id = m.target_id
           LEFT JOIN topics pt ON pt.id = p.topic_id
           LEFT JOIN topics tt ON m.target_type = 'TOPIC' AND tt.id = m.target_id
           LEFT JOIN users u ON m.target_type = 'USER' AND u.id = m.target_id
          WHERE m.id = ANY($8::uuid[])
         UNION ALL
         SELECT 'WATCHED_WORD', w.id::text, w.word, NULL, NULL, NULL, NULL FROM watched_words w WHERE w.id = ANY($9::uuid[])
         UNION ALL
         SELECT 'PRODUCT_AREA', a.id::text, a.name, NULL, NULL, NULL, NULL FROM product_areas a WHERE a.id = ANY($10::uuid[])`,
        NAMED_TARGET_KINDS.map((kind) => ids[kind]),
      );
    return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, topicId: r.topic_id, postNumber: r.post_number, handle: r.handle, slug: r.slug }));
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
