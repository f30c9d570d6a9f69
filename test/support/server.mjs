// Starts the built Townsquare server (server/dist/main.js) as a real child process, the way
// `npm start` runs it, and waits until /healthz answers. Used by browser and process tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
// TOWNSQUARE_SERVER_MAIN runs another build (e.g. an earlier commit's) with these tests and benchmarks.
export const SERVER_MAIN = process.env.TOWNSQUARE_SERVER_MAIN ?? path.join(REPO_ROOT, 'server', 'dist', 'main.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A fresh data directory that the postgres user can reach. */
export function tempDataDir(prefix = 'townsquare-e2e-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Starts the server. With no DATABASE_URL in `env`, it runs its own embedded PostgreSQL under
 * `dataDir`. Resolves once /healthz says ok; `output()` returns everything it printed.
 */
/** The first admin's password on a server started here (seeded on its first start). */
export const ADMIN_PASSWORD = 'admin-password-e2e';

export async function startServer({ env = {}, dataDir = tempDataDir(), timeoutMs = 90_000 } = {}) {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  // Two free ports asked one after the other may be the same one (each was free when asked).
  let pgPort = env.EMBEDDED_PG_PORT ? Number(env.EMBEDDED_PG_PORT) : await freePort();
  while (pgPort === port && !env.EMBEDDED_PG_PORT) pgPort = await freePort();
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    ADMIN_EMAIL: 'admin@e2e.example',
    ADMIN_PASSWORD,
    LOG_LEVEL: 'info',
    ...env,
  };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  // The heap cap production starts the server with (package.json `start`, the Dockerfile).
  const child = spawn(process.execPath, [`--max-old-space-size=${process.env.TOWNSQUARE_HEAP_MIB ?? 192}`, SERVER_MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    const state = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 200))]);
    if (state) throw new Error(`server exited early (${JSON.stringify(state)}):\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${timeoutMs} ms:\n${out}`);
    }
  }
  return {
    url,
    port,
    pgPort,
    dataDir,
    child,
    readyMs: Date.now() - started,
    output: () => out,
    exited,
    /** SIGTERM, wait for a clean exit; returns the exit code. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await exited;
      return result;
    },
    removeData() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL call with a cookie jar of one header string; returns { status, body, cookie }. */
export async function gql(url, query, variables = {}, cookie = '') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, body: await res.json(), cookie: setCookie ? setCookie.split(';')[0] : cookie };
}
