import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from '@townsquare/shared';
import type { Logger } from 'pino';
import { AppError } from '../common/app-error.js';
import { logRefusal, wasLogged } from '../logging/refusals.js';

/** Codes produced by GraphQL itself for a malformed request; passed through unchanged. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The single mapping from thrown errors to what a client sees. No stack, SQL or internal name leaves. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      logRefusal(logger, original, typeof formatted.path?.[0] === 'string' ? formatted.path[0] : undefined);
      const { field, reason, retryAfterSeconds, until, moderatorReason, intervalSeconds, dailyLimit } = original.details;
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(field && { field }),
          ...(reason && { reason }),
          ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
          // The values the message was made from, so a client can say it in the reader's language and time zone.
          ...(until !== undefined && { until }),
          ...(moderatorReason !== undefined && { moderatorReason }),
          ...(intervalSeconds !== undefined && { intervalSeconds }),
          ...(dailyLimit !== undefined && { dailyLimit }),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      // A malformed request is the caller's mistake: worth an info line, never an alert; a
      // request refused as a possible cross-site forgery is worth a look.
      const level = /cross-site request forgery/i.test(formatted.message) ? 'warn' : 'info';
      logger[level]({ code, reason: extensions.reason }, `request refused: ${formatted.message.slice(0, 200)}`);
      return { ...base, message: formatted.message, extensions: { ...extensions, code } };
    }
    // Written once with its stack (Nest's exception filter may already have written it).
    if (!wasLogged(original)) logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
