import { computed } from 'vue';
import { StaffOverviewDocument } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/use-query';

/** The figures on the staff area's front page. */
export function useStaffOverview() {
  const { data, loading, error, refetch } = useQuery(StaffOverviewDocument);
  return { overview: computed(() => data.value?.staffOverview ?? null), loading, error, refetch };
}
