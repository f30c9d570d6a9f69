import { computed, onBeforeUnmount, ref, watch } from 'vue';
import {
  AdminApproveJoinRequestDocument,
  AdminApprovePostDocument,
  AdminCategoriesDocument,
  AdminModerationQueueDocument,
  AdminRejectJoinRequestDocument,
  AdminRejectPostDocument,
  AdminResolveFlagsDocument,
  type AdminQueueItemFragment,
  type AuthorAction,
  type ContentAction,
  type FlagDecision,
  type QueueStatus,
  type Role,
} from '../generated/graphql';
import { request, toApiError } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQuery } from '../../lib/use-query';
import { useQueueBadge, type QueueUpdate } from '../shell/use-queue-badge';

export type QueueItem = AdminQueueItemFragment;
/** One flag on an item, with who raised it. */
export type QueueFlag = QueueItem['flags'][number];
export type QueueKind = 'FLAGGED' | 'PENDING_POST' | 'JOIN_REQUEST';
/** Whom an item is about: the author of the post or topic, or the flagged member. */
export interface QueuePerson {
  id: string;
  handle: string;
  displayName: string;
  role: Role;
}
/** With AGREE: what also happens to that person, and until when (a silence needs an end; null: an indefinite suspension). */
export interface AuthorVerdict {
  action: AuthorAction;
  until?: Date | null;
}

/**
 * The person an agreed verdict can also act on: the author of the flagged post or topic, or the
 * flagged member. Null when there is none (a removed account, content gone, a join request).
 */
export function personOf(item: QueueItem): QueuePerson | null {
  if (item.kind !== 'FLAGGED') return null;
  if (item.targetType === 'POST') return item.post?.author ?? null;
  if (item.targetType === 'TOPIC') return item.topic?.author ?? null;
  if (item.targetType === 'USER') return item.user ?? null;
  return null;
}

const PAGE_SIZE = 20;
const MAX_PAGE = 50;
const FRESH_MS = 6000;
const NOTE_MS = 8000;

/** A decision on an item that another moderator had already taken. */
function alreadyHandled(error: unknown): boolean {
  const e = toApiError(error);
  return e.code === 'CONFLICT' || (e.code === 'NOT_FOUND' && e.reason === 'ALREADY_RESOLVED');
}

/**
 * The moderation queue as a moderator works it: a page at a time, kept current live. New items
 * and new flags appear without reloading; an item another moderator resolved leaves the list
 * with a quiet note; the decisions (agree, disagree, ignore, approve, reject) act on one item.
 */
