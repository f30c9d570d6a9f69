import { renderMarkdown } from '@townsquare/markdown';

export interface RenderedPost {
  html: string;
  links: number;
  mentions: string[];
  quotedPostIds: string[];
}

/**
 * Renders Markdown to safe HTML with the shared renderer. Mentions link only to handles that
 * exist: the first pass finds them, `existing` checks them, a second pass renders when needed.
 */
export async function renderPost(body: string, existing: (handles: string[]) => Promise<Set<string>>): Promise<RenderedPost> {
  const first = renderMarkdown(body);
  const known = first.mentions.length > 0 ? await existing(first.mentions) : new Set<string>();
  const final = first.mentions.every((m) => known.has(m)) ? first : renderMarkdown(body, { resolveMention: (h) => known.has(h.toLowerCase()) });
  return {
    html: final.html,
    links: final.links,
    mentions: first.mentions.filter((m) => known.has(m)),
    quotedPostIds: [...new Set(final.quotes.map((q) => q.postId).filter((id): id is string => !!id))],
  };
}
