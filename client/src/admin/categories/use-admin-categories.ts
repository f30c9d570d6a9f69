import { computed } from 'vue';
import {
  AdminArchiveCategoryDocument,
  AdminCategoriesDocument,
  AdminCreateCategoryDocument,
  AdminReorderCategoriesDocument,
  AdminUpdateCategoryDocument,
  type AccessRole,
  type AdminCategoryFragment,
  type CreateCategoryInput,
  type UpdateCategoryInput,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

export type AdminCategory = AdminCategoryFragment;

/** Every role a category's permissions name, from the least to the most trusted. */
export const ACCESS_ROLES: AccessRole[] = ['GUEST', 'MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];

/** A category as the list shows it: its siblings (for moving it) and whether it is a subcategory. */
export interface CategoryRow {
  category: AdminCategory;
  depth: 0 | 1;
  siblings: AdminCategory[];
  index: number;
}

/**
 * The categories for staff, archived ones included, in display order; creating, changing,
 * reordering and archiving them. The list is read again after each change.
 */
export function useAdminCategories() {
  const { data, loading, error, refetch } = useQuery(AdminCategoriesDocument);
  const categories = computed(() => data.value?.categories ?? null);

  const rows = computed((): CategoryRow[] | null => {
    const list = categories.value;
    if (!list) return null;
    const byParent = new Map<string | null, AdminCategory[]>();
    for (const c of list) {
      const key = c.parentId && list.some((p) => p.id === c.parentId) ? c.parentId : null;
      byParent.set(key, [...(byParent.get(key) ?? []), c]);
    }
    for (const group of byParent.values()) group.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    const out: CategoryRow[] = [];
    const top = byParent.get(null) ?? [];
    top.forEach((parent, index) => {
      out.push({ category: parent, depth: 0, siblings: top, index });
      const children = byParent.get(parent.id) ?? [];
      children.forEach((child, childIndex) => out.push({ category: child, depth: 1, siblings: children, index: childIndex }));
    });
    return out;
  });

  async function after<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    await refetch();
    return result;
  }

  return {
    categories,
    rows,
    loading,
    error,
    refetch,
    create: (input: CreateCategoryInput) => after(request(AdminCreateCategoryDocument, { input })),
    update: (input: UpdateCategoryInput) => after(request(AdminUpdateCategoryDocument, { input })),
    archive: (category: AdminCategory, archived: boolean) => after(request(AdminArchiveCategoryDocument, { id: category.id, archived })),
    /** Moves a category one place up or down among its siblings. */
    move(row: CategoryRow, offset: -1 | 1) {
      const ids = row.siblings.map((c) => c.id);
      const target = row.index + offset;
      if (target < 0 || target >= ids.length) return Promise.resolve(null);
      [ids[row.index], ids[target]] = [ids[target]!, ids[row.index]!];
      return after(request(AdminReorderCategoriesDocument, { ids }));
    },
  };
}
