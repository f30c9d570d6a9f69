import type { ApiError } from '../../lib/graphql';

/**
 * How staff give a reason for closing or hiding a topic or hiding a post, for
 * `<ReasonDialog v-bind="STAFF_REASON">`: the reason is required, up to 500 characters, and
 * checked again as it is typed once refused; a refusal staff cannot fix here (another moderator's
 * category) closes the dialog with a toast.
 */
export const STAFF_REASON = {
  required: true,
  maxLength: 500,
  liveCheck: true,
  countInDescription: true,
  onRefused: (error: ApiError): 'stay' | 'close' => (error.code === 'FORBIDDEN' ? 'close' : 'stay'),
} as const;
