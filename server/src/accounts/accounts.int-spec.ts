import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id handle displayName role email createdAt } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id handle } } }`;
const ME = `{ me { id handle email role } }`;
const SIGN_OUT = `mutation { signOut }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

let t: TestApp;
let db: DataSource;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(async () => {
  await t.close();
});

function newMember(overrides: Partial<Record<'email' | 'handle' | 'displayName' | 'password', string>> = {}) {
  const handle = uniqueHandle('m');
  return { email: `${handle}@example.com`, handle, displayName: 'Test Member', password: 'correct-horse-battery', ...overrides };
}

async function userCount(): Promise<number> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM users');
  return count;
}

async function signedUp(client = new GqlClient(t.url)) {
  const input = newMember();
  const res = await client.send<{ signUp: { user: { id: string } } }>(SIGN_UP, { input });
  expect(res.errors).toBeUndefined();
  return { client, input, id: res.data!.signUp.user.id };
}

describe('sign up', () => {
  it('creates a member, signs them in with an HttpOnly SameSite=Lax cookie and shows them their email', async () => {
    const client = new GqlClient(t.url);
    const input = newMember();
    const res = await client.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SIGN_UP, variables: { input } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.signUp.user).toMatchObject({ handle: input.handle, role: 'MEMBER', email: input.email });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ts_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.send<{ me: { handle: string; email: string } }>(ME);
    expect(me.data!.me).toMatchObject({ handle: input.handle, email: input.email });
  });

  it('marks the cookie Secure when the request came over HTTPS through the proxy', async () => {
    const res = await new GqlClient(t.url).agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-proto', 'https')
      .send({ query: SIGN_UP, variables: { input: newMember() } });
    expect(res.body.errors).toBeUndefined();
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('stores an argon2id hash, never the password, and only a hash of the session token', async () => {
    const { client, input, id } = await signedUp();
    const [row] = await db.query('SELECT password_hash FROM users WHERE id = $1', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(input.password);
    const token = client.cookieHeader(t.url).replace('ts_session=', '');
    const sessions = await db.query(`SELECT encode(token_hash, 'escape') AS raw FROM sessions WHERE user_id = $1`, [id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].raw).not.toContain(token);
  });

  it.each([
    ['handle', { handle: 'ab' }, 'TOO_SHORT'],
    ['handle', { handle: 'a'.repeat(21) }, 'TOO_LONG'],
    ['handle', { handle: 'Bad-Handle' }, 'INVALID_FORMAT'],
    ['handle', { handle: '' }, 'REQUIRED'],
    ['email', { email: 'not-an-email' }, 'INVALID_FORMAT'],
    ['email', { email: `${'a'.repeat(250)}@example.com` }, 'TOO_LONG'],
    ['displayName', { displayName: '   ' }, 'REQUIRED'],
    ['displayName', { displayName: 'x'.repeat(51) }, 'TOO_LONG'],
    ['password', { password: 'short-pw1' }, 'TOO_SHORT'],
    ['password', { password: 'p'.repeat(257) }, 'TOO_LONG'],
  ])('refuses a bad %s (%j) with BAD_USER_INPUT naming the field, and creates nothing', async (field, overrides, reason) => {
    const before = await userCount();
    const res = await new GqlClient(t.url).send(SIGN_UP, { input: newMember(overrides) });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(res.errors?.[0]?.message).toBeTruthy();
    expect(await userCount()).toBe(before);
  });

  it('accepts the limits exactly: 3- and 20-character handles, 50-character names, 10- and 256-character passwords', async () => {
    for (const overrides of [
      { handle: uniqueHandle('x').slice(0, 3).replace(/_/g, 'a') },
      { handle: `${uniqueHandle('y')}${'z'.repeat(20)}`.slice(0, 20) },
      { displayName: 'N'.repeat(50), password: 'p'.repeat(10) },
      { password: 'p'.repeat(256) },
    ]) {
      const input = newMember(overrides);
      input.email = `${input.handle}@example.com`;
      const res = await new GqlClient(t.url).send(SIGN_UP, { input });
      if (res.errors && codeOf(res) === 'CONFLICT') continue; // a random 3-letter handle may exist
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses a handle or an email already taken, whatever the case, with CONFLICT and no change', async () => {
    const { input } = await signedUp();
    const before = await userCount();
    const sameHandle = await new GqlClient(t.url).send(SIGN_UP, { input: newMember({ handle: input.handle }) });
    expect(sameHandle.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'handle', reason: 'HANDLE_TAKEN' });
    const upperEmail = await new GqlClient(t.url).send(SIGN_UP, { input: newMember({ email: input.email.toUpperCase() }) });
    expect(upperEmail.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email', reason: 'EMAIL_TAKEN' });
    expect(await userCount()).toBe(before);
  });

  it('treats handles case-insensitively on sign-in and lookup', async () => {
    const { input } = await signedUp();
    const res = await new GqlClient(t.url).send<{ user: { handle: string } }>(`query ($h: String!) { user(handle: $h) { handle } }`, {
      h: input.handle.toUpperCase(),
    });
    expect(res.data!.user.handle).toBe(input.handle);
  });
});

describe('sign in and out', () => {
  it('signs in by email or by handle, and me is null for a guest', async () => {
    const { input } = await signedUp();
    const guest = new GqlClient(t.url);
    expect((await guest.send<{ me: null }>(ME)).data!.me).toBeNull();
    const byEmail = await guest.send<{ signIn: { user: { handle: string } } }>(SIGN_IN, { input: { login: input.email.toUpperCase(), password: input.password } });
    expect(byEmail.data!.signIn.user.handle).toBe(input.handle);
    const byHandle = await new GqlClient(t.url).send<{ signIn: { user: { handle: string } } }>(SIGN_IN, { input: { login: input.handle, password: input.password } });
    expect(byHandle.data!.signIn.user.handle).toBe(input.handle);
    expect((await guest.send<{ me: { handle: string } }>(ME)).data!.me.handle).toBe(input.handle);
  });

  it('answers a wrong password and an unknown account with the same error', async () => {
    const { input } = await signedUp();
    const wrong = await new GqlClient(t.url).send(SIGN_IN, { input: { login: input.handle, password: 'not-the-password' } });
    const unknown = await new GqlClient(t.url).send(SIGN_IN, { input: { login: uniqueHandle('nobody'), password: 'not-the-password' } });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'login', reason: 'INVALID_CREDENTIALS' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
  });

  it('revokes the session on sign-out: the old cookie no longer works even when replayed', async () => {
    const { client } = await signedUp();
    const cookie = client.cookieHeader(t.url);
    expect((await client.send(SIGN_OUT)).data).toEqual({ signOut: true });
    const replay = await new GqlClient(t.url).agent.post('/graphql').set('content-type', 'application/json').set('cookie', cookie).send({ query: ME });
    expect(replay.body.data.me).toBeNull();
    const again = await new GqlClient(t.url).agent.post('/graphql').set('content-type', 'application/json').set('cookie', cookie).send({ query: SIGN_OUT });
    expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('treats an expired session as signed out', async () => {
    const { client, id } = await signedUp();
    await db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    expect((await client.send<{ me: null }>(ME)).data!.me).toBeNull();
  });

  it('rate limits failed sign-ins per account, for unknown accounts the same way, and forgets on success', async () => {
    const limited = await startTestApp({ env: { SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
    try {
      const { input } = await signedUp(new GqlClient(limited.url));
      for (const login of [input.handle, uniqueHandle('ghost')]) {
        for (let i = 0; i < 3; i++) {
          const res = await new GqlClient(limited.url, `198.51.100.${i}`).send(SIGN_IN, { input: { login, password: 'wrong-password-x' } });
          expect(codeOf(res)).toBe('BAD_USER_INPUT');
        }
        const blocked = await new GqlClient(limited.url, '198.51.100.99').send(SIGN_IN, { input: { login, password: input.password } });
        expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
        expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      }
    } finally {
      await limited.close();
    }
  });

  it('rate limits sign-in attempts per address', async () => {
    const limited = await startTestApp({ env: { SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '4' } });
    try {
      const address = '192.0.2.77';
      for (let i = 0; i < 4; i++) {
        const res = await new GqlClient(limited.url, address).send(SIGN_IN, { input: { login: uniqueHandle('a'), password: 'whatever-pass' } });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
      }
      const blocked = await new GqlClient(limited.url, address).send(SIGN_IN, { input: { login: uniqueHandle('a'), password: 'whatever-pass' } });
      expect(codeOf(blocked)).toBe('RATE_LIMITED');
      const elsewhere = await new GqlClient(limited.url, '192.0.2.78').send(SIGN_IN, { input: { login: uniqueHandle('a'), password: 'whatever-pass' } });
      expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    } finally {
      await limited.close();
    }
  });
});

describe('change password', () => {
  it('needs the current password and a valid new one, changing nothing otherwise', async () => {
    const { client, input, id } = await signedUp();
    const [before] = await db.query('SELECT password_hash FROM users WHERE id = $1', [id]);
    const wrong = await client.send(CHANGE_PASSWORD, { input: { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-password' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword', reason: 'WRONG_PASSWORD' });
    const short = await client.send(CHANGE_PASSWORD, { input: { currentPassword: input.password, newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_SHORT' });
    const [after] = await db.query('SELECT password_hash FROM users WHERE id = $1', [id]);
    expect(after.password_hash).toBe(before.password_hash);
    const guest = await new GqlClient(t.url).send(CHANGE_PASSWORD, { input: { currentPassword: input.password, newPassword: 'a-brand-new-password' } });
    expect(codeOf(guest)).toBe('UNAUTHENTICATED');
  });

  it('ends every other session, keeps this one signed in, and switches the password', async () => {
    const { client, input } = await signedUp();
    const other = new GqlClient(t.url);
    await other.send(SIGN_IN, { input: { login: input.handle, password: input.password } });
    expect((await other.send<{ me: { handle: string } }>(ME)).data!.me.handle).toBe(input.handle);
    const res = await client.send(CHANGE_PASSWORD, { input: { currentPassword: input.password, newPassword: 'a-brand-new-password' } });
    expect(res.data).toEqual({ changePassword: true });
    expect((await other.send<{ me: null }>(ME)).data!.me).toBeNull();
    expect((await client.send<{ me: { handle: string } }>(ME)).data!.me.handle).toBe(input.handle);
    const old = await new GqlClient(t.url).send(SIGN_IN, { input: { login: input.handle, password: input.password } });
    expect(codeOf(old)).toBe('BAD_USER_INPUT');
    const fresh = await new GqlClient(t.url).send(SIGN_IN, { input: { login: input.handle, password: 'a-brand-new-password' } });
    expect(fresh.errors).toBeUndefined();
  });
});

describe('email visibility', () => {
  it('shows a member\'s email to themselves and to staff, and null to other members and guests', async () => {
    const { input } = await signedUp();
    const q = `query ($h: String!) { user(handle: $h) { email } }`;
    const stranger = await signedUp();
    expect((await stranger.client.send<{ user: { email: null } }>(q, { h: input.handle })).data!.user.email).toBeNull();
    expect((await new GqlClient(t.url).send<{ user: { email: null } }>(q, { h: input.handle })).data!.user.email).toBeNull();
    const admin = new GqlClient(t.url);
    await admin.send(SIGN_IN, { input: { login: 'admin', password: 'admin-password-123' } });
    expect((await admin.send<{ user: { email: string } }>(q, { h: input.handle })).data!.user.email).toBe(input.email);
  });
});

const redisUrl = process.env.REDIS_URL;
describe(`a resolved session is reused briefly, and dropped at once when it ends or its role changes (${redisUrl ? 'two instances over Redis' : 'one instance'})`, () => {
  it('sign-out and a lowered role take effect on the other instance with the very next request', async () => {
    const a = redisUrl ? await startTestApp({ env: { REDIS_URL: redisUrl } }) : t;
    const b = redisUrl ? await startTestApp({ env: { REDIS_URL: redisUrl } }) : t;
    try {
      const onA = new GqlClient(a.url);
      const res = await onA.send<{ signUp: { user: { id: string } } }>(SIGN_UP, { input: newMember() });
      const id = res.data!.signUp.user.id;
      await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [id]);
      const cookie = onA.cookieHeader(a.url);
      const onB = (query: string) => new GqlClient(b.url).agent.post('/graphql').set('content-type', 'application/json').set('cookie', cookie).send({ query });
      // B resolves (and keeps) the session: a moderator sees the staff overview.
      expect((await onB(`{ staffOverview { memberCount } }`)).body.errors).toBeUndefined();
      expect((await onB(ME)).body.data.me.role).toBe('MODERATOR');

      const admin = new GqlClient(a.url);
      await admin.send(SIGN_IN, { input: { login: 'admin', password: 'admin-password-123' } });
      expect((await admin.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: id })).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 50)); // the message crosses Redis
      expect((await onB(`{ staffOverview { memberCount } }`)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await onB(ME)).body.data.me.role).toBe('MEMBER');

      expect((await onA.send(SIGN_OUT)).data).toEqual({ signOut: true });
      await new Promise((r) => setTimeout(r, 50));
      expect((await onB(ME)).body.data.me).toBeNull();
    } finally {
      if (a !== t) await a.close();
      if (b !== t) await b.close();
    }
  });
});
