import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { request, toApiError, type ApiError, type VariablesArgs } from './graphql';

export interface QueryState<TResult> {
  data: Readonly<ShallowRef<TResult | null>>;
  error: Readonly<ShallowRef<ApiError | null>>;
  loading: Readonly<Ref<boolean>>;
  /** Loads again; a newer call wins over an older one still in flight. */
  refetch: () => Promise<void>;
  /** Changes the data in place (an action's answer) without loading again. */
  update: (change: (data: TResult) => TResult) => void;
}

export interface LoadOptions<TResult, TInput> {
  /**
   * Whether the data shown may stay while a load for `input` runs (the default is yes, so a retry
   * does not blank the page); a page about one thing says no once the thing asked for is another.
   */
  keep?: (data: TResult, input: TInput) => boolean;
  /**
   * Whether the first load starts at once (the default); a page that loads several things together
   * on opening says no and calls `refetch` itself. Later changes of the input load again either way.
   */
  immediate?: boolean;
}

/**
 * Loads with `load(input)` and keeps the data, loading flag and error for a page to show. The
 * input is a ref or getter: a change (by value) loads again, and null waits without loading. The
 * latest call wins: an answer to an older input or refetch still in flight is dropped.
 */
export function useLoad<TResult, TInput>(
  load: (input: TInput) => Promise<TResult>,
  input: MaybeRefOrGetter<TInput | null>,
  options: LoadOptions<TResult, TInput> = {},
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function refetch(): Promise<void> {
    const call = ++latest;
    const wanted = toValue(input);
    if (wanted === null) {
      loading.value = false;
      return;
    }
    if (data.value !== null && options.keep && !options.keep(data.value, wanted)) data.value = null;
    loading.value = true;
    error.value = null;
    try {
      const result = await load(wanted);
      if (call === latest) data.value = result;
    } catch (e) {
      if (call === latest) error.value = toApiError(e);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  function update(change: (current: TResult) => TResult): void {
    if (data.value !== null) data.value = change(data.value);
  }

  // By value: a getter that builds a new object each time loads again only when something in it changed.
  watch(() => JSON.stringify(toValue(input)), () => void refetch(), { immediate: options.immediate ?? true });
  return { data, error, loading, refetch, update };
}

/** The variables of `useQuery`: fixed, a ref or a getter; null (from a ref or getter) waits. */
type QueryVariablesArgs<TResult, TVariables> =
  VariablesArgs<TVariables> extends [variables?: TVariables]
    ? [variables?: MaybeRefOrGetter<TVariables | null>, options?: LoadOptions<TResult, TVariables>]
    : [variables: MaybeRefOrGetter<TVariables | null>, options?: LoadOptions<TResult, TVariables>];

/**
 * Runs a query and keeps its data, loading flag and error for a page to show. Data already shown
 * stays while a refetch runs, so a retry does not blank the page. Variables given as a ref or
 * getter load again when they change (see `useLoad`).
 */
export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  ...[variables, options]: QueryVariablesArgs<TResult, TVariables>
): QueryState<TResult> {
  // Left out (an operation without variables) is sent as left out, not as an empty object.
  return useLoad<TResult, TVariables | undefined>(
    (wanted) => request(document, ...([wanted] as VariablesArgs<TVariables>)),
    () => (variables === undefined ? undefined : toValue(variables)),
    options as LoadOptions<TResult, TVariables | undefined> | undefined,
  );
}
