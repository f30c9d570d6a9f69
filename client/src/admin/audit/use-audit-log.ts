import { watch } from 'vue';
import { AdminAuditLogDocument, type AdminAuditEntryFragment, type AuditFilterInput } from '../generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';

export type AuditEntry = AdminAuditEntryFragment;

/** The audit screen's conditions as the form and the address hold them; dates are `YYYY-MM-DD`, local time. */
export interface AuditFilters {
  actorHandle: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilters = { actorHandle: '', action: '', targetType: '', targetId: '', from: '', to: '' };

const PAGE_SIZE = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function startOfDay(date: string): Date | null {
  const value = new Date(`${date}T00:00:00`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** The API's filter: empty conditions left out, the "to" day included whole. */
export function toFilterInput(filters: AuditFilters): AuditFilterInput {
  const input: AuditFilterInput = {};
  const handle = filters.actorHandle.trim().replace(/^@/, '');
  if (handle) input.actorHandle = handle;
  if (filters.action.trim()) input.action = filters.action.trim().toUpperCase();
  if (filters.targetType) input.targetType = filters.targetType;
  if (filters.targetId.trim()) input.targetId = filters.targetId.trim();
  const from = filters.from ? startOfDay(filters.from) : null;
  if (from) input.from = from.toISOString();
  const to = filters.to ? startOfDay(filters.to) : null;
  if (to) input.to = new Date(to.getTime() + DAY_MS).toISOString();
  return input;
}

/** The audit log, newest first, page by page as the list scrolls; starts over when the filters change. */
export function useAuditLog(filters: () => AuditFilters) {
  const list = usePaged<AuditEntry>(
    async (after) => toPage((await request(AdminAuditLogDocument, { first: PAGE_SIZE, after, filter: toFilterInput(filters()) })).auditLog),
    (entry) => entry.id,
  );
  watch(
    () => JSON.stringify(filters()),
    () => void list.reload(),
    { immediate: true },
  );
  return list;
}
