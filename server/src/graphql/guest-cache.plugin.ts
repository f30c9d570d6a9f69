import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Root query fields whose answer to a signed-out reader depends only on the query, its variables
 * and the data: public reads with no per-address limit and no side effect.
 */
export const GUEST_CACHEABLE_FIELDS: ReadonlySet<string> = new Set(['topics', 'topic', 'posts', 'categories', 'category', 'ideas', 'eventOccurrences']);

/** The most bytes of answers kept, and the largest answer kept (a tenth of it). */
const MAX_BYTES = 8 * 1024 * 1024;

interface GuestCacheContext {
  req?: Request;
}

/** A query whose every root selection is a field on the allow list (no fragments, no introspection). */
function publicRead(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === 'Field' && (s.name.value === '__typename' || GUEST_CACHEABLE_FIELDS.has(s.name.value)))
  );
}

export type GuestCachePlugin = ApolloServerPlugin<GuestCacheContext> & {
  /** Forgets every kept answer (also done by any mutation this process handles). */
  clear(): void;
};

/**
 * Signed-out readers share the answers to the same public read for `ttlMs`: the first page of
 * topics is asked for by every visitor and every crawler, and is the same for all of them. A
 * signed-in request never reads or fills the cache, and neither does any other operation.
 *
 * A kept answer is the one an identical signed-out request got at most `ttlMs` earlier, after the
 * same permission checks. It is given after parsing, validation and the input and complexity
 * checks, so never to a request those refuse. Any mutation handled by this process empties the
 * cache, and an answer computed while one ran is not kept; writes through other processes and
 * background jobs show to signed-out readers within `ttlMs`. Answers with errors are never kept.
 */
export function guestCachePlugin(ttlMs: number): GuestCachePlugin {
  const cache = new LRUCache<string, FormattedExecutionResult>({ maxSize: MAX_BYTES, ttl: Math.max(1, ttlMs) });
  let generation = 0;
  const clear = () => {
    generation++;
    cache.clear();
  };
  return {
    clear,
    async requestDidStart() {
      if (ttlMs <= 0) return;
      let key: string | null = null;
      let keyGeneration = generation;
      return {
        async responseForOperation({ request, operation, contextValue }) {
          const ctx = contextValue.req?.ctx;
          if (!ctx || ctx.user !== null || !publicRead(operation)) return null;
          keyGeneration = generation;
          key = `${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000${JSON.stringify(request.variables ?? {})}\u0000${contextValue.req?.headers['accept-language'] ?? ''}`;
          const hit = cache.get(key);
          return hit ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { ...hit } } } : null;
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation') return clear();
          if (key === null || keyGeneration !== generation || cache.has(key)) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors || (response.http.status ?? 200) !== 200) return;
          const size = JSON.stringify(response.body.singleResult).length + key.length;
          if (size <= MAX_BYTES / 10) cache.set(key, response.body.singleResult, { size });
        },
      };
    },
  };
}
