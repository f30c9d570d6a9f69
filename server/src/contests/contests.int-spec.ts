import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { commitmentOf, drawWinners } from '@townsquare/draw';
import { GqlClient, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { person, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';

/*
 * Contests through GraphQL against the real server: who may enter and vote and why not (each
 * refusal with its code, changing nothing), the close run by the job queue at the closing time,
 * and winners anyone can recompute from the revealed seed and the frozen list.
 */

let t: TestApp;
let db: DataSource;
let admin: GqlClient;
let manager: Person;
let categoryId: string;

const CONTEST_FIELDS = `id topicId title rulesHtml phase selection winnerCount seedCommitment seed drawAlgorithm frozenEntryIds tieBreakEntryIds tieBreakSlots entryCount
  winners { rank entryId method votes reason entry { id author { handle } } } myEligibility { eligible reason message }`;
const CREATE = `mutation ($i: CreateContestInput!) { createContest(input: $i) { ${CONTEST_FIELDS} } }`;
const ENTER = `mutation ($i: EnterContestInput!) { enterContest(input: $i) { id postId eligible mine } }`;
const VOTE = `mutation ($e: ID!) { voteForContestEntry(entryId: $e) { id voteCount votedByMe } }`;
const CONTEST = `query ($id: ID!) { contest(id: $id) { ${CONTEST_FIELDS} } }`;

interface Contest {
  id: string;
  topicId: string;
  phase: string;
  seedCommitment: string;
  seed: string | null;
  drawAlgorithm: string;
  frozenEntryIds: string[] | null;
  tieBreakEntryIds: string[] | null;
  tieBreakSlots: number | null;
  entryCount: number;
  winners: Array<{ rank: number; entryId: string; method: string; votes: number | null; reason: string | null; entry: { id: string; author: { handle: string } } | null }>;
  myEligibility: { eligible: boolean; reason: string | null; message: string };
}

const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const seconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function create(overrides: Record<string, unknown> = {}): Promise<Contest> {
  const res = await manager.client.send<{ createContest: Contest }>(CREATE, {
    i: { categoryId, title: 'Photo of the month', rules: '# Rules\n\nPost **one** photo.', opensAt: seconds(-60), closesAt: seconds(3600), winnerCount: 1, ...overrides },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createContest;
}

async function contest(id: string, as: GqlClient = admin): Promise<Contest> {
  const res = await as.send<{ contest: Contest }>(CONTEST, { id });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.contest;
}

async function enter(p: Person, contestId: string, body = `My entry ${Math.random()}`): Promise<string> {
  const res = await p.client.send<{ enterContest: { id: string } }>(ENTER, { i: { contestId, body } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.enterContest.id;
}

/** A member who meets any trust and age requirement. */
async function veteran(): Promise<Person> {
  const p = await person(t, undefined, 'ctv');
  await db.query(`UPDATE users SET trust_level = 'REGULAR', created_at = now() - interval '400 days' WHERE id = $1`, [p.id]);
  return p;
}

async function waitFor(id: string, phase: string, timeoutMs = 15000): Promise<Contest> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = await contest(id);
    if (c.phase === phase) return c;
    if (Date.now() > until) throw new Error(`contest ${id} is ${c.phase}, not ${phase}`);
    await sleep(300);
  }
}

async function rows(table: string): Promise<number> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  const res = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: 'Contests', slug: `contests-${Date.now().toString(36)}` },
  });
  categoryId = res.data!.createCategory.id;
  manager = await person(t, 'COMMUNITY_MANAGER', 'ctmgr');
});

afterAll(async () => {
  await t.close();
});

