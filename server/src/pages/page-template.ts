import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CommunityLanguage } from '../config/config.js';

/** How long a read of index.html is trusted before its modification time is checked again. */
const RECHECK_MS = 1000;

interface Parts {
  /** Up to the `<title>` element. */
  head: string;
  /** After `</title>` up to the inside of `<div id="app">`. */
  middle: string;
  /** From the app element's closing tag to the end. */
  tail: string;
  /** The Content-Security-Policy sources (`'sha256-…'`) that let the page's inline script and styles run. */
  inline: InlineSources;
}

/** Where index.html is cut, before its files are inlined. */
type Layout = Omit<Parts, 'inline'>;

export interface InlineSources {
  script: string[];
  style: string[];
}

/** The most a file may weigh to be written into every page rather than fetched. */
const INLINE_MAX_BYTES = 64 * 1024;

/**
 * The built client's index.html, read once and split where a page's head tags and content go:
 * the `<title>` is replaced by the page's head tags, and the content goes inside `#app`, which
 * Vue's mount replaces once the app runs. A rebuilt client is picked up within a second.
 *
 * The theme script and the stylesheets the page links are written into it: a first visit paints
 * after one answer instead of four, which on a phone's connection is most of the wait. The page's
 * policy allows exactly those blocks by their hashes (`inlineSources`), nothing else inline.
 */
export class PageTemplate {
  private cached: { parts: Parts | null; mtimeMs: number; checkedAt: number } | null = null;

  /** `language`: the community's, which the page's `<html lang>` states whatever the built file says. */
  constructor(
    private readonly clientDist: string,
    private readonly language: CommunityLanguage,
  ) {}

  get indexPath(): string {
    return path.join(this.clientDist, 'index.html');
  }

  /**
   * The page with its head tags and content in place, and the hashes of the inline blocks it
   * carries (for its Content-Security-Policy); null when the client is not built.
   */
  render(headTags: string, content: string): { html: string; inline: InlineSources } | null {
    const parts = this.parts();
    if (!parts) return null;
    return { html: `${parts.head}${headTags}${parts.middle}${content}${parts.tail}`, inline: parts.inline };
  }

  private parts(): Parts | null {
    const now = Date.now();
    if (this.cached && now - this.cached.checkedAt < RECHECK_MS) return this.cached.parts;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.indexPath).mtimeMs;
    } catch {
      this.cached = { parts: null, mtimeMs: 0, checkedAt: now };
      return null;
    }
    if (this.cached?.parts && this.cached.mtimeMs === mtimeMs) {
      this.cached.checkedAt = now;
      return this.cached.parts;
    }
    const layout = split(readFileSync(this.indexPath, 'utf8'));
    this.cached = { parts: inlineAssets({ ...layout, head: withLanguage(layout.head, this.language) }, this.clientDist), mtimeMs, checkedAt: now };
    return this.cached.parts;
  }
}

/** Splits index.html; a file without a title or an app element still gets both, added where they belong. */
export function split(html: string): Layout {
  const title = /<title>[\s\S]*?<\/title>\s*/i.exec(html);
  let head: string;
  let rest: string;
  if (title) {
    head = html.slice(0, title.index);
    rest = html.slice(title.index + title[0].length);
  } else {
    const end = html.search(/<\/head>/i);
    head = html.slice(0, Math.max(0, end));
    rest = html.slice(Math.max(0, end));
  }
  const app = /<div id="app">\s*<\/div>/i.exec(rest);
  if (app) {
    return { head, middle: `\n    ${rest.slice(0, app.index)}<div id="app">`, tail: `</div>${rest.slice(app.index + app[0].length)}` };
  }
  const body = rest.search(/<\/body>/i);
  const at = body < 0 ? rest.length : body;
  return { head, middle: `\n    ${rest.slice(0, at)}<div id="app">`, tail: `</div>${rest.slice(at)}` };
}

/** The document's `<html>` tag stating `language` (replacing the language it states, if any). */
export function withLanguage(head: string, language: string): string {
  return head.replace(/<html\b([^>]*)>/i, (_tag, attrs: string) => {
    const rest = attrs.replace(/\s+lang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '');
    return `<html lang="${language}"${rest}>`;
  });
}

function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** A file of the built client by its site path, or null when it is not one or is too large to inline. */
function readClientFile(clientDist: string, sitePath: string): string | null {
  const file = path.resolve(clientDist, `.${sitePath}`);
  if (!file.startsWith(path.resolve(clientDist) + path.sep)) return null;
  try {
    if (statSync(file).size > INLINE_MAX_BYTES) return null;
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Writes the same-origin classic scripts and stylesheets of the page's head into it. A file that
 * cannot be read, is too large, or holds its own closing tag stays a link.
 */
export function inlineAssets(parts: Layout, clientDist: string): Parts {
  const inline: InlineSources = { script: [], style: [] };
  const rewrite = (html: string): string =>
    html
      .replace(/<script src="(\/[^"]+\.js)"><\/script>/g, (tag, src: string) => {
        const content = readClientFile(clientDist, src);
        if (content === null || /<\/script/i.test(content)) return tag;
        inline.script.push(hashSource(content));
        return `<script>${content}</script>`;
      })
      .replace(/<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g, (tag, href: string) => {
        const content = readClientFile(clientDist, href);
        if (content === null || /<\/style/i.test(content)) return tag;
        inline.style.push(hashSource(content));
        // The disabled link loads nothing; it tells the client's loader, which checks the page's
        // links before it adds a lazily loaded page's stylesheets, that this one is in place.
        return `<style>${content}</style><link rel="stylesheet" href="${href}" disabled>`;
      });
  return { head: rewrite(parts.head), middle: rewrite(parts.middle), tail: parts.tail, inline };
}
