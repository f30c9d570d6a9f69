import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * The live-audience matrix: every live event kind × every way to lose access × a connection that
 * stays open and one that reconnects after the change. Mutations go to instance A, connections to
 * instance B (both on the machine's Redis when REDIS_URL is set), and the events are caused right
 * after the change, with no pause: no event may reach anyone who may not read it when it is sent.
 * A staff connection that keeps access must receive every kind, so a silent server cannot pass.
 */

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Seen = { event: string; payload: Record<string, unknown> };
const sockets: ClientSocket[] = [];

/** A connection that records everything it receives from the moment it connects. */
async function connect(url: string, cookie = ''): Promise<{ socket: ClientSocket; seen: Seen[] }> {
  const socket: ClientSocket = io(url, { path: '/socket.io', transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
  sockets.push(socket);
  const seen: Seen[] = [];
  socket.onAny((event: string, payload: Record<string, unknown>) => seen.push({ event, payload }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session.ready within 5 s')), 5000);
    socket.once('session.ready', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (e) => reject(e));
  });
  return { socket, seen };
}

const join = (s: ClientSocket, topicId: string) => s.timeout(5000).emitWithAck('topic.join', { topicId });

async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Events that concern a topic (by its id) or, for staff, a category's queue; `notification.created`
 * about the topic too. `topic.gone` (the id alone, telling a page its topic went away) is expected.
 */
function about(seen: Seen[], topicId: string, categoryId?: string): Seen[] {
  return seen.filter(({ event, payload }) => {
    if (event === 'topic.gone') return false;
    if (payload?.topicId === topicId) return true;
    if (event === 'notification.created') return (payload.notification as { topicId?: string })?.topicId === topicId;
    return event === 'moderation.queue.updated' && !!categoryId && payload.categoryId === categoryId;
  });
}

const LIVE_KINDS = ['post.created', 'post.updated', 'post.reactions', 'post.deleted', 'poll.updated', 'topic.activity', 'topic.typing', 'topic.presence'];

let a: TestApp;
let b: TestApp;
let admin: Person;
let writer: Person;
const redisUrl = process.env.REDIS_URL;

beforeAll(async () => {
  a = await startTestApp(redisUrl ? { env: { REDIS_URL: redisUrl } } : {});
  b = redisUrl ? await startTestApp({ env: { REDIS_URL: redisUrl } }) : a;
  admin = await person(a, 'ADMIN', 'adm');
  writer = await person(a, 'COMMUNITY_MANAGER', 'cm');
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await a.close();
  if (b !== a) await b.close();
});

let slugs = 0;
async function category(readRoles: string[]): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `Audience ${++slugs}`, slug: `audience-${Date.now().toString(36)}-${slugs}`, readRoles, postRoles: ['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

const EVERYONE = ['GUEST', 'MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
const MEMBERS = ['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
const STAFF = ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];

interface Viewer {
  label: string;
  /** null for a guest. */
  person: Person | null;
}

interface Case {
  name: string;
  /** Read roles of the topic's category. */
  readRoles: string[];
  viewers: () => Promise<Viewer[]>;
  /** Optional set-up after the topic exists (e.g. hide it, scope a moderator). */
  prepare?: (ctx: { topicId: string; categoryId: string; viewers: Viewer[] }) => Promise<void>;
  /** The access change, sent to instance A. */
  lose: (ctx: { topicId: string; categoryId: string; viewers: Viewer[] }) => Promise<void>;
}

/**
 * Runs one row of the matrix: sets up the topic and the connections, changes access, then at once
 * causes every kind of live event and checks who heard what.
 */
async function runCase(c: Case): Promise<void> {
  const categoryId = await category(c.readRoles);
  const viewers = await c.viewers();
  const { id: topicId, firstPostId } = await topic(writer, categoryId, { title: `Audience check: ${c.name}` });
  const poll = await writer.client.send<{ createPoll: { id: string; options: Array<{ id: string }> } }>(
    `mutation ($i: CreatePollInput!) { createPoll(input: $i) { id options { id } } }`,
    { i: { postId: firstPostId, options: ['Yes', 'No'] } },
  );
  if (!poll.data) throw new Error(JSON.stringify(poll.errors));
  // Each member viewer wrote a reply: reactions to it would notify them.
  const viewerPosts = new Map<string, string>();
  for (const v of viewers) if (v.person) viewerPosts.set(v.label, (await reply(v.person, topicId, `Reply by ${v.label}`)).id);
  const ctx = { topicId, categoryId, viewers };
  await c.prepare?.(ctx);

  // The control: staff who keep access, one to receive and one to type and arrive (presence).
  const control = await connect(b.url, admin.cookie);
  expect(await join(control.socket, topicId)).toEqual({ ok: true });
  const typist = await connect(b.url, writer.cookie);

  const open: Array<{ label: string; seen: Seen[]; socket: ClientSocket }> = [];
  const reconnecting: Array<{ label: string; cookie: string }> = [];
  for (const v of viewers) {
    const cookie = v.person?.cookie ?? '';
    const live = await connect(b.url, cookie);
    expect([v.label, await join(live.socket, topicId)]).toEqual([v.label, { ok: true }]);
    open.push({ label: v.label, ...live });
    const before = await connect(b.url, cookie);
    expect(await join(before.socket, topicId)).toEqual({ ok: true });
    before.socket.close();
    reconnecting.push({ label: v.label, cookie });
  }
  // The joins and leaves above schedule a presence count (debounced): let it go out before the
  // change, or a count decided just before the change could arrive just after the mark.
  const settled = control.seen.length;
  await until(() => control.seen.slice(settled).some((s) => s.event === 'topic.presence'), 'the presence count after the joins');
  await new Promise((r) => setTimeout(r, 400));
  const mark = open.map((o) => o.seen.length);
  const controlMark = control.seen.length;

  await c.lose(ctx);

  // Every kind of event, caused at once.
  const target = (await reply(writer, topicId, 'Posted right after the change')).id;
  const flagged = (await reply(writer, topicId, 'A reply someone will flag')).id;
  await writer.client.send(`mutation ($i: EditPostInput!) { editPost(input: $i) { id } }`, { i: { postId: target, body: 'Edited right after the change' } });
  await admin.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: target });
  for (const postId of viewerPosts.values()) await admin.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: postId });
  await admin.client.send(`mutation ($p: ID!, $o: [ID!]!) { votePoll(pollId: $p, optionIds: $o) { id } }`, { p: poll.data.createPoll.id, o: [poll.data.createPoll.options[0]!.id] });
  await writer.client.send(`mutation ($p: ID!) { deletePost(postId: $p) { id } }`, { p: target });
  await join(typist.socket, topicId);
  typist.socket.emit('topic.typing', { topicId });
  // A moderator who moderates everywhere flags (members may no longer read the topic): the queue hears of it.
  const flagger = await person(a, 'MODERATOR', 'flg');
  const flag = await flagger.client.send(`mutation ($i: FlagInput!) { flag(input: $i) { __typename } }`, { i: { targetType: 'POST', targetId: flagged, reason: 'SPAM' } });
  expect(flag.errors).toBeUndefined();

  // Reconnecting connections come back after the change and may not rejoin.
  const returned: Array<{ label: string; seen: Seen[] }> = [];
  for (const r of reconnecting) {
    const again = await connect(b.url, r.cookie);
    const ack = await join(again.socket, topicId);
    expect([r.label, ack]).toEqual([r.label, { ok: false, code: 'NOT_FOUND' }]);
    returned.push({ label: r.label, seen: again.seen });
  }

  await until(() => LIVE_KINDS.every((k) => control.seen.slice(controlMark).some((s) => s.event === k && s.payload.topicId === topicId)), `the control to hear ${LIVE_KINDS.join(', ')}`);
  await new Promise((r) => setTimeout(r, 300));

  open.forEach((o, i) => {
    // A page that is still connected learns its topic went away (and nothing else about it).
    if (o.socket.connected) expect({ viewer: o.label, gone: o.seen.slice(mark[i]).some((s) => s.event === 'topic.gone' && s.payload.topicId === topicId) }).toEqual({ viewer: o.label, gone: true });
    const leaked = about(o.seen.slice(mark[i]), topicId, categoryId).map((s) => s.event);
    expect({ case: c.name, viewer: `${o.label} (connected)`, heard: leaked }).toEqual({ case: c.name, viewer: `${o.label} (connected)`, heard: [] });
  });
  for (const r of returned) {
    const leaked = about(r.seen, topicId, categoryId).map((s) => s.event);
    expect({ case: c.name, viewer: `${r.label} (reconnected)`, heard: leaked }).toEqual({ case: c.name, viewer: `${r.label} (reconnected)`, heard: [] });
  }
  // Nor do their notifications mention the topic any longer, and the reactions after the change notified no one.
  for (const v of viewers) {
    if (!v.person) continue;
    const res = await v.person.client.send<{ notifications: { edges: Array<{ node: { topicId: string | null } }> }; unreadNotificationCount: number }>(
      `{ notifications(first: 50) { edges { node { topicId } } } unreadNotificationCount }`,
    );
    if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') continue; // signed out, suspended or removed: nothing to list
    expect(res.errors).toBeUndefined();
    expect({ viewer: v.label, about: res.data!.notifications.edges.filter((e) => e.node.topicId === topicId).length }).toEqual({ viewer: v.label, about: 0 });
  }
  control.socket.close();
  typist.socket.close();
  open.forEach((o) => o.socket.close());
}

const guestAndMember = async (): Promise<Viewer[]> => [
  { label: 'guest', person: null },
  { label: 'member', person: await person(a, undefined, 'mem') },
];
const oneMember = async (): Promise<Viewer[]> => [{ label: 'member', person: await person(a, undefined, 'mem') }];
const oneModerator = async (): Promise<Viewer[]> => [{ label: 'moderator', person: await person(a, 'MODERATOR', 'mod') }];

describe(`live events follow access at the moment they are sent (${redisUrl ? 'two instances over Redis' : 'one instance'})`, () => {
  it('topic moved into a staff-only category', async () => {
    const staffOnly = await category(STAFF);
    await runCase({
      name: 'topic moved',
      readRoles: EVERYONE,
      viewers: guestAndMember,
      lose: async ({ topicId }) => {
        const res = await admin.client.send(`mutation ($t: ID!, $c: ID!) { moveTopic(topicId: $t, categoryId: $c) { id } }`, { t: topicId, c: staffOnly });
        expect(res.errors).toBeUndefined();
      },
    });
  });

  it("category's read roles narrowed to staff", async () => {
    await runCase({
      name: 'read roles changed',
      readRoles: EVERYONE,
      viewers: guestAndMember,
      lose: async ({ categoryId }) => {
        const res = await admin.client.send(`mutation ($i: UpdateCategoryInput!) { updateCategory(input: $i) { id } }`, { i: { id: categoryId, readRoles: STAFF } });
        expect(res.errors).toBeUndefined();
      },
    });
  });

  it('role lowered from moderator to member', async () => {
    await runCase({
      name: 'role lowered',
      readRoles: STAFF,
      viewers: oneModerator,
      lose: async ({ viewers }) => {
        const res = await admin.client.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }`, { u: viewers[0]!.person!.id });
        expect(res.errors).toBeUndefined();
      },
    });
  });

  it("moderator's scope shrunk away from the category of a hidden topic", async () => {
    const elsewhere = await category(EVERYONE);
    await runCase({
      name: 'scope shrunk',
      readRoles: EVERYONE,
      viewers: oneModerator,
      prepare: async ({ topicId, categoryId, viewers }) => {
        await admin.client.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: viewers[0]!.person!.id, c: [categoryId] });
        const hidden = await admin.client.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Under review") { id } }`, { t: topicId });
        expect(hidden.errors).toBeUndefined();
      },
      lose: async ({ viewers }) => {
        const res = await admin.client.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: viewers[0]!.person!.id, c: [elsewhere] });
        expect(res.errors).toBeUndefined();
      },
    });
  });

  for (const [name, lose] of [
    ['suspended', (u: Person) => admin.client.send(`mutation ($i: RestrictUserInput!) { suspendUser(input: $i) { __typename } }`, { i: { userId: u.id, reason: 'Suspended for the test' } })],
    ['signed out', (u: Person) => u.client.send(`mutation { signOut }`)],
    ['removed', (u: Person) => admin.client.send(`mutation ($u: ID!) { removeMember(userId: $u, reason: "Removed for the test", hideContent: false) }`, { u: u.id })],
  ] as const) {
    it(`member ${name}, topic in a members-only category`, async () => {
      await runCase({
        name,
        readRoles: MEMBERS,
        viewers: oneMember,
        lose: async ({ viewers }) => {
          const res = await lose(viewers[0]!.person!);
          expect(res.errors).toBeUndefined();
        },
      });
    });
  }

  it('a silenced member still reads live, but their typing reaches no one', async () => {
    const categoryId = await category(EVERYONE);
    const silenced = await person(a, undefined, 'sil');
    const { id: topicId } = await topic(writer, categoryId, { title: 'Silence and live events' });
    const control = await connect(b.url, admin.cookie);
    await join(control.socket, topicId);
    const quiet = await connect(b.url, silenced.cookie);
    await join(quiet.socket, topicId);
    const res = await admin.client.send(`mutation ($i: RestrictUserInput!) { silenceUser(input: $i) { __typename } }`, { i: { userId: silenced.id, reason: 'Cooling off', until: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(res.errors).toBeUndefined();
    quiet.socket.emit('topic.typing', { topicId });
    await reply(writer, topicId, 'Still visible to a silenced reader');
    await until(() => quiet.seen.some((s) => s.event === 'post.created' && s.payload.topicId === topicId), 'the silenced member to still receive replies');
    await until(() => control.seen.some((s) => s.event === 'post.created' && s.payload.topicId === topicId), 'the control to receive the reply');
    await new Promise((r) => setTimeout(r, 300));
    expect(control.seen.filter((s) => s.event === 'topic.typing')).toEqual([]);
  });
});
