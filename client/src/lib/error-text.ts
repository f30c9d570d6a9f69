import { useI18n } from 'vue-i18n';
import type { ApiError } from './graphql';

/** Turns errors into sentences in the current language. */
export function useErrorText() {
  const { t, te } = useI18n();

  /** The message for a refused field: specific to the field when we have one, else generic. */
  function fieldMessage(field: string, reason: string): string {
    for (const key of [`fields.${field}.errors.${reason}`, `errors.reasons.${reason}`]) {
      if (te(key)) return t(key);
    }
    return t('errors.fieldFallback');
  }

  /**
   * The message for an error that concerns the whole request rather than one field: specific to
   * its reason when we have one (TOPIC_LOCKED, EDIT_WINDOW_CLOSED, …), else to its code.
   */
  function errorMessage(error: ApiError): string {
    if (error.reason && te(`errors.actionReasons.${error.reason}`)) return t(`errors.actionReasons.${error.reason}`);
    if (error.code === 'RATE_LIMITED') {
      const seconds = error.retryAfterSeconds;
      return seconds ? t('errors.codes.RATE_LIMITED', { seconds }, seconds) : t('errors.codes.RATE_LIMITED_SOON');
    }
    const key = `errors.codes.${error.code}`;
    return te(key) ? t(key) : t('errors.codes.INTERNAL_SERVER_ERROR');
  }

  return { fieldMessage, errorMessage };
}
