import { shallowRef } from 'vue';

export type ToastTone = 'info' | 'success' | 'error';

/** A short message about an action just taken (a reaction that failed, a link copied), shown for a few seconds. */
export interface Toast {
  id: number;
  text: string;
  tone: ToastTone;
}

const toasts = shallowRef<readonly Toast[]>([]);
let nextId = 1;
const DURATION_MS = 6000;

export function toast(text: string, tone: ToastTone = 'info'): void {
  const entry: Toast = { id: nextId++, text, tone };
  // The same text again replaces the older copy rather than stacking.
  toasts.value = [...toasts.value.filter((t) => t.text !== text), entry].slice(-3);
  setTimeout(() => dismissToast(entry.id), DURATION_MS);
}

export function dismissToast(id: number): void {
  toasts.value = toasts.value.filter((t) => t.id !== id);
}

export function useToasts() {
  return { toasts, dismissToast };
}
