import { computed, ref, watch } from 'vue';
import { LIMITS } from '@townsquare/shared';
import {
  EventDocument,
  EventOccurrencesDocument,
  RsvpEventDocument,
  type EventDateFragment,
  type EventOccurrenceItemFragment,
  type EventRange,
  type RsvpChoice,
} from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useLoad, useQuery } from '../../lib/use-query';

export type EventItem = EventOccurrenceItemFragment;

/** Upcoming or past event dates, page by page. */
export function useEventList(range: () => EventRange) {
  const list = usePaged<EventItem>(
    async (after) => toPage((await request(EventOccurrencesDocument, { range: range(), first: LIMITS.pageSize.default, after })).eventOccurrences),
    (o) => o.id,
  );
  watch(range, () => void list.reload(), { immediate: true });
  return list;
}

/** Every event date starting in one month (of the viewer's calendar); a month holds at most a few pages. */
export function useEventMonth(month: () => Date) {
  const query = useLoad(async (time: number) => {
    const start = new Date(time);
    const from = new Date(start.getFullYear(), start.getMonth(), 1);
    const to = new Date(start.getFullYear(), start.getMonth() + 1, 1);
    const all: EventItem[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { eventOccurrences } = await request(EventOccurrencesDocument, { from: from.toISOString(), to: to.toISOString(), range: 'UPCOMING', first: LIMITS.pageSize.max, after });
      all.push(...eventOccurrences.edges.map((e) => e.node));
      if (!eventOccurrences.pageInfo.hasNextPage) break;
      after = eventOccurrences.pageInfo.endCursor ?? undefined;
    }
    // Past dates of the month too.
    const past = await request(EventOccurrencesDocument, { from: from.toISOString(), to: to.toISOString(), range: 'PAST', first: LIMITS.pageSize.max });
    all.push(...past.eventOccurrences.edges.map((e) => e.node));
    return all;
  }, () => month().getTime());
  const { loading, error } = query;
  return { items: computed(() => query.data.value ?? []), loading, loaded: computed(() => query.data.value !== null), error, reload: query.refetch };
}

/** One event, its selected date and the viewer's answer to it. */
export function useEvent(id: () => string) {
  const query = useQuery(EventDocument, { id: id() });
  const selectedId = ref<string | null>(null);
  const answering = ref(false);
  const answerError = ref<ApiError | null>(null);
  const event = computed(() => query.data.value?.event ?? null);
  const dates = computed(() => event.value?.occurrences.edges.map((e) => e.node) ?? []);
  const date = computed<EventDateFragment | null>(() => dates.value.find((d) => d.id === selectedId.value) ?? event.value?.nextOccurrence ?? null);

  async function answer(status: RsvpChoice): Promise<void> {
    if (!date.value) return;
    answering.value = true;
    answerError.value = null;
    try {
      await request(RsvpEventDocument, { occurrenceId: date.value.id, status });
      selectedId.value = date.value.id;
      await query.refetch();
    } catch (e) {
      answerError.value = toApiError(e);
    } finally {
      answering.value = false;
    }
  }
  return { ...query, event, dates, date, selectedId, answer, answering, answerError };
}
