import { onBeforeUnmount, onMounted } from 'vue';

/**
 * Keyboard shortcuts as forum readers know them: one key (`j`) or two pressed one after the
 * other (`g h`). A component states its keys with `useShortcuts` while it is on screen; the
 * latest one to state a key wins, so a page's `r` comes before the site's. Keys never fire while
 * someone types (in an input, a textarea, a select or editable text), with Ctrl, Meta or Alt held,
 * or while a modal dialog is open.
 */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>;

/** How long the second key of a sequence may wait for. */
const SEQUENCE_MS = 1500;

const layers: ShortcutMap[] = [];
let pending: string | null = null;
let pendingTimer: ReturnType<typeof setTimeout> | null = null;

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/**
 * The key as a shortcut names it: the character typed, or, for a letter in a layout that is not
 * Latin (a Russian layout types "о" on J), the Latin letter of that place on the keyboard, so
 * that shortcuts work whatever the layout.
 */
function keyName(event: KeyboardEvent): string {
  if (/^[\x21-\x7e]$/.test(event.key)) return event.key;
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter && event.key.length === 1) return event.shiftKey ? letter[1]! : letter[1]!.toLowerCase();
  return event.key;
}

function find(name: string): ((event: KeyboardEvent) => void) | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const run = layers[i]![name];
    if (run) return run;
  }
  return undefined;
}

function startsSequence(name: string): boolean {
  return layers.some((layer) => Object.keys(layer).some((keys) => keys.startsWith(`${name} `)));
}

function clearPending(): void {
  pending = null;
  if (pendingTimer) clearTimeout(pendingTimer);
  pendingTimer = null;
}

function onKeydown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (typingIn(event.target) || document.querySelector('dialog[open]')) {
    clearPending();
    return;
  }
  const name = keyName(event);
  if (name === 'Shift') return;
  const sequence = pending ? find(`${pending} ${name}`) : undefined;
  const run = sequence ?? (pending ? undefined : find(name));
  clearPending();
  if (run) {
    event.preventDefault();
    run(event);
  } else if (startsSequence(name)) {
    event.preventDefault();
    pending = name;
    pendingTimer = setTimeout(clearPending, SEQUENCE_MS);
  }
}

/** Listens for `shortcuts` while the calling component is mounted. */
export function useShortcuts(shortcuts: ShortcutMap): void {
  onMounted(() => {
    if (layers.length === 0) document.addEventListener('keydown', onKeydown);
    layers.push(shortcuts);
  });
  onBeforeUnmount(() => {
    const index = layers.lastIndexOf(shortcuts);
    if (index >= 0) layers.splice(index, 1);
    if (layers.length === 0) {
      document.removeEventListener('keydown', onKeydown);
      clearPending();
    }
  });
}
