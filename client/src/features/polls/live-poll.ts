import type { LivePoll } from '@townsquare/shared';
import type { PollViewFragment } from '../../lib/generated/graphql';

export type PollView = PollViewFragment;

/**
 * A poll from a live event in the shape the API returns, keeping what only this page knows (your
 * own choice, whether you may close it). Null when the event is older than what the page has.
 */
export function fromLivePoll(raw: LivePoll, existing: PollView | null, signedIn: boolean): PollView | null {
  if (!raw || typeof raw.id !== 'string' || !Array.isArray(raw.options)) return null;
  if (existing && existing.id === raw.id && existing.revision > raw.revision) return null;
  const known = existing?.id === raw.id ? existing : null;
  const mine = new Set((known?.myVote ?? []).filter((id) => raw.options.some((o) => o.id === id)));
  const closed = !!raw.closedAt;
  return {
    id: raw.id,
    postId: raw.postId,
    question: raw.question,
    kind: raw.kind === 'MULTIPLE' ? 'MULTIPLE' : 'SINGLE',
    maxChoices: raw.maxChoices,
    anonymous: raw.anonymous,
    resultsVisibility: raw.resultsVisibility === 'AFTER_VOTE' ? 'AFTER_VOTE' : 'ALWAYS',
    closesAt: raw.closesAt,
    closedAt: raw.closedAt,
    closed,
    voterCount: raw.voterCount,
    resultsVisible: raw.resultsVisible,
    myVote: [...mine],
    revision: raw.revision,
    viewerCanVote: signedIn && !closed,
    viewerCanClose: !closed && (known?.viewerCanClose ?? false),
    options: raw.options.map((o) => ({ id: o.id, label: o.label, votes: raw.resultsVisible ? o.votes : null, votedByMe: mine.has(o.id) })),
  };
}

/** Whether `next` (from the API) should replace `current`: a different poll, or not older. */
export function isNewer(next: PollView, current: PollView | null): boolean {
  return !current || current.id !== next.id || next.revision >= current.revision;
}

/** Each option's share of the voters, in whole percent (multiple choice: shares add up to more than 100). */
export function percentOf(votes: number | null, voters: number): number {
  if (votes === null || voters === 0) return 0;
  return Math.round((votes / voters) * 100);
}
