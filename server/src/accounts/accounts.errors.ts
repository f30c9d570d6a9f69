import type { FieldProblem } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';

/** Reasons specific to accounts, carried in `extensions.reason`. */
export enum AccountErrorReason {
  HANDLE_TAKEN = 'HANDLE_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  SAME_PASSWORD = 'SAME_PASSWORD',
  /** The invitation token was already used to sign up. */
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  /** The invitation names another email address. */
  INVITATION_EMAIL = 'INVITATION_EMAIL',
  MEMBERSHIP_REJECTED = 'MEMBERSHIP_REJECTED',
  MEMBERSHIP_REMOVED = 'MEMBERSHIP_REMOVED',
  SUSPENDED = 'SUSPENDED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    accounts: AccountErrorReason;
  }
}

const FIELD_MESSAGES: Record<FieldProblem, (field: string) => string> = {
  REQUIRED: (f) => `${f} is required.`,
  TOO_SHORT: (f) => `${f} is too short.`,
  TOO_LONG: (f) => `${f} is too long.`,
  INVALID_FORMAT: (f) => `${f} is not in the expected format.`,
  TAKEN: (f) => `${f} is already taken.`,
  INCORRECT: (f) => `${f} is incorrect.`,
};

const LABELS: Record<string, string> = {
  handle: 'Handle (3–20 characters: a–z, 0–9 and _)',
  email: 'Email',
  displayName: 'Display name (1–50 characters)',
  password: 'Password (10–256 characters)',
  newPassword: 'New password (10–256 characters)',
  currentPassword: 'Current password',
  login: 'Email or handle',
};

export function fieldError(field: string, problem: FieldProblem): AppError {
  return AppError.badInput(field, InputErrorReason[problem], FIELD_MESSAGES[problem](LABELS[field] ?? field));
}
