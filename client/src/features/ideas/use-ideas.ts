import { computed, watch } from 'vue';
import { LIMITS } from '@townsquare/shared';
import {
  IdeaBoardsDocument,
  IdeasDocument,
  MyIdeaVotesDocument,
  RoadmapDocument,
  UnvoteIdeaDocument,
  VoteIdeaDocument,
  type IdeaBoardsQuery,
  type IdeaFilterInput,
  type IdeaListItemFragment,
  type IdeaSort,
  type IdeaStatus,
  type MyIdeaVotesQuery,
} from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useLoad, useQuery } from '../../lib/use-query';

export type IdeaItem = IdeaListItemFragment;
export type IdeaBoard = IdeaBoardsQuery['ideaBoards'][number];
export type IdeaAllowance = MyIdeaVotesQuery['myIdeaVotes'];

export const IDEA_SORTS: readonly IdeaSort[] = ['TOP', 'TRENDING', 'NEW', 'RECENTLY_UPDATED'];
/** Statuses a member may filter the board by; merged duplicates live on in the idea kept. */
export const IDEA_STATUSES: readonly IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED'];
/** The statuses that still take votes. */
export const OPEN_STATUSES: readonly IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS'];

/** What the board shows: an order and the filters, as the address keeps them. */
export interface IdeaListChoice {
  sort: IdeaSort;
  categoryId: string | null;
  statuses: readonly IdeaStatus[] | null;
  tag: string | null;
}

/** The ideas of the board in one order and filter, page by page; waits while `choice` is null. */
export function useIdeaList(choice: () => IdeaListChoice | null) {
  const list = usePaged<IdeaItem>(
    async (after) => {
      const current = choice();
      if (!current) return { nodes: [], endCursor: null, hasNextPage: false };
      const filter: IdeaFilterInput = {};
      if (current.categoryId) filter.categoryId = current.categoryId;
      if (current.statuses) filter.statuses = [...current.statuses];
      if (current.tag) filter.tag = current.tag;
      return toPage((await request(IdeasDocument, { sort: current.sort, filter, first: LIMITS.pageSize.default, after })).ideas);
    },
    (idea) => idea.topicId,
  );
  watch(
    () => JSON.stringify(choice()),
    (now) => {
      if (now !== 'null') void list.reload();
    },
    { immediate: true },
  );
  return list;
}

/** The boards you may read. */
export function useIdeaBoards() {
  const query = useQuery(IdeaBoardsDocument, {});
  return query;
}

/** Your open votes and your limit, while `userId` says who is signed in (null: nobody). */
export function useIdeaAllowance(userId: () => string | null) {
  const query = useLoad(async (id: string) => ({ id, votes: (await request(MyIdeaVotesDocument, {})).myIdeaVotes }), userId, {
    // Someone else signed in: their figure, not the last one's.
    keep: (data, id) => data.id === id,
  });
  // The figure is a courtesy: without it (signed out, or the read failed) the board still works, and the next vote tries again.
  const allowance = computed((): IdeaAllowance | null => {
    const data = query.data.value;
    return data && data.id === userId() && !query.error.value ? data.votes : null;
  });
  return { allowance, refresh: query.refetch };
}

/** Gives or takes back a vote; the idea comes back as it is now. */
export async function toggleIdeaVote(idea: IdeaItem): Promise<IdeaItem> {
  if (idea.votedByMe) return (await request(UnvoteIdeaDocument, { topicId: idea.topicId })).unvoteIdea;
  return (await request(VoteIdeaDocument, { topicId: idea.topicId })).voteIdea;
}

/** The roadmap's three columns, for one board (its id) or all (null); waits while `categoryId` is undefined. */
export function useRoadmap(categoryId: () => string | null | undefined) {
  const query = useQuery(RoadmapDocument, () => {
    const board = categoryId();
    if (board === undefined) return null;
    return board ? { categoryId: board, perStatus: LIMITS.pageSize.max } : { perStatus: LIMITS.pageSize.max };
  });
  const { loading, error } = query;
  return { data: computed(() => query.data.value?.roadmap ?? null), loading, error, reload: query.refetch };
}
