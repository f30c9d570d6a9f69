import { useI18n } from 'vue-i18n';
import { formatDateTime } from './format';
import type { ApiError, ErrorValues } from './graphql';

/**
 * Reasons whose wording the server tailors to the case (which category, people or content, how
 * many votes a trust level allows): in English its own message is told as is; other languages use
 * the catalogue's sentence.
 */
const SERVER_WORDED_REASONS: ReadonlySet<string> = new Set(['OUTSIDE_MODERATION_SCOPE', 'VOTE_LIMIT_REACHED']);

/**
 * The server's default messages, which say no more than their code (`AppError.forbidden()`,
 * `unauthenticated()`, `rateLimited()`): the catalogue's sentence for the code says the same in the
 * reader's language. Any other message from the server is specific and is shown when the
 * catalogue has nothing for its reason.
 */
const GENERIC_SERVER_MESSAGES: readonly RegExp[] = [
  /^You do not have permission to do this\.$/,
  /^Sign in to do this\.$/,
  /^Too many attempts\. Try again in \d+ seconds\.$/,
];

/** Codes whose message is technical or made up here (no answer, a malformed request): told by the code alone. */
const CODE_ONLY: ReadonlySet<string> = new Set(['NETWORK', 'INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED']);

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

  /** "Reason: …" after a sanction's sentence, when the moderator's reason is known. */
  function withModeratorReason(sentence: string, values: ErrorValues): string {
    return values.moderatorReason ? `${sentence} ${t('errors.told.moderatorReason', { reason: values.moderatorReason })}` : sentence;
  }

  /**
   * A suspension or silence told with its end in the reader's time zone and language and the
   * moderator's reason; null when the server did not say until when.
   */
  function sanctionMessage(kind: 'SUSPENDED' | 'SILENCED', values: ErrorValues): string | null {
    if (values.until === undefined) return null;
    const sentence = values.until === null ? t(`errors.told.${kind}_INDEFINITELY`) : t(`errors.told.${kind}`, { until: formatDateTime(values.until, locale.value) });
    return withModeratorReason(sentence, values);
  }

  /** The sentences made of the server's values (until when, why, how long to wait); null when they are missing. */
  function toldWithValues(error: ApiError): string | null {
    const { reason, values } = error;
    switch (reason) {
      case 'SUSPENDED':
      case 'SILENCED':
        return sanctionMessage(reason, values);
      case 'TOPIC_INTERVAL':
      case 'REPLY_INTERVAL': {
        const seconds = error.retryAfterSeconds;
        if (values.intervalSeconds === undefined || !seconds) return null;
        return t(`errors.told.${reason}`, { interval: values.intervalSeconds, seconds }, seconds);
      }
      case 'TOPIC_DAILY_LIMIT':
      case 'REPLY_DAILY_LIMIT':
        return values.dailyLimit === undefined ? null : t(`errors.told.${reason}`, { limit: values.dailyLimit }, values.dailyLimit);
      default:
        return null;
    }
  }

  /** Whether the server's message says more than its code does. */
  function specific(error: ApiError): boolean {
    if (CODE_ONLY.has(error.code) || !error.message) return false;
    // GraphQL's own input checks (a malformed variable) carry no reason and a technical message.
    if (error.code === 'BAD_USER_INPUT' && !error.reason) return false;
    return !GENERIC_SERVER_MESSAGES.some((generic) => generic.test(error.message));
  }

  /**
   * The one mapping from an error to what a person reads, used by forms, toasts and notices alike:
   * the catalogue's sentence for its reason in the reader's language (filled with the server's
   * values: until when, why, how long to wait), else the server's own message when it says
   * something specific (in English, the server's language), and only else the sentence for its code.
   */
  function errorMessage(error: ApiError): string {
    if (error.reason && SERVER_WORDED_REASONS.has(error.reason) && locale.value.startsWith('en') && error.message) return error.message;
    const told = toldWithValues(error);
    if (told) return told;
    if (error.reason && te(`errors.actionReasons.${error.reason}`)) return t(`errors.actionReasons.${error.reason}`);
    // A refused field the form has no place for (an invitation from the link, say): its own sentence.
    if (error.field && error.reason && te(`fields.${error.field}.errors.${error.reason}`)) return t(`fields.${error.field}.errors.${error.reason}`);
    if (specific(error)) return error.message;
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

  return { fieldMessage, errorMessage, flagErrorMessage, sanctionMessage };
}
