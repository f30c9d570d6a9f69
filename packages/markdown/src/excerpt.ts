import type { Token } from 'markdown-it';
import { assertSourceWithinLimits } from './limits.js';
import { markdown } from './markdown.js';
import { createEnv } from './render-state.js';
import type { MentionMeta } from './mentions.js';

const ELLIPSIS = '…';

/** Block tokens whose end separates words. */
const BLOCK_ENDS = new Set([
  'paragraph_close',
  'heading_close',
  'list_item_close',
  'th_close',
  'td_close',
  'tr_close',
  'blockquote_close',
]);

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'mention':
        text += `@${(child.meta as unknown as MentionMeta).display}`;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      // Images, and the markup of links and emphasis, add no words.
    }
  }
  return text;
}

/** The words a reader sees, quotes left out (they are someone else's). */
function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  let quoteDepth = 0;
  for (const token of tokens) {
    if (token.type === 'quote_open') quoteDepth++;
    else if (token.type === 'quote_close') quoteDepth--;
    if (quoteDepth > 0) continue;
    if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content, ' ');
    else if (BLOCK_ENDS.has(token.type)) parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `maxChars` characters at a word boundary, ending with "…". */
function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const room = chars.slice(0, maxChars - 1);
  const cutAt = room.lastIndexOf(' ');
  // Past the first word, cut at the last space that fits; one very long word is cut where it must.
  const kept = (cutAt > 0 ? room.slice(0, cutAt) : room).join('').replace(/[\s.,;:!?\-–—]+$/u, '');
  return `${kept}${ELLIPSIS}`;
}

/**
 * Plain text of the rendered Markdown, without markup or quotes, whitespace collapsed, at most
 * `maxChars` characters: longer texts are cut at a word boundary and end with "…".
 *
 * @throws RangeError for a source over the limit or a `maxChars` below 1.
 */
export function excerpt(source: string, maxChars = 200): string {
  assertSourceWithinLimits(source);
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError('maxChars must be a positive integer');
  }
  const tokens = markdown.parse(source, createEnv());
  return truncate(plainText(tokens), maxChars);
}
