import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ROLES } from '@townsquare/shared';
import { UserEntity } from '../accounts/user.entity.js';
import { AppError } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { TRUST_LEVELS } from '../trust/trust-settings.js';

/** What the directory searches, as the trigram index has it (migration MemberSearch). */
const SEARCH_TEXT = `(lower(u.handle) || ' ' || lower(u.display_name) || ' ' || lower(u.email))`;

export interface MemberFilter {
  query?: string;
  role?: string;
  trustLevel?: string;
  status?: 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED' | 'SUSPENDED' | 'SILENCED';
  joinedFrom?: Date;
  joinedTo?: Date;
}

/** A directory row: the member and the exact (microsecond) time their page cursor carries. */
export type DirectoryRow = UserEntity & { cursorAt: string };

/**
 * The staff's member directory: search by handle, name or email, filter, newest first. The search
 * runs on a trigram index of the three together, and pages by keyset on (created_at, id).
 */
@Injectable()
export class MemberDirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: MemberFilter, first?: number, after?: string): Promise<Page<DirectoryRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    const query = filter.query?.trim() ?? '';
    if (query.length > 100) throw AppError.badInput('query', 'TOO_LONG', 'Search for at most 100 characters.');
    if (query) {
      const like = `%${query.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`${SEARCH_TEXT} LIKE :like`, { like });
    }
    if (filter.role) {
      if (!ROLES.includes(filter.role as never)) throw AppError.badInput('role', 'INVALID', 'Unknown role.');
      qb.andWhere('u.role = :role', { role: filter.role });
    }
    if (filter.trustLevel && !TRUST_LEVELS.includes(filter.trustLevel as never)) {
      throw AppError.badInput('trustLevel', 'INVALID', 'Unknown trust level: use NEW, BASIC, MEMBER, REGULAR or LEADER.');
    }
    if (filter.trustLevel) qb.andWhere('u.trust_level = :trust', { trust: filter.trustLevel });
    switch (filter.status) {
      case undefined:
        break;
      case 'SUSPENDED':
        qb.andWhere('u.suspended_until > now()');
        break;
      case 'SILENCED':
        qb.andWhere('u.silenced_until > now()');
        break;
      case 'ACTIVE':
      case 'PENDING':
      case 'REJECTED':
      case 'REMOVED':
        qb.andWhere('u.membership = :membership', { membership: filter.status });
        break;
      default:
        throw AppError.badInput('status', 'INVALID', 'Unknown status.');
    }
    if (filter.joinedFrom) qb.andWhere('u.created_at >= :from', { from: filter.joinedFrom });
    if (filter.joinedTo) qb.andWhere('u.created_at < :to', { to: filter.joinedTo });
    if (cursor) qb.andWhere('(u.created_at, u.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    qb.addSelect('u.created_at::text', 'cursor_at').orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(size + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ u_id: string; cursor_at: string }>();
    const at = new Map(raw.map((r) => [r.u_id, r.cursor_at]));
    const rows = entities.map((u) => Object.assign(u, { cursorAt: at.get(u.id)! }));
    return toPage(rows, size, (u) => [u.cursorAt, u.id]);
  }
}
