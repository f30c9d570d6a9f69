import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const sockets: ClientSocket[] = [];

async function connect(url: string, cookie = ''): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, { path: '/socket.io', transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session.ready')), 5000);
    socket.once('session.ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return socket;
}

/** Collects every event of one name a socket receives. */
function record<K extends keyof ServerToClientEvents>(socket: ClientSocket, event: K): Array<Parameters<ServerToClientEvents[K]>[0]> {
  const seen: Array<Parameters<ServerToClientEvents[K]>[0]> = [];
  (socket as unknown as { on(e: string, l: (p: never) => void): void }).on(event, (payload) => seen.push(payload));
  return seen;
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const join = (s: ClientSocket, topicId: string) => s.timeout(5000).emitWithAck('topic.join', { topicId });

let t: TestApp;
let author: Person;
let viewer: Person;
let questions: string;

beforeAll(async () => {
  t = await startTestApp();
  author = await person(t);
  viewer = await person(t);
  questions = await categoryId(author.client, 'questions');
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await t.close();
});

describe('a topic, live', () => {
  it('delivers new replies, edits, deletions and reaction counts to everyone viewing, with presence and typing', async () => {
    const { id, firstPostId } = await topic(author, questions);
    const watcher = await connect(t.url, viewer.cookie);
    const guest = await connect(t.url);
    const created = record(watcher, 'post.created');
    const updated = record(watcher, 'post.updated');
    const deleted = record(watcher, 'post.deleted');
    const reactions = record(watcher, 'post.reactions');
    const typing = record(watcher, 'topic.typing');
    const presence = record(guest, 'topic.presence');
    expect(await join(watcher, id)).toEqual({ ok: true });
    expect(await join(guest, id)).toEqual({ ok: true });
    await until(() => presence.some((p) => p.viewers === 2), 'presence of two');

    const writer = await connect(t.url, author.cookie);
    await join(writer, id);
    writer.emit('topic.typing', { topicId: id });
    await until(() => typing.length === 1, 'typing');
    expect(typing[0]!.user.handle).toBe(author.handle);

    const r = await reply(author, id, 'Live **reply**');
    await until(() => created.length === 1, 'post.created');
    expect(created[0]).toMatchObject({ topicId: id, post: { id: r.id, postNumber: 2, voice: 'MEMBER', author: { handle: author.handle } } });
    expect(created[0]!.post.bodyHtml).toContain('<strong>reply</strong>');

    await author.client.send(`mutation ($i: EditPostInput!) { editPost(input: $i) { id } }`, { i: { postId: r.id, body: 'Edited live' } });
    await until(() => updated.length === 1, 'post.updated');
    expect(updated[0]!.post).toMatchObject({ id: r.id, body: 'Edited live', revision: 2 });

    await viewer.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LOVE) { id } }`, { p: firstPostId });
    await until(() => reactions.length === 1, 'post.reactions');
    expect(reactions[0]).toEqual({ topicId: id, postId: firstPostId, reactions: [{ reaction: 'LOVE', count: 1 }] });

    await author.client.send(`mutation ($p: ID!) { deletePost(postId: $p) { id } }`, { p: r.id });
    await until(() => deleted.length === 1, 'post.deleted');
    expect(deleted[0]).toEqual({ topicId: id, postId: r.id, postNumber: 2 });

    guest.close();
    await until(() => presence.length > 0 && presence.at(-1)!.viewers >= 2, 'presence with the writer');
    watcher.emit('topic.leave', { topicId: id });
    await reply(author, id, 'Nobody is listening');
    await new Promise((r2) => setTimeout(r2, 300));
    expect(created).toHaveLength(1);
  });

  it('refuses to join topics the person cannot read, and sends nothing from hidden categories', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const hidden = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Secret live', slug: `secret-live-${Date.now()}`, readRoles: ['MODERATOR'], postRoles: ['MODERATOR'] },
    });
    const moderator = await person(t, 'MODERATOR', 'mod');
    const secret = await topic(moderator, hidden.data!.createCategory.id, { title: 'Hidden live topic' });
    const member = await connect(t.url, viewer.cookie);
    const activity = record(member, 'topic.activity');
    expect(await join(member, secret.id)).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await join(member, 'not-a-uuid')).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
    await reply(moderator, secret.id, 'Still secret');
    const visible = await topic(author, questions, { title: 'Visible activity' });
    await until(() => activity.some((a) => a.topicId === visible.id), 'activity of the visible topic');
    expect(activity.some((a) => a.topicId === secret.id)).toBe(false);
  });

  it('shows new activity on category and home lists live', async () => {
    const home = await connect(t.url);
    const activity = record(home, 'topic.activity');
    const { id } = await topic(author, questions, { title: 'Fresh on the home page' });
    await until(() => activity.some((a) => a.topicId === id && a.kind === 'CREATED'), 'CREATED activity');
    await reply(viewer, id);
    await until(() => activity.some((a) => a.topicId === id && a.kind === 'REPLIED' && a.replyCount === 1), 'REPLIED activity');
  });

  it('delivers notifications to the user\'s room with the unread count', async () => {
    const { id } = await topic(author, questions, { title: 'Notify me of replies' });
    const mine = await connect(t.url, author.cookie);
    const notes = record(mine, 'notification.created');
    await reply(viewer, id, `Hello @${author.handle}`);
    await until(() => notes.length === 1, 'notification.created');
    expect(notes[0]!.notification).toMatchObject({ kind: 'MENTION', topicId: id, read: false });
    expect(notes[0]!.unreadCount).toBeGreaterThan(0);
  });

  it('lets a client catch up on what it missed while disconnected', async () => {
    const { id } = await topic(author, questions);
    const since = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const missed = await reply(author, id, 'Missed while away');
    const res = await viewer.client.send<{ topicUpdates: Array<{ id: string; postNumber: number }> }>(
      `query ($t: ID!, $s: DateTime!) { topicUpdates(topicId: $t, since: $s) { id postNumber } }`,
      { t: id, s: since.toISOString() },
    );
    expect(res.data!.topicUpdates.map((p) => p.id)).toEqual([missed.id]);
  });
});

const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('across two instances sharing PostgreSQL and Redis', () => {
  it('a reply created through one instance reaches a socket connected to the other', async () => {
    const a = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    const b = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    try {
      const writer = await person(a);
      const { id } = await topic(writer, questions);
      const reader = await connect(b.url);
      const created = record(reader, 'post.created');
      const presence = record(reader, 'topic.presence');
      expect(await join(reader, id)).toMatchObject({ ok: true });
      const other = await connect(a.url);
      await join(other, id);
      await until(() => presence.some((p) => p.viewers === 2), 'presence counted across instances');
      const r = await reply(writer, id, 'Across instances');
      await until(() => created.some((c) => c.post.id === r.id), 'post.created on the other instance');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
