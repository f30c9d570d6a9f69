import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@townsquare/shared';
import { AppError, InputErrorReason } from './app-error.js';

/** Keyset position: the sort key values of the last row seen, ending with its id. */
export type CursorKey = Array<string | number | null>;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each position of a cursor must hold; checked before it reaches SQL. */
export type CursorPart = 'timestamp' | 'number' | 'int' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function partOk(kind: CursorPart, value: unknown): boolean {
  switch (kind) {
    case 'timestamp':
      return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
    case 'number':
      return (typeof value === 'string' || typeof value === 'number') && value !== '' && Number.isFinite(Number(value));
    case 'int':
      return (typeof value === 'string' || typeof value === 'number') && Number.isSafeInteger(Number(value));
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
  }
}

export function decodeCursor(cursor: string | null | undefined, parts: CursorPart[]): CursorKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    if (cursor.length > 512) throw new Error('too long');
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(key) || key.length !== parts.length || !parts.every((kind, i) => partOk(kind, key[i]))) {
      throw new Error('shape');
    }
    return key as CursorKey;
  } catch {
    throw AppError.badInput('after', InputErrorReason.INVALID_CURSOR, 'That page cursor is not valid; start again from the first page.');
  }
}

/** The requested page size, within limits. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? LIMITS.pageSize.default;
  if (!Number.isInteger(size) || size < 1 || size > LIMITS.pageSize.max) {
    throw AppError.badInput('first', InputErrorReason.OUT_OF_RANGE, `Ask for 1 to ${LIMITS.pageSize.max} items per page.`);
  }
  return size;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Builds a page from `size + 1` fetched rows: the extra row only says there is more. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => CursorKey): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > size, endCursor: last ? encodeCursor(keyOf(last)) : null };
}

@ObjectType('PageInfo', { description: 'Where a page of a connection ends and whether more follows.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
}

/**
 * A Relay-style connection type for `node`, named e.g. TopicConnection / TopicEdge. It has no total:
 * an honest one counts every row the reader may see (a scan of topics or posts on each page), and
 * `pageInfo.hasNextPage` already says whether more follows.
 */
export function Connection<T>(node: Type<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; pass as `after` to continue after it.' })
    cursor: string;

    @Field(() => node, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s, keyset-paginated.` })
  class ConnectionType {
    @Field(() => [Edge], { description: `The ${what}s on this page, in order.` })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether more follows, and the cursor to get it.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

export function toConnection<T>(page: Page<T>, keyOf: (row: T) => CursorKey): ConnectionShape<T> {
  return {
    edges: page.nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}
