import type { MarkdownIt } from 'markdown-it';

/**
 * GFM's "www." autolinks. linkify-it finds `http(s)://…` and e-mail addresses by itself but bare
 * domains only in its fuzzy mode, which also links file names such as `README.md`; this adds just
 * the `www.` form, with GFM's rules for where such a link ends.
 */
const WWW_TAIL = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+(?::\d{1,5})?(?:[/?#][^\s<>"]*)?/i;
const TRAILING_PUNCTUATION = /[?!.,:*_~'"]$/;
const TRAILING_ENTITY = /&[a-z0-9]+;$/i;
const MAX_LENGTH = 2_000;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Length of the link after `www.` at `pos`, or 0. */
function wwwTailLength(text: string, pos: number): number {
  // GFM: the link starts a line or follows whitespace, `*`, `_`, `~` or `(`.
  const before = pos >= 5 ? text[pos - 5] : '';
  if (before && !/[\s*_~(]/.test(before)) return 0;
  const match = WWW_TAIL.exec(text.slice(pos, pos + MAX_LENGTH));
  if (!match) return 0;
  let tail = match[0];
  for (;;) {
    if (TRAILING_PUNCTUATION.test(tail)) tail = tail.slice(0, -1);
    else if (tail.endsWith(')') && count(tail, ')') > count(tail, '(')) tail = tail.slice(0, -1);
    else if (TRAILING_ENTITY.test(tail)) tail = tail.replace(TRAILING_ENTITY, '');
    else break;
  }
  const host = tail.split(/[:/?#]/, 1)[0];
  const labels = `www.${host}`.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return 0;
  // GFM: no underscore in the last two labels of the domain.
  if (labels.slice(-2).some((label) => label.includes('_'))) return 0;
  return tail.length;
}

export function autolinksPlugin(md: MarkdownIt): void {
  md.linkify.add('www.', {
    validate: (text, pos) => wwwTailLength(text, pos),
    normalize: (match) => {
      match.url = `http://${match.url}`;
    },
  });
}
