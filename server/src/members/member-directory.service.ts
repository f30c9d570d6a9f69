import { Injectable } from '@nestjs/common';
import { ROLES } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import { TRUST_LEVELS } from '../trust/trust-settings.js';
import { MembersRepository, type DirectoryQuery, type DirectoryRow } from './members.repository.js';

export type { DirectoryRow } from './members.repository.js';

export interface MemberFilter {
  query?: string;
  role?: string;
  trustLevel?: string;
  status?: 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED' | 'SUSPENDED' | 'SILENCED';
  joinedFrom?: Date;
  joinedTo?: Date;
}

const STATUSES: ReadonlyArray<NonNullable<MemberFilter['status']>> = ['ACTIVE', 'PENDING', 'REJECTED', 'REMOVED', 'SUSPENDED', 'SILENCED'];

/**
 * The staff's member directory: search by handle, name or email, filter, newest first. The search
 * runs on a trigram index of the three together, and pages by keyset on (created_at, id).
 */
@Injectable()
export class MemberDirectoryService {
  constructor(private readonly members: MembersRepository) {}

  async list(filter: MemberFilter, first?: number, after?: string): Promise<Page<DirectoryRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.members.directory(checkFilter(filter), cursor, size + 1);
    return toPage(rows, size, (u) => [u.cursorAt, u.id]);
  }
}

/** Checks a filter and turns its search text into the LIKE pattern the index serves. */
function checkFilter(filter: MemberFilter): DirectoryQuery {
  const query = filter.query?.trim() ?? '';
  if (query.length > 100) throw AppError.badInput('query', InputErrorReason.TOO_LONG, 'Search for at most 100 characters.');
  if (filter.role && !ROLES.includes(filter.role as never)) throw AppError.badInput('role', InputErrorReason.INVALID, 'Unknown role.');
  if (filter.trustLevel && !TRUST_LEVELS.includes(filter.trustLevel as never)) {
    throw AppError.badInput('trustLevel', InputErrorReason.INVALID, 'Unknown trust level: use NEW, BASIC, MEMBER, REGULAR or LEADER.');
  }
  if (filter.status !== undefined && !STATUSES.includes(filter.status)) throw AppError.badInput('status', InputErrorReason.INVALID, 'Unknown status.');
  return {
    like: query ? `%${query.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null,
    role: filter.role || null,
    trustLevel: filter.trustLevel || null,
    status: filter.status ?? null,
    joinedFrom: filter.joinedFrom ?? null,
    joinedTo: filter.joinedTo ?? null,
  };
}
