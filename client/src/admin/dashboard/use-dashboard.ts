import { computed } from 'vue';
import { AdminDashboardDocument } from '../generated/graphql';
import { useQuery } from '../../lib/use-query';
import { useQueueBadge } from '../shell/use-queue-badge';

/**
 * The staff area's front page: the community's figures and the latest staff actions, with the
 * queue's size and age kept live by the same source as the navigation badge.
 */
export function useDashboard() {
  const { data, loading, error, refetch } = useQuery(AdminDashboardDocument);
  const badge = useQueueBadge();
  // A resolved item adds an audit entry: the latest actions follow the queue.
  const stopUpdates = badge.onQueueUpdate(({ status }) => {
    if (status === 'RESOLVED') void refetch();
  });
  const stopResync = badge.onResync(() => void refetch());
  return {
    overview: computed(() => data.value?.staffOverview ?? null),
    recent: computed(() => data.value?.auditLog.edges.map((e) => e.node) ?? null),
    openCount: badge.openCount,
    oldestOpenAt: badge.oldestOpenAt,
    loading,
    error,
    refetch: async () => {
      await Promise.all([refetch(), badge.refresh()]);
    },
    dispose: () => {
      stopUpdates();
      stopResync();
    },
  };
}
