import { computed } from 'vue';
import { CommunityDocument, type CommunityQuery } from '../../lib/generated/graphql';
import { useQuery, type QueryState } from '../../lib/use-query';

let shared: QueryState<CommunityQuery> | null = null;

/**
 * The community's name, description and brand. Loaded once and shared: the header, the page
 * titles and the home page all read the same answer.
 */
export function useCommunity() {
  shared ??= useQuery(CommunityDocument);
  const { data, loading, error, refetch } = shared;
  return {
    community: computed(() => data.value?.community ?? null),
    loading,
    error,
    refetch,
  };
}
