import { drawWinners } from '@townsquare/draw';
import { ContestIneligibility, ContestPhase, ContestSelection, ContestWinMethod } from './contest.objects.js';
import type { ContestRow } from './contests.repository.js';

export const TRUST_ORDER = ['NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER'] as const;

/** Where the contest is now. Past its closing time it is CLOSING until the close job has run. */
export function phaseOf(c: Pick<ContestRow, 'state' | 'opensAt' | 'closesAt'>, now = new Date()): ContestPhase {
  if (c.state === 'FINISHED') return ContestPhase.FINISHED;
  if (c.state === 'JUDGING') return ContestPhase.JUDGING;
  if (now < c.opensAt) return ContestPhase.UPCOMING;
  if (now < c.closesAt) return ContestPhase.OPEN;
  return ContestPhase.CLOSING;
}

/** Why this member may not take part (enter or vote) by their standing: trust level, then account age. */
export function standingProblem(
  c: Pick<ContestRow, 'minTrustLevel' | 'minAccountAgeDays'>,
  member: { trustLevel: string; createdAt: Date },
  now = new Date(),
): { reason: ContestIneligibility.TRUST_LEVEL_TOO_LOW | ContestIneligibility.ACCOUNT_TOO_NEW; message: string } | null {
  const have = TRUST_ORDER.indexOf(member.trustLevel as (typeof TRUST_ORDER)[number]);
  const need = TRUST_ORDER.indexOf(c.minTrustLevel as (typeof TRUST_ORDER)[number]);
  if (have < need) {
    return {
      reason: ContestIneligibility.TRUST_LEVEL_TOO_LOW,
      message: `This contest is open to members of trust level ${c.minTrustLevel} and above; yours is ${member.trustLevel}. Take part in the community to earn it.`,
    };
  }
  const ageDays = (now.getTime() - new Date(member.createdAt).getTime()) / 86_400_000;
  if (ageDays < c.minAccountAgeDays) {
    const wait = Math.max(1, Math.ceil(c.minAccountAgeDays - ageDays));
    return {
      reason: ContestIneligibility.ACCOUNT_TOO_NEW,
      message: `This contest is open to accounts at least ${c.minAccountAgeDays} days old; yours can take part in ${wait} day${wait === 1 ? '' : 's'}.`,
    };
  }
  return null;
}

export interface Candidate {
  id: string;
  voteCount: number;
}

export interface ChosenWinner {
  entryId: string;
  method: ContestWinMethod;
  votes: number | null;
}

export interface Outcome {
  winners: ChosenWinner[];
  /** MOST_VOTES with a tie across the last places: the tied entries in frozen order, and the places the draw filled. */
  tie: { entryIds: string[]; slots: number } | null;
}

/**
 * The winners of a closed contest from the seed and the frozen list (entries in frozen order).
 * RANDOM_DRAW: the draw over the whole list. MOST_VOTES: most votes first (equal votes keep the
 * frozen order); when the last places split a group of equal votes, the draw over that group (in
 * frozen order) fills them. JURY: none here, staff pick later.
 */
export async function chooseWinners(selection: ContestSelection, seed: string, frozen: readonly Candidate[], count: number): Promise<Outcome> {
  if (selection === ContestSelection.JURY) return { winners: [], tie: null };
  if (selection === ContestSelection.RANDOM_DRAW) {
    const { winners } = await drawWinners(seed, frozen.map((e) => e.id), count);
    return { winners: winners.map((entryId) => ({ entryId, method: ContestWinMethod.DRAW, votes: null })), tie: null };
  }
  const ranked = frozen.map((e, i) => ({ ...e, i })).sort((a, b) => b.voteCount - a.voteCount || a.i - b.i);
  if (ranked.length <= count) return { winners: ranked.map((e) => ({ entryId: e.id, method: ContestWinMethod.VOTES, votes: e.voteCount })), tie: null };
  const cutoff = ranked[count - 1]!.voteCount;
  const above = ranked.filter((e) => e.voteCount > cutoff);
  const tied = frozen.filter((e) => e.voteCount === cutoff);
  const slots = count - above.length;
  const winners: ChosenWinner[] = above.map((e) => ({ entryId: e.id, method: ContestWinMethod.VOTES, votes: e.voteCount }));
  if (tied.length <= slots) {
    return { winners: [...winners, ...tied.map((e) => ({ entryId: e.id, method: ContestWinMethod.VOTES, votes: e.voteCount }))], tie: null };
  }
  const tieIds = tied.map((e) => e.id);
  const drawn = await drawWinners(seed, tieIds, slots);
  winners.push(...drawn.winners.map((entryId) => ({ entryId, method: ContestWinMethod.TIE_BREAK, votes: cutoff })));
  return { winners, tie: { entryIds: tieIds, slots } };
}
