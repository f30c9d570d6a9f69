import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to the review feed, carried in `extensions.reason`. */
export enum ReviewErrorReason {
  /** `resetReview` was given a time after now: nothing there to review yet. */
  FUTURE_TIME = 'FUTURE_TIME',
  /** `resetReview` was given a time further back than the feed reaches (see REVIEW_RESET_DAYS). */
  TOO_OLD = 'TOO_OLD',
  /** The post lies outside the categories this staff member moderates. */
  OUTSIDE_REVIEW_SCOPE = 'OUTSIDE_REVIEW_SCOPE',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    review: ReviewErrorReason;
  }
}

export const futureTime = () => AppError.badInput('to', ReviewErrorReason.FUTURE_TIME, 'That time is still ahead: pick a moment up to now.');
export const tooOld = (days: number) => AppError.badInput('to', ReviewErrorReason.TOO_OLD, `The review feed reaches back at most ${days} days.`);
export const outsideScope = () =>
  new AppError(ApiErrorCode.FORBIDDEN, 'This post is in a category you do not moderate, so it is not in your review feed.', { field: 'postId', reason: ReviewErrorReason.OUTSIDE_REVIEW_SCOPE });
