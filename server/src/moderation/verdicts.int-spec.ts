import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { pino } from 'pino';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { Public } from '../common/permissions.decorator.js';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { CREATE_POST, categoryId, person, topic, type Person } from '../testing/forum-helpers.js';

/**
 * What members learn when the moderators decide: a held post, once approved, notifies and appears
 * live as if just written; a flagger hears the outcome of their flag. With trust limits on, as a
 * real community runs, so that new members' first posts are held and their pace is limited; the
 * app's log lines are kept to show how refusals are written.
 */

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A resolver that fails the way a bug does: what an unexpected error logs. */
@Resolver()
class BrokenProbeResolver {
  @Public()
  @Query(() => String, { description: 'Always fails with an unexpected error.' })
  brokenProbe(): string {
    throw new Error('probe failure: a bug, not a refusal');
  }
}
@Module({ providers: [BrokenProbeResolver] })
class BrokenProbeModule {}

interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}
const lines: LogLine[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });

let t: TestApp;
let db: DataSource;
let questions: string;
let moderator: Person;
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_LIMITS: 'on' }, logger, extraImports: [BrokenProbeModule] });
  db = t.app.get(DataSource);
  moderator = await person(t, 'MODERATOR', 'mod');
  questions = await categoryId(moderator.client, 'questions');
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await t.close();
});

async function connect(cookie: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie }, reconnection: false });
  sockets.push(socket);
  await new Promise((resolve) => socket.once('session.ready', () => resolve(undefined)));
  return socket;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A member past the new-member limits (their posts are not held). */
async function trusted(prefix = 'm'): Promise<Person> {
  const p = await person(t, undefined, prefix);
  await db.query(`UPDATE users SET trust_level = 'MEMBER' WHERE id = $1`, [p.id]);
  return p;
}

const NOTES = `{ notifications(first: 50) { edges { node { id kind postId postNumber topicId topicTitle actor { handle displayName } byBrand reason flagOutcome } } } }`;
type Note = { id: string; kind: string; postId: string | null; postNumber: number | null; topicId: string | null; topicTitle: string | null; actor: { handle: string } | null; byBrand: boolean; flagOutcome: string | null };
async function notes(p: Person): Promise<Note[]> {
  const res = await p.client.send<{ notifications: { edges: Array<{ node: Note }> } }>(NOTES);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.notifications.edges.map((e) => e.node);
}

async function queueItemOf(targetId: string): Promise<string> {
  const res = await moderator.client.send<{ moderationQueue: { edges: Array<{ node: { id: string; targetId: string } }> } }>(`{ moderationQueue(first: 50) { edges { node { id targetId } } } }`);
  return res.data!.moderationQueue.edges.find((e) => e.node.targetId === targetId)!.node.id;
}

const APPROVE = `mutation ($i: ID!) { approvePost(itemId: $i) { status } }`;

