import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, NotificationCreatedPayload, ServerToClientEvents } from '@townsquare/shared';
import { quickMembers, gqlAs } from '../testing/event-helpers.js';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';
import { GqlClient, codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';

/*
 * The ideas board as members and the product team use it: votes within each trust level's open
 * votes, given back when an idea closes; exact counts under concurrent votes; statuses with official
 * responses on the timeline and in the audit log, told to voters and watchers live; duplicates merged
 * without counting a member twice; similar titles suggested; feedback marks and staff notes that
 * members never see; the roadmap and the exports.
 */

let t: TestApp;
let db: DataSource;
let admin: Person;
let manager: Person;
let moderator: Person;
let author: Person;
let board: string;
let plain: string;

const IDEA = `topicId categoryId title status closed voteCount votedByMe viewerCanVote mergedIntoTopicId officialResponse { body at } timeline { fromStatus toStatus response mergedIntoTopicId }`;
const READ = `query ($id: ID!) { idea(topicId: $id) { ${IDEA} } }`;
const VOTE = `mutation ($id: ID!) { voteIdea(topicId: $id) { ${IDEA} } }`;
const UNVOTE = `mutation ($id: ID!) { unvoteIdea(topicId: $id) { ${IDEA} } }`;
const STATUS = `mutation ($i: SetIdeaStatusInput!) { setIdeaStatus(input: $i) { ${IDEA} } }`;
const MERGE = `mutation ($a: ID!, $b: ID!) { mergeIdea(topicId: $a, intoTopicId: $b) { ${IDEA} } }`;
const ALLOWANCE = `query { myIdeaVotes { used limit } }`;
const LIST = `query ($f: IdeaFilterInput, $s: IdeaSort!, $first: Int, $after: String) { ideas(filter: $f, sort: $s, first: $first, after: $after) { edges { cursor node { topicId voteCount status } } pageInfo { hasNextPage endCursor } } }`;

interface IdeaOut {
  topicId: string;
  status: string;
  closed: boolean;
  voteCount: number;
  votedByMe: boolean;
  viewerCanVote: boolean;
  mergedIntoTopicId: string | null;
  officialResponse: { body: string } | null;
  timeline: Array<{ fromStatus: string; toStatus: string; response: string | null; mergedIntoTopicId: string | null }>;
}

function refusal(res: GqlResult | { errors?: GqlResult['errors'] }): { code: unknown; reason: unknown } {
  return { code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason };
}

async function newCategory(name: string): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `${name} ${Math.random().toString(36).slice(2, 8)}`, slug: `${name.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}` },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

/** An IDEA topic; on a board, once its idea row is written (just after the topic commits), so snapshots taken next see it. */
async function newIdea(title: string, by: Person = author, category = board): Promise<string> {
  const created = await topic(by, category, { title, body: `Please consider: ${title}.`, kind: 'IDEA' });
  const [{ onBoard }] = await db.query(`SELECT EXISTS (SELECT 1 FROM idea_boards WHERE category_id = $1) AS "onBoard"`, [category]);
  const deadline = Date.now() + 5000;
  while (onBoard && (await db.query(`SELECT 1 FROM ideas WHERE topic_id = $1`, [created.id])).length === 0) {
    if (Date.now() > deadline) throw new Error('the idea row was not written');
    await new Promise((r) => setTimeout(r, 20));
  }
  return created.id;
}

async function read(client: GqlClient, id: string): Promise<IdeaOut> {
  const res = await client.send<{ idea: IdeaOut }>(READ, { id });
  if (!res.data) throw new Error(`idea failed: ${JSON.stringify(res.errors)}`);
  return res.data.idea;
}

async function setStatus(p: Person, topicId: string, status: string, officialResponse?: string) {
  return p.client.send<{ setIdeaStatus: IdeaOut }>(STATUS, { i: { topicId, status, officialResponse } });
}

/** Everything ideas keep, to prove a refusal changed nothing. */
async function snapshot(): Promise<unknown> {
  return db.query(`SELECT (SELECT count(*)::int FROM ideas) AS ideas, (SELECT count(*)::int FROM idea_votes) AS votes,
    (SELECT coalesce(sum(vote_count), 0)::int FROM ideas) AS counted, (SELECT coalesce(sum(open_votes), 0)::int FROM idea_voters) AS open,
    (SELECT count(*)::int FROM idea_status_changes) AS changes, (SELECT string_agg(status, ',' ORDER BY topic_id) FROM ideas) AS statuses,
    (SELECT count(*)::int FROM idea_staff_notes) AS notes, (SELECT count(*)::int FROM feedback_marks) AS marks, (SELECT count(*)::int FROM audit_log) AS audit`);
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = await person(t, 'ADMIN', 'iadm');
  manager = await person(t, 'COMMUNITY_MANAGER', 'icm');
  moderator = await person(t, 'MODERATOR', 'imod');
  author = await person(t, undefined, 'iauth');
  board = await newCategory('Ideas');
  plain = await newCategory('Talk');
  const made = await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: board });
  expect(made.errors).toBeUndefined();
});
afterAll(async () => {
  await t?.close();
});

