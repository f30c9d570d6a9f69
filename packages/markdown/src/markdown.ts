import MarkdownItClass from 'markdown-it';
import type { MarkdownIt, StateCore } from 'markdown-it';
import { autolinksPlugin } from './autolinks.js';
import { mentionsPlugin } from './mentions.js';
import { quotesPlugin } from './quotes.js';
import { renderState } from './render-state.js';
import { LINK_REL, safeImageUrl, safeLinkUrl } from './url-policy.js';

/** Post headings sit below the page's own: `#` becomes h3, `##` h4, `###` h5, deeper ones h6. */
const HEADING_SHIFT = 2;
const CODE_LANGUAGE = /^[a-z0-9_+#.-]{1,32}$/i;
const ALIGN = /^text-align:(left|center|right)$/;

/** Core rule that gives markdown-it's tokens the shape our allow-list expects. */
function shapeTokens(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT);
      token.tag = `h${level}`;
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      // markdown-it aligns cells with a style attribute; styles are not allowed, `align` is.
      const style = String(token.attrGet('style') ?? '');
      const align = style ? ALIGN.exec(style) : null;
      token.attrs = align ? [['align', align[1]]] : null;
    } else if (token.type === 'inline' && token.children) {
      for (const child of token.children) {
        if (child.type === 's_open' || child.type === 's_close') child.tag = 'del';
      }
    }
  }
}

function codeLanguage(info: string): string | null {
  const name = info.trim().split(/\s+/, 1)[0] ?? '';
  return CODE_LANGUAGE.test(name) ? name.toLowerCase() : null;
}

function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownItClass('default', {
    html: false,
    linkify: true,
    typographer: false,
    breaks: false,
    xhtmlOut: false,
    langPrefix: 'language-',
  });
  // Links and autolinks (typed or found by linkify) are only made for http, https, mailto and
  // relative URLs; anything else stays the text it was typed as.
  md.validateLink = (url) => safeLinkUrl(url) !== null;

  autolinksPlugin(md);
  mentionsPlugin(md);
  quotesPlugin(md);
  md.core.ruler.push('townsquare_shape', shapeTokens);

  const escape = md.utils.escapeHtml;
  const rules = md.renderer.rules;

  rules.link_open = (tokens, idx, options, env, renderer) => {
    const token = tokens[idx];
    const href = safeLinkUrl(String(token.attrGet('href') ?? ''));
    const title = String(token.attrGet('title') ?? '');
    token.attrs = [];
    if (href !== null) token.attrs.push(['href', href]);
    if (title) token.attrs.push(['title', title]);
    token.attrs.push(['rel', LINK_REL]);
    renderState(env).links++;
    return renderer.renderToken(tokens, idx, options);
  };

  rules.image = (tokens, idx, options, env, renderer) => {
    const token = tokens[idx];
    const alt = renderer.renderInlineAsText(token.children ?? [], options, env);
    const src = safeImageUrl(String(token.attrGet('src') ?? ''));
    // An image from elsewhere (data:, javascript:, another scheme) is shown as its description.
    if (src === null) return escape(alt);
    const title = String(token.attrGet('title') ?? '');
    const images = renderState(env).images;
    if (!images.includes(src)) images.push(src);
    let html = `<img src="${escape(src)}" alt="${escape(alt)}"`;
    if (title) html += ` title="${escape(title)}"`;
    return `${html} loading="lazy">`;
  };

  rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    const language = codeLanguage(md.utils.unescapeAll(token.info));
    const attrs = language ? ` class="language-${escape(language)}"` : '';
    return `<pre><code${attrs}>${escape(token.content)}</code></pre>\n`;
  };

  rules.code_block = (tokens, idx) => `<pre><code>${escape(tokens[idx].content)}</code></pre>\n`;
  rules.code_inline = (tokens, idx) => `<code>${escape(tokens[idx].content)}</code>`;

  // html: false means these are never produced; should they ever be, they are shown, not run.
  rules.html_block = (tokens, idx) => `<p>${escape(tokens[idx].content)}</p>\n`;
  rules.html_inline = (tokens, idx) => escape(tokens[idx].content);

  return md;
}

export const markdown = createMarkdownIt();
