/**
 * Unsent text kept on this device, one draft per place (a topic's reply, a new topic in a
 * category) and per account, so that a reload, a closed tab or a crash loses nothing.
 */

const PREFIX = 'townsquare.draft.';
/** Drafts older than this are dropped when read. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface StoredDraft<T> {
  value: T;
  savedAt: number;
}

function storageKey(userId: string, key: string): string {
  return `${PREFIX}${userId}.${key}`;
}

export function readDraft<T>(userId: string, key: string): StoredDraft<T> | null {
  try {
    const raw = localStorage.getItem(storageKey(userId, key));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    if (typeof parsed?.savedAt !== 'number' || Date.now() - parsed.savedAt > MAX_AGE_MS) {
      localStorage.removeItem(storageKey(userId, key));
      return null;
    }
    return parsed;
  } catch {
    return null;
  }
}

export function writeDraft<T>(userId: string, key: string, value: T): void {
  try {
    localStorage.setItem(storageKey(userId, key), JSON.stringify({ value, savedAt: Date.now() } satisfies StoredDraft<T>));
  } catch {
    /* storage full or disabled: the draft lives as long as the page */
  }
}

export function removeDraft(userId: string, key: string): void {
  try {
    localStorage.removeItem(storageKey(userId, key));
  } catch {
    /* nothing stored */
  }
}

/**
 * Saves a draft a moment after the last change (`schedule`), at once on `flush`, and forgets it
 * on `clear` (after it was sent, or discarded).
 */
export function draftSaver<T>(userId: () => string | null, key: () => string | null, delayMs = 600) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { userId: string; key: string; value: T; empty: boolean } | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    if (pending.empty) removeDraft(pending.userId, pending.key);
    else writeDraft(pending.userId, pending.key, pending.value);
    pending = null;
  }

  function schedule(value: T, empty: boolean): void {
    const user = userId();
    const place = key();
    if (!user || !place) return;
    pending = { userId: user, key: place, value, empty };
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  }

  function clear(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
    const user = userId();
    const place = key();
    if (user && place) removeDraft(user, place);
  }

  return { schedule, flush, clear };
}
