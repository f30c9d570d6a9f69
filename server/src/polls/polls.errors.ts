import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to polls, carried in `extensions.reason`. */
export enum PollErrorReason {
  POLL_NOT_FOUND = 'POLL_NOT_FOUND',
  /** The post already carries a poll. */
  POLL_EXISTS = 'POLL_EXISTS',
  /** Only the post's author (within the edit window) and its category's moderators attach or close polls. */
  CANNOT_MANAGE_POLL = 'CANNOT_MANAGE_POLL',
  TOO_FEW_OPTIONS = 'TOO_FEW_OPTIONS',
  TOO_MANY_OPTIONS = 'TOO_MANY_OPTIONS',
  DUPLICATE_OPTION = 'DUPLICATE_OPTION',
  /** A closing time that has already passed. */
  CLOSES_IN_PAST = 'CLOSES_IN_PAST',
  POLL_CLOSED = 'POLL_CLOSED',
  /** More options chosen than the poll takes. */
  TOO_MANY_CHOICES = 'TOO_MANY_CHOICES',
  /** A vote with no option. */
  NO_CHOICE = 'NO_CHOICE',
  /** An option id that belongs to another poll, or to none. */
  OPTION_NOT_IN_POLL = 'OPTION_NOT_IN_POLL',
  /** Voter lists exist only for public polls. */
  ANONYMOUS_POLL = 'ANONYMOUS_POLL',
  /** Voter lists show once you may see the results. */
  RESULTS_HIDDEN = 'RESULTS_HIDDEN',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    polls: PollErrorReason;
  }
}

export const pollNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such poll, or you cannot see it.', { field: 'pollId', reason: PollErrorReason.POLL_NOT_FOUND });
export const pollClosed = () => AppError.conflict('pollId', PollErrorReason.POLL_CLOSED, 'This poll is closed: votes can no longer be given or changed.');
export const cannotManagePoll = (message: string) => new AppError(ApiErrorCode.FORBIDDEN, message, { reason: PollErrorReason.CANNOT_MANAGE_POLL });
