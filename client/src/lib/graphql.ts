import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiErrorCode } from '@townsquare/shared';

/**
 * Every way a request can fail, as the client sees it: the server's stable `extensions.code`
 * values, GraphQL's own validation code, and NETWORK when no usable answer arrived at all.
 */
export type ErrorCode = `${ApiErrorCode}` | 'GRAPHQL_VALIDATION_FAILED' | 'NETWORK';

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ...Object.values(ApiErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'NETWORK',
]);

/**
 * The values a refusal's message was made from (`extensions` beyond code, field and reason), so
 * it can be said in the reader's language and time zone.
 */
export interface ErrorValues {
  /** When a suspension or silence ends (ISO 8601); null when it has no end; undefined when not said. */
  until?: string | null;
  /** The reason the moderator gave for a suspension or silence. */
  moderatorReason?: string | null;
  /** The seconds a trust level asks between two posts of a kind. */
  intervalSeconds?: number;
  /** How many posts of a kind a trust level allows a day. */
  dailyLimit?: number;
}

/** A failed request: what went wrong, and for input problems which field and why. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The input field at fault (`handle`, `email`, `currentPassword`, …), when there is one. */
  readonly field: string | null;
  /** Why the field was refused: TOO_SHORT, HANDLE_TAKEN, INVALID_CREDENTIALS, … */
  readonly reason: string | null;
  /** For RATE_LIMITED: how long to wait before trying again. */
  readonly retryAfterSeconds: number | null;
  /** The values the server's message was made from, when it sent them. */
  readonly values: ErrorValues;

  constructor(
    code: ErrorCode,
    message: string,
    details: { field?: string | null; reason?: string | null; retryAfterSeconds?: number | null; values?: ErrorValues } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = details.field ?? null;
    this.reason = details.reason ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.values = details.values ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any thrown value as an ApiError, so callers handle one shape. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL_SERVER_ERROR', error instanceof Error ? error.message : String(error));
}

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** The values of a refusal found in `extensions` (or a live event), each kept only when of its type. */
export function errorValues(ext: Record<string, unknown>): ErrorValues {
  const values: ErrorValues = {};
  if (typeof ext.until === 'string' || ext.until === null) values.until = ext.until;
  if (typeof ext.moderatorReason === 'string' || ext.moderatorReason === null) values.moderatorReason = ext.moderatorReason;
  if (typeof ext.intervalSeconds === 'number') values.intervalSeconds = ext.intervalSeconds;
  if (typeof ext.dailyLimit === 'number') values.dailyLimit = ext.dailyLimit;
  return values;
}

function fromGraphQLError(error: GraphQLErrorBody): ApiError {
  const ext = error.extensions ?? {};
  const rawCode = typeof ext.code === 'string' ? ext.code : '';
  const code = (KNOWN_CODES.has(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR') as ErrorCode;
  return new ApiError(code, typeof error.message === 'string' ? error.message : code, {
    field: typeof ext.field === 'string' ? ext.field : null,
    reason: typeof ext.reason === 'string' ? ext.reason : null,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null,
    values: errorValues(ext),
  });
}

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const TIMEOUT_MS = 20_000;

/** Argument list of `request`: the variables may be left out when the operation takes none. */
export type VariablesArgs<TVariables> = [TVariables] extends [Record<string, never>]
  ? [variables?: TVariables]
  : [variables: TVariables];

/**
 * Sends one operation to /graphql and returns its data, typed from the generated document.
 * Always a POST with a JSON body (the server's CSRF prevention refuses anything else), with the
 * session cookie. Throws an ApiError for GraphQL errors and a NETWORK ApiError when the server
 * could not be reached or answered with something that is not GraphQL.
 */
export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  ...[variables]: VariablesArgs<TVariables>
): Promise<TResult> {
  const query = document.toString();
  const operationName = OPERATION_NAME.exec(query)?.[1];
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : 'The request failed.');
  }

  let body: GraphQLResponseBody<TResult>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    // A proxy's error page or an interrupted response: nothing GraphQL to read.
    const unreachable = response.status === 0 || response.status >= 502;
    throw new ApiError(unreachable ? 'NETWORK' : 'INTERNAL_SERVER_ERROR', `Unexpected response (HTTP ${response.status}).`);
  }

  const first = body.errors?.[0];
  if (first) throw fromGraphQLError(first);
  if (body.data === undefined || body.data === null) {
    throw new ApiError('INTERNAL_SERVER_ERROR', `No data in the response (HTTP ${response.status}).`);
  }
  return body.data;
}
