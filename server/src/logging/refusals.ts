import type { Logger } from 'pino';
import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Operations whose refusals are attempts on an account: a limit hit there is worth a look. */
const SIGN_IN_OPERATIONS = new Set(['signIn', 'signUp', 'requestPasswordReset', 'resetPassword', 'changePassword']);

/** Reasons that say someone tried credentials or an account that is shut. */
const ACCOUNT_REASONS = new Set(['INVALID_CREDENTIALS', 'WRONG_PASSWORD', 'SUSPENDED', 'MEMBERSHIP_REMOVED', 'MEMBERSHIP_REJECTED', 'CSRF_HEADER_MISSING']);

/**
 * How loud a refusal is. A refusal is the product working as meant (a stable code, a message the
 * person can act on), so it is never an error: `warn` when it may be someone probing (a failed
 * sign-in, forbidden access, a forged request, limits on signing in), `info` for the rest (bad
 * input, a pace limit, a conflict).
 */
export function refusalLevel(error: AppError, operation?: string): 'info' | 'warn' {
  if (error.code === ApiErrorCode.FORBIDDEN) return 'warn';
  if (error.details.reason && ACCOUNT_REASONS.has(error.details.reason)) return 'warn';
  if (error.code === ApiErrorCode.RATE_LIMITED && operation && SIGN_IN_OPERATIONS.has(operation)) return 'warn';
  return 'info';
}

/** Writes a refusal: its code, reason and field, where it happened, and no stack. */
export function logRefusal(logger: Logger, error: AppError, operation?: string): void {
  const { field, reason, retryAfterSeconds } = error.details;
  logger[refusalLevel(error, operation)](
    { code: error.code, ...(reason && { reason }), ...(field && { field }), ...(retryAfterSeconds !== undefined && { retryAfterSeconds }), ...(operation && { operation }) },
    `refused: ${error.message.slice(0, 200)}`,
  );
}

const LOGGED = Symbol('townsquare.logged');

/** Marks an error written to the log with its stack, so that whoever answers it later does not write it twice. */
export function markLogged(error: Error): void {
  (error as Error & { [LOGGED]?: true })[LOGGED] = true;
}

export function wasLogged(error: unknown): boolean {
  return error instanceof Error && (error as Error & { [LOGGED]?: true })[LOGGED] === true;
}
