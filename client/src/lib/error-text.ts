import { useI18n } from 'vue-i18n';
import { formatDateTime } from './format';
import type { ApiError } from './graphql';

/**
 * Reasons whose wording the server tailors to the case (which category, people or content, how
 * many votes a trust level allows): in English its own message is told as is; other languages use
 * the catalogue's sentence.
 */
const SERVER_WORDED_REASONS: ReadonlySet<string> = new Set(['OUTSIDE_MODERATION_SCOPE', 'VOTE_LIMIT_REACHED']);

/** Turns errors into sentences in the current language. */
export function useErrorText() {
  const { t, te, locale } = useI18n();

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
    if (error.reason && SERVER_WORDED_REASONS.has(error.reason) && locale.value.startsWith('en') && error.message) return error.message;
    if (error.reason && te(`errors.actionReasons.${error.reason}`)) return t(`errors.actionReasons.${error.reason}`);
    // A refused field the form has no place for (an invitation from the link, say): its own sentence.
    if (error.field && error.reason && te(`fields.${error.field}.errors.${error.reason}`)) return t(`fields.${error.field}.errors.${error.reason}`);
    if (error.code === 'RATE_LIMITED') {
      const seconds = error.retryAfterSeconds;
      return seconds ? t('errors.codes.RATE_LIMITED', { seconds }, seconds) : t('errors.codes.RATE_LIMITED_SOON');
    }
    const key = `errors.codes.${error.code}`;
    return te(key) ? t(key) : t('errors.codes.INTERNAL_SERVER_ERROR');
  }

  /**
   * What a refused flag means when it is not said the usual way: the daily flag limit, with the
   * moment flagging opens again. Null for every other error (use `errorMessage`).
   */
  function flagErrorMessage(error: ApiError, now: number = Date.now()): string | null {
    if (error.code !== 'RATE_LIMITED') return null;
    const seconds = error.retryAfterSeconds;
    if (!seconds) return t('flag.limitReachedSoon');
    return t('flag.limitReached', { when: formatDateTime(new Date(now + seconds * 1000).toISOString(), locale.value) });
  }

  return { fieldMessage, errorMessage, flagErrorMessage };
}