describe('a held post, approved', () => {
  it('notifies the mentioned member, the watcher and the topic\'s owner once each, and appears live, only when approved', async () => {
    const owner = await trusted('own');
    const watcher = await trusted('watch');
    const mentioned = await trusted('ment');
    const newcomer = await person(t, undefined, 'new');
    const { id: topicId } = await topic(owner, questions, { title: 'A topic the newcomer answers' });
    const watched = await watcher.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: WATCHING) }`, { t: topicId });
    expect(watched.errors).toBeUndefined();
    const live = await connect(watcher.cookie);
    const created: Array<{ topicId: string; post: { id: string } }> = [];
    live.on('post.created', (payload) => void created.push(payload));
    expect(await live.timeout(5000).emitWithAck('topic.join', { topicId })).toEqual({ ok: true });

    const res = await newcomer.client.send<{ createPost: { id: string } }>(CREATE_POST, { i: { topicId, body: `Good question, @${mentioned.handle} knows this well.` } });
    expect(res.errors).toBeUndefined();
    const postId = res.data!.createPost.id;
    const [{ approval }] = await db.query(`SELECT approval FROM posts WHERE id = $1`, [postId]);
    expect(approval).toBe('PENDING');
    // Held: nobody is told, nothing goes out live.
    expect(await db.query(`SELECT 1 FROM notifications WHERE post_id = $1`, [postId])).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(created.filter((c) => c.post.id === postId)).toHaveLength(0);

    const itemId = await queueItemOf(postId);
    const approved = await moderator.client.send(APPROVE, { i: itemId });
    expect(approved.errors).toBeUndefined();
    await until(() => created.some((c) => c.post.id === postId), 'the approved post live in the topic room');
    expect(created.find((c) => c.post.id === postId)!.topicId).toBe(topicId);
    const about = async (p: Person) => (await notes(p)).filter((n) => n.postId === postId);
    expect((await about(mentioned)).map((n) => n.kind)).toEqual(['MENTION']);
    expect((await about(watcher)).map((n) => n.kind)).toEqual(['WATCHED_POST']);
    expect((await about(owner)).map((n) => n.kind)).toEqual(['REPLY']);
    expect((await about(mentioned))[0]!.actor).toMatchObject({ handle: newcomer.handle });

    // Approving again is refused and tells nobody anything more.
    const again = await moderator.client.send(APPROVE, { i: itemId });
    expect(codeOf(again)).toBe('CONFLICT');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM notifications WHERE post_id = $1`, [postId]);
    expect(count).toBe(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(created.filter((c) => c.post.id === postId)).toHaveLength(1);
  });

  it('a held topic, approved, tells those watching its category of the new topic and appears in the lists live', async () => {
    const categoryWatcher = await trusted('cw');
    await categoryWatcher.client.send(`mutation ($c: ID!) { setWatchLevel(targetType: CATEGORY, targetId: $c, level: WATCHING) }`, { c: questions });
    const live = await connect(categoryWatcher.cookie);
    const activity: Array<{ topicId: string; kind: string }> = [];
    live.on('topic.activity', (payload) => void activity.push(payload as never));
    const newcomer = await person(t, undefined, 'new');
    const held = await topic(newcomer, questions, { title: 'A held first topic' });
    expect(await db.query(`SELECT 1 FROM notifications WHERE topic_id = $1`, [held.id])).toHaveLength(0);
    await moderator.client.send(APPROVE, { i: await queueItemOf(held.firstPostId) });
    await until(() => activity.some((a) => a.topicId === held.id), 'topic.activity of the approved topic');
    expect((await notes(categoryWatcher)).filter((n) => n.topicId === held.id).map((n) => n.kind)).toEqual(['NEW_TOPIC']);
  });
});

