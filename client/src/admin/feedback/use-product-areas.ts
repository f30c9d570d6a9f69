import {
  AdminCreateProductAreaDocument,
  AdminDeleteProductAreaDocument,
  AdminProductAreasDocument,
  AdminRenameProductAreaDocument,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import type { ProductArea } from './use-feedback';

/**
 * The product areas for admins: the list by name, adding, renaming and removing one. The list is
 * read again after each change, and `changed` lets the screen refresh what shows the areas.
 */
export function useProductAreas(changed: () => void) {
  const { data, loading, error, refetch } = useQuery(AdminProductAreasDocument);

  async function after<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    await refetch();
    changed();
    return result;
  }

  return {
    data,
    loading,
    error,
    refetch,
    add: (name: string) => after(request(AdminCreateProductAreaDocument, { name }).then((r) => r.createProductArea)),
    rename: (area: ProductArea, name: string) => after(request(AdminRenameProductAreaDocument, { id: area.id, name }).then((r) => r.renameProductArea)),
    remove: (area: ProductArea) => after(request(AdminDeleteProductAreaDocument, { id: area.id })),
  };
}
