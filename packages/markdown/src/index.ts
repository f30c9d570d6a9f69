export { renderMarkdown } from './render.js';
export { excerpt } from './excerpt.js';
export { MARKDOWN_LIMITS } from './limits.js';
export type { QuoteReference, RenderOptions, RenderResult } from './types.js';
