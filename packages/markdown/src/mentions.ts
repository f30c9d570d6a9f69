import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { MAX_MENTIONS } from './limits.js';
import { renderState, type RenderState } from './render-state.js';

/**
 * `@handle` at a word start. What may stand before the `@` is checked separately (so that
 * `bob@example.com` and `https://host/@bob` are no mentions); after the handle there must be no
 * further handle character, no `@`, and no `.` or `-` that goes on into a word.
 */
const MENTION = /@([a-z0-9_]{3,20})(?![a-z0-9_@]|[.-][a-z0-9_])/gi;
/** Characters that glue an `@` to what precedes it (emails, URLs, paths, words). */
const GLUED_BEFORE = /[\p{L}\p{N}\p{M}_.\-+@/\\:=%&#`~]/u;

export interface MentionMeta {
  handle: string;
  display: string;
}

function isMember(state: RenderState, handle: string): boolean {
  state.handles.add(handle);
  let resolved = state.resolved.get(handle);
  if (resolved === undefined) {
    resolved = state.resolveMention ? state.resolveMention(handle) === true : true;
    state.resolved.set(handle, resolved);
  }
  return resolved;
}

/** Whether `@handle` becomes a mention link; records it in `mentions` when it does outside quotes. */
function acceptsMention(state: RenderState, handle: string, inQuote: boolean): boolean {
  // Quotes repeat someone else's words: their mentions are linked but notify nobody.
  if (inQuote) return isMember(state, handle);
  if (state.mentions.includes(handle)) return true;
  if (state.mentions.length >= MAX_MENTIONS || !isMember(state, handle)) return false;
  state.mentions.push(handle);
  return true;
}

/** Splits one text token into text and mention tokens; returns null when it holds no mention. */
function splitText(
  core: StateCore,
  token: Token,
  previous: Token | undefined,
  inQuote: boolean,
): Token[] | null {
  const text = token.content;
  if (!text.includes('@')) return null;
  const state = renderState(core.env);
  const nodes: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const at = match.index;
    const before =
      at > 0 ? text[at - 1] : previous && previous.type.startsWith('text') ? previous.content.slice(-1) : '';
    if (before && GLUED_BEFORE.test(before)) continue;
    const display = match[1];
    const handle = display.toLowerCase();
    if (!acceptsMention(state, handle, inQuote)) continue;
    if (at > last) nodes.push(textToken(core, token, text.slice(last, at)));
    const mention = new core.Token('mention', 'a', 0);
    mention.level = token.level;
    mention.content = match[0];
    mention.markup = '@';
    mention.meta = { handle, display } satisfies MentionMeta;
    nodes.push(mention);
    last = at + match[0].length;
  }
  if (nodes.length === 0) return null;
  if (last < text.length) nodes.push(textToken(core, token, text.slice(last)));
  return nodes;
}

function textToken(core: StateCore, like: Token, content: string): Token {
  const token = new core.Token('text', '', 0);
  token.level = like.level;
  token.content = content;
  return token;
}

/** Core rule: turns `@handle` in text (never in code, link text or image descriptions) into mention tokens. */
function mentionRule(core: StateCore): void {
  let quoteDepth = 0;
  for (const blockToken of core.tokens) {
    if (blockToken.type === 'quote_open') quoteDepth++;
    else if (blockToken.type === 'quote_close') quoteDepth--;
    if (blockToken.type !== 'inline' || !blockToken.children) continue;
    const children: Token[] = [];
    let linkDepth = 0;
    let previous: Token | undefined;
    for (const child of blockToken.children) {
      if (child.type === 'link_open') linkDepth++;
      else if (child.type === 'link_close') linkDepth--;
      const split = child.type === 'text' && linkDepth === 0 ? splitText(core, child, previous, quoteDepth > 0) : null;
      if (split) children.push(...split);
      else children.push(child);
      previous = child;
    }
    blockToken.children = children;
  }
}

export function mentionsPlugin(md: MarkdownIt): void {
  // Before text_join, so that `\@handle` (an escaped `@`, still a separate token here) stays text.
  md.core.ruler.before('text_join', 'mentions', mentionRule);
  const escape = md.utils.escapeHtml;
  md.renderer.rules.mention = (tokens, idx) => {
    const meta = tokens[idx].meta as unknown as MentionMeta;
    return `<a class="mention" href="/u/${escape(meta.handle)}" rel="nofollow ugc noopener">@${escape(meta.display)}</a>`;
  };
}
