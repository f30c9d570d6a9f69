import { computed } from 'vue';
import { CategoriesDocument, type CategoriesQuery } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/use-query';

/** A category as lists show it: with its parent's name when it is a subcategory. */
export type CategoryRow = CategoriesQuery['categories'][number] & { parentName: string | null };

/** The categories in display order, each child knowing its parent's name. */
export function useCategories() {
  const { data, loading, error, refetch } = useQuery(CategoriesDocument);
  const categories = computed((): CategoryRow[] | null => {
    const list = data.value?.categories;
    if (!list) return null;
    const names = new Map(list.map((c) => [c.id, c.name]));
    return list.map((c) => ({ ...c, parentName: c.parentId ? (names.get(c.parentId) ?? null) : null }));
  });
  /** The categories where the person may start a topic. */
  const postable = computed(() => categories.value?.filter((c) => c.viewerCanPost) ?? []);
  return { categories, postable, loading, error, refetch };
}
