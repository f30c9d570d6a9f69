import { renderMarkdown } from '@townsquare/markdown';

export interface RenderedPost {
  html: string;
  links: number;
  mentions: string[];
  quotedPostIds: string[];
}

/** At most this many handles of one post are looked up: its mentions (at most 50) first, then quoted authors and mentions inside quotes. */
const MAX_HANDLE_LOOKUPS = 200;

/**
 * Renders Markdown to safe HTML with the shared renderer. Mentions link only to handles that
 * exist, and quotes name their authors by display name: the first pass finds the handles,
 * `members` looks them all up in one batch (lower-cased handle → display name of the members that
 * exist), a second pass renders with the answers when they change anything.
 */
export async function renderPost(body: string, members: (handles: string[]) => Promise<Map<string, string>>): Promise<RenderedPost> {
  const first = renderMarkdown(body);
  const handles = [...new Set([...first.mentions, ...first.handles])].slice(0, MAX_HANDLE_LOOKUPS);
  const known = handles.length > 0 ? await members(handles) : new Map<string, string>();
  const unchanged = first.handles.every((h) => known.has(h)) && !first.quotes.some((q) => q.handle && known.has(q.handle));
  const final = unchanged
    ? first
    : renderMarkdown(body, { resolveMention: (h) => known.has(h), resolveQuoteAuthor: (h) => known.get(h) });
  return {
    html: final.html,
    links: final.links,
    mentions: first.mentions.filter((m) => known.has(m)),
    quotedPostIds: [...new Set(final.quotes.map((q) => q.postId).filter((id): id is string => !!id))],
  };
}
