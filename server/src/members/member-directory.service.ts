import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ROLES } from '@townsquare/shared';
import { UserEntity } from '../accounts/user.entity.js';
import { AppError } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { TRUST_LEVELS } from '../trust/trust-settings.js';

export interface MemberFilter {
  query?: string;
  role?: string;
  trustLevel?: string;
  status?: 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED' | 'SUSPENDED' | 'SILENCED';
  joinedFrom?: Date;
  joinedTo?: Date;
}

/** The staff's member directory: search by handle, name or email, filter, newest first. */
@Injectable()
export class MemberDirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: MemberFilter, first?: number, after?: string): Promise<Page<UserEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    const query = filter.query?.trim() ?? '';
    if (query.length > 100) throw AppError.badInput('query', 'TOO_LONG', 'Search for at most 100 characters.');
    if (query) {
      const like = `%${query.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(u.handle) LIKE :like OR lower(u.display_name) LIKE :like OR lower(u.email) LIKE :like)', { like });
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
    if (cursor) qb.andWhere("(date_trunc('milliseconds', u.created_at), u.id) < (:at::timestamptz, :id::uuid)", { at: cursor[0], id: cursor[1] });
    qb.orderBy("date_trunc('milliseconds', u.created_at)", 'DESC').addOrderBy('u.id', 'DESC').limit(size + 1);
    return toPage(await qb.getMany(), size, (u) => [new Date(u.createdAt).toISOString(), u.id]);
  }
}
