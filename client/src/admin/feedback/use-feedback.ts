import { computed, reactive, watch } from 'vue';
import {
  AdminExportFeedbackDocument,
  AdminExportIdeasDocument,
  AdminFeedbackDocument,
  AdminFeedbackSummaryDocument,
  type AdminFeedbackMarkFragment,
  type AdminProductAreaFragment,
  type FeedbackFilterInput,
  type FeedbackType,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQuery } from '../../lib/use-query';

export type FeedbackItem = AdminFeedbackMarkFragment;
export type ProductArea = AdminProductAreaFragment;

/** Which area the list shows: any, none, or one by id. */
export type AreaChoice = 'ALL' | 'NONE' | string;

/** What the list is narrowed to; the summary's counts set the first two at once. */
export interface FeedbackFilters {
  type: FeedbackType | 'ALL';
  area: AreaChoice;
  ideaTopicId: string | null;
}

/** One row of the summary: an area (null: feedback without one) and its count of each type. */
export interface SummaryRow {
  area: ProductArea | null;
  counts: Partial<Record<FeedbackType, number>>;
  total: number;
}

const PAGE_SIZE = 20;

/** The filter as the API takes it: only what narrows the list is sent. */
export function toFilterInput(filters: FeedbackFilters): FeedbackFilterInput {
  const input: FeedbackFilterInput = {};
  if (filters.type !== 'ALL') input.type = filters.type;
  if (filters.area === 'NONE') input.withoutArea = true;
  else if (filters.area !== 'ALL') input.productAreaId = filters.area;
  if (filters.ideaTopicId) input.ideaTopicId = filters.ideaTopicId;
  return input;
}

/**
 * The staff's view of feedback: the summary by area and type, and the list narrowed by the
 * filters, page by page, read again whenever a filter changes.
 */
export function useFeedback() {
  const summary = useQuery(AdminFeedbackSummaryDocument);
  const filters = reactive<FeedbackFilters>({ type: 'ALL', area: 'ALL', ideaTopicId: null });

  const list = usePaged<FeedbackItem>(async (after) => {
    const { feedback } = await request(AdminFeedbackDocument, { filter: toFilterInput(filters), first: PAGE_SIZE, ...(after ? { after } : {}) });
    return toPage(feedback);
  }, (item) => item.postId);

  watch(() => [filters.type, filters.area, filters.ideaTopicId], () => void list.reload());
  void list.reload();

  const areas = computed((): ProductArea[] => summary.data.value?.productAreas ?? []);

  /** Every area (empty ones too, by name), then feedback without an area. */
  const rows = computed((): SummaryRow[] | null => {
    const data = summary.data.value;
    if (!data) return null;
    const byArea = new Map<string | null, SummaryRow>();
    for (const area of data.productAreas) byArea.set(area.id, { area, counts: {}, total: 0 });
    byArea.set(null, { area: null, counts: {}, total: 0 });
    for (const group of data.feedbackSummary) {
      const key = group.productArea?.id ?? null;
      let row = byArea.get(key);
      if (!row) {
        row = { area: group.productArea ?? null, counts: {}, total: 0 };
        byArea.set(key, row);
      }
      row.counts[group.type] = (row.counts[group.type] ?? 0) + group.count;
      row.total += group.count;
    }
    const named = [...byArea.values()].filter((r) => r.area).sort((a, b) => a.area!.name.localeCompare(b.area!.name));
    return [...named, byArea.get(null)!];
  });

  return {
    filters,
    list,
    areas,
    rows,
    summaryLoading: summary.loading,
    summaryError: summary.error,
    refetchSummary: summary.refetch,
    /** Shows the feedback of one cell of the summary. */
    pick(type: FeedbackType, area: ProductArea | null): void {
      filters.type = type;
      filters.area = area ? area.id : 'NONE';
      filters.ideaTopicId = null;
    },
    clear(): void {
      Object.assign(filters, { type: 'ALL', area: 'ALL', ideaTopicId: null });
    },
  };
}

/** The two exports, as text for a file. */
export async function exportCsv(which: 'feedback' | 'ideas'): Promise<string> {
  if (which === 'feedback') return (await request(AdminExportFeedbackDocument)).exportFeedbackCsv;
  return (await request(AdminExportIdeasDocument)).exportIdeasCsv;
}

/** Today's date as a file name takes it: 2026-12-07, in the staff member's own time zone. */
export function fileDate(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Hands text to the browser as a downloaded file (a link to an object URL, clicked once). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns: it is let go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
