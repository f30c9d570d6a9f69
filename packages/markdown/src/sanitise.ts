import { decodeHTMLAttribute } from 'entities';
import { FilterXSS } from 'xss';
import { HANDLE_PATTERN, UUID_PATTERN } from './limits.js';
import { LINK_REL, safeImageUrl, safeLinkUrl } from './url-policy.js';

/**
 * Second line of defence. markdown-it (raw HTML off, our renderer rules) only emits the tags below;
 * this pass re-parses its output and keeps nothing else, so a bug in a rule or a plugin cannot put a
 * script, a style or an event handler on the page. On correct output it changes nothing.
 */

type AttributePolicy = (value: string) => string | null;

const anyText: AttributePolicy = (value) => value;
const oneOf =
  (...allowed: string[]): AttributePolicy =>
  (value) =>
    allowed.includes(value) ? value : null;
const matching =
  (pattern: RegExp): AttributePolicy =>
  (value) =>
    pattern.test(value) ? value : null;

const ALLOWED: Record<string, Record<string, AttributePolicy>> = {
  p: {},
  br: {},
  hr: {},
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  strong: {},
  em: {},
  del: {},
  code: { class: matching(/^language-[a-z0-9_+#.-]{1,32}$/) },
  pre: {},
  blockquote: {
    class: oneOf('quote'),
    'data-post-id': matching(UUID_PATTERN),
    'data-handle': matching(HANDLE_PATTERN),
  },
  div: { class: oneOf('quote-author') },
  span: { class: oneOf('quote-said') },
  ul: {},
  ol: { start: matching(/^\d{1,9}$/) },
  li: {},
  // rel is dropped here and set on every link below, whatever it said.
  a: { href: safeLinkUrl, title: anyText, rel: () => null, class: oneOf('mention', 'quote-source') },
  img: { src: safeImageUrl, alt: anyText, title: anyText, loading: oneOf('lazy') },
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { align: oneOf('left', 'center', 'right') },
  td: { align: oneOf('left', 'center', 'right') },
};

/** The same allow-list in the shape js-xss takes: tag name to attribute names. */
const WHITE_LIST: Record<string, string[]> = Object.fromEntries(
  Object.entries(ALLOWED).map(([tag, attributes]) => [tag, Object.keys(attributes)]),
);

/** Escapes a value for a double-quoted attribute (`>` too, which `ANCHOR_OPEN` relies on). */
function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const filter = new FilterXSS({
  whiteList: WHITE_LIST,
  // Tags outside the list are dropped (their text stays, escaped); script and style bodies go too.
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style'],
  allowCommentTag: false,
  css: false,
  onTagAttr(tag, name, value) {
    const policy = ALLOWED[tag]?.[name];
    if (!policy) return '';
    // Check and emit the value the browser will see: entities decoded here, re-escaped below.
    const safe = policy(decodeHTMLAttribute(value));
    return safe === null ? '' : `${name}="${escapeAttribute(safe)}"`;
  },
  onIgnoreTagAttr: () => '',
});

/**
 * An opening `<a>` tag as the filter writes it: every attribute value is quoted and escaped, and
 * text never holds a raw `<`, so the first `>` ends the tag.
 */
const ANCHOR_OPEN = /<a(?=[\s/>])([^>]*?)\s*\/?>/g;

export function sanitiseHtml(html: string): string {
  return filter.process(html).replace(ANCHOR_OPEN, `<a$1 rel="${LINK_REL}">`);
}