describe('ideas boards', () => {
  it('makes a category a board whose IDEA topics are ideas; elsewhere an IDEA topic is no idea', async () => {
    const id = await newIdea('A board idea with votes');
    expect(await read(author.client, id)).toMatchObject({ status: 'NEW', voteCount: 0, closed: false, votedByMe: false, viewerCanVote: true, timeline: [] });
    const boards = await new GqlClient(t.url).send<{ ideaBoards: Array<{ id: string }> }>(`query { ideaBoards { id } }`);
    expect(boards.data!.ideaBoards.map((c) => c.id)).toContain(board);
    const elsewhere = await newIdea('An idea outside any board', author, plain);
    expect(refusal(await author.client.send(READ, { id: elsewhere }))).toEqual({ code: 'NOT_FOUND', reason: 'IDEA_NOT_FOUND' });
    expect(refusal(await author.client.send(VOTE, { id: elsewhere }))).toEqual({ code: 'NOT_FOUND', reason: 'IDEA_NOT_FOUND' });
    // A board twice is refused; members and moderators may not make boards.
    expect(refusal(await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: board }))).toEqual({ code: 'CONFLICT', reason: 'NOT_A_BOARD' });
    expect(codeOf(await moderator.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: plain }))).toBe('FORBIDDEN');
  });

  it('shows an idea on its topic, and reads one whose row is not written yet as new, writing it on the first vote', async () => {
    const id = await newIdea('An idea seen from its topic');
    const discussion = await topic(author, board, { title: 'Just a discussion on the board' });
    const TOPIC_IDEA = `query ($id: ID!) { topic(id: $id) { idea { topicId status voteCount } } }`;
    expect((await author.client.send<{ topic: { idea: unknown } }>(TOPIC_IDEA, { id })).data!.topic.idea).toEqual({ topicId: id, status: 'NEW', voteCount: 0 });
    expect((await author.client.send<{ topic: { idea: unknown } }>(TOPIC_IDEA, { id: discussion.id })).data!.topic.idea).toBeNull();
    await db.query(`DELETE FROM ideas WHERE topic_id = $1`, [id]);
    expect(await read(author.client, id)).toMatchObject({ status: 'NEW', voteCount: 0 });
    const voter = await person(t, undefined, 'ifirst');
    expect((await voter.client.send<{ voteIdea: IdeaOut }>(VOTE, { id })).data!.voteIdea.voteCount).toBe(1);
    expect(await db.query(`SELECT vote_count FROM ideas WHERE topic_id = $1`, [id])).toEqual([{ vote_count: 1 }]);
  });

  it('a category that stops being a board shows no ideas and takes no votes; made a board again, its ideas come back with their votes', async () => {
    const cat = await newCategory('Toggle');
    const BOARD = `mutation ($c: ID!, $e: Boolean!) { setIdeaBoard(categoryId: $c, enabled: $e) { id } }`;
    await manager.client.send(BOARD, { c: cat, e: true });
    const id = await newIdea('Survives a board toggle', author, cat);
    const voter = await person(t, undefined, 'itog');
    await voter.client.send(VOTE, { id });
    expect((await manager.client.send(BOARD, { c: cat, e: false })).errors).toBeUndefined();
    expect(refusal(await manager.client.send(BOARD, { c: cat, e: false }))).toEqual({ code: 'CONFLICT', reason: 'NOT_A_BOARD' });
    expect(codeOf(await voter.client.send(READ, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await voter.client.send(UNVOTE, { id }))).toBe('NOT_FOUND');
    expect((await voter.client.send<{ ideas: { edges: unknown[] } }>(LIST, { f: { categoryId: cat }, s: 'TOP' })).data!.ideas.edges).toEqual([]);
    await manager.client.send(BOARD, { c: cat, e: true });
    expect(await read(voter.client, id)).toMatchObject({ voteCount: 1, votedByMe: true });
  });

  it('turns the IDEA topics already in a category into ideas when it becomes a board', async () => {
    const later = await newCategory('Later');
    const id = await newIdea('Written before the board existed', author, later);
    expect(codeOf(await author.client.send(READ, { id }))).toBe('NOT_FOUND');
    await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: later });
    expect((await read(author.client, id)).status).toBe('NEW');
  });
});

