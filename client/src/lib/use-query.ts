import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { request, toApiError, type ApiError, type VariablesArgs } from './graphql';

export interface QueryState<TResult> {
  data: Readonly<ShallowRef<TResult | null>>;
  error: Readonly<ShallowRef<ApiError | null>>;
  loading: Readonly<Ref<boolean>>;
  /** Loads again; a newer call wins over an older one still in flight. */
  refetch: () => Promise<void>;
}

/**
 * Runs a query and keeps its data, loading flag and error for a page to show. Data already shown
 * stays while a refetch runs, so a retry does not blank the page.
 */
export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  ...[variables]: VariablesArgs<TVariables>
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function refetch(): Promise<void> {
    const call = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const result = await request(document, ...([variables] as VariablesArgs<TVariables>));
      if (call === latest) data.value = result;
    } catch (e) {
      if (call === latest) error.value = toApiError(e);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  void refetch();
  return { data, error, loading, refetch };
}
