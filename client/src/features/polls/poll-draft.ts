import { LIMITS } from '@townsquare/shared';
import type { CreatePollInput } from '../../lib/generated/graphql';

/** A poll being written in a composer, before its post exists. */
export interface PollDraft {
  question: string;
  options: string[];
  multiple: boolean;
  /** MULTIPLE only; empty for "as many as there are options". */
  maxChoices: string;
  anonymous: boolean;
  afterVote: boolean;
  /** A `datetime-local` value in the browser's time zone, or empty. */
  closesAt: string;
}

export function emptyPollDraft(): PollDraft {
  return { question: '', options: ['', ''], multiple: false, maxChoices: '', anonymous: false, afterVote: false, closesAt: '' };
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

/** What is wrong with a draft, as the server would say it (its reason codes), or null. */
export function pollDraftProblem(draft: PollDraft, now = Date.now()): string | null {
  const limits = LIMITS.poll;
  if ([...clean(draft.question)].length > limits.question.max) return 'QUESTION_TOO_LONG';
  const labels = draft.options.map(clean);
  if (labels.some((l) => l.length === 0)) return 'EMPTY_OPTION';
  if (labels.length < limits.options.min) return 'TOO_FEW_OPTIONS';
  if (labels.length > limits.options.max) return 'TOO_MANY_OPTIONS';
  if (labels.some((l) => [...l].length > limits.optionLabel.max)) return 'OPTION_TOO_LONG';
  if (new Set(labels.map((l) => l.toLocaleLowerCase())).size !== labels.length) return 'DUPLICATE_OPTION';
  if (draft.multiple && draft.maxChoices.trim()) {
    const n = Number(draft.maxChoices);
    if (!Number.isInteger(n) || n < 2 || n > labels.length) return 'MAX_CHOICES';
  }
  if (draft.closesAt) {
    const at = new Date(draft.closesAt).getTime();
    if (Number.isNaN(at) || at <= now) return 'CLOSES_IN_PAST';
    if (at > now + limits.closesWithinDays * 24 * 3600 * 1000) return 'CLOSES_TOO_LATE';
  }
  return null;
}

/** The API's input for a draft that passed `pollDraftProblem`. */
export function toPollInput(draft: PollDraft, postId: string): CreatePollInput {
  return {
    postId,
    question: clean(draft.question) || null,
    options: draft.options.map(clean),
    kind: draft.multiple ? 'MULTIPLE' : 'SINGLE',
    maxChoices: draft.multiple && draft.maxChoices.trim() ? Number(draft.maxChoices) : null,
    anonymous: draft.anonymous,
    resultsVisibility: draft.afterVote ? 'AFTER_VOTE' : 'ALWAYS',
    closesAt: draft.closesAt ? new Date(draft.closesAt).toISOString() : null,
  };
}
