import { onBeforeUnmount, watch } from 'vue';
import {
  AdminApproveJoinRequestDocument,
  AdminJoinRequestsDocument,
  AdminRejectJoinRequestDocument,
  type AdminJoinRequestsQuery,
} from '../generated/graphql';
import { request, toApiError } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQueueBadge } from '../shell/use-queue-badge';

export type JoinRequest = AdminJoinRequestsQuery['joinRequests']['edges'][number]['node'];
export type JoinRequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/**
 * Requests to join, in one state, oldest first. Pending ones are refreshed live when the queue
 * says a request arrived or was decided elsewhere.
 */
export function useJoinRequests(status: () => JoinRequestStatus) {
  const badge = useQueueBadge();
  const list = usePaged<JoinRequest>(
    async (after) => toPage((await request(AdminJoinRequestsDocument, { status: status(), first: 20, after })).joinRequests),
    (r) => r.userId,
  );
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busyDeciding = false;

  function refreshSoon(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A decision sent from this page refreshes the list itself when it returns.
      if (!busyDeciding) void list.reload();
    }, 200);
  }

  const stopUpdates = badge.onQueueUpdate(({ kind }) => {
    if (kind === 'JOIN_REQUEST') refreshSoon();
  });
  const stopResync = badge.onResync(refreshSoon);
  onBeforeUnmount(() => {
    stopUpdates();
    stopResync();
    if (timer) clearTimeout(timer);
  });
  watch(status, () => void list.reload(), { immediate: true });

  function remove(userId: string): void {
    list.update((items) => items.filter((r) => r.userId !== userId));
  }

  /** Sends a decision; resolves false when another moderator had decided first (the request leaves the list). */
  async function decide(entry: JoinRequest, send: () => Promise<unknown>): Promise<boolean> {
    busyDeciding = true;
    try {
      await send();
      remove(entry.userId);
      return true;
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'CONFLICT') {
        remove(entry.userId);
        return false;
      }
      throw error;
    } finally {
      busyDeciding = false;
    }
  }

  return {
    ...list,
    approve: (entry: JoinRequest) => decide(entry, () => request(AdminApproveJoinRequestDocument, { userId: entry.userId })),
    reject: (entry: JoinRequest, reason: string) => decide(entry, () => request(AdminRejectJoinRequestDocument, { userId: entry.userId, reason })),
  };
}
