import { computed, onBeforeUnmount } from 'vue';
import {
  AdminMarkReviewedDocument,
  AdminReviewFeedDocument,
  AdminReviewHidePostDocument,
  AdminReviewReplyDocument,
  AdminReviewSendToInboxDocument,
  AdminReviewSendToQueueDocument,
  AdminReviewSummaryDocument,
  type AdminReviewItemFragment,
  type AdminReviewSummaryQuery,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQuery } from '../../lib/use-query';

export type ReviewItem = AdminReviewItemFragment;
export type ReviewSummary = AdminReviewSummaryQuery['reviewSummary'];

const PAGE_SIZE = 20;
/** How often the count and the other staff's marks are read again while the screen is open. */
const SUMMARY_EVERY_MS = 30_000;

/**
 * The review feed as one staff member works it: the stream after their mark, page by page; the
 * count left and everyone's marks (read again every half minute); and the actions on an item.
 * Marking moves the mark and drops the items up to it from the list; the server never moves a
 * mark back, so marking out of order is harmless.
 */
export function useReviewFeed() {
  const list = usePaged(
    async (after) => toPage((await request(AdminReviewFeedDocument, { first: PAGE_SIZE, ...(after ? { after } : {}) })).reviewFeed),
    (item) => item.postId,
  );
  // The list shows the screen's errors; a missed refresh of the summary is retried on the next tick.
  const summaryQuery = useQuery(AdminReviewSummaryDocument, undefined, { immediate: false });
  const summary = computed((): ReviewSummary | null => summaryQuery.data.value?.reviewSummary ?? null);
  const refreshSummary = summaryQuery.refetch;

  const timer = setInterval(() => void refreshSummary(), SUMMARY_EVERY_MS);
  onBeforeUnmount(() => clearInterval(timer));

  async function load(): Promise<void> {
    await Promise.all([list.reload(), refreshSummary()]);
  }

  /** Everything up to and including `item` is reviewed: it and those before it leave the list. */
  async function markUpTo(item: ReviewItem): Promise<void> {
    await request(AdminMarkReviewedDocument, { postId: item.postId });
    const index = list.items.value.findIndex((i) => i.postId === item.postId);
    list.update((items) => items.slice(index + 1));
    await refreshSummary();
    if (list.items.value.length === 0 && list.hasMore.value) await list.reload();
  }

  async function reply(item: ReviewItem, body: string, asBrand: boolean): Promise<void> {
    await request(AdminReviewReplyDocument, { input: { topicId: item.topic.id, body, asBrand, ...(item.opensTopic ? {} : { replyToPostId: item.postId }) } });
  }

  async function hide(item: ReviewItem, reason: string): Promise<void> {
    const { hidePost } = await request(AdminReviewHidePostDocument, { postId: item.postId, reason });
    list.update((items) => items.map((i) => (i.postId === item.postId && i.post ? { ...i, post: { ...i.post, hiddenReason: hidePost.hiddenReason } } : i)));
  }

  async function sendToQueue(item: ReviewItem, reason: string): Promise<void> {
    await request(AdminReviewSendToQueueDocument, { postId: item.postId, reason });
  }

  async function sendToInbox(item: ReviewItem): Promise<void> {
    await request(AdminReviewSendToInboxDocument, { topicId: item.topic.id });
  }

  return { ...list, summary, load, refreshSummary, markUpTo, reply, hide, sendToQueue, sendToInbox };
}
