import { computed, watch } from 'vue';
import { LIMITS } from '@townsquare/shared';
import { SearchDocument, type SearchQuery, type TopicKind } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** What a search asks for, as the address of the search page carries it. */
export interface SearchParams {
  q: string;
  categoryId: string | null;
  kind: TopicKind | null;
  author: string | null;
  tag: string | null;
  /** Calendar days (yyyy-mm-dd) in the person's time zone, both included. */
  from: string | null;
  to: string | null;
}

/** The start of a calendar day in local time, as an instant. */
function dayStart(day: string, offsetDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offsetDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Whether the words are long enough to search for. */
export function searchable(q: string): boolean {
  const length = q.trim().length;
  return length >= LIMITS.searchQuery.min && length <= LIMITS.searchQuery.max;
}

/** Search results page by page, searched again whenever the parameters change. */
export function useSearch(params: () => SearchParams) {
  const list = usePaged<SearchHit>(
    async (after) => {
      const p = params();
      const { search } = await request(SearchDocument, {
        query: p.q.trim(),
        categoryId: p.categoryId ?? undefined,
        kind: p.kind ?? undefined,
        authorHandle: p.author?.trim().replace(/^@/, '') || undefined,
        tag: p.tag?.trim().toLowerCase().replace(/^#/, '') || undefined,
        from: (p.from && dayStart(p.from)) || undefined,
        to: (p.to && dayStart(p.to, 1)) || undefined,
        first: LIMITS.pageSize.default,
        after,
      });
      return toPage(search);
    },
    (hit) => hit.post.id,
  );
  const active = computed(() => searchable(params().q));
  watch(
    () => JSON.stringify(params()),
    () => {
      if (active.value) void list.reload();
    },
    { immediate: true },
  );
  return { ...list, active };
}
