export interface RenderOptions {
  /**
   * Called once per distinct lower-cased handle. Return false for handles that name no member:
   * they stay plain text and are left out of `mentions`. Without it every well-formed handle is a
   * mention.
   */
  resolveMention?: (handle: string) => boolean;
  /**
   * Called once per distinct lower-cased handle a `[quote="handle, …"]` names. Return the member's
   * display name to show it as the quote's author, with the handle in the link's title; return
   * undefined for handles that name no member: the quote then shows the handle as written. Without
   * it every quote shows the handle as written.
   */
  resolveQuoteAuthor?: (handle: string) => string | undefined;
}

/** A `[quote]` block found in the source. */
export interface QuoteReference {
  /** The quoted post's id (a lower-cased UUID), when the quote names one. */
  postId?: string;
  /** The quoted author's handle, lower-cased, when the quote names one. */
  handle?: string;
}

export interface RenderResult {
  /** Sanitised HTML, safe to store and to insert with `innerHTML` / `v-html`. */
  html: string;
  /** Mentioned handles outside quotes: lower-cased, de-duplicated, in order, at most 50. */
  mentions: string[];
  /**
   * Every distinct lower-cased handle the source names where a member is expected — mentions inside
   * and outside quotes, quoted authors — in the order met: the handles to look up before rendering
   * again with `resolveMention` and `resolveQuoteAuthor`.
   */
  handles: string[];
  /** Quotes in document order, nested ones included. */
  quotes: QuoteReference[];
  /** How many links the HTML holds, mention links not counted. */
  links: number;
  /** The distinct image URLs the HTML shows, in order. */
  images: string[];
}
