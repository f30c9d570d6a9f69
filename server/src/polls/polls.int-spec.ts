import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, PollUpdatedPayload, ServerToClientEvents } from '@townsquare/shared';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';
import { GqlClient, codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';

/*
 * Polls as members use them: attached to a topic's opening post or a reply, voted in, changed,
 * closed; results shown only to whom they should be; live to the topic's readers and no one else.
 */

let t: TestApp;
let db: DataSource;
let admin: Person;
let author: Person;
let voters: Person[];
let categoryId: string;

const POLL_FIELDS = `id postId question kind maxChoices anonymous resultsVisibility closesAt closedAt closed voterCount resultsVisible myVote revision viewerCanVote viewerCanClose
  options { id label votes votedByMe voters(first: 50) { edges { cursor node { id handle } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation ($i: CreatePollInput!) { createPoll(input: $i) { ${POLL_FIELDS} } }`;
const VOTE = `mutation ($p: ID!, $o: [ID!]!) { votePoll(pollId: $p, optionIds: $o) { ${POLL_FIELDS} } }`;
const RETRACT = `mutation ($p: ID!) { retractPollVote(pollId: $p) { ${POLL_FIELDS} } }`;
const CLOSE = `mutation ($p: ID!) { closePoll(pollId: $p) { ${POLL_FIELDS} } }`;
const READ = `query ($id: ID!) { poll(id: $id) { ${POLL_FIELDS} } }`;

interface PollOut {
  id: string;
  kind: string;
  maxChoices: number;
  closed: boolean;
  voterCount: number;
  resultsVisible: boolean;
  myVote: string[];
  revision: number;
  viewerCanVote: boolean;
  viewerCanClose: boolean;
  options: Array<{ id: string; label: string; votes: number | null; votedByMe: boolean; voters: { edges: Array<{ cursor: string; node: { id: string; handle: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null }>;
}

async function createPoll(p: Person, postId: string, extra: Record<string, unknown> = {}): Promise<PollOut> {
  const res = await p.client.send<{ createPoll: PollOut }>(CREATE, { i: { postId, options: ['Red', 'Green', 'Blue'], ...extra } });
  if (!res.data) throw new Error(`createPoll failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPoll;
}

async function vote(p: Person, pollId: string, optionIds: string[]): Promise<GqlResult<{ votePoll: PollOut }>> {
  return p.client.send<{ votePoll: PollOut }>(VOTE, { p: pollId, o: optionIds });
}

async function read(p: Person | GqlClient, pollId: string): Promise<PollOut> {
  const client = p instanceof GqlClient ? p : p.client;
  const res = await client.send<{ poll: PollOut }>(READ, { id: pollId });
  if (!res.data) throw new Error(`poll failed: ${JSON.stringify(res.errors)}`);
  return res.data.poll;
}

/** Everything about polls in the database, to prove a refusal changed nothing. */
async function snapshot(): Promise<unknown> {
  return db.query(`SELECT (SELECT count(*)::int FROM polls) AS polls, (SELECT count(*)::int FROM poll_options) AS options,
    (SELECT count(*)::int FROM poll_votes) AS votes, (SELECT coalesce(sum(revision), 0)::int FROM polls) AS revisions,
    (SELECT coalesce(sum(vote_count), 0)::int FROM poll_options) AS counted, (SELECT count(*)::int FROM polls WHERE closed_at IS NOT NULL) AS closed`);
}

function refusal(res: GqlResult): { code: unknown; reason: unknown; message: string | undefined } {
  return { code: codeOf(res), reason: res.errors?.[0]?.extensions?.reason, message: res.errors?.[0]?.message };
}

async function newCategory(readRoles: string[]): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `Polls ${Math.random().toString(36).slice(2, 8)}`, slug: `polls-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, readRoles, postRoles: ['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = await person(t, 'ADMIN', 'padm');
  author = await person(t, undefined, 'pauth');
  voters = [];
  for (let i = 0; i < 6; i++) voters.push(await person(t, undefined, 'pvot'));
  categoryId = await newCategory(['GUEST', 'MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN']);
});
afterAll(async () => {
  await t.close();
});

describe('creating a poll', () => {
  it('attaches a poll to a topic\'s opening post and to a reply, which readers then see on the post', async () => {
    const { id: topicId, firstPostId } = await topic(author, categoryId, { title: 'Which colour for the logo?' });
    const poll = await createPoll(author, firstPostId, { question: '  Pick   one ', closesAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(poll).toMatchObject({ kind: 'SINGLE', maxChoices: 1, closed: false, voterCount: 0, resultsVisible: true, myVote: [], viewerCanClose: true });
    expect(poll.options.map((o) => [o.label, o.votes])).toEqual([['Red', 0], ['Green', 0], ['Blue', 0]]);
    const answer = await reply(voters[0]!, topicId, 'And one more question here.');
    const replyPoll = await createPoll(voters[0]!, answer.id, { options: ['Yes', 'No'], kind: 'MULTIPLE' });
    expect(replyPoll).toMatchObject({ kind: 'MULTIPLE', maxChoices: 2 });

    const guest = new GqlClient(t.url);
    const page = await guest.send<{ posts: { edges: Array<{ node: { id: string; poll: { id: string; question: string | null; viewerCanVote: boolean } | null } }> } }>(
      `query ($t: ID!) { posts(topicId: $t) { edges { node { id poll { id question viewerCanVote } } } } }`,
      { t: topicId },
    );
    expect(page.data!.posts.edges.map((e) => e.node.poll)).toEqual([
      { id: poll.id, question: 'Pick one', viewerCanVote: false },
      { id: replyPoll.id, question: null, viewerCanVote: false },
    ]);
  });

  it('lets a moderator add a poll to a member\'s post', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A poll added by the team' });
    const moderator = await person(t, 'MODERATOR', 'pmod');
    expect((await createPoll(moderator, firstPostId)).options).toHaveLength(3);
  });

  it('refuses bad polls with a reason and a sentence, and stores nothing', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'Polls that are refused' });
    await createPoll(author, firstPostId, { options: ['One', 'Two'] });
    const { firstPostId: fresh } = await topic(author, categoryId, { title: 'Another post for refusals' });
    const before = await snapshot();
    const many = Array.from({ length: 21 }, (_, i) => `Option ${i + 1}`);
    const cases: Array<[string, Person | null, Record<string, unknown>, string, string]> = [
      ['one option', author, { postId: fresh, options: ['Only'] }, 'BAD_USER_INPUT', 'TOO_FEW_OPTIONS'],
      ['21 options', author, { postId: fresh, options: many }, 'BAD_USER_INPUT', 'TOO_MANY_OPTIONS'],
      ['the same option twice', author, { postId: fresh, options: ['Yes', ' yes '] }, 'BAD_USER_INPUT', 'DUPLICATE_OPTION'],
      ['an empty option', author, { postId: fresh, options: ['Yes', '   '] }, 'BAD_USER_INPUT', 'REQUIRED'],
      ['an option too long', author, { postId: fresh, options: ['Yes', 'x'.repeat(201)] }, 'BAD_USER_INPUT', 'TOO_LONG'],
      ['a question too long', author, { postId: fresh, question: 'q'.repeat(301), options: ['Yes', 'No'] }, 'BAD_USER_INPUT', 'TOO_LONG'],
      ['a closing time in the past', author, { postId: fresh, options: ['Yes', 'No'], closesAt: new Date(Date.now() - 60_000).toISOString() }, 'BAD_USER_INPUT', 'CLOSES_IN_PAST'],
      ['a closing time years away', author, { postId: fresh, options: ['Yes', 'No'], closesAt: new Date(Date.now() + 400 * 86_400_000).toISOString() }, 'BAD_USER_INPUT', 'OUT_OF_RANGE'],
      ['several choices on a single-choice poll', author, { postId: fresh, options: ['A', 'B', 'C'], maxChoices: 2 }, 'BAD_USER_INPUT', 'INVALID'],
      ['more choices than options', author, { postId: fresh, options: ['A', 'B'], kind: 'MULTIPLE', maxChoices: 3 }, 'BAD_USER_INPUT', 'OUT_OF_RANGE'],
      ['a post of someone else', voters[1]!, { postId: fresh, options: ['A', 'B'] }, 'FORBIDDEN', 'CANNOT_MANAGE_POLL'],
      ['a second poll on a post', author, { postId: firstPostId, options: ['A', 'B'] }, 'CONFLICT', 'POLL_EXISTS'],
      ['a post that does not exist', author, { postId: '00000000-0000-4000-8000-000000000000', options: ['A', 'B'] }, 'NOT_FOUND', 'POST_NOT_FOUND'],
    ];
    for (const [what, who, input, code, reason] of cases) {
      const res = await (who?.client ?? new GqlClient(t.url)).send(CREATE, { i: input });
      const got = refusal(res);
      expect({ what, code: got.code, reason: got.reason }).toEqual({ what, code, reason });
      expect(got.message).toMatch(/^[A-Z].{10,}\.$/);
    }
    const guest = await new GqlClient(t.url).send(CREATE, { i: { postId: fresh, options: ['A', 'B'] } });
    expect(codeOf(guest)).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a poll on a post whose edit window has passed, except to moderators', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'An old post for a poll' });
    await db.query(`UPDATE posts SET created_at = now() - interval '2 days' WHERE id = $1`, [firstPostId]);
    const res = await author.client.send(CREATE, { i: { postId: firstPostId, options: ['A', 'B'] } });
    expect(refusal(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_MANAGE_POLL' });
    expect(await createPoll(admin, firstPostId)).toMatchObject({ voterCount: 0 });
  });
});

describe('voting', () => {
  it('counts a vote, changes it, takes it back, and keeps the voter count', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A single-choice vote' });
    const poll = await createPoll(author, firstPostId);
    const [red, green, blue] = poll.options.map((o) => o.id) as [string, string, string];
    const first = await vote(voters[0]!, poll.id, [red]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.votePoll).toMatchObject({ voterCount: 1, myVote: [red] });
    await vote(voters[1]!, poll.id, [red]);
    const changed = await vote(voters[0]!, poll.id, [green]);
    expect(changed.data!.votePoll.options.map((o) => o.votes)).toEqual([1, 1, 0]);
    expect(changed.data!.votePoll).toMatchObject({ voterCount: 2, myVote: [green] });
    expect(changed.data!.votePoll.options.map((o) => o.votedByMe)).toEqual([false, true, false]);
    // The same vote again changes nothing, not even the revision.
    const again = await vote(voters[0]!, poll.id, [green]);
    expect(again.data!.votePoll.revision).toBe(changed.data!.votePoll.revision);
    const retracted = await voters[1]!.client.send<{ retractPollVote: PollOut }>(RETRACT, { p: poll.id });
    expect(retracted.data!.retractPollVote).toMatchObject({ voterCount: 1, myVote: [] });
    expect(retracted.data!.retractPollVote.options.map((o) => o.votes)).toEqual([0, 1, 0]);
    expect((await read(admin, poll.id)).options.map((o) => o.votes)).toEqual([0, 1, 0]);
    void blue;
  });

  it('takes several choices on a multiple-choice poll, up to its limit', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A multiple-choice vote' });
    const poll = await createPoll(author, firstPostId, { options: ['A', 'B', 'C', 'D'], kind: 'MULTIPLE', maxChoices: 2 });
    const [a, b, c] = poll.options.map((o) => o.id) as [string, string, string];
    const two = await vote(voters[0]!, poll.id, [a, b]);
    expect(two.data!.votePoll).toMatchObject({ voterCount: 1, myVote: [a, b] });
    const before = await snapshot();
    const three = await vote(voters[0]!, poll.id, [a, b, c]);
    expect(refusal(three)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_CHOICES', message: 'Choose at most 2 options in this poll.' });
    expect(await snapshot()).toEqual(before);
    const moved = await vote(voters[0]!, poll.id, [b, c]);
    expect(moved.data!.votePoll.options.map((o) => o.votes)).toEqual([0, 1, 1, 0]);
    await vote(voters[1]!, poll.id, [c]);
    expect((await read(author, poll.id))).toMatchObject({ voterCount: 2 });
    expect((await read(author, poll.id)).options.map((o) => o.votes)).toEqual([0, 1, 2, 0]);
  });

  it('refuses bad votes with a reason and changes nothing', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'Votes that are refused' });
    const poll = await createPoll(author, firstPostId);
    const other = await createPoll(author, (await topic(author, categoryId, { title: 'Another poll entirely' })).firstPostId);
    const [red, green] = poll.options.map((o) => o.id) as [string, string];
    await vote(voters[2]!, poll.id, [red]);
    const before = await snapshot();
    const cases: Array<[string, GqlResult, string, string]> = [
      ['two choices on a single-choice poll', await vote(voters[2]!, poll.id, [red, green]), 'BAD_USER_INPUT', 'TOO_MANY_CHOICES'],
      ['an option of another poll', await vote(voters[2]!, poll.id, [other.options[0]!.id]), 'BAD_USER_INPUT', 'OPTION_NOT_IN_POLL'],
      ['no option', await vote(voters[2]!, poll.id, []), 'BAD_USER_INPUT', 'NO_CHOICE'],
      ['a poll that does not exist', await vote(voters[2]!, '00000000-0000-4000-8000-000000000000', [red]), 'NOT_FOUND', 'POLL_NOT_FOUND'],
      ['closing another\'s poll', await voters[2]!.client.send(CLOSE, { p: poll.id }), 'FORBIDDEN', 'CANNOT_MANAGE_POLL'],
    ];
    for (const [what, res, code, reason] of cases) {
      expect({ what, ...refusal(res), message: undefined }).toEqual({ what, code, reason, message: undefined });
    }
    expect(codeOf(await new GqlClient(t.url).send(VOTE, { p: poll.id, o: [red] }))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses votes, changes and retractions once closed, by hand or by its closing time', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A poll that closes' });
    const poll = await createPoll(author, firstPostId);
    const [red, green] = poll.options.map((o) => o.id) as [string, string];
    await vote(voters[3]!, poll.id, [red]);
    const closed = await author.client.send<{ closePoll: PollOut }>(CLOSE, { p: poll.id });
    expect(closed.data!.closePoll).toMatchObject({ closed: true, viewerCanVote: false, viewerCanClose: false });
    const before = await snapshot();
    expect(refusal(await vote(voters[3]!, poll.id, [green]))).toMatchObject({ code: 'CONFLICT', reason: 'POLL_CLOSED', message: 'This poll is closed: votes can no longer be given or changed.' });
    expect(refusal(await vote(voters[4]!, poll.id, [green]))).toMatchObject({ reason: 'POLL_CLOSED' });
    expect(refusal(await voters[3]!.client.send(RETRACT, { p: poll.id }))).toMatchObject({ reason: 'POLL_CLOSED' });
    expect(refusal(await author.client.send(CLOSE, { p: poll.id }))).toMatchObject({ code: 'CONFLICT', reason: 'POLL_CLOSED' });
    expect(await snapshot()).toEqual(before);

    const timed = await createPoll(author, (await topic(author, categoryId, { title: 'A poll that runs out of time' })).firstPostId, { closesAt: new Date(Date.now() + 3_600_000).toISOString() });
    await db.query(`UPDATE polls SET closes_at = now() - interval '1 second' WHERE id = $1`, [timed.id]);
    expect(refusal(await vote(voters[3]!, timed.id, [timed.options[0]!.id]))).toMatchObject({ reason: 'POLL_CLOSED' });
    expect(await read(voters[3]!, timed.id)).toMatchObject({ closed: true, voterCount: 0 });
  });

  it('keeps counts exact when many vote and change their votes at once', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A busy poll' });
    const poll = await createPoll(author, firstPostId, { options: ['A', 'B', 'C'], kind: 'MULTIPLE' });
    const ids = poll.options.map((o) => o.id);
    const crowd = [...voters, author, admin];
    // Everyone votes, each several times at once with different choices.
    await Promise.all(crowd.flatMap((p, i) => [vote(p, poll.id, [ids[i % 3]!]), vote(p, poll.id, [ids[(i + 1) % 3]!, ids[(i + 2) % 3]!]), vote(p, poll.id, ids)]));
    await Promise.all(crowd.slice(0, 3).map((p) => p.client.send(RETRACT, { p: poll.id })));
    const [truth]: Array<{ voters: number; counts: number[] }> = await db.query(
      `SELECT (SELECT count(DISTINCT user_id)::int FROM poll_votes WHERE poll_id = $1) AS voters,
              ARRAY(SELECT (SELECT count(*)::int FROM poll_votes v WHERE v.option_id = o.id) FROM poll_options o WHERE o.poll_id = $1 ORDER BY o.position) AS counts`,
      [poll.id],
    );
    const seen = await read(author, poll.id);
    expect(truth!.voters).toBe(crowd.length - 3);
    expect({ voters: seen.voterCount, counts: seen.options.map((o) => o.votes) }).toEqual({ voters: truth!.voters, counts: truth!.counts });

    // One person voting for two options of a single-choice poll at once keeps one vote.
    const single = await createPoll(author, (await topic(author, categoryId, { title: 'A raced single vote' })).firstPostId);
    await Promise.all(single.options.map((o) => vote(voters[5]!, single.id, [o.id])));
    const after = await read(voters[5]!, single.id);
    expect(after.myVote).toHaveLength(1);
    expect({ voters: after.voterCount, total: after.options.reduce((n, o) => n + (o.votes ?? 0), 0) }).toEqual({ voters: 1, total: 1 });
  });
});