describe('votes', () => {
  it('limits a new member to their trust level\'s open votes, gives them back when an idea closes, and takes them again when it reopens', async () => {
    const voter = await person(t, undefined, 'ivote');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await newIdea(`Limit test idea number ${i}`));
    for (const id of ids.slice(0, 3)) expect((await voter.client.send<{ voteIdea: IdeaOut }>(VOTE, { id })).data!.voteIdea).toMatchObject({ voteCount: 1, votedByMe: true });
    // Voting again for the same idea changes nothing.
    expect((await voter.client.send<{ voteIdea: IdeaOut }>(VOTE, { id: ids[0] })).data!.voteIdea.voteCount).toBe(1);
    expect((await voter.client.send<{ myIdeaVotes: { used: number; limit: number } }>(ALLOWANCE)).data!.myIdeaVotes).toEqual({ used: 3, limit: 3 });

    const before = await snapshot();
    const refused = await voter.client.send(VOTE, { id: ids[3] });
    expect(refusal(refused)).toEqual({ code: 'CONFLICT', reason: 'VOTE_LIMIT_REACHED' });
    expect(refused.errors![0]!.message).toMatch(/all 3 of your votes/);
    expect(await snapshot()).toEqual(before);

    // Taking one back frees it.
    expect((await voter.client.send<{ unvoteIdea: IdeaOut }>(UNVOTE, { id: ids[2] })).data!.unvoteIdea).toMatchObject({ voteCount: 0, votedByMe: false });
    expect((await voter.client.send<{ voteIdea: IdeaOut }>(VOTE, { id: ids[3] })).data!.voteIdea.voteCount).toBe(1);

    // Done: the vote comes back, the count stays, and the closed idea takes no votes or retractions.
    const done = await setStatus(manager, ids[0]!, 'DONE', 'Shipped in 2.4.');
    expect(done.data!.setIdeaStatus).toMatchObject({ status: 'DONE', closed: true, voteCount: 1, officialResponse: { body: 'Shipped in 2.4.' } });
    expect((await voter.client.send<{ myIdeaVotes: { used: number } }>(ALLOWANCE)).data!.myIdeaVotes.used).toBe(2);
    const closedBefore = await snapshot();
    expect(refusal(await voter.client.send(UNVOTE, { id: ids[0] }))).toEqual({ code: 'CONFLICT', reason: 'IDEA_CLOSED' });
    expect(refusal(await author.client.send(VOTE, { id: ids[0] }))).toEqual({ code: 'CONFLICT', reason: 'IDEA_CLOSED' });
    expect(await snapshot()).toEqual(closedBefore);
    expect((await voter.client.send<{ voteIdea: IdeaOut }>(VOTE, { id: ids[4] })).data!.voteIdea.voteCount).toBe(1);

    // Reopened, it holds its voters' votes again (even past the limit: nobody loses a vote they gave).
    await setStatus(manager, ids[0]!, 'PLANNED');
    expect((await voter.client.send<{ myIdeaVotes: { used: number } }>(ALLOWANCE)).data!.myIdeaVotes.used).toBe(4);
    const [{ open }] = await db.query(`SELECT open_votes AS open FROM idea_voters WHERE user_id = $1`, [voter.id]);
    const [{ held }] = await db.query(`SELECT count(*)::int AS held FROM idea_votes v JOIN ideas i ON i.topic_id = v.topic_id WHERE v.user_id = $1 AND i.status NOT IN ('DONE', 'DECLINED', 'DUPLICATE')`, [voter.id]);
    expect(open).toBe(held);
  });

  it('a higher trust level holds more votes', async () => {
    const regular = await person(t, undefined, 'ireg');
    await db.query(`UPDATE users SET trust_level = 'REGULAR' WHERE id = $1`, [regular.id]);
    expect((await regular.client.send<{ myIdeaVotes: { limit: number } }>(ALLOWANCE)).data!.myIdeaVotes.limit).toBe(30);
  });

  it('guests cannot vote; they read ideas', async () => {
    const id = await newIdea('An idea guests can read');
    const guest = new GqlClient(t.url);
    expect(codeOf(await guest.send(VOTE, { id }))).toBe('UNAUTHENTICATED');
    expect((await read(guest, id)).viewerCanVote).toBe(false);
  });

  it('keeps counts exact when many members vote and take votes back at once', async () => {
    const id = await newIdea('Concurrency: many votes at once');
    const members = await quickMembers(t, 40, 'icon');
    await Promise.all(members.map((m) => gqlAs(t.url, m.cookie, VOTE, { id })));
    // Half take it back while the other half vote again (no change), all at once.
    await Promise.all(members.map((m, i) => gqlAs(t.url, m.cookie, i % 2 ? UNVOTE : VOTE, { id })));
    const [row] = await db.query(`SELECT vote_count AS n, (SELECT count(*)::int FROM idea_votes WHERE topic_id = $1) AS votes FROM ideas WHERE topic_id = $1`, [id]);
    expect(row).toEqual({ n: 20, votes: 20 });
  });

  it('lets one member hold no more than their limit when voting for many ideas at once', async () => {
    const [member] = await quickMembers(t, 1, 'irace');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await newIdea(`Race idea ${i}`));
    const results = await Promise.all(ids.map((id) => gqlAs(t.url, member!.cookie, VOTE, { id })));
    expect(results.filter((r) => !r.errors).length).toBe(3);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'VOTE_LIMIT_REACHED').length).toBe(3);
    const [{ open }] = await db.query(`SELECT open_votes AS open FROM idea_voters WHERE user_id = $1`, [member!.id]);
    expect(open).toBe(3);
  });
});

