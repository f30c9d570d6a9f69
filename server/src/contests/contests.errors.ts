import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to contests, carried in `extensions.reason`. */
export enum ContestErrorReason {
  CONTEST_NOT_FOUND = 'CONTEST_NOT_FOUND',
  ENTRY_NOT_FOUND = 'ENTRY_NOT_FOUND',
  /** The closing time is not after the opening time. */
  CLOSES_BEFORE_OPENS = 'CLOSES_BEFORE_OPENS',
  /** The contest would run longer than allowed, or close in the past. */
  BAD_SCHEDULE = 'BAD_SCHEDULE',
  /** More (or fewer) winners than allowed. */
  WINNER_COUNT_OUT_OF_RANGE = 'WINNER_COUNT_OUT_OF_RANGE',
  NOT_OPEN_YET = 'NOT_OPEN_YET',
  CLOSED = 'CLOSED',
  ALREADY_ENTERED = 'ALREADY_ENTERED',
  TRUST_LEVEL_TOO_LOW = 'TRUST_LEVEL_TOO_LOW',
  ACCOUNT_TOO_NEW = 'ACCOUNT_TOO_NEW',
  /** The entry misses what the contest asks for (text, an image). */
  ENTRY_INCOMPLETE = 'ENTRY_INCOMPLETE',
  /** The image is not an upload of yours. */
  IMAGE_NOT_FOUND = 'IMAGE_NOT_FOUND',
  VOTING_NOT_ALLOWED = 'VOTING_NOT_ALLOWED',
  OWN_ENTRY = 'OWN_ENTRY',
  ALREADY_VOTED = 'ALREADY_VOTED',
  NOT_VOTED = 'NOT_VOTED',
  /** The entry is hidden, deleted or waiting for approval. */
  ENTRY_NOT_ELIGIBLE = 'ENTRY_NOT_ELIGIBLE',
  NOT_JUDGING = 'NOT_JUDGING',
  /** Jury picks: not the number of winners, the same entry twice, or an entry outside the frozen list. */
  BAD_PICKS = 'BAD_PICKS',
  /** What is fixed once the contest opens or closes (selection, the frozen list) cannot change. */
  LOCKED = 'LOCKED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    contests: ContestErrorReason;
  }
}

export const contestNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such contest, or you cannot see it.', { reason: ContestErrorReason.CONTEST_NOT_FOUND });
export const entryNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such contest entry, or you cannot see it.', { reason: ContestErrorReason.ENTRY_NOT_FOUND });
export const forbidden = (reason: ContestErrorReason, message: string) => new AppError(ApiErrorCode.FORBIDDEN, message, { reason });
