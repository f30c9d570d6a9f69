import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue';
import {
  AdminClaimInboxItemDocument,
  AdminDismissInboxItemDocument,
  AdminInboxReplyDocument,
  AdminInboxSummaryDocument,
  AdminReleaseInboxItemDocument,
  AdminReplyInboxDocument,
  AdminSetInboxDutyDocument,
  type AdminInboxSummaryQuery,
  type InboxItemState,
  type InboxItemViewFragment,
} from '../generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { onLive, onLiveReady } from '../../lib/socket';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQuery } from '../../lib/use-query';

export type InboxItem = InboxItemViewFragment;
export type InboxSummary = AdminInboxSummaryQuery['inboxSummary'];
export type InboxView = 'ALL' | 'MINE' | 'UNCLAIMED';

const PAGE_SIZE = 30;
/** Changes arriving close together are read in one go. */
const REFRESH_DELAY_MS = 250;
/** How often the timers on the cards move on. */
const TICK_MS = 5_000;
const MINUTE = 60_000;

/** Where a wait stands against the target (the server's rule: a quarter of the target, or a minute, left is "due soon"). */
export function stateOf(waitedMs: number, targetMs: number): InboxItemState {
  if (waitedMs >= targetMs) return 'OVERDUE';
  return targetMs - waitedMs <= Math.max(targetMs / 4, MINUTE) ? 'DUE_SOON' : 'ON_TIME';
}

/**
 * The reply inbox as staff work it: the open items (all, mine, or nobody's) with the summary,
 * kept current live (`inbox.changed` makes the page read the list again), and the timers moving
 * on between reads while the team is within its business hours. Claim, release, dismiss and
 * reply act on one item; a refusal (another claimed it first) comes back as an error.
 */
export function useInbox(view: () => InboxView) {
  const list = usePaged<InboxItem>(
    async (after) => {
      const filter = view() === 'MINE' ? { mine: true } : view() === 'UNCLAIMED' ? { unclaimed: true } : {};
      return toPage((await request(AdminReplyInboxDocument, { filter, first: PAGE_SIZE, after })).replyInbox);
    },
    (item) => item.topicId,
  );
  // Read with the list, when the page opens and when the inbox changes.
  const summaryQuery = useQuery(AdminInboxSummaryDocument, undefined, { immediate: false });
  const summary = computed((): InboxSummary | null => summaryQuery.data.value?.inboxSummary ?? null);
  /** When the list and summary were last read: the timers add what passed since. */
  const readAt = ref(Date.now());
  const now = ref(Date.now());
  /** Topics with an action under way here, so their buttons wait. */
  const busy = ref<ReadonlySet<string>>(new Set());

  async function refresh(): Promise<void> {
    await Promise.all([list.reload(), summaryQuery.refetch()]);
    readAt.value = Date.now();
    now.value = readAt.value;
  }

  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleRefresh(): void {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void refresh();
    }, REFRESH_DELAY_MS);
  }

  watch(view, () => void list.reload());
  let ticker: ReturnType<typeof setInterval> | null = null;
  const subscriptions = [onLive('inbox.changed', scheduleRefresh), onLiveReady(scheduleRefresh)];
  onMounted(() => {
    void refresh();
    ticker = setInterval(() => (now.value = Date.now()), TICK_MS);
  });
  onBeforeUnmount(() => {
    subscriptions.forEach((off) => off());
    if (ticker) clearInterval(ticker);
    if (refreshTimer) clearTimeout(refreshTimer);
  });

  const targetMs = computed(() => (summary.value?.targetMinutes ?? 10) * MINUTE);

  /** How long an item has waited now, in business time: what the server said, plus the time since while within hours. */
  function waitedMs(item: InboxItem): number {
    const base = item.waitedSeconds * 1000;
    if (!summary.value?.withinHours) return base;
    const changeAt = summary.value.hoursChangeAt ? Date.parse(summary.value.hoursChangeAt) : Infinity;
    return base + Math.max(0, Math.min(now.value, changeAt) - readAt.value);
  }

  function liveState(item: InboxItem): InboxItemState {
    return stateOf(waitedMs(item), targetMs.value);
  }

  async function act(topicId: string, action: () => Promise<unknown>): Promise<ApiError | null> {
    if (busy.value.has(topicId)) return null;
    busy.value = new Set([...busy.value, topicId]);
    try {
      await action();
      return null;
    } catch (e) {
      return toApiError(e);
    } finally {
      const next = new Set(busy.value);
      next.delete(topicId);
      busy.value = next;
      scheduleRefresh();
    }
  }

  function replace(item: InboxItem): void {
    list.update((items) => items.map((i) => (i.topicId === item.topicId ? item : i)));
  }

  return {
    list,
    summary,
    summaryError: summaryQuery.error,
    busy,
    targetMs,
    waitedMs,
    liveState,
    refresh,
    claim: (topicId: string) => act(topicId, async () => replace((await request(AdminClaimInboxItemDocument, { topicId })).claimInboxItem)),
    release: (topicId: string) => act(topicId, async () => replace((await request(AdminReleaseInboxItemDocument, { topicId })).releaseInboxItem)),
    dismiss: (topicId: string) =>
      act(topicId, async () => {
        await request(AdminDismissInboxItemDocument, { topicId });
        list.update((items) => items.filter((i) => i.topicId !== topicId));
      }),
    reply: (topicId: string, body: string, asBrand: boolean) =>
      act(topicId, async () => {
        await request(AdminInboxReplyDocument, { input: { topicId, body, asBrand } });
        list.update((items) => items.filter((i) => i.topicId !== topicId));
      }),
    setDuty: async (onDuty: boolean): Promise<ApiError | null> => {
      try {
        await request(AdminSetInboxDutyDocument, { onDuty });
        await summaryQuery.refetch();
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
  };
}