const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('votes on two instances (REDIS_URL)', () => {
  it('counts every vote once when members vote through two server processes at once', async () => {
    const a = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    const b = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    try {
      const id = await newIdea('Two instances, one count');
      const members = await quickMembers(t, 60, 'itwo');
      await Promise.all(members.map((m, i) => gqlAs(i % 2 ? a.url : b.url, m.cookie, VOTE, { id })));
      await Promise.all(members.slice(0, 15).map((m, i) => gqlAs(i % 2 ? b.url : a.url, m.cookie, UNVOTE, { id })));
      const [row] = await db.query(`SELECT vote_count AS n, (SELECT count(*)::int FROM idea_votes WHERE topic_id = $1) AS votes FROM ideas WHERE topic_id = $1`, [id]);
      expect(row).toEqual({ n: 45, votes: 45 });
    } finally {
      await a.close();
      await b.close();
    }
  });
});

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function connect(cookie: string): Promise<{ socket: ClientSocket; notes: NotificationCreatedPayload[]; all: unknown[] }> {
  const socket: ClientSocket = io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
  const notes: NotificationCreatedPayload[] = [];
  const all: unknown[] = [];
  socket.on('notification.created', (payload) => notes.push(payload));
  socket.onAny((_event, payload) => all.push(payload));
  await new Promise<void>((resolve, reject) => {
    socket.once('session.ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, notes, all };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 8000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('statuses', () => {
  it('only community managers and admins set statuses; DUPLICATE comes only from a merge; an unchanged status is refused; nothing changes on a refusal', async () => {
    const id = await newIdea('Who may set a status');
    const before = await snapshot();
    expect(codeOf(await setStatus(author, id, 'PLANNED'))).toBe('FORBIDDEN');
    expect(codeOf(await setStatus(moderator, id, 'PLANNED'))).toBe('FORBIDDEN');
    expect(codeOf(await new GqlClient(t.url).send(STATUS, { i: { topicId: id, status: 'PLANNED' } }))).toBe('UNAUTHENTICATED');
    expect(refusal(await setStatus(manager, id, 'DUPLICATE'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'STATUS_NOT_SETTABLE' });
    expect(refusal(await setStatus(manager, id, 'NEW'))).toEqual({ code: 'CONFLICT', reason: 'STATUS_UNCHANGED' });
    expect(refusal(await setStatus(manager, id, 'PLANNED', 'x'.repeat(5001)))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await snapshot()).toEqual(before);
    expect((await setStatus(admin, id, 'UNDER_REVIEW')).data!.setIdeaStatus.status).toBe('UNDER_REVIEW');
  });

  it('puts every change on the timeline and in the audit log, and tells voters and watchers live, never the one who changed it', async () => {
    const id = await newIdea('Status changes are told');
    const voter = await person(t, undefined, 'itold');
    const watcher = await person(t, undefined, 'iwatch');
    const muted = await person(t, undefined, 'imute');
    await voter.client.send(VOTE, { id });
    await muted.client.send(VOTE, { id });
    await watcher.client.send(`mutation ($id: ID!) { setWatchLevel(targetType: TOPIC, targetId: $id, level: WATCHING) }`, { id });
    await muted.client.send(`mutation ($id: ID!) { setWatchLevel(targetType: TOPIC, targetId: $id, level: MUTED) }`, { id });
    const live = await connect(voter.cookie);
    try {
      const res = await setStatus(manager, id, 'PLANNED', 'We will build this next quarter.');
      expect(res.data!.setIdeaStatus).toMatchObject({
        status: 'PLANNED',
        officialResponse: { body: 'We will build this next quarter.' },
        timeline: [{ fromStatus: 'NEW', toStatus: 'PLANNED', response: 'We will build this next quarter.', mergedIntoTopicId: null }],
      });
      await until(() => live.notes.some((n) => n.notification.topicId === id), 'the voter\'s live notification');
      expect(live.notes.find((n) => n.notification.topicId === id)!.notification).toMatchObject({ kind: 'IDEA_STATUS', ideaStatus: 'PLANNED' });
    } finally {
      live.socket.close();
    }
    const told: Array<{ user_id: string }> = await db.query(`SELECT user_id FROM notifications WHERE topic_id = $1 AND kind = 'IDEA_STATUS'`, [id]);
    // The idea's author watches their own topic; the muted voter hears nothing.
    expect(told.map((r) => r.user_id).sort()).toEqual([voter.id, watcher.id, author.id].sort());
    const list = await watcher.client.send<{ notifications: { edges: Array<{ node: { kind: string; ideaStatus: string; topicId: string } }> } }>(
      `query { notifications(first: 5) { edges { node { kind ideaStatus topicId } } } }`,
    );
    expect(list.data!.notifications.edges[0]!.node).toEqual({ kind: 'IDEA_STATUS', ideaStatus: 'PLANNED', topicId: id });
    const audit: Array<{ action: string; actor_id: string }> = await db.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1`, [id]);
    expect(audit).toEqual([{ action: 'idea.status', actor_id: manager.id }]);

    // A new response on the same status is a timeline entry too.
    const again = await setStatus(manager, id, 'PLANNED', 'Now scheduled for May.');
    expect(again.data!.setIdeaStatus.officialResponse!.body).toBe('Now scheduled for May.');
    expect(again.data!.setIdeaStatus.timeline).toHaveLength(2);
  });
});

describe('live on the idea\'s page', () => {
  it('tells the topic\'s readers the new count and status as votes and changes commit, and nobody who cannot read the topic', async () => {
    const secret = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: `Staff ideas ${Date.now()}`, slug: `staff-ideas-${Date.now().toString(36)}`, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] },
    });
    const staffBoard = secret.data!.createCategory.id;
    await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: staffBoard });
    const open = await newIdea('Live counts on the idea page');
    const hidden = await newIdea('A staff-only idea', manager, staffBoard);
    const reader = await person(t, undefined, 'ilive');
    const page = await connect(reader.cookie);
    try {
      expect(await page.socket.timeout(5000).emitWithAck('topic.join', { topicId: open })).toEqual({ ok: true });
      expect(await page.socket.timeout(5000).emitWithAck('topic.join', { topicId: hidden })).not.toEqual({ ok: true });
      const updates: Array<{ topicId: string; voteCount: number; status: string; revision: number }> = [];
      page.socket.on('idea.updated', (p) => updates.push(p));
      await author.client.send(VOTE, { id: open });
      await until(() => updates.some((u) => u.voteCount === 1), 'the vote live');
      await setStatus(manager, open, 'PLANNED', 'Coming soon.');
      await until(() => updates.some((u) => u.status === 'PLANNED'), 'the status live');
      await manager.client.send(VOTE, { id: hidden });
      await setStatus(manager, hidden, 'PLANNED');
      await moderator.client.send(`mutation ($id: ID!) { addIdeaStaffNote(topicId: $id, body: "LIVE-NOTE-4410") { id } }`, { id: open });
      await author.client.send(UNVOTE, { id: open }).catch(() => undefined);
      await until(() => updates.some((u) => u.voteCount === 0), 'the vote taken back live');
      expect(updates.every((u) => u.topicId === open)).toBe(true);
      // The newest revision is the state as it stands: a client keeping the highest revision shows it.
      const newest = updates.reduce((a, b) => (b.revision > a.revision ? b : a));
      expect(newest).toMatchObject({ voteCount: 0, status: 'PLANNED' });
      expect(new Set(updates.map((u) => u.revision)).size).toBe(updates.length);
      expect(JSON.stringify(page.all)).not.toContain('LIVE-NOTE');
      expect(JSON.stringify(page.all)).not.toContain(hidden);
    } finally {
      page.socket.close();
    }
  });
});

describe('merging duplicates', () => {
  it('moves votes without counting a member twice, closes the duplicate with a link, and its watchers follow', async () => {
    const kept = await newIdea('Export reports to PDF');
    const dup = await newIdea('PDF export for reports please');
    const [both, onlyDup, onlyKept] = [await person(t, undefined, 'iboth'), await person(t, undefined, 'idup'), await person(t, undefined, 'ikept')];
    for (const p of [both, onlyDup]) await p.client.send(VOTE, { id: dup });
    for (const p of [both, onlyKept]) await p.client.send(VOTE, { id: kept });
    const watcher = await person(t, undefined, 'iwdup');
    await watcher.client.send(`mutation ($id: ID!) { setWatchLevel(targetType: TOPIC, targetId: $id, level: WATCHING) }`, { id: dup });

    const before = await snapshot();
    expect(refusal(await manager.client.send(MERGE, { a: dup, b: dup }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'MERGE_INTO_SELF' });
    expect(codeOf(await moderator.client.send(MERGE, { a: dup, b: kept }))).toBe('FORBIDDEN');
    expect(codeOf(await author.client.send(MERGE, { a: dup, b: kept }))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    const merged = await manager.client.send<{ mergeIdea: IdeaOut }>(MERGE, { a: dup, b: kept });
    expect(merged.data!.mergeIdea).toMatchObject({ topicId: kept, voteCount: 3 });
    expect(await read(both.client, dup)).toMatchObject({ status: 'DUPLICATE', closed: true, voteCount: 0, mergedIntoTopicId: kept, timeline: [{ toStatus: 'DUPLICATE', mergedIntoTopicId: kept }] });
    expect((await read(both.client, kept)).votedByMe).toBe(true);
    const votes: Array<{ user_id: string }> = await db.query(`SELECT user_id FROM idea_votes WHERE topic_id = $1`, [kept]);
    expect(votes.map((v) => v.user_id).sort()).toEqual([both.id, onlyDup.id, onlyKept.id].sort());
    // The member who voted for both holds one vote now; the others still hold theirs.
    for (const [p, used] of [[both, 1], [onlyDup, 1], [onlyKept, 1]] as const) expect((await p.client.send<{ myIdeaVotes: { used: number } }>(ALLOWANCE)).data!.myIdeaVotes.used).toBe(used);
    const [{ level }] = await db.query(`SELECT level FROM watches WHERE user_id = $1 AND target_type = 'TOPIC' AND target_id = $2`, [watcher.id, kept]);
    expect(level).toBe('WATCHING');
    const told: Array<{ user_id: string }> = await db.query(`SELECT user_id FROM notifications WHERE topic_id = $1 AND kind = 'IDEA_STATUS'`, [dup]);
    expect(told.map((r) => r.user_id).sort()).toEqual([both.id, onlyDup.id, watcher.id, author.id].sort());

    // The board lists the kept idea only, unless duplicates are asked for; suggestions leave the duplicate out.
    const listed = await author.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: board }, s: 'NEW', first: 50 });
    expect(listed.data!.ideas.edges.map((e) => e.node.topicId)).not.toContain(dup);
    const dups = await author.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: board, statuses: ['DUPLICATE'] }, s: 'NEW', first: 50 });
    expect(dups.data!.ideas.edges.map((e) => e.node.topicId)).toContain(dup);
    const similar = await author.client.send<{ similarIdeas: Array<{ topicId: string }> }>(`query { similarIdeas(title: "PDF export for reports") { topicId } }`);
    expect(similar.data!.similarIdeas.map((i) => i.topicId)).toEqual([kept]);

    // No chains: nothing merges into a duplicate, and a duplicate is not merged again.
    const other = await newIdea('Yet another export idea');
    const chainBefore = await snapshot();
    expect(refusal(await manager.client.send(MERGE, { a: other, b: dup }))).toEqual({ code: 'CONFLICT', reason: 'MERGE_INTO_DUPLICATE' });
    expect(refusal(await manager.client.send(MERGE, { a: dup, b: other }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MERGED' });
    expect(refusal(await setStatus(manager, dup, 'PLANNED'))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MERGED' });
    expect(await snapshot()).toEqual(chainBefore);
  });
});

describe('similar ideas', () => {
  it('suggests ideas with similar titles while one is typed, in English and in Russian', async () => {
    const dark = await newIdea('Dark mode for the mobile app');
    const russian = await newIdea('Тёмная тема для мобильного приложения');
    const ask = async (title: string) =>
      ((await author.client.send<{ similarIdeas: Array<{ topicId: string }> }>(`query ($t: String!) { similarIdeas(title: $t) { topicId } }`, { t: title })).data!.similarIdeas).map((i) => i.topicId);
    expect(await ask('dark mode')).toContain(dark);
    expect(await ask('Dakr mode for mobile')).toContain(dark); // a typo still finds it (trigrams)
    expect(await ask('тёмную тему')).toContain(russian); // another word form (Russian stemming)
    expect(await ask('dark')).not.toContain(russian);
    expect(await ask('da')).toEqual([]);
  });
});

describe('feedback marks and staff notes', () => {
  it('lets staff mark any post as feedback, file it by area and type, and read it in one place; members never see marks, areas or notes', async () => {
    const area = await admin.client.send<{ createProductArea: { id: string; name: string } }>(`mutation { createProductArea(name: "Billing ${Date.now()}") { id name } }`);
    const areaId = area.data!.createProductArea.id;
    expect(codeOf(await manager.client.send(`mutation { createProductArea(name: "Nope") { id } }`))).toBe('FORBIDDEN');
    expect(refusal(await admin.client.send(`mutation ($n: String!) { createProductArea(name: $n) { id } }`, { n: area.data!.createProductArea.name.toUpperCase() }))).toEqual({ code: 'CONFLICT', reason: 'PRODUCT_AREA_EXISTS' });

    const idea = await newIdea('Invoices in more currencies');
    const discussion = await topic(author, plain, { title: 'Billing is confusing', body: 'I was charged twice and the invoice shows the wrong currency.' });
    const complaint = await reply(author, discussion.id, 'Secret-free words: the checkout page froze on me.');
    const MARK = `mutation ($i: MarkFeedbackInput!) { markFeedback(input: $i) { postId type productArea { id name } ideaTopicId excerpt postNumber } }`;
    const before = await snapshot();
    expect(codeOf(await author.client.send(MARK, { i: { postId: complaint.id, type: 'BUG' } }))).toBe('FORBIDDEN');
    expect(refusal(await moderator.client.send(MARK, { i: { postId: complaint.id, type: 'BUG', productAreaId: '00000000-0000-4000-8000-000000000000' } }))).toEqual({ code: 'NOT_FOUND', reason: 'PRODUCT_AREA_NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
    const marked = await moderator.client.send<{ markFeedback: { type: string; excerpt: string } }>(MARK, { i: { postId: complaint.id, type: 'COMPLAINT', productAreaId: areaId, ideaTopicId: idea } });
    expect(marked.data!.markFeedback).toMatchObject({ type: 'COMPLAINT', excerpt: 'Secret-free words: the checkout page froze on me.', postNumber: 2, ideaTopicId: idea });
    await moderator.client.send(MARK, { i: { postId: discussion.firstPostId, type: 'BUG', productAreaId: areaId } });

    const list = await manager.client.send<{ feedback: { edges: Array<{ node: { postId: string; type: string; author: { id: string } } }> } }>(
      `query ($a: ID) { feedback(filter: { productAreaId: $a }, first: 10) { edges { node { postId type author { id } } } } }`,
      { a: areaId },
    );
    expect(list.data!.feedback.edges.map((e) => e.node)).toEqual([
      { postId: discussion.firstPostId, type: 'BUG', author: { id: author.id } },
      { postId: complaint.id, type: 'COMPLAINT', author: { id: author.id } },
    ]);
    const summary = await moderator.client.send<{ feedbackSummary: Array<{ productArea: { id: string } | null; type: string; count: number }> }>(`query { feedbackSummary { productArea { id } type count } }`);
    expect(summary.data!.feedbackSummary.filter((g) => g.productArea?.id === areaId).map((g) => [g.type, g.count])).toEqual([['BUG', 1], ['COMPLAINT', 1]]);
    const supported = await manager.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { productAreaId: areaId }, s: 'TOP' });
    expect(supported.data!.ideas.edges.map((e) => e.node.topicId)).toEqual([idea]);
    const csv = (await moderator.client.send<{ exportFeedbackCsv: string }>(`query { exportFeedbackCsv }`)).data!.exportFeedbackCsv;
    expect(csv).toContain('"COMPLAINT"');
    expect(csv).toContain(`/t/${discussion.id}/2"`);

    // Areas are renamed and removed by admins; removing one keeps its feedback, without an area. A mark is taken off.
    const renamed = await admin.client.send<{ renameProductArea: { name: string } }>(`mutation ($id: ID!) { renameProductArea(id: $id, name: "  Billing   and invoices ") { name } }`, { id: areaId });
    expect(renamed.data!.renameProductArea.name).toBe('Billing and invoices');
    const spare = await admin.client.send<{ createProductArea: { id: string } }>(`mutation { createProductArea(name: "Spare ${Date.now()}") { id } }`);
    await moderator.client.send(MARK, { i: { postId: discussion.firstPostId, type: 'QUESTION', productAreaId: spare.data!.createProductArea.id } });
    expect((await admin.client.send(`mutation ($id: ID!) { deleteProductArea(id: $id) }`, { id: spare.data!.createProductArea.id })).errors).toBeUndefined();
    const orphan = await manager.client.send<{ feedback: { edges: Array<{ node: { postId: string; productArea: null } }> } }>(
      `query { feedback(filter: { withoutArea: true }, first: 50) { edges { node { postId productArea { id } } } } }`,
    );
    expect(orphan.data!.feedback.edges.map((e) => e.node.postId)).toContain(discussion.firstPostId);
    expect((await moderator.client.send(`mutation ($p: ID!) { unmarkFeedback(postId: $p) }`, { p: discussion.firstPostId })).errors).toBeUndefined();
    const unmarkedBefore = await snapshot();
    expect(refusal(await moderator.client.send(`mutation ($p: ID!) { unmarkFeedback(postId: $p) }`, { p: discussion.firstPostId }))).toEqual({ code: 'NOT_FOUND', reason: 'FEEDBACK_NOT_FOUND' });
    expect(await snapshot()).toEqual(unmarkedBefore);

    // Staff notes.
    const note = 'INTERNAL-NOTE-7731 churn risk for enterprise accounts';
    expect(codeOf(await author.client.send(`mutation ($id: ID!, $b: String!) { addIdeaStaffNote(topicId: $id, body: $b) { id } }`, { id: idea, b: note }))).toBe('FORBIDDEN');
    const added = await moderator.client.send(`mutation ($id: ID!, $b: String!) { addIdeaStaffNote(topicId: $id, body: $b) { id body } }`, { id: idea, b: note });
    expect(added.errors).toBeUndefined();
    const staffView = await manager.client.send<{ idea: { staffNotes: Array<{ body: string; author: { id: string } }> } }>(`query ($id: ID!) { idea(topicId: $id) { staffNotes { body author { id } } } }`, { id: idea });
    expect(staffView.data!.idea.staffNotes).toEqual([{ body: note, author: { id: moderator.id } }]);

    // Members: every path refuses or shows nothing.
    const member = await person(t, undefined, 'inosy');
    for (const q of [
      [`query ($id: ID!) { idea(topicId: $id) { staffNotes { body } } }`, { id: idea }],
      [`query ($id: ID!) { topic(id: $id) { firstPost { feedbackMark { type } } } }`, { id: discussion.id }],
      [`query { feedback { edges { node { postId } } } }`, {}],
      [`query { feedbackSummary { count } }`, {}],
      [`query { productAreas { id } }`, {}],
      [`query { exportFeedbackCsv }`, {}],
      [`query { exportIdeasCsv }`, {}],
    ] as const) {
      const res = await member.client.send(q[0], q[1]);
      expect({ q: q[0], code: codeOf(res), data: JSON.stringify(res.data ?? null).includes('INTERNAL-NOTE') }).toEqual({ q: q[0], code: 'FORBIDDEN', data: false });
    }
    const found = await member.client.send<{ search: { edges: unknown[] } }>(`query { search(query: "INTERNAL-NOTE-7731") { edges { cursor } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data!.search.edges).toEqual([]);
    // The live channel: a member watching the idea gets the status notice, which carries no note or mark.
    await member.client.send(`mutation ($id: ID!) { setWatchLevel(targetType: TOPIC, targetId: $id, level: WATCHING) }`, { id: idea });
    const live = await connect(member.cookie);
    try {
      await setStatus(manager, idea, 'UNDER_REVIEW', 'Looking into it.');
      await until(() => live.notes.some((n) => n.notification.topicId === idea), 'the member\'s notice');
      const carried = JSON.stringify(live.all);
      expect(carried).not.toContain('INTERNAL-NOTE');
      expect(carried).not.toContain('COMPLAINT');
    } finally {
      live.socket.close();
    }
  });
});

describe('the product team\'s view', () => {
  it('sorts by votes with keyset pages, lists the roadmap and exports ideas for staff only', async () => {
    const cat = await newCategory('Roadmap');
    await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: cat });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await newIdea(`Sortable idea ${i}`, author, cat));
    const members = await quickMembers(t, 4, 'isort');
    await db.query(`UPDATE users SET trust_level = 'MEMBER' WHERE id = ANY($1::uuid[])`, [members.map((m) => m.id)]);
    // Idea i gets i votes.
    for (let i = 0; i < 5; i++) for (const m of members.slice(0, i)) await gqlAs(t.url, m.cookie, VOTE, { id: ids[i] });
    const seen: Array<{ topicId: string; voteCount: number }> = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: GqlResult<{ ideas: { edges: Array<{ node: { topicId: string; voteCount: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }> =
        await author.client.send(LIST, { f: { categoryId: cat }, s: 'TOP', first: 2, after });
      seen.push(...res.data!.ideas.edges.map((e) => ({ topicId: e.node.topicId, voteCount: e.node.voteCount })));
      after = res.data!.ideas.pageInfo.endCursor;
      if (!res.data!.ideas.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual([4, 3, 2, 1, 0].map((n) => ({ topicId: ids[n], voteCount: n })));
    const newest = await author.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: cat }, s: 'NEW', first: 5 });
    expect(newest.data!.ideas.edges.map((e) => e.node.topicId)).toEqual([...ids].reverse());
    // TRENDING: votes within the window only, most first, page by page; an idea without one is left out.
    await db.query(`UPDATE idea_votes SET created_at = now() - interval '30 days' WHERE topic_id = $1 AND user_id = $2`, [ids[4], members[0]!.id]);
    const TRENDING = `query ($f: IdeaFilterInput, $after: String) { ideas(filter: $f, sort: TRENDING, first: 2, after: $after) { edges { node { topicId recentVotes } } pageInfo { hasNextPage endCursor } } }`;
    const trending: Array<{ topicId: string; recentVotes: number }> = [];
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: GqlResult<{ ideas: { edges: Array<{ node: { topicId: string; recentVotes: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }> =
        await author.client.send(TRENDING, { f: { categoryId: cat }, after: cursor });
      trending.push(...res.data!.ideas.edges.map((e) => e.node));
      cursor = res.data!.ideas.pageInfo.endCursor;
      if (!res.data!.ideas.pageInfo.hasNextPage) break;
    }
    const [four, three] = [ids[4]!, ids[3]!].sort().reverse();
    // Ideas 4 and 3 both have 3 votes in the window now: the keyset breaks the tie by id.
    expect(trending).toEqual([
      { topicId: four, recentVotes: 3 },
      { topicId: three, recentVotes: 3 },
      { topicId: ids[2], recentVotes: 2 },
      { topicId: ids[1], recentVotes: 1 },
    ]);
    expect(codeOf(await author.client.send(LIST, { f: { voterTrustLevels: ['NEW'] }, s: 'TOP' }))).toBe('FORBIDDEN');
    expect(codeOf(await author.client.send(LIST, { s: 'TOP', first: 51 }))).toBe('BAD_USER_INPUT');

    await setStatus(manager, ids[1]!, 'PLANNED');
    await setStatus(manager, ids[2]!, 'IN_PROGRESS');
    await setStatus(manager, ids[3]!, 'DONE', 'Released.');
    const updated = await author.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: cat }, s: 'RECENTLY_UPDATED', first: 1 });
    expect(updated.data!.ideas.edges[0]!.node.topicId).toBe(ids[3]);
    const roadmap = await new GqlClient(t.url).send<{ roadmap: Record<string, Array<{ topicId: string }>> }>(
      `query ($c: ID) { roadmap(categoryId: $c) { planned { topicId } inProgress { topicId } done { topicId } } }`,
      { c: cat },
    );
    expect(roadmap.data!.roadmap).toEqual({ planned: [{ topicId: ids[1] }], inProgress: [{ topicId: ids[2] }], done: [{ topicId: ids[3] }] });

    const csv = (await moderator.client.send<{ exportIdeasCsv: string }>(`query ($c: ID) { exportIdeasCsv(filter: { categoryId: $c }) }`, { c: cat })).data!.exportIdeasCsv;
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain(`"${ids[4]}","Sortable idea 4","NEW","4"`);
    expect(lines.find((l) => l.includes(ids[3]!))).toContain('"DONE","3"');
    expect(lines[1]).toContain(`/t/${ids[4]}"`);
  });
});

describe('lists cost the same whatever their length', () => {
  it('reads a page of ideas with their timelines and your votes in a fixed number of statements (no query per idea)', async () => {
    const cat = await newCategory('Costs');
    await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: cat });
    const reader = await person(t, undefined, 'icost');
    const PAGE = `query ($c: ID!, $n: Int!) { ideas(filter: { categoryId: $c }, sort: TOP, first: $n) { edges { node { topicId votedByMe timeline { toStatus } } } } }`;
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await newIdea(`Cost idea ${i}`, author, cat));
    for (const id of ids.slice(0, 3)) await setStatus(manager, id, 'UNDER_REVIEW');
    await reader.client.send(VOTE, { id: ids[0] });
    const two = await leastStatements(() => reader.client.send<{ ideas: { edges: unknown[] } }>(PAGE, { c: cat, n: 2 }));
    const eight = await leastStatements(() => reader.client.send<{ ideas: { edges: unknown[] } }>(PAGE, { c: cat, n: 8 }));
    expect(two.result.data!.ideas.edges).toHaveLength(2);
    expect(eight.result.data!.ideas.edges).toHaveLength(8);
    expect(eight.statements).toBe(two.statements);
  });
});

describe('who may do what', () => {
  type Role = 'guest' | 'member' | 'moderator' | 'manager' | 'admin';
  const ROLES: Role[] = ['guest', 'member', 'moderator', 'manager', 'admin'];
  const clientOf = async (role: Role): Promise<GqlClient> =>
    role === 'guest' ? new GqlClient(t.url) : role === 'member' ? (await person(t, undefined, 'irole')).client : role === 'moderator' ? moderator.client : role === 'manager' ? manager.client : admin.client;

  /** Each operation with a fresh target, and the roles that may do it. */
  const OPERATIONS: Array<{ name: string; allowed: Role[]; run: (c: GqlClient) => Promise<GqlResult> }> = [
    { name: 'idea', allowed: ROLES, run: async (c) => c.send(READ, { id: await newIdea('Readable by all') }) },
    { name: 'roadmap', allowed: ROLES, run: (c) => c.send(`query { roadmap { planned { topicId } } }`) },
    { name: 'similarIdeas', allowed: ROLES, run: (c) => c.send(`query { similarIdeas(title: "anything at all") { topicId } }`) },
    { name: 'voteIdea', allowed: ['member', 'moderator', 'manager', 'admin'], run: async (c) => c.send(VOTE, { id: await newIdea('Vote by role') }) },
    { name: 'myIdeaVotes', allowed: ['member', 'moderator', 'manager', 'admin'], run: (c) => c.send(ALLOWANCE) },
    { name: 'setIdeaStatus', allowed: ['manager', 'admin'], run: async (c) => c.send(STATUS, { i: { topicId: await newIdea('Status by role'), status: 'PLANNED' } }) },
    { name: 'mergeIdea', allowed: ['manager', 'admin'], run: async (c) => c.send(MERGE, { a: await newIdea('Merge by role A'), b: await newIdea('Merge by role B') }) },
    { name: 'setIdeaBoard', allowed: ['manager', 'admin'], run: async (c) => c.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: await newCategory('Role') }) },
    { name: 'addIdeaStaffNote', allowed: ['moderator', 'manager', 'admin'], run: async (c) => c.send(`mutation ($id: ID!) { addIdeaStaffNote(topicId: $id, body: "note") { id } }`, { id: await newIdea('Note by role') }) },
    { name: 'markFeedback', allowed: ['moderator', 'manager', 'admin'], run: async (c) => c.send(`mutation ($p: ID!) { markFeedback(input: { postId: $p, type: PRAISE }) { postId } }`, { p: (await topic(author, plain, { title: 'Feedback by role' })).firstPostId }) },
    { name: 'feedback', allowed: ['moderator', 'manager', 'admin'], run: (c) => c.send(`query { feedback(first: 1) { edges { cursor } } }`) },
    { name: 'exportIdeasCsv', allowed: ['moderator', 'manager', 'admin'], run: (c) => c.send(`query { exportIdeasCsv }`) },
    { name: 'createProductArea', allowed: ['admin'], run: (c) => c.send(`mutation ($n: String!) { createProductArea(name: $n) { id } }`, { n: `Area ${Math.random().toString(36).slice(2, 9)}` }) },
  ];

  it('lets each role do exactly what it may: guests read, members vote, moderators file feedback and notes, community managers set statuses and merge, admins keep the product areas', async () => {
    const outcome: Record<string, Record<string, unknown>> = {};
    const expected: Record<string, Record<string, unknown>> = {};
    for (const op of OPERATIONS) {
      outcome[op.name] = {};
      expected[op.name] = {};
      for (const role of ROLES) {
        const res = await op.run(await clientOf(role));
        outcome[op.name]![role] = res.errors ? codeOf(res) : 'ok';
        expected[op.name]![role] = op.allowed.includes(role) ? 'ok' : role === 'guest' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      }
    }
    expect(outcome).toEqual(expected);
  });
});

