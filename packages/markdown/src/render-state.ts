import type { Env } from 'markdown-it';
import type { QuoteReference, RenderOptions } from './types.js';

/** What one render collects while markdown-it parses and renders; kept on markdown-it's `env`. */
export interface RenderState {
  resolveMention: ((handle: string) => boolean) | undefined;
  /** Answers of `resolveMention`, so it is asked once per handle. */
  resolved: Map<string, boolean>;
  resolveQuoteAuthor: ((handle: string) => string | undefined) | undefined;
  /** Names `resolveQuoteAuthor` gave (null: no member), so it is asked once per handle. */
  quoteAuthors: Map<string, string | null>;
  /** Every handle a mention or a quote named, in the order met: what a caller looks up. */
  handles: Set<string>;
  mentions: string[];
  quotes: QuoteReference[];
  quoteDepth: number;
  links: number;
  images: string[];
}

const STATE = Symbol('townsquare.markdown');

export function createEnv(options: RenderOptions = {}): Env {
  const state: RenderState = {
    resolveMention: options.resolveMention,
    resolved: new Map(),
    resolveQuoteAuthor: options.resolveQuoteAuthor,
    quoteAuthors: new Map(),
    handles: new Set(),
    mentions: [],
    quotes: [],
    quoteDepth: 0,
    links: 0,
    images: [],
  };
  return { [STATE]: state };
}

export function renderState(env: Env | undefined): RenderState {
  const state = env?.[STATE];
  if (!state) {
    throw new Error('markdown-it was called without a Townsquare render environment');
  }
  return state as RenderState;
}
