import { computed } from 'vue';
import {
  AdminCommunitySettingsDocument,
  AdminRecomputeTrustLevelsDocument,
  AdminUpdateCommunitySettingsDocument,
  type UpdateCommunitySettingsInput,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/** The community's access and trust settings, saving them, and recomputing trust levels now. */
export function useCommunitySettings() {
  const { data, loading, error, refetch } = useQuery(AdminCommunitySettingsDocument);
  return {
    settings: computed(() => data.value?.communitySettings ?? null),
    loading,
    error,
    refetch,
    async save(input: UpdateCommunitySettingsInput) {
      const { updateCommunitySettings } = await request(AdminUpdateCommunitySettingsDocument, { input });
      await refetch();
      return updateCommunitySettings;
    },
    /** Resolves with how many members changed level. */
    async recompute(): Promise<number> {
      return (await request(AdminRecomputeTrustLevelsDocument)).recomputeTrustLevels;
    },
  };
}
