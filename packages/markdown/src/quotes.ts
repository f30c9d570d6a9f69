import type { MarkdownIt, StateBlock } from 'markdown-it';
import { HANDLE_PATTERN, MAX_QUOTE_DEPTH, UUID_PATTERN } from './limits.js';
import { renderState, type RenderState } from './render-state.js';
import { LINK_REL } from './url-policy.js';
import type { QuoteReference } from './types.js';

/**
 * A quote this renderer accepts: `[quote]`, `[quote="handle"]`, `[quote="handle, post:<uuid>"]` or
 * `[quote="handle, post:<uuid>, topic:<uuid>/<number>"]`, the last linking to the quoted post.
 */
const OPENER = /^\[quote(?:="([^"\n]*)")?\]/i;
/** Anything shaped like an opening tag, valid or not, so that closing tags pair up with the right one. */
const ANY_OPENER = /^\[quote(?:=[^\]\n]*)?\]/i;
const CLOSER = /\[\/quote\]$/i;
const ATTRIBUTE = /^([a-z0-9_]+)(?:,\s*post:([0-9a-f-]+)(?:,\s*topic:([0-9a-f-]+)\/([1-9][0-9]{0,8}))?)?$/i;

export interface QuoteMeta {
  /** Lower-cased. */
  handle?: string;
  /** The handle as the tag wrote it. */
  display?: string;
  /** The quoted member's display name, when the caller's resolver knows the handle. */
  name?: string;
  postId?: string;
  /** Where the quoted post is read: `/t/<topic>/<number>`. */
  href?: string;
}

/** Validates the attribute of `[quote="…"]`; null when it is not one we accept. */
function parseAttribute(attribute: string | undefined): QuoteMeta | null {
  if (attribute === undefined) return {};
  const match = ATTRIBUTE.exec(attribute.trim());
  if (!match) return null;
  const display = match[1];
  const handle = display.toLowerCase();
  if (!HANDLE_PATTERN.test(handle)) return null;
  if (match[2] === undefined) return { handle, display };
  const postId = match[2].toLowerCase();
  if (!UUID_PATTERN.test(postId)) return null;
  if (match[3] === undefined) return { handle, display, postId };
  const topicId = match[3].toLowerCase();
  if (!UUID_PATTERN.test(topicId)) return null;
  return { handle, display, postId, href: `/t/${topicId}/${match[4]}` };
}

/** The display name `resolveQuoteAuthor` gives a handle, asked once per handle per render. */
function authorName(render: RenderState, handle: string): string | undefined {
  render.handles.add(handle);
  let name = render.quoteAuthors.get(handle);
  if (name === undefined) {
    name = render.resolveQuoteAuthor?.(handle)?.trim() || null;
    render.quoteAuthors.set(handle, name);
  }
  return name ?? undefined;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]).trimEnd();
}

/**
 * Block rule for Discourse-style quotes. The opening tag starts a line; the matching `[/quote]`
 * ends a line (the same one or a later one). The text between is parsed as Markdown of its own.
 */
function quoteRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = lineText(state, startLine);
  const opener = OPENER.exec(first);
  if (!opener) return false;
  const meta = parseAttribute(opener[1]);
  if (!meta) return false;
  const render = renderState(state.env);
  if (render.quoteDepth >= MAX_QUOTE_DEPTH) return false;

  const firstRest = first.slice(opener[0].length);
  let lastLine = CLOSER.test(firstRest) ? startLine : -1;
  let depth = 1;
  for (let line = startLine + 1; lastLine < 0 && line < endLine; line++) {
    if (state.sCount[line] < state.blkIndent && !state.isEmpty(line)) break;
    const text = lineText(state, line);
    if (ANY_OPENER.test(text)) depth++;
    if (CLOSER.test(text)) depth--;
    if (depth === 0) lastLine = line;
  }
  if (lastLine < 0) return false;
  if (silent) return true;

  let inner: string;
  if (lastLine === startLine) {
    inner = firstRest.replace(CLOSER, '');
  } else {
    const middle = state.getLines(startLine + 1, lastLine, state.blkIndent, true);
    const last = state.getLines(lastLine, lastLine + 1, state.blkIndent, false).trimEnd().replace(CLOSER, '');
    inner = (firstRest.trim() ? `${firstRest.trim()}\n` : '') + middle + last;
  }

  const reference: QuoteReference = {};
  if (meta.postId) reference.postId = meta.postId;
  if (meta.handle) reference.handle = meta.handle;
  render.quotes.push(reference);
  const name = meta.handle ? authorName(render, meta.handle) : undefined;

  const open = state.push('quote_open', 'blockquote', 1);
  open.block = true;
  open.map = [startLine, lastLine + 1];
  open.meta = name ? { ...meta, name } : { ...meta };
  render.quoteDepth++;
  try {
    state.md.block.parse(inner, state.md, state.env, state.tokens);
  } finally {
    render.quoteDepth--;
  }
  const close = state.push('quote_close', 'blockquote', -1);
  close.block = true;
  state.line = lastLine + 1;
  return true;
}

export function quotesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'quote', quoteRule, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  const escape = md.utils.escapeHtml;
  md.renderer.rules.quote_open = (tokens, idx) => {
    const meta = tokens[idx].meta as QuoteMeta;
    let html = '<blockquote class="quote"';
    if (meta.postId) html += ` data-post-id="${escape(meta.postId)}"`;
    if (meta.handle) html += ` data-handle="${escape(meta.handle)}"`;
    html += '>\n';
    // "Alice said:": the words after the name come from the reader's language (the client's
    // stylesheet fills .quote-said), since the HTML is stored once for every reader.
    if (meta.name && meta.handle) {
      // A member's display name links to the quoted post (to their profile when the quote names
      // no post); the handle, the stable name, is the link's title.
      const href = meta.href ?? `/u/${meta.handle}`;
      const name = `<a class="quote-source" href="${escape(href)}" title="@${escape(meta.handle)}" rel="${LINK_REL}">${escape(meta.name)}</a>`;
      html += `<div class="quote-author">${name}<span class="quote-said"></span></div>\n`;
    } else if (meta.display) {
      const name = meta.href ? `<a class="quote-source" href="${escape(meta.href)}" rel="${LINK_REL}">${escape(meta.display)}</a>` : escape(meta.display);
      html += `<div class="quote-author">${name}<span class="quote-said"></span></div>\n`;
    }
    return html;
  };
  md.renderer.rules.quote_close = () => '</blockquote>\n';
}
