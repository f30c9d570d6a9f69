/**
 * Reasons a request is refused before any resolver runs (by the input guard and the complexity
 * limit), carried in `extensions.reason` next to BAD_USER_INPUT.
 */
export enum RequestRefusalReason {
  /** An ID argument that is not a UUID. */
  INVALID_ID = 'INVALID_ID',
  /** Text holding a C0 control character such as NUL. */
  CONTROL_CHARACTER = 'CONTROL_CHARACTER',
  /** An argument value GraphQL's own coercion rejects. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  /** More estimated work than one request may ask for. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}
