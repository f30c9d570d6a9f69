// The job queue across a crash: server processes on one PostgreSQL work a queue of jobs whose runs
// each write a row in their transaction. One process is killed with SIGKILL while jobs are running;
// two fresh processes finish the queue. Every job's effect must be there exactly once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startEmbeddedPostgres } from '@townsquare/server/dist/database/embedded-postgres.js';
import { createRootLogger } from '@townsquare/server/dist/logging/logger.js';
import { REPO_ROOT, freePort, gql, tempDataDir } from '../support/server.mjs';

const DB_NAME = `townsquare_jobs_${process.pid}_${Date.now()}`;
/** TEST_DATABASE_URL's server, else the machine's PostgreSQL on 5432, else one started here. */
let ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let DB_URL = '';
let embedded = null;
let embeddedDir = '';
const PROBE = path.join(REPO_ROOT, 'test', 'support', 'job-probe-server.mjs');
const JOBS = 150;

async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function startProbe(queue) {
  const port = await freePort();
  const child = spawn(process.execPath, [PROBE], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: DB_URL,
      PROBE_JOBS: String(queue),
      // A run whose process died is handed to another worker after 3 s.
      JOB_EXPIRE_SECONDS: '3',
      JOB_MAINTENANCE_SECONDS: '1',
      JOB_POLL_SECONDS: '0.5',
      ADMIN_EMAIL: 'admin@jobs.example',
      ADMIN_PASSWORD: 'admin-password-jobs',
      TRUST_LIMITS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = `http://127.0.0.1:${port}`;
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  while (!out.includes('probe ready')) {
    if (child.exitCode !== null) throw new Error(`probe exited early:\n${out}`);
    if (Date.now() > deadline) throw new Error(`probe not ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, exited, url, output: () => out };
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the job queue across a crash (SIGKILL) and several instances', () => {
  const running = [];
  before(async () => {
    const reachable = await query(ADMIN_URL, 'SELECT 1').then(() => true, () => false);
    if (!reachable && !process.env.TEST_DATABASE_URL) {
      // The parent owns this PostgreSQL, so killing a server process leaves it running.
      embeddedDir = tempDataDir('townsquare-jobs-');
      embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, port: await freePort(), logger: createRootLogger('warn'), database: 'postgres' });
      ADMIN_URL = embedded.url;
    }
    DB_URL = Object.assign(new URL(ADMIN_URL), { pathname: `/${DB_NAME}` }).toString();
    await query(ADMIN_URL, `CREATE DATABASE "${DB_NAME}"`);
    await query(DB_URL, `CREATE TABLE job_probe (job_id uuid NOT NULL, n int NOT NULL, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  });
  after(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await Promise.all(running.map((p) => p.exited));
    await query(ADMIN_URL, `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    if (embedded) {
      await embedded.stop();
      rmSync(embeddedDir, { recursive: true, force: true });
    }
  });

  it('runs each job once although the process working them was killed mid-run', async () => {
    const first = await startProbe(JOBS);
    running.push(first);
    // Kill when some jobs have committed their work but are not yet marked done in the queue (a batch
    // is marked when it ends): those come back after the crash, and must not run again.
    const committedButActive = async () =>
      (await query(DB_URL, `SELECT count(*)::int AS n FROM pgboss.job j JOIN job_probe p ON p.job_id = j.id WHERE j.name = 'probe.work' AND j.state = 'active'`))[0].n;
    await waitFor('jobs done but not yet marked done', async () => ((await committedButActive()) > 0 ? true : undefined));
    first.child.kill('SIGKILL');
    assert.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' });
    const [atKill] = await query(
      DB_URL,
      `SELECT (SELECT count(*)::int FROM job_probe) AS done,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'probe.work' AND state = 'active') AS active,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'probe.work' AND state IN ('created', 'retry')) AS waiting`,
    );
    const redo = await committedButActive();
    console.log(`# killed with ${atKill.done} jobs done (${redo} of them not yet marked done), ${atKill.active} running, ${atKill.waiting} waiting`);
    assert.ok(redo > 0, 'some jobs had done their work without being marked done');
    assert.ok(atKill.done < JOBS, 'the kill came before the queue was finished');
    assert.ok(atKill.active > 0, 'jobs were running when the process died');

    // Two fresh instances take over: the dead process's jobs once they expire, the rest at once.
    const [second, third] = await Promise.all([startProbe(0), startProbe(0)]);
    running.push(second, third);
    const started = Date.now();
    await waitFor(
      'every job to complete',
      async () => {
        const [r] = await query(DB_URL, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'probe.work' AND state = 'completed'`);
        return r.n === JOBS ? true : undefined;
      },
      90_000,
    );
    console.log(`# the rest finished ${Date.now() - started} ms after the restart`);
    const rows = await query(DB_URL, `SELECT n, count(*)::int AS runs, count(DISTINCT job_id)::int AS jobs FROM job_probe GROUP BY n ORDER BY n`);
    assert.equal(rows.length, JOBS, 'every job ran');
    assert.deepEqual(rows.filter((r) => r.runs !== 1 || r.jobs !== 1), [], 'no job ran twice');
    const byPid = await query(DB_URL, `SELECT pid, count(*)::int AS n FROM job_probe GROUP BY pid`);
    const pids = new Set(byPid.map((r) => r.pid));
    assert.ok(pids.has(first.child.pid) && (pids.has(second.child.pid) || pids.has(third.child.pid)), 'the killed process and a new one both ran jobs');
    const [{ failed }] = await query(DB_URL, `SELECT count(*)::int AS failed FROM pgboss.job WHERE name = 'probe.work' AND state = 'failed'`);
    assert.equal(failed, 0);
  });

  it('sends an event reminder that fell due while every server was down exactly once, after a restart', async () => {
    const server = await startProbe(0);
    running.push(server);
    const call = async (cookie, query, variables) => {
      const answer = await gql(server.url, query, variables, cookie);
      assert.ok(!answer.body.errors, JSON.stringify(answer.body.errors));
      return answer;
    };
    const admin = (await call('', 'mutation { signIn(input: { login: "admin", password: "admin-password-jobs" }) { user { id } } }')).cookie;
    const { categories } = (await call(admin, '{ categories { id } }')).body.data;
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const created = await call(admin, 'mutation ($i: EventInput!) { createEvent(input: $i, publish: true) { id nextOccurrence { id } } }', {
      i: { categoryId: categories[0].id, title: 'Reminder across a restart', description: 'See you there.', timeZone: 'UTC', startsAtLocal: `${day}T18:00`, endsAtLocal: `${day}T19:00`, reminderMinutes: [60] },
    });
    const occurrenceId = created.body.data.createEvent.nextOccurrence.id;
    const people = [];
    for (const [handle, status] of [['going_one', 'GOING'], ['curious_one', 'INTERESTED']]) {
      const signUp = await call('', 'mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
        i: { email: `${handle}@jobs.example`, handle, displayName: handle, password: 'member-password-jobs' },
      });
      await call(signUp.cookie, 'mutation ($o: ID!, $s: RsvpChoice!) { rsvpEvent(occurrenceId: $o, status: $s) { id } }', { o: occurrenceId, s: status });
      people.push({ id: signUp.body.data.signUp.user.id, status });
    }
    const [job] = await query(DB_URL, `SELECT id, state, start_after FROM pgboss.job WHERE name = 'events.reminder' AND data->>'occurrenceId' = $1`, [occurrenceId]);
    assert.equal(job.state, 'created');
    assert.ok(job.start_after.getTime() > Date.now() + 86_400_000, 'the reminder is due an hour before the start');

    server.child.kill('SIGKILL');
    await server.exited;
    // Time passes while no server runs: the reminder falls due.
    await query(DB_URL, `UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [job.id]);
    const [again, also] = await Promise.all([startProbe(0), startProbe(0)]);
    running.push(again, also);
    const reminders = async () =>
      query(DB_URL, `SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'EVENT_REMINDER' AND data->>'occurrenceId' = $1 GROUP BY user_id`, [occurrenceId]);
    await waitFor('the reminder job to complete', async () => {
      const [row] = await query(DB_URL, `SELECT state FROM pgboss.job WHERE id = $1`, [job.id]);
      return row.state === 'completed' ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(await reminders(), [{ user_id: people[0].id, n: 1 }], 'the member going got one reminder; the interested one none');
  });

  it('schedules the recurring work on the queue (overdue inbox items, run-record pruning, KPI rollups, the trust pass), once however many instances start', async () => {
    const schedules = await query(DB_URL, `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    assert.deepEqual(schedules, [
      { name: 'inbox.overdue', cron: '* * * * *', timezone: 'UTC' },
      { name: 'jobs.prune-runs', cron: '17 3 * * *', timezone: 'UTC' },
      { name: 'kpis.nightly', cron: '40 0 * * *', timezone: 'UTC' },
      { name: 'kpis.rollup', cron: '*/5 * * * *', timezone: 'UTC' },
      { name: 'trust.pass', cron: '*/10 * * * *', timezone: 'UTC' },
    ]);
  });
});
