import { shallowRef } from 'vue';
import type { RouteLocationRaw } from 'vue-router';

export type NoticeTone = 'info' | 'success' | 'warning';

/** A message shown under the header until the person moves on or closes it. */
export interface Notice {
  id: number;
  /** i18n key of the text, with its named values. */
  key: string;
  params?: Record<string, string | number>;
  tone: NoticeTone;
  /** data-testid of the notice, for the notices tests look for. */
  testid?: string;
  /** An optional link offered with the text. */
  action?: { key: string; to: RouteLocationRaw };
  /** Navigations it survives: 1 when it is raised just before a redirect to where it is shown. */
  survives: number;
}

const notices = shallowRef<readonly Notice[]>([]);
let nextId = 1;

export function flash(notice: Omit<Notice, 'id' | 'survives'>, options: { beforeNavigation?: boolean } = {}): void {
  const entry: Notice = { ...notice, id: nextId++, survives: options.beforeNavigation ? 1 : 0 };
  // One notice per text: a repeated event replaces the older copy.
  notices.value = [...notices.value.filter((n) => n.key !== notice.key), entry];
}

export function dismiss(id: number): void {
  notices.value = notices.value.filter((n) => n.id !== id);
}

/** Called after every navigation: notices belong to the page they were shown on. */
export function afterNavigation(): void {
  notices.value = notices.value
    .filter((n) => n.survives > 0)
    .map((n) => ({ ...n, survives: n.survives - 1 }));
}

export function useNotices() {
  return { notices, dismiss };
}
