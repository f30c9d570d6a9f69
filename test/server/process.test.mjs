// The product as a user runs it: the built server as a process with its own embedded PostgreSQL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SERVER_MAIN, freePort, gql, startServer, tempDataDir } from '../support/server.mjs';

const dataDir = tempDataDir('townsquare-process-');
let pgPort;
let first;

before(async () => {
  pgPort = await freePort();
});
after(async () => {
  await first?.stop();
  spawnSync('rm', ['-rf', dataDir]);
});

describe('the server process with embedded PostgreSQL', () => {
  let adminPassword;
  const member = { email: 'proc@example.com', handle: 'proc_member', displayName: 'Proc', password: 'process-member-pw' };

  it('first start: initialises the database, seeds the community and prints a generated admin password once', async () => {
    first = await startServer({ dataDir, env: { EMBEDDED_PG_PORT: String(pgPort), ADMIN_PASSWORD: undefined, ADMIN_EMAIL: undefined } });
    console.log(`# first start (initdb, migrations, seed) ready in ${first.readyMs} ms`);
    const match = first.output().match(/Password \(shown once\): (\S+)/);
    assert.ok(match, 'the generated admin password is printed');
    adminPassword = match[1];
    const signIn = await gql(first.url, `mutation ($i: SignInInput!) { signIn(input: $i) { user { role } } }`, { i: { login: 'admin', password: adminPassword } });
    assert.equal(signIn.body.data.signIn.user.role, 'ADMIN');
    const health = await fetch(`${first.url}/healthz`).then((r) => r.json());
    assert.deepEqual(health, { status: 'ok', database: 'up', redis: 'disabled' });
    assert.notEqual(pgPort, 5432);
  });

  it('logs one structured line per request with its duration, and never a password or a session token', async () => {
    const signUp = await gql(first.url, `mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: member });
    assert.ok(signUp.body.data.signUp.user.id);
    const token = signUp.cookie.split('=')[1];
    await gql(first.url, `{ me { handle } }`, {}, signUp.cookie);
    await new Promise((r) => setTimeout(r, 300));
    const lines = first.output().split('\n').filter((l) => l.startsWith('{'));
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request completed');
    assert.ok(requests.length >= 2);
    for (const r of requests) assert.equal(typeof r.responseTime, 'number');
    const out = first.output();
    assert.ok(!out.includes(member.password), 'member password not in logs');
    assert.ok(!out.includes(token), 'session token not in logs');
    assert.equal(out.split(adminPassword).length - 1, 1, 'the admin password appears only in the one-time notice');
  });

  it('refuses a second start on the same data directory, clearly, without harming the first', async () => {
    const second = spawnSync(process.execPath, [SERVER_MAIN], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(await freePort()) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(second.status, 1);
    assert.match(second.stderr, /already running/);
    const health = await fetch(`${first.url}/healthz`);
    assert.equal(health.status, 200);
  });

  it('stops cleanly on SIGTERM, and PostgreSQL with it', async () => {
    const { code } = await first.stop('SIGTERM');
    assert.equal(code, 0);
    assert.ok(!existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'postgres stopped');
    assert.ok(!existsSync(path.join(dataDir, 'server.pid')), 'lock released');
  });

  it('second start: keeps the data, seeds nothing again, prints no password', async () => {
    first = await startServer({ dataDir, env: { EMBEDDED_PG_PORT: String(pgPort), ADMIN_PASSWORD: undefined, ADMIN_EMAIL: undefined } });
    console.log(`# second start ready in ${first.readyMs} ms`);
    assert.ok(!/shown once/.test(first.output()));
    const signIn = await gql(first.url, `mutation ($i: SignInInput!) { signIn(input: $i) { user { handle } } }`, { i: { login: member.email, password: member.password } });
    assert.equal(signIn.body.data.signIn.user.handle, member.handle);
    const cats = await gql(first.url, `{ categories { slug } }`);
    assert.equal(cats.body.data.categories.length, 5);
    const { code } = await first.stop('SIGINT');
    assert.equal(code, 0);
    first = undefined;
  });

  it('refuses bad configuration at boot, naming each bad variable', () => {
    const res = spawnSync(process.execPath, [SERVER_MAIN], {
      env: { PATH: process.env.PATH, PORT: 'abc', REDIS_URL: 'http://nope', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(res.status, 1);
    assert.match(res.stderr, /Invalid configuration/);
    assert.match(res.stderr, /PORT/);
    assert.match(res.stderr, /REDIS_URL/);
  });

  it('serves the built client with history fallback, and leaves API paths alone', async () => {
    const server = await startServer({ dataDir: tempDataDir('townsquare-static-') });
    try {
      const page = await fetch(`${server.url}/some/deep/page`, { headers: { accept: 'text/html' } });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="app"/);
      const index = readFileSync(path.join(path.dirname(SERVER_MAIN), '..', '..', 'client', 'dist', 'index.html'), 'utf8');
      assert.match(index, /<div id="app"/);
      const api = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      assert.notEqual(api.status, 200);
    } finally {
      await server.stop();
      server.removeData();
    }
  });
});
