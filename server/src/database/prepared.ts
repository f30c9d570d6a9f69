import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

const names = new Map<string, string>();
const MAX_NAMES = 2000;

/**
 * A read on a hot path (a page of topics or posts, a topic by id) as a named prepared statement,
 * on the pool TypeORM itself uses: PostgreSQL parses it once per connection instead of on every
 * request, and each run sends only its parameters. The statement text depends only on the shape
 * of the query (sort, filters, what the page shows), never on values, so there are few of them.
 */
export async function preparedQuery<T = Record<string, unknown>>(db: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `ts_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  const pool = (db.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values: [...values] });
  return result.rows as T[];
}
