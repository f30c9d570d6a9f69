import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to events, carried in `extensions.reason`. */
export enum EventErrorReason {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  /** The end is not after the start (or the event is longer than allowed). */
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  UNKNOWN_TIME_ZONE = 'UNKNOWN_TIME_ZONE',
  /** A recurrence rule without COUNT or UNTIL: refused, never silently bounded. */
  RECURRENCE_UNBOUNDED = 'RECURRENCE_UNBOUNDED',
  RECURRENCE_INVALID = 'RECURRENCE_INVALID',
  RECURRENCE_TOO_LONG = 'RECURRENCE_TOO_LONG',
  CAPACITY_OUT_OF_RANGE = 'CAPACITY_OUT_OF_RANGE',
  /** Lowering the capacity below those already going would push someone out. */
  CAPACITY_BELOW_GOING = 'CAPACITY_BELOW_GOING',
  LINK_NOT_HTTP = 'LINK_NOT_HTTP',
  RSVP_DEADLINE_PASSED = 'RSVP_DEADLINE_PASSED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_PAST = 'EVENT_PAST',
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  /** Once its discussion exists an event stays in its category. */
  CATEGORY_FIXED = 'CATEGORY_FIXED',
  /** A cover that is not an uploaded image. */
  UNKNOWN_COVER = 'UNKNOWN_COVER',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    events: EventErrorReason;
  }
}

export const eventNotFound = () => new AppError(ApiErrorCode.NOT_FOUND, 'There is no such event, or you cannot see it.', { reason: EventErrorReason.EVENT_NOT_FOUND });
export const eventCancelled = () => AppError.conflict('occurrenceId', EventErrorReason.EVENT_CANCELLED, 'This event was cancelled: it takes no more answers.');
export const eventPast = () => AppError.conflict('occurrenceId', EventErrorReason.EVENT_PAST, 'This event is over: it takes no more answers.');
export const rsvpDeadlinePassed = () => AppError.conflict('occurrenceId', EventErrorReason.RSVP_DEADLINE_PASSED, 'Answers to this event closed at its RSVP deadline.');
