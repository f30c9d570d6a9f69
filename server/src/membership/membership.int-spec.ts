import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';

let t: TestApp;
let db: DataSource;
let admin: GqlClient;
let manager: Person;
let moderator: Person;
let questions: string;

const SIGN_UP = `mutation ($i: SignUpInput!) { signUp(input: $i) { user { id handle } } }`;
const newcomer = (extra: Record<string, unknown> = {}) => {
  const handle = uniqueHandle('j');
  return { email: `${handle}@example.com`, handle, displayName: 'Newcomer', password: 'newcomer-password', ...extra };
};
const setMode = (mode: string) => admin.send(`mutation ($m: AccessMode!) { updateCommunitySettings(input: { accessMode: $m }) { accessMode } }`, { m: mode });

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  manager = await person(t, 'COMMUNITY_MANAGER', 'cm');
  moderator = await person(t, 'MODERATOR', 'mod');
  questions = await categoryId(admin, 'questions');
});
afterAll(async () => {
  await setMode('OPEN');
  await admin.send(`mutation { updateCommunitySettings(input: { requireGuidelines: false }) { accessMode } }`);
  await t.close();
});

describe('access modes', () => {
  it('APPROVAL: sign-up makes a join request in the queue; the newcomer cannot post until approved; rejection ends it', async () => {
    expect(codeOf(await manager.client.send(`mutation { updateCommunitySettings(input: { accessMode: APPROVAL }) { accessMode } }`))).toBe('FORBIDDEN');
    await setMode('APPROVAL');
    try {
      const asking = new GqlClient(t.url);
      const input = newcomer({ joinMessage: 'I use your widgets daily' });
      const res = await asking.send<{ signUp: { user: { id: string } } }>(SIGN_UP, { i: input });
      const id = res.data!.signUp.user.id;
      const refused = await asking.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'Can I post yet?', body: 'Hello' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBERSHIP_PENDING' });
      const queue = await moderator.client.send<{ moderationQueue: { edges: Array<{ node: { kind: string; targetId: string } }> } }>(
        `{ moderationQueue(first: 50) { edges { node { kind targetId user { handle } joinRequest { handle email message status } } } } }`,
      );
      expect(queue.data!.moderationQueue.edges.map((e) => e.node)).toContainEqual({
        kind: 'JOIN_REQUEST',
        targetId: id,
        user: { handle: input.handle },
        joinRequest: { handle: input.handle, email: input.email, message: 'I use your widgets daily', status: 'PENDING' },
      });
      const requests = await moderator.client.send<{ joinRequests: { edges: Array<{ node: { userId: string; message: string } }> } }>(`{ joinRequests { edges { node { userId message } } } }`);
      expect(requests.data!.joinRequests.edges.map((e) => e.node)).toContainEqual({ userId: id, message: 'I use your widgets daily' });
      const results = await Promise.all([
        moderator.client.send(`mutation ($u: ID!) { approveJoinRequest(userId: $u) }`, { u: id }),
        manager.client.send(`mutation ($u: ID!) { approveJoinRequest(userId: $u) }`, { u: id }),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
      await topic({ client: asking, id, handle: input.handle, cookie: '' }, questions, { title: 'Approved and posting' });

      const rejected = new GqlClient(t.url);
      const r = await rejected.send<{ signUp: { user: { id: string } } }>(SIGN_UP, { i: newcomer() });
      await moderator.client.send(`mutation ($u: ID!) { rejectJoinRequest(userId: $u, reason: "Not a customer") }`, { u: r.data!.signUp.user.id });
      expect((await rejected.send<{ me: null }>(`{ me { id } }`)).data!.me).toBeNull();
    } finally {
      await setMode('OPEN');
    }
  });

  it('INVITE_ONLY: only single-use, unexpired invitations let people in (bulk by email too)', async () => {
    await setMode('INVITE_ONLY');
    try {
      expect((await new GqlClient(t.url).send(SIGN_UP, { i: newcomer() })).errors?.[0]?.extensions).toMatchObject({ field: 'inviteToken', reason: 'REQUIRED' });
      const made = await manager.client.send<{ createInvitations: Array<{ email: string | null; token: string }> }>(
        `mutation { createInvitations(input: { emails: ["friend@example.com", "FRIEND@example.com", "pal@example.com"], count: 1 }) { email token } }`,
      );
      const invites = made.data!.createInvitations;
      expect(invites.map((i) => i.email)).toEqual(['friend@example.com', 'pal@example.com', null]);
      const open = invites[2]!.token;
      const ok = await new GqlClient(t.url).send(SIGN_UP, { i: newcomer({ inviteToken: open }) });
      expect(ok.errors).toBeUndefined();
      expect((await new GqlClient(t.url).send(SIGN_UP, { i: newcomer({ inviteToken: open }) })).errors?.[0]?.extensions).toMatchObject({ reason: 'USED' });
      expect((await new GqlClient(t.url).send(SIGN_UP, { i: newcomer({ inviteToken: invites[0]!.token }) })).errors?.[0]?.extensions).toMatchObject({
        field: 'email',
        reason: 'INVITATION_EMAIL',
      });
      await db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'pal@example.com'`);
      expect((await new GqlClient(t.url).send(SIGN_UP, { i: newcomer({ email: 'pal@example.com', inviteToken: invites[1]!.token }) })).errors?.[0]?.extensions).toMatchObject({
        reason: 'EXPIRED',
      });
      const listed = await manager.client.send<{ invitations: { edges: Array<{ node: { token: string | null } }> } }>(`{ invitations { edges { node { token } } } }`);
      expect(listed.data!.invitations.edges.every((e) => e.node.token === null)).toBe(true);
      // No mail server here: the staff panel says the email was not sent, and why.
      const status = async () =>
        (await manager.client.send<{ invitations: { edges: Array<{ node: { email: string | null; emailStatus: string | null; emailError: string | null } }> } }>(
          `{ invitations(first: 10) { edges { node { email emailStatus emailError } } } }`,
        )).data!.invitations.edges.map((e) => e.node).find((n) => n.email === 'friend@example.com');
      for (let i = 0; i < 50 && (await status())?.emailStatus !== 'FAILED'; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await status()).toMatchObject({ emailStatus: 'FAILED', emailError: expect.stringContaining('SMTP_URL') });
      expect(codeOf(await moderator.client.send(`mutation { createInvitations(input: { count: 1 }) { id } }`))).toBe('FORBIDDEN');
    } finally {
      await setMode('OPEN');
    }
  });
});

describe('what a person sees of their own standing', () => {
  it('the public community says how to join; me says whether I belong, which guidelines I accepted and whether I am read-only; others see none of it', async () => {
    await setMode('APPROVAL');
    try {
      const guest = await new GqlClient(t.url).send<{ community: { accessMode: string; requireGuidelines: boolean } }>(`{ community { accessMode requireGuidelines guidelinesVersion } }`);
      expect(guest.data!.community).toMatchObject({ accessMode: 'APPROVAL', requireGuidelines: expect.any(Boolean) });
      const asking = new GqlClient(t.url);
      const input = newcomer({ joinMessage: 'Long-time customer' });
      await asking.send(SIGN_UP, { i: input });
      const mine = await asking.send<{ me: { membership: string; guidelinesAccepted: number; silencedUntil: string | null } }>(`{ me { membership guidelinesAccepted silencedUntil } }`);
      expect(mine.data!.me).toEqual({ membership: 'PENDING', guidelinesAccepted: 0, silencedUntil: null });
    } finally {
      await setMode('OPEN');
    }
    const member = await person(t);
    await admin.send(`mutation ($u: ID!) { silenceUser(input: { userId: $u, reason: "Cool down", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: member.id });
    const self = await member.client.send<{ me: { membership: string; silencedUntil: string } }>(`{ me { membership silencedUntil } }`);
    expect(self.data!.me).toEqual({ membership: 'ACTIVE', silencedUntil: '2999-01-01T00:00:00.000Z' });
    const other = await (await person(t)).client.send<{ user: Record<string, unknown> }>(`query ($h: String!) { user(handle: $h) { membership silencedUntil guidelinesAccepted } }`, { h: member.handle });
    expect(other.data!.user).toEqual({ membership: null, silencedUntil: null, guidelinesAccepted: null });
  });
});

describe('guidelines', () => {
  it('members accept the current version before posting, and again when it changes', async () => {
    const member = await person(t);
    expect(codeOf(await member.client.send(`mutation { publishGuidelines(body: "Be kind.") { version } }`))).toBe('FORBIDDEN');
    const v1 = await manager.client.send<{ publishGuidelines: { version: number } }>(`mutation { publishGuidelines(body: "# Be kind\\n\\nNo spam.") { version } }`);
    const version = v1.data!.publishGuidelines.version;
    await admin.send(`mutation { updateCommunitySettings(input: { requireGuidelines: true }) { accessMode } }`);
    try {
      const refused = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'Before accepting', body: 'x' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'GUIDELINES_NOT_ACCEPTED' });
      expect((await member.client.send(`mutation ($v: Int!) { acceptGuidelines(version: $v) }`, { v: version + 5 })).errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_CURRENT' });
      await member.client.send(`mutation ($v: Int!) { acceptGuidelines(version: $v) }`, { v: version });
      await topic(member, questions, { title: 'After accepting' });
      const v2 = await manager.client.send<{ publishGuidelines: { version: number } }>(`mutation { publishGuidelines(body: "Be kind. Stay on topic.") { version } }`);
      expect(v2.data!.publishGuidelines.version).toBe(version + 1);
      const again = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'After a change', body: 'x' } });
      expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'GUIDELINES_NOT_ACCEPTED' });
      const current = await new GqlClient(t.url).send<{ guidelines: { version: number; bodyHtml: string } }>(`{ guidelines { version bodyHtml } }`);
      expect(current.data!.guidelines.version).toBe(version + 1);
    } finally {
      await admin.send(`mutation { updateCommunitySettings(input: { requireGuidelines: false }) { accessMode } }`);
    }
  });
});