describe('creating a contest', () => {
  it('publishes the rules in a new topic and a commitment to a secret seed', async () => {
    const c = await create();
    expect(c.phase).toBe('OPEN');
    expect(c.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(c.seed).toBeNull();
    expect(c.drawAlgorithm).toBe('sha256-counter-v1');
    const topic = await admin.send<{ topic: { title: string; firstPost: { bodyHtml: string; voice: string } } }>(`query ($id: ID!) { topic(id: $id) { title firstPost { bodyHtml voice } } }`, { id: c.topicId });
    expect(topic.data!.topic.title).toBe('Photo of the month');
    expect(topic.data!.topic.firstPost.bodyHtml).toContain('<strong>one</strong>');
    const [stored] = await db.query(`SELECT seed FROM contests WHERE id = $1`, [c.id]);
    expect(await commitmentOf(stored.seed.trim())).toBe(c.seedCommitment);
  });

  it('is refused to members, and for a schedule or winner count out of bounds, storing nothing', async () => {
    const before = [await rows('contests'), await rows('topics')];
    const member = await person(t);
    const input = { categoryId, title: 'Not allowed', rules: 'Rules', opensAt: seconds(-60), closesAt: seconds(3600) };
    expect(codeOf(await member.client.send(CREATE, { i: input }))).toBe('FORBIDDEN');
    const backwards = await manager.client.send(CREATE, { i: { ...input, opensAt: seconds(3600), closesAt: seconds(60) } });
    expect(reasonOf(backwards)).toBe('CLOSES_BEFORE_OPENS');
    expect(backwards.errors![0]!.message).toBe('The closing time must be after the opening time.');
    expect(reasonOf(await manager.client.send(CREATE, { i: { ...input, winnerCount: 51 } }))).toBe('WINNER_COUNT_OUT_OF_RANGE');
    expect(reasonOf(await manager.client.send(CREATE, { i: { ...input, winnerCount: 0 } }))).toBe('WINNER_COUNT_OUT_OF_RANGE');
    expect([await rows('contests'), await rows('topics')]).toEqual(before);
  });
});

describe('entering', () => {
  it('refuses, with the reason and nothing stored: before opening, low trust, a new account, a second entry', async () => {
    const upcoming = await create({ opensAt: seconds(3600), closesAt: seconds(7200) });
    const strict = await create({ minTrustLevel: 'MEMBER', minAccountAgeDays: 30 });
    const newcomer = await person(t);
    const young = await person(t);
    await db.query(`UPDATE users SET trust_level = 'REGULAR' WHERE id = $1`, [young.id]);
    const ok = await veteran();
    const posts = await rows('posts');

    const early = await ok.client.send(ENTER, { i: { contestId: upcoming.id, body: 'Too soon' } });
    expect([codeOf(early), reasonOf(early)]).toEqual(['FORBIDDEN', 'NOT_OPEN_YET']);
    const lowTrust = await newcomer.client.send(ENTER, { i: { contestId: strict.id, body: 'Let me in' } });
    expect(reasonOf(lowTrust)).toBe('TRUST_LEVEL_TOO_LOW');
    expect(lowTrust.errors![0]!.message).toMatch(/trust level MEMBER and above; yours is NEW/);
    const tooNew = await young.client.send(ENTER, { i: { contestId: strict.id, body: 'Let me in' } });
    expect(reasonOf(tooNew)).toBe('ACCOUNT_TOO_NEW');
    expect(tooNew.errors![0]!.message).toMatch(/at least 30 days old/);
    expect((await contest(strict.id, young.client)).myEligibility).toMatchObject({ eligible: false, reason: 'ACCOUNT_TOO_NEW' });
    expect(await rows('posts')).toBe(posts);

    expect((await contest(strict.id, ok.client)).myEligibility).toEqual({ eligible: true, reason: null, message: 'You can enter.' });
    await enter(ok, strict.id);
    const second = await ok.client.send(ENTER, { i: { contestId: strict.id, body: 'Again' } });
    expect([codeOf(second), reasonOf(second)]).toEqual(['CONFLICT', 'ALREADY_ENTERED']);
    expect(await rows('posts')).toBe(posts + 1);
    expect((await contest(strict.id, ok.client)).myEligibility.reason).toBe('ALREADY_ENTERED');
  });

  it('asks for what the contest takes: an image contest refuses text alone and images that are not your uploads', async () => {
    const photos = await create({ entryKind: 'IMAGE' });
    const p = await veteran();
    expect(reasonOf(await p.client.send(ENTER, { i: { contestId: photos.id, body: 'Words only' } }))).toBe('ENTRY_INCOMPLETE');
    const foreign = await p.client.send(ENTER, { i: { contestId: photos.id, imageUrl: '/uploads/2025/01/0f8fad5b-d9cb-469f-a165-70867728950e.png' } });
    expect(reasonOf(foreign)).toBe('IMAGE_NOT_FOUND');
    expect(reasonOf(await p.client.send(ENTER, { i: { contestId: photos.id, imageUrl: 'https://evil.example/x.png' } }))).toBe('IMAGE_NOT_FOUND');
  });

  it('shows a page of entries in a fixed number of statements, however many entries', async () => {
    const small = await create();
    const large = await create();
    for (let i = 0; i < 2; i++) await enter(await veteran(), small.id);
    for (let i = 0; i < 8; i++) await enter(await veteran(), large.id);
    const page = `query ($id: ID!) { contest(id: $id) { entries(first: 20) { edges { node { id bodyHtml voteCount votedByMe mine author { handle displayName } } } } } }`;
    const a = await leastStatements(() => admin.send<{ contest: { entries: { edges: unknown[] } } }>(page, { id: small.id }));
    const b = await leastStatements(() => admin.send<{ contest: { entries: { edges: unknown[] } } }>(page, { id: large.id }));
    expect(a.result.data!.contest.entries.edges).toHaveLength(2);
    expect(b.result.data!.contest.entries.edges).toHaveLength(8);
    expect(b.statements).toBe(a.statements);
  });
});

describe('the close, run by the job queue', () => {
  it('freezes the eligible entries, reveals the seed and draws winners anyone can recompute; a rescheduled close waits', async () => {
    const started = Date.now();
    const c = await create({ winnerCount: 2, closesAt: seconds(8) });
    const people = [await veteran(), await veteran(), await veteran(), await veteran()];
    const entries: string[] = [];
    for (const p of people) entries.push(await enter(p, c.id));
    // Moderation works on entries as on any reply: a hidden entry drops out of the draw.
    const [hiddenPost] = await db.query(`SELECT post_id FROM contest_entries WHERE id = $1`, [entries[1]]);
    expect(codeOf(await admin.send(`mutation ($p: ID!) { hidePost(postId: $p, reason: "Off topic") { id } }`, { p: hiddenPost.post_id }))).toBeUndefined();
    const moved = await manager.client.send(`mutation ($i: UpdateContestInput!) { updateContest(input: $i) { id } }`, { i: { contestId: c.id, closesAt: new Date(started + 14_000).toISOString() } });
    expect(moved.errors).toBeUndefined();
    await sleep(Math.max(0, started + 10_000 - Date.now()));
    expect((await contest(c.id)).phase).toBe('OPEN'); // the job for the first time found the time changed
    const late = await veteran();

    const done = await waitFor(c.id, 'FINISHED', 20_000);
    const lateEntry = await late.client.send(ENTER, { i: { contestId: c.id, body: 'Too late' } });
    expect(reasonOf(lateEntry)).toBe('CLOSED');
    expect(done.frozenEntryIds).toEqual([entries[0], entries[2], entries[3]]);
    expect(done.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(await commitmentOf(done.seed!)).toBe(c.seedCommitment);
    const expected = await drawWinners(done.seed!, done.frozenEntryIds!, 2);
    expect(done.winners.map((w) => w.entryId)).toEqual(expected.winners);
    expect(done.winners.every((w) => w.method === 'DRAW')).toBe(true);
    // A changed list would have given another draw: the result is bound to this list.
    const tampered = await drawWinners(done.seed!, [...done.frozenEntryIds!].reverse(), 2);
    expect(tampered.listDigest).not.toBe(expected.listDigest);

    const posts = await admin.send<{ posts: { edges: Array<{ node: { bodyHtml: string; voice: string } }> } }>(
      `query ($t: ID!) { posts(topicId: $t, first: 50) { edges { node { bodyHtml voice } } } }`,
      { t: c.topicId },
    );
    const announcement = posts.data!.posts.edges.at(-1)!.node;
    expect(announcement.voice).toBe('BRAND');
    const winnerHandles = done.winners.map((w) => w.entry!.author.handle);
    for (const handle of winnerHandles) expect(announcement.bodyHtml).toContain(`@${handle}`);
    const winnerIds = people.filter((p) => winnerHandles.includes(p.handle)).map((p) => p.id);
    const notified = await db.query(`SELECT user_id FROM notifications WHERE kind = 'CONTEST_WON' AND topic_id = $1`, [c.topicId]);
    expect(notified.map((n: { user_id: string }) => n.user_id).sort()).toEqual(winnerIds.sort());
    const audit = await db.query(`SELECT actor_id FROM audit_log WHERE action = 'CONTEST_CLOSED' AND target_id = $1`, [c.id]);
    expect(audit).toHaveLength(1);
  });
});

describe('voting', () => {
  it('takes one vote per member per entry, never for one\'s own, and none after the close; a tie at the last place is drawn', async () => {
    const c = await create({ selection: 'MOST_VOTES', winnerCount: 2, closesAt: seconds(12) });
    const [a, b, cc, d] = [await veteran(), await veteran(), await veteran(), await veteran()];
    const ea = await enter(a, c.id);
    const eb = await enter(b, c.id);
    const ec = await enter(cc, c.id);
    const ed = await enter(d, c.id);
    const votes = await rows('contest_votes');
    const own = await a.client.send(VOTE, { e: ea });
    expect([codeOf(own), reasonOf(own)]).toEqual(['FORBIDDEN', 'OWN_ENTRY']);
    expect(own.errors![0]!.message).toBe('You cannot vote for your own entry.');
    expect(await rows('contest_votes')).toBe(votes);
    // a: 2 votes; b and c: 1 each (tied for the second place); d: none.
    expect((await b.client.send<{ voteForContestEntry: { voteCount: number; votedByMe: boolean } }>(VOTE, { e: ea })).data!.voteForContestEntry).toEqual({ id: ea, voteCount: 1, votedByMe: true });
    const again = await b.client.send(VOTE, { e: ea });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'ALREADY_VOTED']);
    await cc.client.send(VOTE, { e: ea });
    await d.client.send(VOTE, { e: eb });
    await d.client.send(VOTE, { e: ec });
    const newcomer = await person(t);
    expect(reasonOf(await newcomer.client.send(VOTE, { e: eb }))).toBeUndefined(); // no trust requirement here
    await newcomer.client.send(`mutation ($e: ID!) { withdrawContestVote(entryId: $e) { id } }`, { e: eb });

    const done = await waitFor(c.id, 'FINISHED', 25_000);
    const after = await a.client.send(VOTE, { e: ed });
    expect(reasonOf(after)).toBe('CLOSED');
    expect(done.winners[0]).toMatchObject({ rank: 1, entryId: ea, method: 'VOTES', votes: 2 });
    expect(done.tieBreakEntryIds).toEqual([eb, ec]);
    expect(done.tieBreakSlots).toBe(1);
    const tieBreak = await drawWinners(done.seed!, [eb, ec], 1);
    expect(done.winners[1]).toMatchObject({ rank: 2, entryId: tieBreak.winners[0], method: 'TIE_BREAK', votes: 1 });
    expect(done.winners).toHaveLength(2);
  });

  it('is refused in contests that do not choose by votes', async () => {
    const c = await create();
    const p = await veteran();
    const e = await enter(p, c.id);
    expect(reasonOf(await (await veteran()).client.send(VOTE, { e }))).toBe('VOTING_NOT_ALLOWED');
  });
});

