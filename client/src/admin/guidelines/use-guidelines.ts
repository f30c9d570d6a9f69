import { computed } from 'vue';
import { AdminGuidelinesDocument, AdminPublishGuidelinesDocument } from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/** The community guidelines as staff edit them: the version in force, and publishing the next. */
export function useGuidelines() {
  const { data, loading, error, refetch } = useQuery(AdminGuidelinesDocument);
  return {
    current: computed(() => data.value?.guidelines ?? null),
    requireAcceptance: computed(() => data.value?.communitySettings.requireGuidelines ?? false),
    loaded: computed(() => data.value !== null),
    loading,
    error,
    refetch,
    async publish(body: string) {
      const { publishGuidelines } = await request(AdminPublishGuidelinesDocument, { body });
      await refetch();
      return publishGuidelines;
    },
  };
}
