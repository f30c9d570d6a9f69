import { ApiErrorCode } from '@townsquare/shared';

export interface AppErrorDetails {
  /** The input field at fault, for BAD_USER_INPUT and CONFLICT on a field. */
  field?: string;
  /** A machine-readable reason within the code, e.g. TOO_SHORT, HANDLE_TAKEN. */
  reason?: string;
  /** Seconds to wait before trying again, for RATE_LIMITED. */
  retryAfterSeconds?: number;
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

  static badInput(field: string, reason: string, message: string): AppError {
    return new AppError(ApiErrorCode.BAD_USER_INPUT, message, { field, reason });
  }
  static conflict(field: string, reason: string, message: string): AppError {
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
