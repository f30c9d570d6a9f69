import { computed } from 'vue';
import { AdminIdeaBoardsDocument, AdminSetIdeaBoardDocument } from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/**
 * Which categories are ideas boards (a category carries no flag of its own, so they are asked
 * for apart), and making one a board or no longer one. The list is read again after a change.
 */
export function useIdeaBoards() {
  const { data, loading, error, refetch } = useQuery(AdminIdeaBoardsDocument);
  const boardIds = computed((): ReadonlySet<string> | null => (data.value ? new Set(data.value.ideaBoards.map((c) => c.id)) : null));
  return {
    boardIds,
    loading,
    error,
    refetch,
    async set(categoryId: string, enabled: boolean): Promise<void> {
      await request(AdminSetIdeaBoardDocument, { categoryId, enabled });
      await refetch();
    },
  };
}