export function useModerationQueue(status: () => QueueStatus) {
  const badge = useQueueBadge();
  /** How many items the first page asks for: enough to keep what the moderator has scrolled to. */
  let firstPageSize = PAGE_SIZE;
  const list = usePaged<QueueItem>(
    async (after) =>
      toPage((await request(AdminModerationQueueDocument, { status: status(), first: after ? PAGE_SIZE : firstPageSize, after })).moderationQueue),
    (item) => item.id,
  );

  /** Items this page decided: their "resolved" events are not news. */
  const decidedHere = new Set<string>();
  /** Items that arrived live, marked for a moment. */
  const fresh = ref<ReadonlySet<string>>(new Set());
  /** How many items other moderators took off this list since the note last showed. */
  const handledElsewhere = ref(0);
  let noteTimer: ReturnType<typeof setTimeout> | null = null;
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  // Category names are a nicety on the cards; the queue works without them.
  const categories = useQuery(AdminCategoriesDocument);
  const categoryNames = computed(
    (): ReadonlyMap<string, { name: string; color: string }> => new Map((categories.data.value?.categories ?? []).map((c) => [c.id, { name: c.name, color: c.color }])),
  );

  function noteHandledElsewhere(count = 1): void {
    handledElsewhere.value += count;
    if (noteTimer) clearTimeout(noteTimer);
    noteTimer = setTimeout(() => (handledElsewhere.value = 0), NOTE_MS);
  }

  function dismissNote(): void {
    handledElsewhere.value = 0;
  }

  function remove(id: string): void {
    list.update((items) => items.filter((item) => item.id !== id));
  }

  /**
   * Reloads the list. The open items leave out what was decided here: a load begun before a
   * decision (a resync when the live connection opens, say) must not bring its item back.
   */
  async function reload(): Promise<void> {
    await list.reload();
    if (status() === 'OPEN' && decidedHere.size > 0) list.update((items) => items.filter((item) => !decidedHere.has(item.id)));
  }

  /** Loads the list again, as long as it is now, and marks what is new. */
  async function refreshList(): Promise<void> {
    const before = new Set(list.items.value.map((item) => item.id));
    const hadLoaded = list.loaded.value;
    firstPageSize = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, list.items.value.length + 1));
    await reload();
    firstPageSize = PAGE_SIZE;
    if (!hadLoaded) return;
    const arrived = list.items.value.filter((item) => !before.has(item.id)).map((item) => item.id);
    if (arrived.length === 0) return;
    fresh.value = new Set([...fresh.value, ...arrived]);
    setTimeout(() => {
      const next = new Set(fresh.value);
      arrived.forEach((id) => next.delete(id));
      fresh.value = next;
    }, FRESH_MS);
  }

  function refreshSoon(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void refreshList();
    }, 150);
  }

  function onUpdate(update: QueueUpdate): void {
    if (status() === 'OPEN') {
      if (update.status === 'RESOLVED') {
        if (decidedHere.has(update.itemId)) return;
        if (list.items.value.some((item) => item.id === update.itemId)) {
          remove(update.itemId);
          noteHandledElsewhere();
        }
        return;
      }
      // A new item, or new flags on one already listed.
      refreshSoon();
    } else if (update.status === 'RESOLVED') {
      refreshSoon();
    }
  }

  const stopUpdates = badge.onQueueUpdate(onUpdate);
  const stopResync = badge.onResync(refreshSoon);
  onBeforeUnmount(() => {
    stopUpdates();
    stopResync();
    if (noteTimer) clearTimeout(noteTimer);
    if (reloadTimer) clearTimeout(reloadTimer);
  });

  watch(status, () => void reload(), { immediate: true });

  /**
   * Runs one decision. On success the item leaves the list. When another moderator was first,
   * the item leaves too, with the quiet note, and `false` is returned; other errors are thrown.
   */
  async function decide(item: QueueItem, send: () => Promise<unknown>): Promise<boolean> {
    decidedHere.add(item.id);
    try {
      await send();
      remove(item.id);
      return true;
    } catch (e) {
      if (alreadyHandled(e)) {
        remove(item.id);
        noteHandledElsewhere();
        return false;
      }
      decidedHere.delete(item.id);
      // A reload while it was being decided may have left it out: bring it back.
      refreshSoon();
      throw toApiError(e);
    }
  }

  /**
   * A verdict on an item's flags. With AGREE, `contentAction` hides or deletes the post or topic,
   * and `author` also warns, silences or suspends its author (or the flagged member); the server
   * checks both before changing anything, so a refused author action leaves the item open.
   */
  function resolveFlags(
    item: QueueItem,
    decision: FlagDecision,
    contentAction: ContentAction = 'NONE',
    reason?: string,
    author: AuthorVerdict = { action: 'NONE' },
  ): Promise<boolean> {
    const trimmed = reason?.trim();
    const authorInput =
      decision === 'AGREE' && author.action !== 'NONE'
        ? { authorAction: author.action, ...(author.until ? { authorActionUntil: author.until.toISOString() } : {}) }
        : {};
    return decide(item, () =>
      request(AdminResolveFlagsDocument, {
        input: { itemId: item.id, decision, contentAction, ...(trimmed ? { reason: trimmed } : {}), ...authorInput },
      }),
    );
  }

  function approve(item: QueueItem): Promise<boolean> {
    if (item.kind === 'JOIN_REQUEST') return decide(item, () => request(AdminApproveJoinRequestDocument, { userId: item.targetId }));
    return decide(item, () => request(AdminApprovePostDocument, { itemId: item.id }));
  }

  function reject(item: QueueItem, reason: string): Promise<boolean> {
    if (item.kind === 'JOIN_REQUEST') return decide(item, () => request(AdminRejectJoinRequestDocument, { userId: item.targetId, reason }));
    return decide(item, () => request(AdminRejectPostDocument, { itemId: item.id, ...(reason ? { reason } : {}) }));
  }

  return {
    ...list,
    fresh,
    handledElsewhere,
    dismissNote,
    categoryNames,
    openCount: badge.openCount,
    resolveFlags,
    approve,
    reject,
    refresh: refreshList,
    hasItems: computed(() => list.items.value.length > 0),
  };
}
