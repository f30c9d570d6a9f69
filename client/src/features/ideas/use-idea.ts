import { onBeforeUnmount, shallowRef, watch } from 'vue';
import type { IdeaUpdatedPayload } from '@townsquare/shared';
import {
  IdeaPanelDocument,
  IdeaPanelUnvoteDocument,
  IdeaPanelVoteDocument,
  SetIdeaStatusDocument,
  type IdeaDetailFragment,
  type IdeaStatus,
} from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { onLive, onLiveReady, useLive } from '../../lib/socket';
import { useAction } from '../../lib/use-action';

export type IdeaDetail = IdeaDetailFragment;

/** Statuses that close an idea: its votes are given back and no more are taken. */
export const CLOSED_STATUSES: ReadonlySet<IdeaStatus> = new Set<IdeaStatus>(['DONE', 'DECLINED', 'DUPLICATE']);

/** Statuses staff may set by hand (DUPLICATE comes with a merge only). */
export const SETTABLE_STATUSES: readonly IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED'];

const STATUSES: ReadonlySet<string> = new Set([...SETTABLE_STATUSES, 'DUPLICATE']);

/**
 * An idea's live state on its topic page: starts from what the topic query brought, applies
 * `idea.updated` events in revision order (an older one is dropped), and asks the API again for
 * what an event does not carry (the history, one's own vote after a merge). Votes and staff
 * changes replace the state with what the server answered.
 */
export function useIdea(initial: () => IdeaDetail | null, signedIn: () => boolean) {
  const idea = shallowRef<IdeaDetail | null>(initial());
  // A vote or a status change at a time; its refusal is shown on the panel.
  const action = useAction({ toastErrors: false });
  const { busy, error } = action;

  /** Takes a copy from the API unless the one shown is newer. */
  function accept(next: IdeaDetail | null): void {
    if (!next) return;
    const current = idea.value;
    if (current && current.topicId === next.topicId && current.revision > next.revision) return;
    idea.value = next;
  }

  watch(initial, (next) => {
    if (!next) idea.value = null;
    else accept(next);
  });

  let refreshing: Promise<void> | null = null;
  async function refresh(): Promise<void> {
    const current = idea.value;
    if (!current) return;
    refreshing ??= request(IdeaPanelDocument, { topicId: current.topicId })
      .then(({ idea: next }) => accept(next))
      .catch(() => {
        /* the live copy stays; the next event or reload brings the rest */
      })
      .finally(() => (refreshing = null));
    await refreshing;
  }

  function applyLive(payload: IdeaUpdatedPayload): void {
    const current = idea.value;
    if (!current || payload.topicId !== current.topicId || payload.revision <= current.revision) return;
    if (!STATUSES.has(payload.status)) return;
    const status = payload.status as IdeaStatus;
    const closed = CLOSED_STATUSES.has(status);
    const told =
      status !== current.status ||
      payload.mergedIntoTopicId !== current.mergedIntoTopicId ||
      (payload.officialResponse?.at ?? null) !== (current.officialResponse?.at ?? null);
    idea.value = {
      ...current,
      status,
      closed,
      voteCount: payload.voteCount,
      revision: payload.revision,
      mergedIntoTopicId: payload.mergedIntoTopicId,
      statusChangedAt: payload.statusChangedAt,
      officialResponse: payload.officialResponse ? { body: payload.officialResponse.body, at: payload.officialResponse.at } : null,
      viewerCanVote: signedIn() && !closed && (current.viewerCanVote || current.closed),
    };
    // The history and (after a merge) one's own vote come from the API.
    if (told) void refresh();
  }

  // Events sent while the connection was down are lost: read the idea again once it is back.
  const live = useLive();
  let missed = false;
  watch(live.state, (state, previous) => {
    if (previous === 'live' && state !== 'live') missed = true;
  });
  const subscriptions = [
    onLive('idea.updated', applyLive),
    onLiveReady(() => {
      if (!missed) return;
      missed = false;
      void refresh();
    }),
  ];
  onBeforeUnmount(() => subscriptions.forEach((off) => off()));

  function run(change: () => Promise<IdeaDetail>): Promise<boolean> {
    return action.run('idea', async () => accept(await change()));
  }

  async function toggleVote(): Promise<boolean> {
    const current = idea.value;
    if (!current || busy.value) return false;
    const topicId = current.topicId;
    return run(async () =>
      current.votedByMe ? (await request(IdeaPanelUnvoteDocument, { topicId })).unvoteIdea : (await request(IdeaPanelVoteDocument, { topicId })).voteIdea,
    );
  }

  async function setStatus(status: IdeaStatus, officialResponse: string | undefined): Promise<boolean> {
    const current = idea.value;
    if (!current) return false;
    return run(async () => (await request(SetIdeaStatusDocument, { input: { topicId: current.topicId, status, officialResponse } })).setIdeaStatus);
  }

  return { idea, busy, error, toggleVote, setStatus, refresh };
}