describe('removing members', () => {
  it('removes with content hidden, ends sign-in, and restores both', async () => {
    const member = await person(t);
    const { id, firstPostId } = await topic(member, questions, { title: 'Soon to be hidden' });
    await reply(member, id, 'another of mine');
    await manager.client.send(`mutation ($u: ID!) { removeMember(userId: $u, hideContent: true, reason: "Harassment") }`, { u: member.id });
    expect((await member.client.send<{ me: null }>(`{ me { id } }`)).data!.me).toBeNull();
    const signIn = await new GqlClient(t.url).send(`mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { login: member.handle, password: 'forum-test-password' } });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ reason: 'MEMBERSHIP_REMOVED' });
    const [{ hidden }] = await db.query(`SELECT count(*)::int AS hidden FROM posts WHERE author_id = $1 AND hidden_at IS NOT NULL`, [member.id]);
    expect(hidden).toBe(2);
    await manager.client.send(`mutation ($u: ID!) { restoreMember(userId: $u) }`, { u: member.id });
    const [{ visible }] = await db.query(`SELECT count(*)::int AS visible FROM posts WHERE author_id = $1 AND hidden_at IS NULL`, [member.id]);
    expect(visible).toBe(2);
    const actions: Array<{ action: string }> = await db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [member.id]);
    expect(actions.map((a) => a.action)).toEqual(['MEMBER_REMOVED', 'MEMBER_RESTORED']);
    void firstPostId;
  });
});
