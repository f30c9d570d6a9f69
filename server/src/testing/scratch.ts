import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * An empty database of a test's own on the run's PostgreSQL server, for an app that must seed it
 * itself (a community in another language, say): the run's shared database is seeded once, by
 * whichever app starts on it first. `drop` removes it, connections and all.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TOWNSQUARE_TEST_DATABASE_URL;
  if (!base) throw new Error('TOWNSQUARE_TEST_DATABASE_URL is unset: run tests through jest (globalSetup)');
  const name = `townsquare_${label}_${process.pid}_${Date.now().toString(36)}`;
  const onServer = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * A built client of a test's own making (`CLIENT_DIST`): the given files, by their path in the
 * build (`index.html`, `assets/index-a1.js`), in a temporary directory that `remove` deletes.
 */
export function scratchClientDist(files: Record<string, string | Buffer>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'townsquare-client-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
