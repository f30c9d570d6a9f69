import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import type { BusinessHoursProblem } from '../common/business-hours.js';

/** Reasons specific to the reply inbox, carried in `extensions.reason`. */
export enum InboxErrorReason {
  /** The topic awaits no answer from the team (answered, dismissed, or never in the inbox). */
  NOT_WAITING = 'NOT_WAITING',
  /** Another staff member holds the item; their claim lapses at `claimedUntil`. */
  CLAIMED_BY_OTHER = 'CLAIMED_BY_OTHER',
  /** The topic already waits in the inbox. */
  ALREADY_WAITING = 'ALREADY_WAITING',
  /** You hold no claim on this item to release. */
  NOT_CLAIMED = 'NOT_CLAIMED',
  UNKNOWN_TIME_ZONE = 'UNKNOWN_TIME_ZONE',
  INVALID_TIME = 'INVALID_TIME',
  EMPTY_HOURS = 'EMPTY_HOURS',
  OVERLAPPING_HOURS = 'OVERLAPPING_HOURS',
  INVALID_DATE = 'INVALID_DATE',
  TOO_MANY = 'TOO_MANY',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    inbox: InboxErrorReason;
  }
}

export const notWaiting = () => AppError.conflict('topicId', InboxErrorReason.NOT_WAITING, 'This topic awaits no answer from the team: it was answered or dismissed.');
export const claimedByOther = (handle: string, until: Date) =>
  AppError.conflict('topicId', InboxErrorReason.CLAIMED_BY_OTHER, `@${handle} is answering this one (their claim lapses at ${until.toISOString().slice(11, 16)} UTC).`);
export const alreadyWaiting = () => AppError.conflict('topicId', InboxErrorReason.ALREADY_WAITING, 'This topic already waits in the inbox.');
export const notClaimed = () => AppError.conflict('topicId', InboxErrorReason.NOT_CLAIMED, 'You hold no claim on this item.');
export const badBusinessHours = (problem: BusinessHoursProblem) =>
  new AppError(ApiErrorCode.BAD_USER_INPUT, problem.message, { field: `businessHours.${problem.field}`, reason: InboxErrorReason[problem.reason] });
