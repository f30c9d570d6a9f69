import { computed, onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { MentionSuggestionsDocument, type MentionSuggestionsQuery } from '../lib/generated/graphql';
import { request } from '../lib/graphql';

export type MentionSuggestion = MentionSuggestionsQuery['mentionSuggestions'][number];

/**
 * `@` and the handle letters typed so far, right before the caret. What may stand before the `@`
 * mirrors the renderer: nothing that glues it to a word, an address or a path.
 */
const TYPED_MENTION = /(?:^|[^\p{L}\p{N}\p{M}_.\-+@/\\:=%&#`~])@([a-z0-9_]{1,20})$/iu;
/** Waits this long after the last key before asking the server. */
const DEBOUNCE_MS = 180;

/** Where the list goes: under the caret's line, or above it when there is no room below. */
export interface ListPlacement {
  left: number;
  top?: number;
  bottom?: number;
}

/** Copies enough of the textarea's box and font for a mirror to wrap its text the same way. */
const MIRRORED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight',
  'textTransform', 'wordSpacing', 'tabSize',
] as const;

/** The caret's position inside the textarea, in pixels from its top-left corner (scroll applied). */
function caretOffset(el: HTMLTextAreaElement, index: number): { left: number; top: number; height: number } {
  const mirror = document.createElement('div');
  const style = getComputedStyle(el);
  for (const key of MIRRORED) mirror.style[key] = style[key];
  Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', top: '0', left: '-9999px', whiteSpace: 'pre-wrap', overflowWrap: 'break-word' });
  mirror.textContent = el.value.slice(0, index);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
  const result = { left: marker.offsetLeft - el.scrollLeft, top: marker.offsetTop - el.scrollTop, height: line };
  mirror.remove();
  return result;
}

/**
 * @-mention autocomplete for a textarea, as a combobox: the textarea keeps focus, the list is a
 * listbox whose active option the textarea names with aria-activedescendant. Lookups wait for a
 * pause in typing and only the latest answer is shown.
 */
export function useMentions(options: {
  textarea: Readonly<Ref<HTMLTextAreaElement | null>>;
  model: Ref<string>;
  enabled: () => boolean;
  topicId: () => string | null | undefined;
}) {
  const suggestions = shallowRef<MentionSuggestion[]>([]);
  const open = ref(false);
  const active = ref(-1);
  const placement = ref<ListPlacement>({ left: 0, top: 0 });
  /** Where the typed `@` starts and what follows it, while a mention is being typed. */
  let typed: { start: number; prefix: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lookup = 0;

  const activeOption = computed(() => (open.value && active.value >= 0 ? suggestions.value[active.value] : undefined));

  function close(): void {
    lookup++;
    if (timer) clearTimeout(timer);
    timer = null;
    typed = null;
    open.value = false;
    active.value = -1;
  }

  function place(el: HTMLTextAreaElement, index: number): void {
    const box = el.getBoundingClientRect();
    const caret = caretOffset(el, index);
    const left = Math.max(8, Math.min(box.left + caret.left, window.innerWidth - 288));
    const lineBottom = box.top + caret.top + caret.height;
    // A composer docked to the bottom of the screen has little room below its lines.
    placement.value = window.innerHeight - lineBottom < 240 ? { left, bottom: window.innerHeight - (box.top + caret.top) + 4 } : { left, top: lineBottom + 4 };
  }

  async function fetch(prefix: string, start: number): Promise<void> {
    const call = ++lookup;
    try {
      const { mentionSuggestions } = await request(MentionSuggestionsDocument, { prefix, topicId: options.topicId() ?? null });
      if (call !== lookup) return;
      suggestions.value = mentionSuggestions;
      active.value = -1;
      open.value = mentionSuggestions.length > 0;
      const el = options.textarea.value;
      if (open.value && el) place(el, start);
    } catch {
      // A refused or failed lookup only means no list: typing goes on.
      if (call === lookup) {
        open.value = false;
        active.value = -1;
      }
    }
  }

  /** Looks at the text before the caret after each change or caret move. */
  function update(): void {
    const el = options.textarea.value;
    if (!options.enabled() || !el || el.selectionStart !== el.selectionEnd) return close();
    const caret = el.selectionStart;
    // The textarea, not the model: a v-model passed down catches up only after the parent renders.
    const match = TYPED_MENTION.exec(el.value.slice(0, caret));
    if (!match) return close();
    const prefix = match[1]!;
    const start = caret - prefix.length - 1;
    if (typed && typed.start === start && typed.prefix === prefix) return;
    typed = { start, prefix };
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fetch(prefix, start), DEBOUNCE_MS);
  }

  /** Puts `@handle ` in place of what was typed and moves the caret after it. */
  function pick(suggestion: MentionSuggestion): void {
    const el = options.textarea.value;
    const spot = typed;
    close();
    if (!el || !spot) return;
    const value = el.value;
    const end = spot.start + 1 + spot.prefix.length;
    const rest = value.slice(end);
    const piece = `@${suggestion.handle}${rest.startsWith(' ') ? '' : ' '}`;
    options.model.value = value.slice(0, spot.start) + piece + rest;
    const caret = spot.start + piece.length + (rest.startsWith(' ') ? 1 : 0);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  }

  /** Handles the list's keys; true when the key was used and must not reach the textarea. */
  function onKeydown(event: KeyboardEvent): boolean {
    if (!open.value) return false;
    const count = suggestions.value.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = active.value + (event.key === 'ArrowDown' ? 1 : -1);
      active.value = next >= count ? 0 : next < 0 ? count - 1 : next;
      return true;
    }
    if (event.key === 'Escape') {
      close();
      return true;
    }
    if (event.key === 'Tab' && !event.shiftKey) {
      pick(suggestions.value[Math.max(active.value, 0)]!);
      return true;
    }
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.shiftKey && activeOption.value) {
      pick(activeOption.value);
      return true;
    }
    return false;
  }

  // The list is placed on the screen: it follows its line when the page or the field scrolls.
  function replace(): void {
    const el = options.textarea.value;
    if (open.value && el && typed) place(el, typed.start);
  }
  watch(open, (isOpen) => {
    if (isOpen) {
      window.addEventListener('scroll', replace, { capture: true, passive: true });
      window.addEventListener('resize', replace, { passive: true });
    } else {
      window.removeEventListener('scroll', replace, { capture: true });
      window.removeEventListener('resize', replace);
    }
  });

  onBeforeUnmount(() => {
    close();
    window.removeEventListener('scroll', replace, { capture: true });
    window.removeEventListener('resize', replace);
  });

  return { suggestions, open, active, activeOption, placement, update, pick, close, onKeydown };
}
