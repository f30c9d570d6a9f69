import { readonly, ref, shallowRef } from 'vue';
import type { ModerationQueueUpdatedPayload } from '@townsquare/shared';
import { AdminModerationSummaryDocument } from '../generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { onLive, onLiveReady } from '../../lib/socket';

/** What the live channel says when the moderation queue changes. */
export type QueueUpdate = ModerationQueueUpdatedPayload;

const openCount = ref<number | null>(null);
const oldestOpenAt = ref<string | null>(null);
const error = shallowRef<ApiError | null>(null);
const updateListeners = new Set<(update: QueueUpdate) => void>();
const resyncListeners = new Set<() => void>();
let started = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;

/** Asks the server how many items wait: the event's count is the whole community's, not a scoped moderator's. */
async function refresh(): Promise<void> {
  const call = ++generation;
  try {
    const { moderationSummary } = await request(AdminModerationSummaryDocument);
    if (call !== generation) return;
    openCount.value = moderationSummary.openCount;
    oldestOpenAt.value = moderationSummary.oldestOpenAt;
    error.value = null;
  } catch (e) {
    if (call === generation) error.value = toApiError(e);
  }
}

/** Several changes in a burst (a wave of flags) cost one request. */
function refreshSoon(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void refresh();
  }, 150);
}

function start(): void {
  if (started) return;
  started = true;
  void refresh();
  onLive('moderation.queue.updated', (update) => {
    refreshSoon();
    updateListeners.forEach((listener) => listener(update));
  });
  // After a reconnect, whatever changed meanwhile was not announced: catch up.
  onLiveReady(() => {
    refreshSoon();
    resyncListeners.forEach((listener) => listener());
  });
}

/**
 * The live size of the moderation queue, shared by the navigation badge, the dashboard and the
 * queue page, with subscriptions to each change and to reconnections.
 */
export function useQueueBadge() {
  start();
  return {
    openCount: readonly(openCount),
    oldestOpenAt: readonly(oldestOpenAt),
    error: readonly(error),
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
