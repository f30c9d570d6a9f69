import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** How long a read of index.html is trusted before its modification time is checked again. */
const RECHECK_MS = 1000;

interface Parts {
  /** Up to the `<title>` element. */
  head: string;
  /** After `</title>` up to the inside of `<div id="app">`. */
  middle: string;
  /** From the app element's closing tag to the end. */
  tail: string;
}

/**
 * The built client's index.html, read once and split where a page's head tags and content go:
 * the `<title>` is replaced by the page's head tags, and the content goes inside `#app`, which
 * Vue's mount replaces once the app runs. A rebuilt client is picked up within a second.
 */
export class PageTemplate {
  private cached: { parts: Parts | null; mtimeMs: number; checkedAt: number } | null = null;

  constructor(private readonly clientDist: string) {}

  get indexPath(): string {
    return path.join(this.clientDist, 'index.html');
  }

  /** The page with its head tags and content in place; null when the client is not built. */
  render(headTags: string, content: string): string | null {
    const parts = this.parts();
    if (!parts) return null;
    return `${parts.head}${headTags}${parts.middle}${content}${parts.tail}`;
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
    this.cached = { parts: split(readFileSync(this.indexPath, 'utf8')), mtimeMs, checkedAt: now };
    return this.cached.parts;
  }
}

/** Splits index.html; a file without a title or an app element still gets both, added where they belong. */
export function split(html: string): Parts {
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
