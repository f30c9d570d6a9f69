import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to ideas and feedback, carried in `extensions.reason`. */
export enum IdeaErrorReason {
  /** No such idea (an IDEA topic on an ideas board), or you cannot read it. */
  IDEA_NOT_FOUND = 'IDEA_NOT_FOUND',
  /** Every open vote of your trust level is in use: take one back, or wait for an idea to be done or declined. */
  VOTE_LIMIT_REACHED = 'VOTE_LIMIT_REACHED',
  /** Done, declined and merged ideas take no votes, and their votes are no longer taken back. */
  IDEA_CLOSED = 'IDEA_CLOSED',
  /** The idea already has this status (and no new response was given). */
  STATUS_UNCHANGED = 'STATUS_UNCHANGED',
  /** DUPLICATE is set by merging the idea into another, not directly. */
  STATUS_NOT_SETTABLE = 'STATUS_NOT_SETTABLE',
  /** An idea cannot be merged into itself. */
  MERGE_INTO_SELF = 'MERGE_INTO_SELF',
  /** The idea kept is itself merged into another: merge into that one instead (no chains). */
  MERGE_INTO_DUPLICATE = 'MERGE_INTO_DUPLICATE',
  /** This idea is already merged into another. */
  ALREADY_MERGED = 'ALREADY_MERGED',
  /** The category is not an ideas board (or already is one). */
  NOT_A_BOARD = 'NOT_A_BOARD',
  PRODUCT_AREA_NOT_FOUND = 'PRODUCT_AREA_NOT_FOUND',
  PRODUCT_AREA_EXISTS = 'PRODUCT_AREA_EXISTS',
  TOO_MANY_PRODUCT_AREAS = 'TOO_MANY_PRODUCT_AREAS',
  /** No feedback mark on that post. */
  FEEDBACK_NOT_FOUND = 'FEEDBACK_NOT_FOUND',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    ideas: IdeaErrorReason;
  }
}

export const ideaNotFound = (field = 'topicId') =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such idea, or you cannot see it.', { field, reason: IdeaErrorReason.IDEA_NOT_FOUND });
export const ideaClosed = () => AppError.conflict('topicId', IdeaErrorReason.IDEA_CLOSED, 'This idea is closed (done, declined or merged): votes can no longer be given or taken back.');
export const productAreaNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such product area.', { field: 'productAreaId', reason: IdeaErrorReason.PRODUCT_AREA_NOT_FOUND });
