/**
 * Which URLs may appear in `href` and `src`. Both checks see the URL the way a browser's URL parser
 * would: entities already decoded by the caller, then every whitespace and control character removed
 * (browsers drop tabs and newlines anywhere in a URL and trim the rest), so `java\tscript:` and
 * ` JaVaScRiPt:` are recognised for what they are. The cleaned URL is what gets emitted.
 */

/** Every link in a post carries this: posts are user content, and a link never gets `window.opener`. */
export const LINK_REL = 'nofollow ugc noopener';

/** C0 controls and space, DEL and C1 controls, and invisible format characters. */
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);
const UPLOADS_PREFIX = '/uploads/';

function clean(url: string): string {
  return url.replace(INVISIBLE, '');
}

/**
 * A relative reference must not carry a colon before its first `/`, `?` or `#`: some parsers read
 * such a first segment as a scheme.
 */
function hasSchemeLikeFirstSegment(url: string): boolean {
  const end = url.search(/[/?#]/);
  const firstSegment = end === -1 ? url : url.slice(0, end);
  return firstSegment.includes(':');
}

/** Returns the URL to emit for a link, or null when the link must not be made. */
export function safeLinkUrl(url: string): string | null {
  const cleaned = clean(url);
  const scheme = SCHEME.exec(cleaned);
  if (scheme) {
    return LINK_SCHEMES.has(scheme[1].toLowerCase()) ? cleaned : null;
  }
  return hasSchemeLikeFirstSegment(cleaned) ? null : cleaned;
}

/** Returns the URL to emit for an image (http(s) or our own `/uploads/…`), or null. */
export function safeImageUrl(url: string): string | null {
  const cleaned = clean(url);
  const scheme = SCHEME.exec(cleaned);
  if (scheme) {
    if (!IMAGE_SCHEMES.has(scheme[1].toLowerCase())) return null;
    return /^https?:\/\/[^/?#\\]/i.test(cleaned) ? cleaned : null;
  }
  if (!cleaned.startsWith(UPLOADS_PREFIX) || cleaned.includes('\\')) return null;
  const path = cleaned.split(/[?#]/, 1)[0];
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return null;
  }
  // No way out of /uploads/ through dot segments, literal or percent-encoded.
  if (decodedPath.includes('\\')) return null;
  if (decodedPath.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return cleaned;
}
