import { computed, effectScope } from 'vue';
import type { ModerationQueueUpdatedPayload } from '@townsquare/shared';
import { AdminModerationSummaryDocument, type AdminModerationSummaryQuery } from '../generated/graphql';
import { onLive, onLiveReady } from '../../lib/socket';
import { useQuery, type QueryState } from '../../lib/use-query';

/** What the live channel says when the moderation queue changes. */
export type QueueUpdate = ModerationQueueUpdatedPayload;

const updateListeners = new Set<(update: QueueUpdate) => void>();
const resyncListeners = new Set<() => void>();
let summary: QueryState<AdminModerationSummaryQuery> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Asks the server how many items wait: the event's count is the whole community's, not a scoped moderator's. */
function refresh(): Promise<void> {
  return summary?.refetch() ?? Promise.resolve();
}

/** Several changes in a burst (a wave of flags) cost one request. */
function refreshSoon(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void refresh();
  }, 150);
}

/** Reads the summary once for the whole panel, outside any page's scope, so it lives as long as the app. */
function start(): QueryState<AdminModerationSummaryQuery> {
  if (summary) return summary;
  const query = effectScope(true).run(() => useQuery(AdminModerationSummaryDocument))!;
  summary = query;
  onLive('moderation.queue.updated', (update) => {
    refreshSoon();
    updateListeners.forEach((listener) => listener(update));
  });
  // After a reconnect, whatever changed meanwhile was not announced: catch up.
  onLiveReady(() => {
    refreshSoon();
    resyncListeners.forEach((listener) => listener());
  });
  return query;
}

/**
 * The live size of the moderation queue, shared by the navigation badge, the dashboard and the
 * queue page, with subscriptions to each change and to reconnections.
 */
export function useQueueBadge() {
  const { data, error } = start();
  return {
    openCount: computed(() => data.value?.moderationSummary.openCount ?? null),
    oldestOpenAt: computed(() => data.value?.moderationSummary.oldestOpenAt ?? null),
    error,
    refresh,
    /** Calls `listener` on every change of the queue; returns the function that unsubscribes. */
    onQueueUpdate(listener: (update: QueueUpdate) => void): () => void {
      updateListeners.add(listener);
      return () => updateListeners.delete(listener);
    },
    /** Calls `listener` after the live channel reconnected (changes may have been missed). */
    onResync(listener: () => void): () => void {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
  };
}
