/**
 * What a server-rendered page is made of, and how it becomes HTML: the head tags that search
 * engines and link previews read, and a plain copy of the page's content for readers without
 * JavaScript. Everything that comes from people (titles, names, excerpts) is escaped here; post
 * bodies are the sanitised HTML the Markdown renderer stored.
 */

/** One server-rendered page: its head and its plain content. */
export interface PageView {
  status: 200 | 404;
  /** The page's own title; the community's name follows it (the home page has only the name). */
  title: string | null;
  description: string;
  /** Path and query of the page's canonical address, e.g. `/t/<id>?page=2`. */
  canonicalPath: string | null;
  /** An absolute or site-relative image address for link previews. */
  image: string | null;
  ogType: 'website' | 'article' | 'profile';
  /** Structured data, written as a JSON-LD data block. */
  jsonLd: Record<string, unknown> | null;
  /** rel=prev / rel=next addresses (path and query). */
  prev: string | null;
  next: string | null;
  /** Feeds of this page, as `<link rel="alternate">`. */
  feeds: Array<{ title: string; path: string }>;
  /** Pages that say nothing worth indexing (not found) ask search engines to skip them. */
  noindex: boolean;
  /** The plain content, already HTML (built with `html` and `text` below). */
  body: string;
}

/** The community as every page names it. */
export interface SiteIdentity {
  name: string;
  description: string;
  publicUrl: string;
  /** The community's image for link previews when a page has none of its own. */
  defaultImage: ShareImage;
}

/** A picture for link previews whose size and type are known, so a preview can lay itself out before fetching it. */
export interface ShareImage {
  /** Absolute, or a path on this site. */
  url: string;
  width: number;
  height: number;
  /** The MIME type: a raster one, since chat apps and social networks refuse SVG. */
  type: string;
  /** What the picture shows, for people who cannot see it. */
  alt: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute value. */
export function text(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The readable text of sanitised HTML: tags dropped, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    // Block elements part words; inline ones (emphasis, links) sit inside a sentence.
    .replace(/<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|img|figure|figcaption|section|article|aside|details|summary)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return NAMED[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters of text, cut at a word when one ends near the limit. */
export function excerpt(value: string, max = 200): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first image a post shows (its `src`, entities decoded), if any. */
export function firstImage(html: string): string | null {
  const match = /<img\b[^>]*?\ssrc\s*=\s*("([^"]*)"|'([^']*)')/i.exec(html);
  const src = match ? plainText(match[2] ?? match[3] ?? '') : '';
  return /^(https?:\/\/|\/(?!\/))/i.test(src) ? src : null;
}

/** An absolute address on this site, for canonical links and preview tags. */
export function absolute(publicUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${publicUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

/**
 * JSON for a `<script type="application/ld+json">` block: nothing in it can end the element or
 * open markup, whatever the data says (`<`, `>`, `&` and the two line separators are escaped).
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The full `<title>` text: "Page · Community", or the community's name alone. */
export function fullTitle(view: Pick<PageView, 'title'>, site: SiteIdentity): string {
  return view.title ? `${view.title} · ${site.name}` : site.name;
}

/** Every tag the page's `<head>` gains, the `<title>` first. */
export function headTags(view: PageView, site: SiteIdentity): string {
  const title = fullTitle(view, site);
  const tags: string[] = [`<title>${text(title)}</title>`];
  const meta = (attr: 'name' | 'property', key: string, content: string) => tags.push(`<meta ${attr}="${key}" content="${text(content)}" />`);
  if (view.description) meta('name', 'description', view.description);
  if (view.noindex) meta('name', 'robots', 'noindex');
  if (view.canonicalPath) tags.push(`<link rel="canonical" href="${text(absolute(site.publicUrl, view.canonicalPath))}" />`);
  if (view.prev) tags.push(`<link rel="prev" href="${text(absolute(site.publicUrl, view.prev))}" />`);
  if (view.next) tags.push(`<link rel="next" href="${text(absolute(site.publicUrl, view.next))}" />`);
  for (const feed of view.feeds) {
    tags.push(`<link rel="alternate" type="application/rss+xml" title="${text(feed.title)}" href="${text(absolute(site.publicUrl, feed.path))}" />`);
  }
  if (view.status === 200) {
    const fallback = view.image ? null : site.defaultImage;
    const image = absolute(site.publicUrl, view.image ?? site.defaultImage.url);
    meta('property', 'og:site_name', site.name);
    meta('property', 'og:type', view.ogType);
    meta('property', 'og:title', view.title ?? site.name);
    if (view.description) meta('property', 'og:description', view.description);
    if (view.canonicalPath) meta('property', 'og:url', absolute(site.publicUrl, view.canonicalPath));
    meta('property', 'og:image', image);
    // A post's own image is whatever its author linked: only the default's size and type are known.
    if (fallback) {
      meta('property', 'og:image:type', fallback.type);
      meta('property', 'og:image:width', String(fallback.width));
      meta('property', 'og:image:height', String(fallback.height));
      meta('property', 'og:image:alt', fallback.alt);
    }
    meta('name', 'twitter:card', view.image ? 'summary_large_image' : 'summary');
    meta('name', 'twitter:title', view.title ?? site.name);
    if (view.description) meta('name', 'twitter:description', view.description);
    meta('name', 'twitter:image', image);
    if (fallback) meta('name', 'twitter:image:alt', fallback.alt);
  }
  // A data block, never run: script-src does not govern it, so the strict policy stays as it is.
  if (view.jsonLd) tags.push(`<script type="application/ld+json">${jsonLdText(view.jsonLd)}</script>`);
  return tags.join('\n    ');
}

/** A `<time>` element with the machine-readable moment and a plain UTC rendering. */
export function time(at: Date): string {
  const iso = at.toISOString();
  return `<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}
