import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

export enum CategoryErrorReason {
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  NESTING_TOO_DEEP = 'NESTING_TOO_DEEP',
  CATEGORY_ARCHIVED = 'CATEGORY_ARCHIVED',
  /** A moderator scoped to categories acted outside them, or on a person. */
  OUTSIDE_MODERATION_SCOPE = 'OUTSIDE_MODERATION_SCOPE',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    categories: CategoryErrorReason;
  }
}

/** Hidden and missing categories answer alike, so hidden ones do not leak. */
export const categoryNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such category, or you cannot see it.', { reason: CategoryErrorReason.CATEGORY_NOT_FOUND });
