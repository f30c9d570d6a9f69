import type { Env } from 'markdown-it';
import type { QuoteReference } from './types.js';

/** What one render collects while markdown-it parses and renders; kept on markdown-it's `env`. */
export interface RenderState {
  resolveMention: ((handle: string) => boolean) | undefined;
  /** Answers of `resolveMention`, so it is asked once per handle. */
  resolved: Map<string, boolean>;
  mentions: string[];
  quotes: QuoteReference[];
  quoteDepth: number;
  links: number;
  images: string[];
}

const STATE = Symbol('townsquare.markdown');

export function createEnv(resolveMention?: (handle: string) => boolean): Env {
  const state: RenderState = {
    resolveMention,
    resolved: new Map(),
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
