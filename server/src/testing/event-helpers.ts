import { DataSource } from 'typeorm';
import { SessionsService } from '../accounts/sessions.service.js';
import type { TestApp } from './test-app.js';

export interface QuickMember {
  id: string;
  cookie: string;
}

/**
 * Many signed-in members at once, written straight to the database with a session each (signing
 * up hundreds through the API would spend the test's time hashing passwords). They cannot sign in
 * with a password; their cookie works on every instance.
 */
export async function quickMembers(t: TestApp, count: number, prefix = 'q'): Promise<QuickMember[]> {
  const db = t.app.get(DataSource);
  const tag = Math.random().toString(36).slice(2, 8);
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO users (handle, email, display_name, password_hash)
     SELECT $1 || '_' || $2 || '_' || i, $1 || '_' || $2 || '_' || i || '@example.com', 'Member ' || i, 'not-a-password-hash'
       FROM generate_series(1, $3) i ORDER BY i RETURNING id`,
    [prefix, tag, count],
  );
  const sessions = t.app.get(SessionsService);
  const members: QuickMember[] = [];
  for (const { id } of rows) {
    const { token } = await sessions.create(id, { ip: '203.0.113.9', userAgent: null });
    members.push({ id, cookie: `ts_session=${token}` });
  }
  return members;
}

/** One GraphQL request with a cookie, as a browser would send it. */
export async function gqlAs<T = Record<string, unknown>>(url: string, cookie: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}
