import { useI18n } from 'vue-i18n';
import { useErrorText } from '../../lib/error-text';
import type { ApiError } from '../../lib/graphql';

/**
 * Error sentences for the staff panel: the panel's own reasons first (ALREADY_RESOLVED,
 * OUTSIDE_MODERATION_SCOPE, ROLE_TOO_HIGH, …), then the app's messages by reason and code.
 */
export function useAdminErrorText() {
  const { t, te } = useI18n();
  const base = useErrorText();

  function errorMessage(error: ApiError): string {
    if (error.reason && te(`admin.errors.${error.reason}`)) return t(`admin.errors.${error.reason}`);
    return base.errorMessage(error);
  }

  /** The message for a refused field: the panel's wording for that field, then the app's. */
  function fieldMessage(field: string, reason: string): string {
    for (const key of [`admin.fieldErrors.${field}.${reason}`, `admin.errors.${reason}`]) {
      if (te(key)) return t(key);
    }
    return base.fieldMessage(field, reason);
  }

  return { errorMessage, fieldMessage };
}
