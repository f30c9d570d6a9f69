// `npm start` (scripts/start.mjs) in this working tree: with nothing changed since the last install
// and build it goes straight to the server; touching a server source rebuilds the server only.
// The tree is built before this runs (`npm test` builds first), so only the lockfile check installs.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT, freePort, tempDataDir } from '../support/server.mjs';

const START = path.join(REPO_ROOT, 'scripts', 'start.mjs');
const STAMPS = path.join(REPO_ROOT, 'node_modules', '.townsquare-build');
const INSTALL_STAMP = path.join(REPO_ROOT, 'node_modules', '.townsquare-install-stamp');
const dataDir = tempDataDir('townsquare-start-');

after(() => spawnSync('rm', ['-rf', dataDir]));

/** mtime of every stamp, by file name. */
function stamps() {
  const out = { install: statSync(INSTALL_STAMP).mtimeMs };
  for (const name of readdirSync(STAMPS)) out[name] = statSync(path.join(STAMPS, name)).mtimeMs;
  return out;
}

/** Runs the start script until /healthz answers; returns its output, the time to healthy and a stop(). */
async function start(env) {
  const child = spawn(process.execPath, [START], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'warn', ADMIN_EMAIL: 'admin@start.example', ADMIN_PASSWORD: 'start-test-admin-pw', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = Date.now();
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  for (;;) {
    const state = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 100))]);
    if (state) throw new Error(`start exited early (${JSON.stringify(state)}):\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${env.PORT}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 600_000) {
      child.kill('SIGKILL');
      throw new Error(`not healthy after 10 min:\n${out}`);
    }
  }
  return {
    healthyMs: Date.now() - started,
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('npm start (scripts/start.mjs)', () => {
  let env;

  it('a second start with nothing changed runs no install and no build, and reaches /healthz', async () => {
    env = { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir };
    // First start: whatever is stale is brought up to date (nothing, after `npm test`'s build).
    const first = await start(env);
    assert.equal((await first.stop()).code, 0, 'SIGTERM to the start script stops the server cleanly');
    const before = stamps();

    const second = await start(env);
    console.log(`# second start healthy in ${second.healthyMs} ms`);
    const out = second.output();
    assert.match(out, /start: dependencies unchanged since the last install: install skipped/);
    for (const pkg of ['@townsquare/shared', '@townsquare/markdown', '@townsquare/draw', '@townsquare/server', '@townsquare/client']) {
      assert.match(out, new RegExp(`start: ${pkg} unchanged since its last build: build skipped`));
    }
    assert.doesNotMatch(out, /start: (installing|building)/);
    assert.deepEqual(stamps(), before, 'no stamp was rewritten');
    const health = await fetch(`http://127.0.0.1:${env.PORT}/healthz`).then((r) => r.json());
    assert.equal(health.status, 'ok');
    assert.equal((await second.stop()).code, 0);
  });

  it('touching a server source file makes the next start rebuild the server only', async () => {
    const before = stamps();
    const source = path.join(REPO_ROOT, 'server', 'src', 'main.ts');
    const now = new Date();
    utimesSync(source, now, now);

    const third = await start(env);
    const out = third.output();
    assert.match(out, /start: building @townsquare\/server\n/);
    assert.match(out, /start: built @townsquare\/server in/);
    assert.doesNotMatch(out, /start: installing/);
    for (const pkg of ['@townsquare/shared', '@townsquare/markdown', '@townsquare/draw', '@townsquare/client']) {
      assert.match(out, new RegExp(`start: ${pkg} unchanged since its last build: build skipped`));
    }
    const afterStamps = stamps();
    for (const [name, mtime] of Object.entries(before)) {
      if (name === '_townsquare_server.stamp') assert.ok(afterStamps[name] > mtime, 'the server stamp is renewed');
      else assert.equal(afterStamps[name], mtime, `${name} is untouched`);
    }
    assert.equal((await third.stop()).code, 0);
  });

  it('a changed lockfile makes the next start install again; the original lockfile gives back the original stamp', () => {
    const lockfile = path.join(REPO_ROOT, 'pnpm-lock.yaml');
    const original = readFileSync(lockfile, 'utf8');
    const stampBefore = readFileSync(INSTALL_STAMP, 'utf8');
    const install = () => spawnSync(process.execPath, [START, '--install-only'], { cwd: REPO_ROOT, encoding: 'utf8', env: process.env, timeout: 240_000 });
    let changed;
    try {
      writeFileSync(lockfile, `${original}\n# changed by start.test.mjs\n`);
      changed = install();
    } finally {
      writeFileSync(lockfile, original);
    }
    assert.equal(changed.status, 0, changed.stdout + changed.stderr);
    assert.match(changed.stdout, /start: installing dependencies/);
    assert.notEqual(readFileSync(INSTALL_STAMP, 'utf8'), stampBefore, 'the stamp holds the changed lockfile\'s hash');
    // Back to the committed lockfile: one more install, and the builds' stamps hold again.
    const restored = install();
    assert.equal(restored.status, 0, restored.stdout + restored.stderr);
    assert.match(restored.stdout, /start: installing dependencies/);
    assert.equal(readFileSync(INSTALL_STAMP, 'utf8'), stampBefore);
    const build = spawnSync(process.execPath, [START, '--build-only'], { cwd: REPO_ROOT, encoding: 'utf8', env: process.env, timeout: 60_000 });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    assert.doesNotMatch(build.stdout, /start: (installing|building)/);
  });
});
