import { computed, ref, shallowRef } from 'vue';
import { toApiError, type ApiError } from './graphql';

/** One page of a cursor connection, reduced to what a list needs. */
export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Reads a Relay-style connection (`edges { node }`, `pageInfo`) as a Page. */
export function toPage<T>(connection: { edges: ReadonlyArray<{ node: T }>; pageInfo: { endCursor?: string | null; hasNextPage: boolean } }): Page<T> {
  return {
    nodes: connection.edges.map((e) => e.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/**
 * A list read page by page from a cursor connection: the first page with loading and error
 * states, then more pages on demand (infinite scroll) with their own. `reload` starts over and
 * wins over any page still in flight; items already shown stay while it runs.
 *
 * Optional arguments are left out rather than sent as null: the API treats an explicit null as a
 * value for some of them.
 */
export function usePaged<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>, key: (item: T) => string) {
  const items = shallowRef<T[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const moreError = shallowRef<ApiError | null>(null);
  const hasMore = ref(false);
  let cursor: string | null = null;
  let generation = 0;

  async function reload(): Promise<void> {
    const call = ++generation;
    loading.value = true;
    loadingMore.value = false;
    error.value = null;
    moreError.value = null;
    try {
      const page = await fetchPage(undefined);
      if (call !== generation) return;
      items.value = page.nodes;
      cursor = page.endCursor;
      hasMore.value = page.hasNextPage;
      loaded.value = true;
    } catch (e) {
      if (call === generation) error.value = toApiError(e);
    } finally {
      if (call === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (loading.value || loadingMore.value || !hasMore.value) return;
    const call = generation;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const page = await fetchPage(cursor ?? undefined);
      if (call !== generation) return;
      const seen = new Set(items.value.map(key));
      items.value = [...items.value, ...page.nodes.filter((n) => !seen.has(key(n)))];
      cursor = page.endCursor;
      hasMore.value = page.hasNextPage;
    } catch (e) {
      if (call === generation) moreError.value = toApiError(e);
    } finally {
      if (call === generation) loadingMore.value = false;
    }
  }

  /** Changes items in place (a live update, an action's result) without reloading. */
  function update(change: (list: T[]) => T[]): void {
    items.value = change(items.value);
  }

  return {
    items,
    loaded,
    loading,
    loadingMore,
    error,
    moreError,
    hasMore,
    empty: computed(() => loaded.value && items.value.length === 0),
    reload,
    loadMore,
    update,
  };
}

export type PagedList<T> = ReturnType<typeof usePaged<T>>;
