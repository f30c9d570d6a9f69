import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** RFC 3339 date-time: 2019-12-03T09:54:33Z, with optional fraction and a Z or ±hh:mm offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

const REFUSAL = 'A DateTime is a string such as 2019-12-03T09:54:33Z (RFC 3339, years 0000–9999).';

/**
 * Parses a moment strictly. `new Date(anything)` (what the default scalar does) lets through
 * numbers, objects, "yesterday" and 30 February as Invalid Date or far-off years that PostgreSQL
 * then rejects with a 500; refused here, GraphQL answers BAD_USER_INPUT before any resolver runs.
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? RFC3339.exec(value) : null;
  if (!match) throw new GraphQLError(REFUSAL);
  const [, year, month, day, hour, minute, second, , , offsetHours, offsetMinutes] = match.map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  calendar.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  const real =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    calendar.getUTCHours() === hour &&
    calendar.getUTCMinutes() === minute &&
    calendar.getUTCSeconds() === second &&
    (Number.isNaN(offsetHours) || (offsetHours <= 23 && offsetMinutes <= 59));
  const moment = new Date((value as string).toUpperCase().replace(' ', 'T'));
  if (!real || Number.isNaN(moment.getTime())) throw new GraphQLError(REFUSAL);
  return moment;
}

/**
 * The `DateTime` scalar: the same name, description and output as @nestjs/graphql's ISO scalar
 * (so the schema and the client's types do not change), with strict input.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(REFUSAL);
    return parseDateTime(ast.value);
  },
});
