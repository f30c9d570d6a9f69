import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { LIMITS } from '@townsquare/shared';
import { TopicsDocument, type TopicFilter, type TopicListItemFragment, type TopicSort, type TopPeriod } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { onLive } from '../../lib/socket';
import { toPage, usePaged } from '../../lib/use-paged';

export type TopicListItem = TopicListItemFragment;

export interface TopicListParams {
  categoryId?: string | null;
  sort: TopicSort;
  period?: TopPeriod;
  filter?: TopicFilter;
  tag?: string | null;
  authorHandle?: string | null;
}

/**
 * A list of topics read page by page (infinite scroll), reloaded when its parameters change.
 * With `live`, activity in the listed categories is counted rather than shuffled in under the
 * reader: `pending` says how many topics are new or have new replies, `showPending` reloads.
 */
export function useTopicList(params: () => TopicListParams | null, options: { live?: boolean; pageSize?: number } = {}) {
  const pageSize = Math.min(options.pageSize ?? LIMITS.pageSize.default, LIMITS.pageSize.max);
  const list = usePaged<TopicListItem>(async (after) => {
    const p = params();
    if (!p) return { nodes: [], endCursor: null, hasNextPage: false };
    const { topics } = await request(TopicsDocument, {
      categoryId: p.categoryId ?? undefined,
      sort: p.sort,
      period: p.period ?? 'ALL',
      filter: p.filter ?? 'ALL',
      tag: p.tag || undefined,
      authorHandle: p.authorHandle || undefined,
      first: pageSize,
      after,
    });
    return toPage(topics);
  }, (t) => t.id);

  const created = ref(new Set<string>());
  const replied = ref(new Set<string>());

  function clearPending(): void {
    created.value = new Set();
    replied.value = new Set();
  }

  watch(
    () => JSON.stringify(params()),
    () => {
      clearPending();
      void list.reload();
    },
    { immediate: true },
  );

  if (options.live) {
    const stop = onLive('topic.activity', (activity) => {
      const p = params();
      if (!p || !list.loaded.value) return;
      if (p.categoryId && activity.categoryId !== p.categoryId) return;
      if (activity.kind === 'UPDATED') {
        // A new title or state: change the row in place, never its position.
        list.update((items) => items.map((t) => (t.id === activity.topicId ? { ...t, title: activity.title } : t)));
        return;
      }
      if (activity.kind === 'CREATED') {
        created.value = new Set(created.value).add(activity.topicId);
      } else if (!created.value.has(activity.topicId)) {
        replied.value = new Set(replied.value).add(activity.topicId);
      }
    });
    onBeforeUnmount(stop);
  }

  async function showPending(): Promise<void> {
    clearPending();
    await list.reload();
  }

  return {
    ...list,
    pending: computed(() => ({ created: created.value.size, replied: replied.value.size })),
    showPending,
  };
}
