import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';

let t: TestApp;
let admin: GqlClient;
let moderator: Person;
let questions: string;

interface Standing {
  membership: string;
  suspendedUntil: string | null;
  silencedUntil: string | null;
  flagsGiven: number;
  flagsGivenAgreed: number;
  flagsGivenDisagreed: number;
  flagsReceived: number;
  flagsReceivedAgreed: number;
  postCount: number;
  moderatorCategories: Array<{ id: string }>;
}
const STANDING = `standing { membership suspendedUntil silencedUntil flagsGiven flagsGivenAgreed flagsGivenDisagreed flagsReceived flagsReceivedAgreed postCount moderatorCategories { id } }`;

async function standingOf(client: GqlClient, handle: string): Promise<Standing> {
  const res = await client.send<{ user: { standing: Standing } }>(`query ($h: String!) { user(handle: $h) { ${STANDING} } }`, { h: handle });
  expect(res.errors).toBeUndefined();
  return res.data!.user.standing;
}

async function flag(p: Person, targetType: string, targetId: string, reason = 'OFFENSIVE', note?: string): Promise<{ itemId: string }> {
  const res = await p.client.send<{ flag: { itemId: string } }>(
    `mutation ($i: FlagInput!) { flag(input: $i) { itemId } }`,
    { i: { targetType, targetId, reason, ...(note ? { note } : {}) } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.flag;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  moderator = await person(t, 'MODERATOR', 'smod');
  questions = await categoryId(admin, 'questions');
});
afterAll(async () => {
  await t.close();
});

describe('a member\'s standing for staff', () => {
  it('shows membership, restrictions in force, moderator scope and flag counts; members get FORBIDDEN on the field', async () => {
    const author = await person(t, undefined, 'st');
    const flaggerA = await person(t, undefined, 'sfa');
    const flaggerB = await person(t, undefined, 'sfb');
    const opened = await topic(author, questions, { title: 'Standing topic for flags' });
    const rude = await reply(author, opened.id, 'A rude reply to be flagged.');

    const fresh = await standingOf(moderator.client, author.handle);
    expect(fresh).toMatchObject({ membership: 'ACTIVE', suspendedUntil: null, silencedUntil: null, flagsGiven: 0, flagsReceived: 0, postCount: 2, moderatorCategories: [] });

    const onPost = await flag(flaggerA, 'POST', rude.id);
    await flag(flaggerB, 'POST', rude.id, 'SPAM');
    await flag(flaggerA, 'USER', author.id, 'OTHER', 'Keeps picking fights');
    await flag(flaggerB, 'TOPIC', opened.id, 'OFF_TOPIC');
    const agreed = await moderator.client.send(`mutation ($i: ID!) { resolveFlags(input: { itemId: $i, decision: AGREE, contentAction: HIDE }) { id } }`, { i: onPost.itemId });
    expect(agreed.errors).toBeUndefined();

    expect(await standingOf(moderator.client, author.handle)).toMatchObject({ flagsReceived: 4, flagsReceivedAgreed: 2, flagsGiven: 0 });
    expect(await standingOf(moderator.client, flaggerA.handle)).toMatchObject({ flagsGiven: 2, flagsGivenAgreed: 1, flagsGivenDisagreed: 0, flagsReceived: 0 });

    await admin.send(`mutation ($u: ID!) { suspendUser(input: { userId: $u, reason: "Cooling off", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: author.id });
    await admin.send(`mutation ($u: ID!) { silenceUser(input: { userId: $u, reason: "Quiet", until: "2998-01-01T00:00:00Z" }) { id } }`, { u: flaggerB.id });
    await admin.send(`mutation ($u: ID!) { removeMember(userId: $u, hideContent: false, reason: "Left the brand") }`, { u: flaggerA.id });
    const scopedMod = await person(t, 'MODERATOR', 'scm');
    const scoped = await admin.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scopedMod.id, c: [questions] });
    expect(scoped.errors).toBeUndefined();

    expect((await standingOf(moderator.client, author.handle)).suspendedUntil).toBe('2999-01-01T00:00:00.000Z');
    expect((await standingOf(moderator.client, flaggerB.handle)).silencedUntil).toBe('2998-01-01T00:00:00.000Z');
    expect((await standingOf(moderator.client, flaggerA.handle)).membership).toBe('REMOVED');
    expect((await standingOf(admin, scopedMod.handle)).moderatorCategories).toEqual([{ id: questions }]);

    await admin.send(`mutation ($u: ID!) { liftSuspension(userId: $u) { id } }`, { u: author.id });
    expect((await standingOf(moderator.client, author.handle)).suspendedUntil).toBeNull();

    const nosy = await person(t, undefined, 'nosy');
    const refused = await nosy.client.send<{ user: { handle: string; standing: null } }>(`query ($h: String!) { user(handle: $h) { handle ${STANDING} } }`, { h: author.handle });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data!.user).toEqual({ handle: author.handle, standing: null });
  });
});

describe('a member\'s flags', () => {
  it('lists flags received and given, newest first, paged by cursor, with who flagged and what', async () => {
    const author = await person(t, undefined, 'mf');
    const flaggers = [await person(t, undefined, 'mfa'), await person(t, undefined, 'mfb'), await person(t, undefined, 'mfc')];
    const opened = await topic(author, questions, { title: 'Topic whose posts get flagged' });
    const posts = [await reply(author, opened.id, 'First flagged reply'), await reply(author, opened.id, 'Second flagged reply')];
    await flag(flaggers[0]!, 'POST', posts[0]!.id, 'SPAM');
    await flag(flaggers[1]!, 'POST', posts[1]!.id, 'OFFENSIVE');
    await flag(flaggers[2]!, 'TOPIC', opened.id, 'OFF_TOPIC');
    await flag(flaggers[0]!, 'USER', author.id, 'OTHER', 'Spams every thread');

    const QUERY = `query ($u: ID!, $d: FlagDirection!, $after: String) {
      memberFlags(userId: $u, direction: $d, first: 1, after: $after) {
        edges { node { reason note status targetType targetId flagger { handle } post { id bodyHtml topic { id } } topic { id title } } }
        pageInfo { endCursor hasNextPage } } }`;
    type Node = { reason: string; note: string | null; status: string; targetType: string; targetId: string; flagger: { handle: string }; post: { id: string; bodyHtml: string; topic: { id: string } } | null; topic: { id: string; title: string } | null };
    const all: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GqlResult<{ memberFlags: { edges: Array<{ node: Node }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }> = await moderator.client.send(QUERY, {
        u: author.id,
        d: 'RECEIVED',
        after,
      });
      expect(res.errors).toBeUndefined();
      all.push(...res.data!.memberFlags.edges.map((e) => e.node));
      if (!res.data!.memberFlags.pageInfo.hasNextPage) break;
      after = res.data!.memberFlags.pageInfo.endCursor;
    }
    expect(all.map((f) => f.reason)).toEqual(['OTHER', 'OFF_TOPIC', 'OFFENSIVE', 'SPAM']);
    expect(all[0]).toMatchObject({ targetType: 'USER', targetId: author.id, note: 'Spams every thread', flagger: { handle: flaggers[0]!.handle }, post: null, topic: null });
    expect(all[1]).toMatchObject({ targetType: 'TOPIC', topic: { id: opened.id, title: 'Topic whose posts get flagged' }, flagger: { handle: flaggers[2]!.handle } });
    expect(all[3]).toMatchObject({ targetType: 'POST', status: 'OPEN', post: { id: posts[0]!.id, topic: { id: opened.id } } });
    expect(all[3]!.post!.bodyHtml).toContain('First flagged reply');

    const given = await moderator.client.send<{ memberFlags: { edges: Array<{ node: { reason: string; targetId: string } }> } }>(
      `query ($u: ID!) { memberFlags(userId: $u, direction: GIVEN) { edges { node { reason targetId } } } }`,
      { u: flaggers[0]!.id },
    );
    expect(given.data!.memberFlags.edges.map((e) => e.node)).toEqual([{ reason: 'OTHER', targetId: author.id }, { reason: 'SPAM', targetId: posts[0]!.id }]);

    expect(codeOf(await moderator.client.send(`query ($u: ID!) { memberFlags(userId: $u, after: "bm9wZQ") { edges { cursor } } }`, { u: author.id }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await moderator.client.send(`query ($u: ID!) { memberFlags(userId: $u, first: 500) { edges { cursor } } }`, { u: author.id }))).toBe('BAD_USER_INPUT');
    const invalidId = { code: 'BAD_USER_INPUT', reason: 'INVALID_ID' };
    expect((await moderator.client.send(`{ memberFlags(userId: "not-an-id") { edges { cursor } } }`)).errors?.[0]?.extensions).toMatchObject(invalidId);
    // Shaped like a UUID but not one: refused before SQL as an invalid id, not as a database error.
    const dashes = '-'.repeat(36);
    expect((await moderator.client.send(`query ($u: ID!) { memberFlags(userId: $u) { edges { cursor } } }`, { u: dashes })).errors?.[0]?.extensions).toMatchObject(invalidId);
    expect((await moderator.client.send(`mutation ($u: ID!) { warnUser(input: { userId: $u, reason: "x" }) { id } }`, { u: dashes })).errors?.[0]?.extensions).toMatchObject(invalidId);
    expect((await moderator.client.send(`mutation ($i: ID!) { approvePost(itemId: $i) { id } }`, { i: dashes })).errors?.[0]?.extensions).toMatchObject(invalidId);
    expect(codeOf(await author.client.send(`query ($u: ID!) { memberFlags(userId: $u) { edges { cursor } } }`, { u: author.id }))).toBe('FORBIDDEN');
  });
});

describe('queue items', () => {
  it('carry the topic or member they are about, and every flag names its flagger', async () => {
    const author = await person(t, undefined, 'qi');
    const flagger = await person(t, undefined, 'qif');
    const opened = await topic(author, questions, { title: 'A topic flagged as a whole' });
    const onTopic = await flag(flagger, 'TOPIC', opened.id, 'OFF_TOPIC');
    const onUser = await flag(flagger, 'USER', author.id, 'OTHER', 'Impersonates staff');
    const res = await moderator.client.send<{ moderationQueue: { edges: Array<{ node: { id: string; topic: { title: string } | null; user: { handle: string } | null; post: null; joinRequest: null; flags: Array<{ flagger: { handle: string } }> } }> } }>(
      `{ moderationQueue(first: 50) { edges { node { id topic { title } user { handle } post { id } joinRequest { message } flags { flagger { handle } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.moderationQueue.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(onTopic.itemId)).toMatchObject({ topic: { title: 'A topic flagged as a whole' }, user: null, post: null, joinRequest: null, flags: [{ flagger: { handle: flagger.handle } }] });
    expect(byId.get(onUser.itemId)).toMatchObject({ topic: null, user: { handle: author.handle }, joinRequest: null, flags: [{ flagger: { handle: flagger.handle } }] });
  });
});

describe('the member directory with standing', () => {
  it('costs the same number of SQL statements for 3 members as for 20 (no N+1)', async () => {
    const prefix = `nn${Date.now().toString(36).slice(-5)}`;
    const few: Person[] = [];
    for (let i = 0; i < 20; i++) few.push(await person(t, undefined, i < 3 ? `${prefix}a` : `${prefix}b`));
    const query = `query ($q: String!) { members(filter: { query: $q }, first: 50) { edges { node { handle email ${STANDING} } } } }`;
    const run = (q: string) => async () => {
      const res = await moderator.client.send<{ members: { edges: unknown[] } }>(query, { q });
      expect(res.errors).toBeUndefined();
      return res.data!.members.edges.length;
    };
    const three = await leastStatements(run(`${prefix}a`));
    const twenty = await leastStatements(run(prefix));
    expect(three.result).toBe(3);
    expect(twenty.result).toBe(20);
    expect(twenty.statements).toBeLessThanOrEqual(three.statements + 1);
  });

  it('refuses an unknown trust level; joinRequests refuses an unknown status', async () => {
    expect(codeOf(await moderator.client.send(`{ members(filter: { trustLevel: "GURU" }) { edges { cursor } } }`))).toBe('BAD_USER_INPUT');
    const bogus = await moderator.client.send(`{ joinRequests(status: BOGUS) { edges { cursor } } }`);
    expect(bogus.errors?.[0]?.message).toMatch(/BOGUS/);
    expect(codeOf(bogus)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