describe('a jury contest', () => {
  it('waits for staff to pick the winners with a reason, which is audited and announced', async () => {
    const c = await create({ selection: 'JURY', winnerCount: 1, closesAt: seconds(6) });
    const [a, b] = [await veteran(), await veteran()];
    const ea = await enter(a, c.id);
    await enter(b, c.id);
    const PICK = `mutation ($c: ID!, $p: [ContestPickInput!]!) { pickContestWinners(contestId: $c, picks: $p) { phase winners { entryId method reason } } }`;
    const early = await manager.client.send(PICK, { c: c.id, p: [{ entryId: ea, reason: 'Best light' }] });
    expect(reasonOf(early)).toBe('NOT_JUDGING');
    const judging = await waitFor(c.id, 'JUDGING', 20_000);
    expect(judging.winners).toEqual([]);
    expect(judging.frozenEntryIds).toHaveLength(2);
    expect(codeOf(await a.client.send(PICK, { c: c.id, p: [{ entryId: ea, reason: 'Mine is best' }] }))).toBe('FORBIDDEN');
    expect(reasonOf(await manager.client.send(PICK, { c: c.id, p: [{ entryId: ea, reason: 'Good light' }, { entryId: ea, reason: 'Good again' }] }))).toBe('BAD_PICKS');
    expect(reasonOf(await manager.client.send(PICK, { c: c.id, p: [{ entryId: c.id, reason: 'Not an entry' }] }))).toBe('BAD_PICKS');
    expect(await rows(`contest_winners WHERE contest_id = '${c.id}'`)).toBe(0);
    const picked = await manager.client.send<{ pickContestWinners: { phase: string; winners: unknown[] } }>(PICK, { c: c.id, p: [{ entryId: ea, reason: 'The best use of light' }] });
    expect(picked.data!.pickContestWinners).toEqual({ phase: 'FINISHED', winners: [{ entryId: ea, method: 'JURY', reason: 'The best use of light' }] });
    const audit = await db.query(`SELECT actor_id, reason FROM audit_log WHERE action = 'CONTEST_WINNER_PICKED' AND target_id = $1`, [c.id]);
    expect(audit).toEqual([{ actor_id: manager.id, reason: 'The best use of light' }]);
    const notified = await db.query(`SELECT user_id FROM notifications WHERE kind = 'CONTEST_WON' AND topic_id = $1`, [c.topicId]);
    expect(notified).toEqual([{ user_id: a.id }]);
  });
});

describe('a restart', () => {
  it('does not lose the close: a contest whose server stopped before its closing time is drawn by the next one', async () => {
    const c = await create({ closesAt: seconds(6) });
    await enter(await veteran(), c.id);
    await t.close();
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const done = await waitFor(c.id, 'FINISHED', 25_000);
    expect(done.winners).toHaveLength(1);
    expect(await commitmentOf(done.seed!)).toBe(c.seedCommitment);
  });
});