describe('what members do not see', () => {
  it('keeps a hidden idea out of lists and suggestions, and filters by voter segment for staff', async () => {
    const cat = await newCategory('Hidden');
    await manager.client.send(`mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }`, { c: cat });
    const shown = await newIdea('Offline sync for notes', author, cat);
    const hidden = await newIdea('Offline sync for drafts', author, cat);
    await db.query(`UPDATE topics SET hidden_at = now() WHERE id = $1`, [hidden]);
    const member = await person(t, undefined, 'ihid');
    const listed = await member.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: cat }, s: 'NEW' });
    expect(listed.data!.ideas.edges.map((e) => e.node.topicId)).toEqual([shown]);
    const similar = await member.client.send<{ similarIdeas: Array<{ topicId: string }> }>(`query { similarIdeas(title: "offline sync") { topicId } }`);
    expect(similar.data!.similarIdeas.map((i) => i.topicId)).not.toContain(hidden);
    expect(codeOf(await member.client.send(READ, { id: hidden }))).toBe('NOT_FOUND');

    // Voter segments: only ideas with a vote from a LEADER (staff filter).
    const leader = await person(t, undefined, 'ilead');
    await db.query(`UPDATE users SET trust_level = 'LEADER' WHERE id = $1`, [leader.id]);
    await leader.client.send(VOTE, { id: shown });
    const bySegment = await moderator.client.send<{ ideas: { edges: Array<{ node: { topicId: string } }> } }>(LIST, { f: { categoryId: cat, voterTrustLevels: ['LEADER'] }, s: 'TOP' });
    expect(bySegment.data!.ideas.edges.map((e) => e.node.topicId)).toEqual([shown]);
    const none = await moderator.client.send<{ ideas: { edges: unknown[] } }>(LIST, { f: { categoryId: cat, voterJoinedAfter: new Date(Date.now() + 86_400_000).toISOString() }, s: 'TOP' });
    expect(none.data!.ideas.edges).toEqual([]);
  });
});
