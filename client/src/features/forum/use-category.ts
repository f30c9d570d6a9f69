import { computed, ref, shallowRef, watch } from 'vue';
import { CategoryDocument, SetWatchLevelDocument, type CategoryQuery, type WatchLevel } from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';

export type CategoryDetail = CategoryQuery['category'];

/** One category by slug (reloaded when the slug changes), with the person's watch level. */
export function useCategory(slug: () => string) {
  const category = shallowRef<CategoryDetail | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let generation = 0;

  async function load(): Promise<void> {
    const call = ++generation;
    const wanted = slug();
    if (category.value?.slug !== wanted) category.value = null;
    loading.value = true;
    error.value = null;
    try {
      const { category: found } = await request(CategoryDocument, { slug: wanted });
      if (call === generation) category.value = found;
    } catch (e) {
      if (call === generation) error.value = toApiError(e);
    } finally {
      if (call === generation) loading.value = false;
    }
  }

  async function setWatchLevel(level: WatchLevel): Promise<void> {
    const current = category.value;
    if (!current) return;
    const { setWatchLevel: saved } = await request(SetWatchLevelDocument, { targetType: 'CATEGORY', targetId: current.id, level });
    if (category.value?.id === current.id) category.value = { ...category.value, watchLevel: saved };
  }

  watch(slug, () => void load(), { immediate: true });
  return { category, loading, error, notFound: computed(() => error.value?.code === 'NOT_FOUND'), load, setWatchLevel };
}