describe('what readers see of the results', () => {
  it('hides counts until one has voted when the author chose so (staff too), and shows them to all once closed', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'Results after voting' });
    const poll = await createPoll(author, firstPostId, { resultsVisibility: 'AFTER_VOTE' });
    await vote(voters[0]!, poll.id, [poll.options[1]!.id]);
    for (const viewer of [voters[1]!, admin, author]) {
      const seen = await read(viewer, poll.id);
      expect({ resultsVisible: seen.resultsVisible, votes: seen.options.map((o) => o.votes), voters: seen.options.map((o) => o.voters) }).toEqual({
        resultsVisible: false,
        votes: [null, null, null],
        voters: [null, null, null],
      });
      expect(seen.voterCount).toBe(1);
    }
    expect((await read(new GqlClient(t.url), poll.id)).options.map((o) => o.votes)).toEqual([null, null, null]);
    const voted = await vote(voters[1]!, poll.id, [poll.options[1]!.id]);
    expect(voted.data!.votePoll).toMatchObject({ resultsVisible: true });
    expect(voted.data!.votePoll.options.map((o) => o.votes)).toEqual([0, 2, 0]);
    await author.client.send(CLOSE, { p: poll.id });
    expect((await read(new GqlClient(t.url), poll.id)).options.map((o) => o.votes)).toEqual([0, 2, 0]);
  });

  it('lists the voters of a public poll page by page', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'A public poll with voters' });
    const poll = await createPoll(author, firstPostId);
    for (const v of voters.slice(0, 3)) await vote(v, poll.id, [poll.options[0]!.id]);
    const q = `query ($id: ID!, $after: String) { poll(id: $id) { options { voters(first: 2, after: $after) { edges { node { handle } } pageInfo { hasNextPage endCursor } } } } }`;
    const first = await voters[4]!.client.send<{ poll: { options: Array<{ voters: { edges: Array<{ node: { handle: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }> } }>(q, { id: poll.id });
    const page1 = first.data!.poll.options[0]!.voters;
    expect(page1.edges.map((e) => e.node.handle)).toEqual([voters[2]!.handle, voters[1]!.handle]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await voters[4]!.client.send<typeof first.data & object>(q, { id: poll.id, after: page1.pageInfo.endCursor });
    expect(second.data!.poll.options[0]!.voters.edges.map((e) => e.node.handle)).toEqual([voters[0]!.handle]);
    expect(second.data!.poll.options[0]!.voters.pageInfo.hasNextPage).toBe(false);
    const bad = await voters[4]!.client.send(q, { id: poll.id, after: 'not-a-cursor' });
    expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('never names the voters of an anonymous poll, to anyone, staff included, in any field', async () => {
    const { firstPostId } = await topic(author, categoryId, { title: 'An anonymous poll' });
    const poll = await createPoll(author, firstPostId, { anonymous: true });
    const secret = voters[2]!;
    await vote(secret, poll.id, [poll.options[2]!.id]);
    // Every field of Poll, PollOption and Post.poll, as the admin, the author, the voter and a guest see them.
    const everything = `query ($t: ID!, $id: ID!) {
      poll(id: $id) { ${POLL_FIELDS} }
      posts(topicId: $t) { edges { node { poll { ${POLL_FIELDS} } } } }
    }`;
    const topicId = (await db.query(`SELECT topic_id FROM posts WHERE id = $1`, [firstPostId]))[0].topic_id;
    for (const viewer of [admin.client, author.client, secret.client, new GqlClient(t.url)]) {
      const res = await viewer.send<{ poll: PollOut }>(everything, { t: topicId, id: poll.id });
      expect(res.errors).toBeUndefined();
      const text = JSON.stringify(res.data);
      expect(text).not.toContain(secret.id);
      expect(text).not.toContain(secret.handle);
      expect(res.data!.poll.options.map((o) => o.voters)).toEqual([null, null, null]);
    }
    // The voter still sees their own choice, and everyone the count.
    expect((await read(secret, poll.id)).myVote).toEqual([poll.options[2]!.id]);
    expect((await read(admin, poll.id)).options.map((o) => o.votes)).toEqual([0, 0, 1]);
  });
});

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function connect(cookie: string): Promise<{ socket: ClientSocket; polls: PollUpdatedPayload[] }> {
  const socket: ClientSocket = io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
  const polls: PollUpdatedPayload[] = [];
  socket.on('poll.updated', (payload) => polls.push(payload));
  await new Promise<void>((resolve, reject) => {
    socket.once('session.ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, polls };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 8000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('live results', () => {
  it('reach the topic\'s readers, with counts only for those who may see them, and no one who may not read the topic', async () => {
    const category = await newCategory(['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN']);
    const { id: topicId, firstPostId } = await topic(author, category, { title: 'A live poll' });
    const poll = await createPoll(author, firstPostId, { resultsVisibility: 'AFTER_VOTE' });
    const reader = await connect(voters[0]!.cookie);
    const voter = await connect(voters[1]!.cookie);
    const outsider = await connect(voters[2]!.cookie);
    const staff = await connect(admin.cookie);
    for (const c of [reader, voter, outsider, staff]) expect(await c.socket.timeout(5000).emitWithAck('topic.join', { topicId })).toEqual({ ok: true });
    await vote(voters[1]!, poll.id, [poll.options[0]!.id]);
    await until(() => [reader, voter, outsider, staff].every((c) => c.polls.length === 1), 'every reader to hear the first vote');

    // Counts for the one who voted; none for the others, staff included (they have not voted).
    expect(voter.polls[0]).toMatchObject({ topicId, postId: firstPostId, poll: { id: poll.id, resultsVisible: true, voterCount: 1, revision: poll.revision + 1 } });
    expect(voter.polls[0]!.poll.options.map((o) => o.votes)).toEqual([1, 0, 0]);
    for (const c of [reader, outsider, staff]) {
      expect(c.polls[0]!.poll).toMatchObject({ resultsVisible: false, voterCount: 1 });
      expect(c.polls[0]!.poll.options.map((o) => o.votes)).toEqual([null, null, null]);
    }

    // The category becomes staff-only: the members' open connections may no longer read the topic.
    const narrowed = await admin.client.send(`mutation ($i: UpdateCategoryInput!) { updateCategory(input: $i) { id } }`, {
      i: { id: category, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] },
    });
    expect(narrowed.errors).toBeUndefined();
    const staffVote = await vote(admin, poll.id, [poll.options[1]!.id]);
    expect(staffVote.errors).toBeUndefined();
    await until(() => staff.polls.length === 2, 'staff to hear the second vote');
    expect(staff.polls[1]!.poll).toMatchObject({ resultsVisible: true, voterCount: 2 });
    expect(staff.polls[1]!.poll.options.map((o) => o.votes)).toEqual([1, 1, 0]);
    await new Promise((r) => setTimeout(r, 300));
    for (const c of [reader, voter, outsider]) expect(c.polls).toHaveLength(1);
    // Never a voter's name or id in any payload.
    for (const c of [reader, voter, outsider, staff]) for (const p of c.polls) expect(JSON.stringify(p)).not.toMatch(new RegExp(`${voters[1]!.id}|${voters[1]!.handle}|${admin.id}|${admin.handle}`));
    for (const c of [reader, voter, outsider, staff]) c.socket.close();
  });
});

describe('cost', () => {
  it('reads a page of posts with polls in as many statements for ten polls as for two', async () => {
    const page = async (topicId: string) =>
      leastStatements(() => voters[0]!.client.send(`query ($t: ID!) { posts(topicId: $t, first: 20) { edges { node { id poll { ${POLL_FIELDS} } } } } }`, { t: topicId }));
    const build = async (polls: number) => {
      const { id, firstPostId } = await topic(author, categoryId, { title: `A topic with ${polls} polls` });
      const postIds = [firstPostId];
      for (let i = 1; i < 10; i++) postIds.push((await reply(author, id, `Reply ${i}`)).id);
      for (const postId of postIds.slice(0, polls)) {
        const poll = await createPoll(author, postId);
        await vote(voters[0]!, poll.id, [poll.options[0]!.id]);
        await vote(voters[1]!, poll.id, [poll.options[1]!.id]);
      }
      return id;
    };
    const few = await page(await build(2));
    const many = await page(await build(10));
    expect((many.result.data as { posts: { edges: Array<{ node: { poll: PollOut | null } }> } }).posts.edges.filter((e) => e.node.poll?.options[1]!.voters?.edges.length === 1)).toHaveLength(10);
    expect(many.statements).toBe(few.statements);
  });
});
