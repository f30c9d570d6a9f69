import type { FeedbackType } from '../../lib/generated/graphql';

/** The kinds of feedback, in the order staff choose from and the summary's columns. */
export const FEEDBACK_TYPES: readonly FeedbackType[] = ['BUG', 'IDEA', 'QUESTION', 'COMPLAINT', 'PRAISE'];

/** The badge colour of each kind, so a list reads at a glance. */
export const FEEDBACK_TONES: Readonly<Record<FeedbackType, string>> = {
  BUG: 'badge-danger',
  IDEA: 'badge-accent',
  QUESTION: '',
  COMPLAINT: 'badge-warning',
  PRAISE: 'badge-success',
};
