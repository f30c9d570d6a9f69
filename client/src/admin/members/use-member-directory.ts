import { watch } from 'vue';
import type { LocationQuery } from 'vue-router';
import { ROLES } from '@townsquare/shared';
import { AdminMembersDocument, type AdminMemberRowFragment, type MemberFilterInput, type MemberStatus, type Role } from '../generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';

export type MemberRow = AdminMemberRowFragment;

export const MEMBER_ROLES = ROLES as readonly Role[];
export const TRUST_LEVELS = ['NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER'] as const;
export const MEMBER_STATUSES: readonly MemberStatus[] = ['ACTIVE', 'PENDING', 'REJECTED', 'REMOVED', 'SUSPENDED', 'SILENCED'];
/** The longest search the server takes. */
export const QUERY_MAX = 100;

/**
 * The directory's conditions as the form and the address hold them (`?q=&role=&trust=&status=&from=&to=`);
 * an empty string is no condition; dates are `YYYY-MM-DD`, local time.
 */
export interface MemberFilters {
  q: string;
  role: string;
  trust: string;
  status: string;
  from: string;
  to: string;
}

export const EMPTY_MEMBER_FILTERS: MemberFilters = { q: '', role: '', trust: '', status: '', from: '', to: '' };
export const MEMBER_FILTER_KEYS = Object.keys(EMPTY_MEMBER_FILTERS) as Array<keyof MemberFilters>;

const PAGE_SIZE = 30;
const joinedFormats = new Map<string, Intl.DateTimeFormat>();

/** The day someone joined, short enough for a column: "Nov 26, 2025" / "26 нояб. 2025 г.". */
export function formatJoined(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = joinedFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    joinedFormats.set(locale, format);
  }
  return format.format(date);
}
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function startOfDay(date: string): Date | null {
  if (!DATE.test(date)) return null;
  const value = new Date(`${date}T00:00:00`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/**
 * The filters a link carries. Roles and standings the API does not know are dropped (they would
 * fail the request before the server could say which one); the search and the trust level are
 * passed on as they are, and the server answers for them.
 */
export function filtersFromQuery(query: LocationQuery): MemberFilters {
  const filters = { ...EMPTY_MEMBER_FILTERS };
  for (const key of MEMBER_FILTER_KEYS) {
    const value = query[key];
    if (typeof value === 'string') filters[key] = value.slice(0, 200);
  }
  filters.role = filters.role.toUpperCase();
  filters.status = filters.status.toUpperCase();
  filters.trust = filters.trust.toUpperCase();
  if (!(MEMBER_ROLES as readonly string[]).includes(filters.role)) filters.role = '';
  if (!(MEMBER_STATUSES as readonly string[]).includes(filters.status)) filters.status = '';
  if (!startOfDay(filters.from)) filters.from = '';
  if (!startOfDay(filters.to)) filters.to = '';
  return filters;
}

/** The address's query for some filters: empty conditions left out. */
export function filtersToQuery(filters: MemberFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of MEMBER_FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

/** The API's filter: empty conditions left out, a leading @ of a handle dropped, the "to" day included whole. */
export function toMemberFilterInput(filters: MemberFilters): MemberFilterInput {
  const input: MemberFilterInput = {};
  const search = filters.q.trim().replace(/^@/, '');
  if (search) input.query = search;
  if (filters.role) input.role = filters.role as Role;
  if (filters.trust) input.trustLevel = filters.trust;
  if (filters.status) input.status = filters.status as MemberStatus;
  const from = startOfDay(filters.from);
  if (from) input.joinedFrom = from.toISOString();
  const to = startOfDay(filters.to);
  if (to) input.joinedTo = new Date(to.getTime() + DAY_MS).toISOString();
  return input;
}

/** The member directory, newest first, page by page as the list scrolls; starts over when the filters change. */
export function useMemberDirectory(filters: () => MemberFilters) {
  const list = usePaged<MemberRow>(
    async (after) => toPage((await request(AdminMembersDocument, { first: PAGE_SIZE, after, filter: toMemberFilterInput(filters()) })).members),
    (member) => member.id,
  );
  watch(
    () => JSON.stringify(filters()),
    () => void list.reload(),
    { immediate: true },
  );
  return list;
}
