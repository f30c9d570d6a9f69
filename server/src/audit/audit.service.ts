import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditRepository, type AuditEntry, type AuditRow } from './audit.repository.js';

export type { AuditEntry, AuditRow, AuditTarget } from './audit.repository.js';

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
