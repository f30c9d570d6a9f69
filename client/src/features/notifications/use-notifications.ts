import { effectScope, ref, shallowRef, watch } from 'vue';
import type { LiveNotification } from '@townsquare/shared';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type FlagOutcome,
  type NotificationItemFragment,
  type NotificationKind,
} from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { onLive, onLiveReady } from '../../lib/socket';
import { toPage, usePaged } from '../../lib/use-paged';
import { useSession } from '../accounts/use-session';

export type NotificationItem = NotificationItemFragment;

const KINDS: ReadonlySet<string> = new Set<NotificationKind>([
  'ACCEPTED_ANSWER',
  'CONTEST_WON',
  'MENTION',
  'NEW_TOPIC',
  'OFFICIAL_REPLY',
  'POST_HIDDEN',
  'QUOTE',
  'REACTION',
  'REPLY',
  'STAFF_WARNING',
  'WATCHED_POST',
  'EVENT_PROMOTED',
  'EVENT_REMINDER',
  'EVENT_CHANGED',
  'EVENT_CANCELLED',
  'IDEA_STATUS',
  'FLAG_OUTCOME',
]);

const FLAG_OUTCOMES: ReadonlySet<string> = new Set<FlagOutcome>(['CONTENT_REMOVED', 'AGREED', 'DISMISSED']);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A notification as the live channel carries it, in the shape the API returns. */
function actorOf(raw: unknown): NotificationItem['actor'] {
  if (!raw || typeof raw !== 'object') return null;
  const { handle, displayName } = raw as Record<string, unknown>;
  return typeof handle === 'string' && typeof displayName === 'string' ? { handle, displayName } : null;
}

function fromLive(raw: LiveNotification): NotificationItem | null {
  const kind = text(raw.kind);
  if (!kind || !KINDS.has(kind)) return null;
  const createdAt = text(raw.createdAt) ?? new Date().toISOString();
  return {
    id: raw.id,
    kind: kind as NotificationKind,
    topicId: text(raw.topicId),
    postId: text(raw.postId),
    postNumber: int(raw.postNumber),
    topicTitle: text(raw.topicTitle),
    actorCount: int(raw.actorCount) ?? 1,
    actor: actorOf(raw.actor),
    byBrand: raw.byBrand === true,
    reaction: text(raw.reaction),
    reason: text(raw.reason),
    eventId: text(raw.eventId),
    eventOccurrenceId: text(raw.eventOccurrenceId),
    eventTitle: text(raw.eventTitle),
    eventStartsAt: text(raw.eventStartsAt),
    flagOutcome: FLAG_OUTCOMES.has(text(raw.flagOutcome) ?? '') ? (raw.flagOutcome as FlagOutcome) : null,
    read: raw.read === true,
    createdAt,
    updatedAt: text(raw.updatedAt) ?? createdAt,
  };
}

/** Where a notification leads: the post it is about. */
export function notificationLink(n: NotificationItem): string | null {
  if (n.eventId) return `/events/${n.eventId}`;
  if (!n.topicId) return null;
  return n.postNumber && n.postNumber > 1 ? `/t/${n.topicId}/${n.postNumber}` : `/t/${n.topicId}`;
}

// One count for the whole app: the bell, the page and the title read it.
const unreadCount = ref(0);
const countError = shallowRef<ApiError | null>(null);
const listeners = new Set<(n: NotificationItem) => void>();
const readListeners = new Set<(id: string | null) => void>();
let started = false;

async function refreshCount(): Promise<void> {
  const session = useSession();
  if (!session.user.value) {
    unreadCount.value = 0;
    return;
  }
  try {
    unreadCount.value = (await request(UnreadNotificationCountDocument)).unreadNotificationCount;
    countError.value = null;
  } catch (e) {
    countError.value = toApiError(e);
  }
}

function start(): void {
  if (started) return;
  started = true;
  const session = useSession();
  // The count lives as long as the app, not as long as the component that first asked for it.
  effectScope(true).run(() => {
    watch(
      () => session.user.value?.id ?? null,
      () => void refreshCount(),
      { immediate: true },
    );
  });
  // After a reconnect the count may have changed while the page was not listening.
  onLiveReady(() => void refreshCount());
  onLive('notification.created', ({ notification, unreadCount: count }) => {
    unreadCount.value = count;
    const item = fromLive(notification);
    if (!item) return;
    listeners.forEach((listener) => listener(item));
  });
}

/** Marks one read (when it is opened); the count goes down at once. */
async function markRead(n: NotificationItem): Promise<void> {
  if (n.read) return;
  unreadCount.value = Math.max(0, unreadCount.value - 1);
  readListeners.forEach((listener) => listener(n.id));
  try {
    await request(MarkNotificationReadDocument, { id: n.id });
  } catch {
    void refreshCount();
  }
}

async function markAllRead(): Promise<void> {
  await request(MarkAllNotificationsReadDocument);
  unreadCount.value = 0;
  readListeners.forEach((listener) => listener(null));
}

/** The unread count and the actions on notifications, shared by the bell and the page. */
export function useNotificationCenter() {
  start();
  return { unreadCount, countError, markRead, markAllRead, refreshCount };
}

/**
 * A list of notifications read page by page, that takes in new ones as they arrive and shows
 * them read when they are marked read anywhere in the app.
 */
export function useNotificationList(options: { pageSize: number; unreadOnly: () => boolean }) {
  start();
  const list = usePaged<NotificationItem>(
    async (after) =>
      toPage((await request(NotificationsDocument, { first: options.pageSize, after, unreadOnly: options.unreadOnly() })).notifications),
    (n) => n.id,
  );
  const onArrival = (item: NotificationItem) => {
    if (!list.loaded.value) return;
    list.update((items) => [item, ...items.filter((n) => n.id !== item.id)]);
  };
  const onRead = (id: string | null) => {
    list.update((items) =>
      options.unreadOnly() && id === null
        ? []
        : items.map((n) => (id === null || n.id === id ? { ...n, read: true } : n)),
    );
  };
  listeners.add(onArrival);
  readListeners.add(onRead);
  function dispose(): void {
    listeners.delete(onArrival);
    readListeners.delete(onRead);
  }
  return { ...list, dispose };
}
