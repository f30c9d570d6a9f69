/** Limits and patterns the renderer enforces. The numbers mirror the post limits in `@townsquare/shared`. */
export const MARKDOWN_LIMITS = {
  /** `renderMarkdown` and `excerpt` throw a `RangeError` for longer sources (UTF-16 code units). */
  maxSourceChars: 50_000,
} as const;

/** At most this many distinct handles are returned in `mentions` and rendered as mention links. */
export const MAX_MENTIONS = 50;

/** Quotes nested deeper than this are left as plain text. */
export const MAX_QUOTE_DEPTH = 5;

/** A member handle: 3–20 of a–z, 0–9 and underscore (compared case-insensitively). */
export const HANDLE_PATTERN = /^[a-z0-9_]{3,20}$/;

/** A post id: a UUID in its canonical hyphenated form. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertSourceWithinLimits(source: string): void {
  if (typeof source !== 'string') {
    throw new TypeError('Markdown source must be a string');
  }
  if (source.length > MARKDOWN_LIMITS.maxSourceChars) {
    throw new RangeError(
      `Markdown source is ${source.length} characters long; the limit is ${MARKDOWN_LIMITS.maxSourceChars}`,
    );
  }
}
