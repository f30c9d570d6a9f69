import { assertSourceWithinLimits } from './limits.js';
import { markdown } from './markdown.js';
import { createEnv, renderState } from './render-state.js';
import { sanitiseHtml } from './sanitise.js';
import type { RenderOptions, RenderResult } from './types.js';

/**
 * Renders a post's Markdown to sanitised HTML and reports what it refers to.
 *
 * To link only members that exist and name quoted authors by their display names, call it once
 * without resolvers, look the returned `handles` up, then render again with resolvers that answer
 * from that lookup.
 *
 * @throws RangeError when the source is longer than `MARKDOWN_LIMITS.maxSourceChars`.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): RenderResult {
  assertSourceWithinLimits(source);
  const env = createEnv(options);
  const html = sanitiseHtml(markdown.render(source, env));
  const state = renderState(env);
  return {
    html,
    mentions: [...state.mentions],
    handles: [...state.handles],
    quotes: state.quotes.map((quote) => ({ ...quote })),
    links: state.links,
    images: [...state.images],
  };
}