describe('a flag, decided', () => {
  const FLAG = `mutation ($i: FlagInput!) { flag(input: $i) { itemId } }`;
  const RESOLVE = `mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { status } }`;

  it('tells each flagger the outcome once, without naming the moderator', async () => {
    const author = await trusted('auth');
    const flaggers = [await trusted('fl'), await trusted('fl')];
    const post = await topic(author, questions, { title: 'A post two members flag' });
    const { itemId: postItem } = (await flaggers[0]!.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: post.firstPostId, reason: 'SPAM' } })).data!.flag;
    await flaggers[1]!.client.send(FLAG, { i: { targetType: 'POST', targetId: post.firstPostId, reason: 'OFFENSIVE' } });
    const hidden = await topic(author, questions, { title: 'A topic the moderators hide' });
    const { itemId: topicItem } = (await flaggers[0]!.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'TOPIC', targetId: hidden.id, reason: 'OFF_TOPIC' } })).data!.flag;
    const outcomes = async (p: Person) => (await notes(p)).filter((n) => n.kind === 'FLAG_OUTCOME');
    expect(await outcomes(flaggers[0]!)).toEqual([]);

    // Not agreed: the post stays, and both flaggers hear that their flags were dismissed.
    expect((await moderator.client.send(RESOLVE, { i: { itemId: postItem, decision: 'DISAGREE' } })).errors).toBeUndefined();
    for (const flagger of flaggers) {
      expect(await outcomes(flagger)).toEqual([
        expect.objectContaining({ flagOutcome: 'DISMISSED', topicId: post.id, postId: post.firstPostId, postNumber: 1, topicTitle: 'A post two members flag', actor: null }),
      ]);
    }
    // Agreed, topic hidden: the flagger is told the content was removed; the notice stays in their list though the topic is gone.
    expect((await moderator.client.send(RESOLVE, { i: { itemId: topicItem, decision: 'AGREE', contentAction: 'HIDE', reason: 'Off topic here' } })).errors).toBeUndefined();
    const removed = (await outcomes(flaggers[0]!)).find((n) => n.flagOutcome === 'CONTENT_REMOVED');
    expect(removed).toMatchObject({ topicId: null, postId: null, topicTitle: 'A topic the moderators hide', actor: null });

    // Agreed on a flagged member: agreed, about no topic.
    const { itemId: memberItem } = (await flaggers[1]!.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'USER', targetId: author.id, reason: 'OTHER', note: 'Rude in every topic' } })).data!.flag;
    expect((await moderator.client.send(RESOLVE, { i: { itemId: memberItem, decision: 'AGREE', contentAction: 'NONE' } })).errors).toBeUndefined();
    expect((await outcomes(flaggers[1]!)).find((n) => n.flagOutcome === 'AGREED')).toMatchObject({ topicId: null, postId: null, topicTitle: null, actor: null });

    // Nothing of the moderator travels with it: not in the API's answer, not in the stored row.
    const rows: Array<Record<string, unknown>> = await db.query(`SELECT * FROM notifications WHERE kind = 'FLAG_OUTCOME' AND user_id = ANY($1::uuid[])`, [flaggers.map((f) => f.id)]);
    expect(rows).toHaveLength(4);
    const everything = JSON.stringify([rows, await outcomes(flaggers[0]!), await outcomes(flaggers[1]!)]);
    for (const trace of [moderator.id, moderator.handle, `Person ${moderator.handle}`]) expect(everything).not.toContain(trace);
    expect(rows.every((r) => r.actor_id === null)).toBe(true);

    // A second verdict on the same item is refused and tells nobody anything more.
    expect(codeOf(await moderator.client.send(RESOLVE, { i: { itemId: postItem, decision: 'AGREE', contentAction: 'HIDE' } }))).toBe('CONFLICT');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'FLAG_OUTCOME' AND user_id = ANY($1::uuid[])`, [flaggers.map((f) => f.id)]);
    expect(count).toBe(4);
  });
});

describe('refusals in the log', () => {
  const errorLines = (from: number) => lines.slice(from).filter((l) => l.level >= 50);

  it('a suspended member signing in and a newcomer posting too soon are written as refusals, not errors', async () => {
    const member = await person(t, undefined, 'susp');
    const suspended = await moderator.client.send(`mutation ($u: ID!) { suspendUser(input: { userId: $u, reason: "Spam", until: "2999-01-01T00:00:00Z" }) { kind } }`, { u: member.id });
    expect(suspended.errors).toBeUndefined();
    const from = lines.length;
    const signIn = await new GqlClient(t.url).send(`mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { login: member.handle, password: 'forum-test-password' } });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED' });

    const newcomer = await person(t, undefined, 'pace');
    await topic(newcomer, questions, { title: 'First topic of a newcomer' });
    const tooSoon = await newcomer.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'Second topic too soon', body: 'Again' } });
    expect(codeOf(tooSoon)).toBe('RATE_LIMITED');

    await until(() => lines.slice(from).some((l) => l.code === 'RATE_LIMITED'), 'the pace refusal logged');
    expect(errorLines(from)).toEqual([]);
    const refusals = lines.slice(from).filter((l) => l.code === 'FORBIDDEN' || l.code === 'RATE_LIMITED');
    expect(refusals.find((l) => l.code === 'FORBIDDEN')).toMatchObject({ level: 40, reason: 'SUSPENDED' });
    expect(refusals.find((l) => l.code === 'RATE_LIMITED')).toMatchObject({ level: 30 });
    for (const l of refusals) expect(JSON.stringify(l)).not.toMatch(/\n\s+at /);
  });

  it('an unexpected failure is still written as an error, with its stack', async () => {
    const from = lines.length;
    const res = await new GqlClient(t.url).send(`{ brokenProbe }`);
    expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toContain('probe failure');
    await until(() => errorLines(from).length > 0, 'an error line');
    const line = errorLines(from).find((l) => JSON.stringify(l).includes('probe failure'));
    expect(line).toBeDefined();
    expect(JSON.stringify(line)).toMatch(/at BrokenProbeResolver/);
    // Once, though both Nest's exception filter and the GraphQL error formatter see it.
    expect(errorLines(from).filter((l) => JSON.stringify(l).includes('probe failure'))).toHaveLength(1);
  });
});
