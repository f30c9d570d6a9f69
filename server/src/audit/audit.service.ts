import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditRepository, NAMED_TARGET_KINDS, type AuditEntry, type AuditRow, type AuditTargetRow, type NamedTargetKind } from './audit.repository.js';

export type { AuditEntry, AuditRow, AuditTarget, AuditTargetRow } from './audit.repository.js';

/** What an entry's target is called and where it is in the app. */
export interface AuditTargetView {
  kind: string;
  id: string;
  /** A topic's, event's, idea's or contest's title (a post's and a queue item's: its topic's), a member's handle, a category's name; null when nothing names it. */
  label: string | null;
  /** For a post (or a queue item about one): its number in the topic. */
  postNumber: number | null;
  /** Where it is in the app (a path on the same origin), or null. */
  path: string | null;
  /** The thing no longer exists; `label` is what the entry itself recorded, if anything. */
  deleted: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMED = new Set<string>(NAMED_TARGET_KINDS);

/** Staff-panel screens for targets that have no page of their own. */
const SCREEN_OF_KIND: Record<string, string> = {
  WATCHED_WORD: '/admin/watched-words',
  PRODUCT_AREA: '/admin/feedback',
  SETTINGS: '/admin/inbox',
};

function topicPath(topicId: string | null, postNumber: number | null): string | null {
  if (!topicId) return null;
  return postNumber && postNumber > 1 ? `/t/${topicId}/${postNumber}` : `/t/${topicId}`;
}

function memberPath(handle: string | null): string | null {
  return handle ? `/admin/members/${encodeURIComponent(handle)}` : null;
}

/** A name the entry recorded in its before/after state (what a removed thing was called). */
function recordedName(entry: Pick<AuditRow, 'before' | 'after'>): string | null {
  for (const state of [entry.before, entry.after]) {
    for (const key of ['title', 'name', 'word', 'handle']) {
      const value = state?.[key];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return null;
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
    private readonly repository: AuditRepository,
    private readonly accounts: AccountsService,
  ) {}

  async record(m: Pick<EntityManager, 'query'>, entry: AuditEntry): Promise<void> {
    await this.recordMany(m, [entry]);
  }

  /** Many entries in one statement (a background pass that changed hundreds of members). */
  async recordMany(m: Pick<EntityManager, 'query'>, entries: AuditEntry[]): Promise<void> {
    await this.repository.insertMany(m, entries);
  }

  /**
   * The current names of many targets in one statement, keyed `KIND:id`: the batch behind every
   * `AuditEntry.target` of a request. Ids that are not uuids, and kinds that name nothing, are not asked.
   */
  async targets(keys: readonly string[]): Promise<Map<string, AuditTargetRow>> {
    const ids = Object.fromEntries(NAMED_TARGET_KINDS.map((k) => [k, [] as string[]])) as Record<NamedTargetKind, string[]>;
    for (const key of new Set(keys)) {
      const at = key.indexOf(':');
      const kind = key.slice(0, at);
      const id = key.slice(at + 1);
      if (NAMED.has(kind) && UUID.test(id)) ids[kind as NamedTargetKind].push(id);
    }
    const found = new Map<string, AuditTargetRow>();
    if (Object.values(ids).every((list) => list.length === 0)) return found;
    for (const row of await this.repository.targets(ids)) found.set(`${row.kind}:${row.id}`, row);
    return found;
  }

  /** An entry's target as the log shows it, from its row today (or, once gone, from what the entry recorded). */
  describeTarget(entry: Pick<AuditRow, 'targetType' | 'targetId' | 'before' | 'after'>, row: AuditTargetRow | null): AuditTargetView {
    const base = { kind: entry.targetType, id: entry.targetId };
    // A kind without rows of its own, or an entry about a group rather than one row (targetId "invitations").
    if (!NAMED.has(entry.targetType) || !UUID.test(entry.targetId)) {
      return { ...base, label: recordedName(entry), postNumber: null, path: SCREEN_OF_KIND[entry.targetType] ?? null, deleted: false };
    }
    if (!row) return { ...base, label: recordedName(entry), postNumber: null, path: null, deleted: true };
    switch (row.kind) {
      case 'USER':
        return { ...base, label: row.handle, postNumber: null, path: memberPath(row.handle), deleted: false };
      case 'CATEGORY':
        return { ...base, label: row.title, postNumber: null, path: row.slug ? `/c/${encodeURIComponent(row.slug)}` : null, deleted: false };
      case 'CONTEST':
        return { ...base, label: row.title, postNumber: null, path: `/contests/${row.id}`, deleted: false };
      case 'EVENT':
        return { ...base, label: row.title, postNumber: null, path: `/events/${row.id}`, deleted: false };
      case 'QUEUE_ITEM':
        if (row.topicId) return { ...base, label: row.title, postNumber: row.postNumber, path: topicPath(row.topicId, row.postNumber), deleted: false };
        if (row.handle) return { ...base, label: row.handle, postNumber: null, path: memberPath(row.handle), deleted: false };
        return { ...base, label: null, postNumber: null, path: '/admin/queue', deleted: true };
      case 'TOPIC':
      case 'IDEA':
      case 'POST':
        return { ...base, label: row.title, postNumber: row.postNumber, path: topicPath(row.topicId, row.postNumber), deleted: false };
      default:
        return { ...base, label: row.title, postNumber: null, path: SCREEN_OF_KIND[row.kind] ?? null, deleted: false };
    }
  }

  async list(_ctx: RequestContext, filter: AuditFilter, first?: number, after?: string): Promise<Page<AuditRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int']);
    let actorId: string | undefined;
    if (filter.actorHandle) {
      const actor = await this.accounts.findByHandle(filter.actorHandle);
      if (!actor) return { nodes: [], hasNextPage: false, endCursor: null };
      actorId = actor.id;
    }
    const rows = await this.repository.page({
      actorId,
      action: filter.action ? filter.action.slice(0, 48) : undefined,
      targetType: filter.targetType ? filter.targetType.slice(0, 16) : undefined,
      targetId: filter.targetId ? filter.targetId.slice(0, 64) : undefined,
      from: filter.from,
      to: filter.to,
      beforeId: cursor ? String(cursor[0]) : undefined,
      limit: size + 1,
    });
    return toPage(rows, size, (r) => [r.id]);
  }
}
