import { computed } from 'vue';
import { CategoryDocument, SetWatchLevelDocument, type CategoryQuery, type WatchLevel } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

export type CategoryDetail = CategoryQuery['category'];

/** One category by slug (reloaded when the slug changes), with the person's watch level. */
export function useCategory(slug: () => string) {
  const query = useQuery(CategoryDocument, () => ({ slug: slug() }), {
    // Another category's page starts blank rather than showing the last one.
    keep: (data, { slug: wanted }) => data.category.slug === wanted,
  });
  const { loading, error } = query;
  const category = computed<CategoryDetail | null>(() => query.data.value?.category ?? null);

  async function setWatchLevel(level: WatchLevel): Promise<void> {
    const current = category.value;
    if (!current) return;
    const { setWatchLevel: saved } = await request(SetWatchLevelDocument, { targetType: 'CATEGORY', targetId: current.id, level });
    query.update((data) => (data.category.id === current.id ? { ...data, category: { ...data.category, watchLevel: saved } } : data));
  }

  return { category, loading, error, notFound: computed(() => error.value?.code === 'NOT_FOUND'), load: query.refetch, setWatchLevel };
}
