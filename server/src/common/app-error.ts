import { ApiErrorCode } from '@townsquare/shared';

/**
 * Reasons any feature may give for refusing an input field: the shape of a value rather than a
 * rule of one feature. The first six are the field problems the client translates (`FieldProblem`
 * in @townsquare/shared); keys equal values, so `InputErrorReason[problem]` names one.
 */
export enum InputErrorReason {
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  INVALID_FORMAT = 'INVALID_FORMAT',
  TAKEN = 'TAKEN',
  INCORRECT = 'INCORRECT',
  /** Not one of the accepted values (an unknown kind, role, action…). */
  INVALID = 'INVALID',
  /** A number outside its range. */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** More items than allowed. */
  TOO_MANY = 'TOO_MANY',
  /** The id in the field names nothing that exists (or that the caller may see). */
  NOT_FOUND = 'NOT_FOUND',
  /** A page cursor that was not produced by this server for this list. */
  INVALID_CURSOR = 'INVALID_CURSOR',
}

/**
 * Every reason code, by the feature that declares it. Each feature's `*.errors.ts` adds its enum
 * here by declaration merging, so `common/` names no feature and a reason written as a bare string
 * does not compile:
 *
 *     declare module '../common/app-error.js' {
 *       interface ErrorReasons { topics: TopicErrorReason }
 *     }
 */
export interface ErrorReasons {
  input: InputErrorReason;
}

/** A machine-readable reason within an error code, e.g. TOO_SHORT, HANDLE_TAKEN; sent as `extensions.reason`. */
export type ErrorReason = ErrorReasons[keyof ErrorReasons];

export interface AppErrorDetails {
  /** The input field at fault, for BAD_USER_INPUT and CONFLICT on a field. */
  field?: string;
  /** A machine-readable reason within the code, e.g. TOO_SHORT, HANDLE_TAKEN. */
  reason?: ErrorReason;
  /** Seconds to wait before trying again, for RATE_LIMITED. */
  retryAfterSeconds?: number;
  /**
   * When a suspension or silence ends (ISO 8601), so the client can tell it in the reader's time
   * zone and language; null when it has no end.
   */
  until?: string | null;
  /** The reason the moderator gave the member for a suspension or silence; null when none was recorded. */
  moderatorReason?: string | null;
  /** For a posting pace refusal: the seconds the member's trust level asks between two posts of this kind. */
  intervalSeconds?: number;
  /** For a daily posting limit refusal: how many posts of this kind the member's trust level allows a day. */
  dailyLimit?: number;
}

/** A suspension or silence end as `AppErrorDetails.until`: null for one without end (stored far in the future). */
export function restrictionEnd(end: Date): string | null {
  return end.getUTCFullYear() > 9000 ? null : end.toISOString();
}

/**
 * The one error type services throw. It carries a stable API code and a message a person can act
 * on; the GraphQL error formatter turns it into `extensions`. Services never throw HTTP errors.
 */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(field: string, reason: ErrorReason, message: string): AppError {
    return new AppError(ApiErrorCode.BAD_USER_INPUT, message, { field, reason });
  }
  static conflict(field: string, reason: ErrorReason, message: string): AppError {
    return new AppError(ApiErrorCode.CONFLICT, message, { field, reason });
  }
  static unauthenticated(message = 'Sign in to do this.'): AppError {
    return new AppError(ApiErrorCode.UNAUTHENTICATED, message);
  }
  static forbidden(message = 'You do not have permission to do this.'): AppError {
    return new AppError(ApiErrorCode.FORBIDDEN, message);
  }
  static notFound(message: string): AppError {
    return new AppError(ApiErrorCode.NOT_FOUND, message);
  }
  static rateLimited(retryAfterSeconds: number, message?: string): AppError {
    return new AppError(
      ApiErrorCode.RATE_LIMITED,
      message ?? `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    );
  }
}
