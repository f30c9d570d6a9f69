import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { categoryId, countRows, person, reply, topic, type Person } from '../testing/forum-helpers.js';

let t: TestApp;
let db: DataSource;
let questions: string;
let admin: GqlClient;
let adminId: string;
let manager: Person;
let moderator: Person;

beforeAll(async () => {
  t = await startTestApp({ env: { FLAG_HIDE_THRESHOLD: '3' } });
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  const signedIn = await admin.send<{ signIn: { user: { id: string } } }>(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  adminId = signedIn.data!.signIn.user.id;
  manager = await person(t, 'COMMUNITY_MANAGER', 'cm');
  moderator = await person(t, 'MODERATOR', 'mod');
  questions = await categoryId(manager.client, 'questions');
});
afterAll(async () => {
  await t.close();
});

const FLAG = `mutation ($i: FlagInput!) { flag(input: $i) { id itemId hidden } }`;
const QUEUE = `{ moderationQueue(first: 50) { edges { node { id kind targetId targetType flagWeight status flags { reason weight note createdAt } post { id } } } } moderationSummary { openCount oldestOpenAt } }`;
type Queue = { moderationQueue: { edges: Array<{ node: { id: string; kind: string; targetId: string; flagWeight: number; flags: Array<{ reason: string; weight: number }> } }> }; moderationSummary: { openCount: number } };

async function auditFor(targetId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [targetId]);
  return rows.map((r) => r.action);
}

describe('who may do what', () => {
  type Who = 'GUEST' | 'MEMBER' | 'SCOPED_MODERATOR' | 'MODERATOR' | 'COMMUNITY_MANAGER' | 'ADMIN';
  const everyone: Who[] = ['GUEST', 'MEMBER', 'SCOPED_MODERATOR', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
  /** Reading the queue, the log, the directory: every staff member, scoped or not. */
  const STAFF: Who[] = ['SCOPED_MODERATOR', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
  /** Acting outside the scoped moderator's category, on people, or on the whole community. */
  const UNSCOPED: Who[] = ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
  const MANAGERS: Who[] = ['COMMUNITY_MANAGER', 'ADMIN'];
  const ADMINS: Who[] = ['ADMIN'];
  const HELD = 'matrixheldword';
  const callers = new Map<Who, GqlClient>();
  /** The matrix's own category (outside the scoped moderator's Ideas): pins and locks stay out of other tests' lists. */
  let matrix: string;

  beforeAll(async () => {
    const created = await admin.send<{ createCategory: { id: string } }>(`mutation ($s: String!) { createCategory(input: { name: "Matrix", slug: $s }) { id } }`, {
      s: `matrix-${Date.now().toString(36)}`,
    });
    matrix = created.data!.createCategory.id;
    callers.set('GUEST', new GqlClient(t.url));
    callers.set('MEMBER', (await person(t)).client);
    const scoped = await person(t, 'MODERATOR', 'smod');
    await admin.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [await categoryId(admin, 'ideas')] });
    callers.set('SCOPED_MODERATOR', scoped.client);
    callers.set('MODERATOR', (await person(t, 'MODERATOR', 'mod')).client);
    callers.set('COMMUNITY_MANAGER', (await person(t, 'COMMUNITY_MANAGER', 'cm')).client);
    callers.set('ADMIN', admin);
    // Publishing guidelines is one of the operations: members need not accept them in this run.
    await admin.send(`mutation { updateCommunitySettings(input: { requireGuidelines: false }) { accessMode } }`);
    await admin.send(`mutation ($w: String!) { createWatchedWord(word: $w, action: REQUIRE_APPROVAL) { id } }`, { w: HELD });
  });

  // Fixtures: content in the matrix category (outside the scoped moderator's Ideas) or a fresh member.
  const member = async () => (await person(t)).id;
  const matrixTopic = async () => topic(await person(t), matrix);
  const matrixReply = async () => reply(await person(t), (await matrixTopic()).id);
  async function hiddenPost(): Promise<string> {
    const { id } = await matrixReply();
    await admin.send(`mutation ($p: ID!) { hidePost(postId: $p, reason: "Rude") { id } }`, { p: id });
    return id;
  }
  async function flaggedItem(): Promise<string> {
    const { id } = await matrixReply();
    const res = await (await person(t)).client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: id, reason: 'SPAM' } });
    return res.data!.flag.itemId;
  }
  async function heldItem(): Promise<string> {
    const { id } = await reply(await person(t), (await matrixTopic()).id, `Please look at ${HELD} offers`);
    const [row]: Array<{ id: string }> = await db.query(`SELECT id FROM moderation_items WHERE target_id = $1 AND status = 'OPEN'`, [id]);
    return row!.id;
  }
  async function joinRequest(): Promise<string> {
    const id = await member();
    await db.query(`UPDATE users SET membership = 'PENDING' WHERE id = $1`, [id]);
    await db.query(`INSERT INTO join_requests (user_id, message) VALUES ($1, 'Let me in')`, [id]);
    return id;
  }
  async function restricted(kind: 'suspendUser' | 'silenceUser'): Promise<string> {
    const id = await member();
    await admin.send(`mutation ($u: ID!) { ${kind}(input: { userId: $u, reason: "Cooling off", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: id });
    return id;
  }
  const word = () => `zz${Math.random().toString(36).slice(2, 8)}`;

  /**
   * Refused callers get FORBIDDEN (guests UNAUTHENTICATED); `outOfScope` is what the scoped moderator
   * gets instead where they may not even see the target outside their category (NOT_FOUND, no leak).
   */
  type Op = { name: string; allowed: Who[]; outOfScope?: string; run: (c: GqlClient) => Promise<unknown> };
  const operations: Op[] = [
    // Reading
    { name: 'moderationQueue', allowed: STAFF, run: (c) => c.send(`{ moderationQueue { edges { cursor } } }`) },
    { name: 'moderationSummary', allowed: STAFF, run: (c) => c.send(`{ moderationSummary { openCount } }`) },
    { name: 'auditLog', allowed: STAFF, run: (c) => c.send(`{ auditLog { edges { cursor } } }`) },
    { name: 'watchedWords', allowed: STAFF, run: (c) => c.send(`{ watchedWords { id } }`) },
    { name: 'members', allowed: STAFF, run: (c) => c.send(`{ members { edges { cursor } } }`) },
    { name: 'userSanctions', allowed: STAFF, run: async (c) => c.send(`query ($u: ID!) { userSanctions(userId: $u) { id } }`, { u: await member() }) },
    { name: 'memberFlags', allowed: STAFF, run: async (c) => c.send(`query ($u: ID!) { memberFlags(userId: $u) { edges { cursor } } }`, { u: await member() }) },
    { name: 'communitySettings', allowed: STAFF, run: (c) => c.send(`{ communitySettings { accessMode } }`) },
    { name: 'joinRequests', allowed: UNSCOPED, run: (c) => c.send(`{ joinRequests { edges { cursor } } }`) },
    { name: 'invitations', allowed: MANAGERS, run: (c) => c.send(`{ invitations { edges { cursor } } }`) },
    // Flags and the queue
    { name: 'flag', allowed: ['MEMBER', ...STAFF], run: async (c) => c.send(FLAG, { i: { targetType: 'POST', targetId: (await matrixReply()).id, reason: 'SPAM' } }) },
    { name: 'resolveFlags', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($i: ID!) { resolveFlags(input: { itemId: $i, decision: AGREE }) { id } }`, { i: await flaggedItem() }) },
    { name: 'approvePost', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($i: ID!) { approvePost(itemId: $i) { id } }`, { i: await heldItem() }) },
    { name: 'rejectPost', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($i: ID!) { rejectPost(itemId: $i, reason: "Spam") { id } }`, { i: await heldItem() }) },
    { name: 'approveJoinRequest', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { approveJoinRequest(userId: $u) }`, { u: await joinRequest() }) },
    { name: 'rejectJoinRequest', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { rejectJoinRequest(userId: $u, reason: "Not a customer") }`, { u: await joinRequest() }) },
    // Content
    { name: 'hidePost', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($p: ID!) { hidePost(postId: $p, reason: "Off topic") { id } }`, { p: (await matrixReply()).id }) },
    { name: 'restorePost', allowed: UNSCOPED, outOfScope: 'NOT_FOUND', run: async (c) => c.send(`mutation ($p: ID!) { restorePost(postId: $p) { id } }`, { p: await hiddenPost() }) },
    { name: 'deletePost (another\'s)', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($p: ID!) { deletePost(postId: $p) { id } }`, { p: (await matrixReply()).id }) },
    {
      name: 'editPost (another\'s)',
      allowed: UNSCOPED,
      run: async (c) => c.send(`mutation ($p: ID!) { editPost(input: { postId: $p, body: "Edited by staff" }) { id } }`, { p: (await matrixReply()).id }),
    },
    { name: 'hideTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Spam") { id } }`, { t: (await matrixTopic()).id }) },
    {
      name: 'unhideTopic',
      allowed: UNSCOPED,
      outOfScope: 'NOT_FOUND',
      run: async (c) => {
        const { id } = await matrixTopic();
        await admin.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Spam") { id } }`, { t: id });
        return c.send(`mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }`, { t: id });
      },
    },
    { name: 'lockTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { lockTopic(topicId: $t) { id } }`, { t: (await matrixTopic()).id }) },
    { name: 'unlockTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { unlockTopic(topicId: $t) { id } }`, { t: (await matrixTopic()).id }) },
    { name: 'pinTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { pinTopic(topicId: $t) { id } }`, { t: (await matrixTopic()).id }) },
    { name: 'unpinTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { unpinTopic(topicId: $t) { id } }`, { t: (await matrixTopic()).id }) },
    { name: 'closeTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { closeTopic(topicId: $t, reason: "Answered") { id } }`, { t: (await matrixTopic()).id }) },
    { name: 'deleteTopic', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($t: ID!) { deleteTopic(topicId: $t) { id } }`, { t: (await matrixTopic()).id }) },
    {
      name: 'restoreTopic',
      allowed: UNSCOPED,
      outOfScope: 'NOT_FOUND',
      run: async (c) => {
        const { id } = await matrixTopic();
        await admin.send(`mutation ($t: ID!) { deleteTopic(topicId: $t) { id } }`, { t: id });
        return c.send(`mutation ($t: ID!) { restoreTopic(topicId: $t) { id } }`, { t: id });
      },
    },
    {
      name: 'moveTopic',
      allowed: UNSCOPED,
      run: async (c) => c.send(`mutation ($t: ID!, $c: ID!) { moveTopic(topicId: $t, categoryId: $c) { id } }`, { t: (await matrixTopic()).id, c: await categoryId(admin, 'off-topic') }),
    },
    {
      name: 'mergeTopics',
      allowed: UNSCOPED,
      run: async (c) => c.send(`mutation ($s: ID!, $t: ID!) { mergeTopics(sourceTopicId: $s, targetTopicId: $t) { id } }`, { s: (await matrixTopic()).id, t: (await matrixTopic()).id }),
    },
    {
      name: 'splitTopic',
      allowed: UNSCOPED,
      run: async (c) => {
        const { id } = await matrixTopic();
        const r = await reply(await person(t), id, 'A tangent worth its own topic');
        return c.send(`mutation ($t: ID!, $p: [ID!]!) { splitTopic(topicId: $t, postIds: $p, title: "A tangent of its own") { id } }`, { t: id, p: [r.id] });
      },
    },
    { name: 'createWatchedWord', allowed: UNSCOPED, run: (c) => c.send(`mutation ($w: String!) { createWatchedWord(word: $w, action: FLAG) { id } }`, { w: word() }) },
    {
      name: 'deleteWatchedWord',
      allowed: UNSCOPED,
      run: async (c) => {
        const created = await admin.send<{ createWatchedWord: { id: string } }>(`mutation ($w: String!) { createWatchedWord(word: $w, action: FLAG) { id } }`, { w: word() });
        return c.send(`mutation ($i: ID!) { deleteWatchedWord(id: $i) }`, { i: created.data!.createWatchedWord.id });
      },
    },
    // People
    { name: 'warnUser', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { warnUser(input: { userId: $u, reason: "Be kind" }) { id } }`, { u: await member() }) },
    {
      name: 'silenceUser',
      allowed: UNSCOPED,
      run: async (c) => c.send(`mutation ($u: ID!) { silenceUser(input: { userId: $u, reason: "Calm down", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: await member() }),
    },
    { name: 'suspendUser', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { suspendUser(input: { userId: $u, reason: "Spam" }) { id } }`, { u: await member() }) },
    { name: 'liftSuspension', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { liftSuspension(userId: $u) { id } }`, { u: await restricted('suspendUser') }) },
    { name: 'liftSilence', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { liftSilence(userId: $u) { id } }`, { u: await restricted('silenceUser') }) },
    { name: 'setLeader', allowed: UNSCOPED, run: async (c) => c.send(`mutation ($u: ID!) { setLeader(userId: $u, leader: true) }`, { u: await member() }) },
    { name: 'removeMember', allowed: MANAGERS, run: async (c) => c.send(`mutation ($u: ID!) { removeMember(userId: $u, hideContent: false, reason: "Left") }`, { u: await member() }) },
    {
      name: 'restoreMember',
      allowed: MANAGERS,
      run: async (c) => {
        const id = await member();
        await admin.send(`mutation ($u: ID!) { removeMember(userId: $u, hideContent: false, reason: "Left") }`, { u: id });
        return c.send(`mutation ($u: ID!) { restoreMember(userId: $u) }`, { u: id });
      },
    },
    { name: 'createInvitations', allowed: MANAGERS, run: (c) => c.send(`mutation { createInvitations(input: { count: 1 }) { id } }`) },
    { name: 'publishGuidelines', allowed: MANAGERS, run: (c) => c.send(`mutation { publishGuidelines(body: "Be kind to each other.") { version } }`) },
    { name: 'setUserRole', allowed: ADMINS, run: async (c) => c.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { role } }`, { u: await member() }) },
    {
      name: 'setModeratorCategories',
      allowed: ADMINS,
      run: async (c) => {
        const mod = await person(t, 'MODERATOR', 'mx');
        return c.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: mod.id, c: [matrix] });
      },
    },
    { name: 'updateCommunitySettings', allowed: ADMINS, run: (c) => c.send(`mutation { updateCommunitySettings(input: { requireGuidelines: false }) { accessMode } }`) },
    { name: 'recomputeTrustLevels', allowed: ADMINS, run: (c) => c.send(`mutation { recomputeTrustLevels }`) },
  ];

  it.each(operations.map((o) => [o.name, o] as const))('%s: exactly the allowed roles succeed', async (_name, op) => {
    for (const who of everyone) {
      const res = (await op.run(callers.get(who)!)) as { errors?: Array<{ extensions?: Record<string, unknown> }>; data: unknown };
      const code = res.errors?.[0]?.extensions?.code;
      if (op.allowed.includes(who)) expect([who, code]).toEqual([who, undefined]);
      else if (who === 'GUEST') expect([who, code]).toEqual([who, 'UNAUTHENTICATED']);
      else if (who === 'SCOPED_MODERATOR' && op.outOfScope) expect([who, code]).toEqual([who, op.outOfScope]);
      else expect([who, code]).toEqual([who, 'FORBIDDEN']);
    }
  });
});

describe('flags and the queue', () => {
  it('a card lists at most the latest 50 flags and says how many there are in all', async () => {
    const author = await person(t);
    const { firstPostId } = await topic(author, questions, { title: 'A post many people flag' });
    const first = await (await person(t)).client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
    const itemId = first.data!.flag.itemId;
    // 59 more flaggers, written the way the service writes them (signing up 59 people would only slow the test).
    await db.query(
      `INSERT INTO flags (item_id, target_type, target_id, flagger_id, owner_id, reason, weight, created_at)
       SELECT $1, 'POST', $2, u.id, $3, 'OFFENSIVE', 1, now() + (row_number() OVER ()) * interval '1 ms'
         FROM (SELECT id FROM users WHERE id <> $3 AND id NOT IN (SELECT flagger_id FROM flags WHERE item_id = $1) LIMIT 59) u`,
      [itemId, firstPostId, author.id],
    );
    const res = await moderator.client.send<{ moderationQueue: { edges: Array<{ node: { id: string; flagCount: number; flags: Array<{ reason: string }> } }> } }>(
      `{ moderationQueue(first: 50) { edges { node { id flagCount flags { reason } } } } }`,
    );
    const card = res.data!.moderationQueue.edges.map((e) => e.node).find((n) => n.id === itemId)!;
    expect(card.flagCount).toBe(60);
    expect(card.flags).toHaveLength(50);
    expect(card.flags.every((f) => f.reason === 'OFFENSIVE')).toBe(true); // the latest 50: the first SPAM flag is the oldest
  });

  it('staff hide a whole topic with a reason: members lose it, its author sees why and is told; unhiding brings it back', async () => {
    const author = await person(t);
    const reader = await person(t);
    const { id } = await topic(author, questions, { title: 'A topic staff will hide' });
    const TOPIC_Q = `query ($t: ID!) { topic(id: $t) { id hiddenAt hiddenReason } }`;
    expect(codeOf(await moderator.client.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "  ") { id } }`, { t: id }))).toBe('BAD_USER_INPUT');
    const hidden = await moderator.client.send<{ hideTopic: { id: string } }>(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Advertising") { id } }`, { t: id });
    expect(hidden.errors).toBeUndefined();
    expect(codeOf(await moderator.client.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Again") { id } }`, { t: id }))).toBe('CONFLICT');
    expect(codeOf(await reader.client.send(TOPIC_Q, { t: id }))).toBe('NOT_FOUND');
    const list = await reader.client.send<{ topics: { edges: Array<{ node: { id: string } }> } }>(`query ($c: ID!) { topics(categoryId: $c, first: 50) { edges { node { id } } } }`, { c: questions });
    expect(list.data!.topics.edges.map((e) => e.node.id)).not.toContain(id);
    const own = await author.client.send<{ topic: { hiddenAt: string | null; hiddenReason: string } }>(TOPIC_Q, { t: id });
    expect(own.data!.topic.hiddenReason).toBe('Advertising');
    const told = await author.client.send<{ notifications: { edges: Array<{ node: { kind: string; topicId: string; reason: string } }> } }>(`{ notifications { edges { node { kind topicId reason } } } }`);
    expect(told.data!.notifications.edges[0]!.node).toEqual({ kind: 'POST_HIDDEN', topicId: id, reason: 'Advertising' });
    expect(codeOf(await reader.client.send(`mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }`, { t: id }))).toBe('FORBIDDEN');
    const shown = await moderator.client.send(`mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }`, { t: id });
    expect(shown.errors).toBeUndefined();
    expect((await reader.client.send<{ topic: { hiddenAt: null; hiddenReason: null } }>(TOPIC_Q, { t: id })).data!.topic).toEqual({ id, hiddenAt: null, hiddenReason: null });
    expect(codeOf(await moderator.client.send(`mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }`, { t: id }))).toBe('CONFLICT');
    expect(await auditFor(id)).toEqual(expect.arrayContaining(['TOPIC_HIDDEN', 'TOPIC_UNHIDDEN']));
  });

  it('agreeing may also warn, silence or suspend the author in the same step; a refused author action changes nothing', async () => {
    const RESOLVE = `mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { id status } }`;
    const flagged = async (owner: Person, targetType: 'POST' | 'TOPIC' = 'POST') => {
      const made = await topic(owner, questions, { title: 'Something people flag' });
      const res = await (await person(t)).client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType, targetId: targetType === 'POST' ? made.firstPostId : made.id, reason: 'OFFENSIVE' } });
      return { itemId: res.data!.flag.itemId, topicId: made.id, postId: made.firstPostId };
    };
    const status = async (itemId: string) => ((await db.query(`SELECT status FROM moderation_items WHERE id = $1`, [itemId])) as Array<{ status: string }>)[0]!.status;

    // Refusals first: nothing changes, the item stays open.
    const author = await person(t);
    const item = await flagged(author);
    const tooLong = await moderator.client.send(RESOLVE, { i: { itemId: item.itemId, decision: 'AGREE', reason: 'x'.repeat(501) } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'TOO_LONG' });
    const noReason = await moderator.client.send(RESOLVE, { i: { itemId: item.itemId, decision: 'AGREE', authorAction: 'WARN' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const notAgreed = await moderator.client.send(RESOLVE, { i: { itemId: item.itemId, decision: 'DISAGREE', authorAction: 'WARN', reason: 'x' } });
    expect(notAgreed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'authorAction' });
    const silenceForever = await moderator.client.send(RESOLVE, { i: { itemId: item.itemId, decision: 'AGREE', authorAction: 'SILENCE', reason: 'Calm down' } });
    expect(silenceForever.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const staffAuthor = await person(t, 'MODERATOR', 'modauth');
    const staffItem = await flagged(staffAuthor);
    const tooHigh = await moderator.client.send(RESOLVE, { i: { itemId: staffItem.itemId, decision: 'AGREE', authorAction: 'WARN', reason: 'Be nice' } });
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_TOO_HIGH' });
    expect([await status(item.itemId), await status(staffItem.itemId)]).toEqual(['OPEN', 'OPEN']);

    // Agree, hide, and suspend for a week: one step, one transaction; their sessions end.
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const done = await moderator.client.send(RESOLVE, { i: { itemId: item.itemId, decision: 'AGREE', contentAction: 'HIDE', authorAction: 'SUSPEND', authorActionUntil: until, reason: 'Abusive replies' } });
    expect(done.errors).toBeUndefined();
    expect(await status(item.itemId)).toBe('RESOLVED');
    expect((await author.client.send<{ me: null }>(`{ me { id } }`)).data!.me).toBeNull();
    const [row]: Array<{ suspended_until: Date }> = await db.query(`SELECT suspended_until FROM users WHERE id = $1`, [author.id]);
    expect(row!.suspended_until.toISOString()).toBe(until);
    const [post]: Array<{ hidden_at: Date | null }> = await db.query(`SELECT hidden_at FROM posts WHERE id = $1`, [item.postId]);
    expect(post!.hidden_at).not.toBeNull();
    expect(await auditFor(author.id)).toContain('USER_SUSPENDED');
    expect(await auditFor(item.itemId)).toContain('FLAGS_AGREED');

    // A flagged topic: agreeing hides the whole topic and warns its author.
    const other = await person(t);
    const onTopic = await flagged(other, 'TOPIC');
    const warned = await moderator.client.send(RESOLVE, { i: { itemId: onTopic.itemId, decision: 'AGREE', contentAction: 'HIDE', authorAction: 'WARN', reason: 'Off-topic advertising' } });
    expect(warned.errors).toBeUndefined();
    const [hiddenTopic]: Array<{ hidden_at: Date | null; hidden_reason: string }> = await db.query(`SELECT hidden_at, hidden_reason FROM topics WHERE id = $1`, [onTopic.topicId]);
    expect(hiddenTopic!.hidden_reason).toBe('Off-topic advertising');
    const sanctions: Array<{ kind: string; reason: string }> = await db.query(`SELECT kind, reason FROM user_sanctions WHERE user_id = $1`, [other.id]);
    expect(sanctions).toEqual([{ kind: 'WARNING', reason: 'Off-topic advertising' }]);
  });

  it('admins set the flag weight that hides a post; out-of-range values are refused; null restores the default', async () => {
    const SETTINGS = `mutation ($v: Float) { updateCommunitySettings(input: { flagHideThreshold: $v }) { flagHideThreshold flagHideThresholdIsDefault } }`;
    for (const bad of [0.5, 101]) {
      const refused = await admin.send(SETTINGS, { v: bad });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'flagHideThreshold', reason: 'OUT_OF_RANGE' });
    }
    expect(codeOf(await manager.client.send(SETTINGS, { v: 2 }))).toBe('FORBIDDEN');
    const set = await admin.send<{ updateCommunitySettings: { flagHideThreshold: number; flagHideThresholdIsDefault: boolean } }>(SETTINGS, { v: 2 });
    expect(set.data!.updateCommunitySettings).toEqual({ flagHideThreshold: 2, flagHideThresholdIsDefault: false });
    try {
      const author = await person(t);
      const { firstPostId } = await topic(author, questions, { title: 'Two flags are enough here' });
      const first = await (await person(t)).client.send<{ flag: { hidden: boolean } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
      expect(first.data!.flag.hidden).toBe(false);
      const second = await (await person(t)).client.send<{ flag: { hidden: boolean } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
      expect(second.data!.flag.hidden).toBe(true);
      const [entry]: Array<{ before: { flagHideThreshold: number }; after: { flagHideThreshold: number } }> = await db.query(
        `SELECT before, after FROM audit_log WHERE action = 'SETTINGS_CHANGED' ORDER BY id DESC LIMIT 1`,
      );
      expect([entry!.before.flagHideThreshold, entry!.after.flagHideThreshold]).toEqual([3, 2]);
    } finally {
      const reset = await admin.send<{ updateCommunitySettings: { flagHideThreshold: number; flagHideThresholdIsDefault: boolean } }>(SETTINGS, { v: null });
      expect(reset.data!.updateCommunitySettings).toEqual({ flagHideThreshold: 3, flagHideThresholdIsDefault: true });
    }
  });

  it('weighs flags, hides a post once the weight crosses the threshold, and tells its author', async () => {
    const author = await person(t);
    const { id, firstPostId } = await topic(author, questions, { title: 'A post people will flag' });
    const flaggers = [await person(t), await person(t), await person(t)];
    const first = await flaggers[0]!.client.send<{ flag: { hidden: boolean; itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
    expect(first.data!.flag.hidden).toBe(false);
    const again = await flaggers[0]!.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'OFFENSIVE' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FLAGGED' });
    const own = await author.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CONTENT' });
    const other = await flaggers[1]!.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'OTHER' } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    await flaggers[1]!.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'OTHER', note: 'Looks like an ad' } });
    const third = await flaggers[2]!.client.send<{ flag: { hidden: boolean } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
    expect(third.data!.flag.hidden).toBe(true);
    const asMember = await flaggers[0]!.client.send(`query ($t: ID!) { topic(id: $t) { id } }`, { t: id });
    expect(asMember.data).toBeTruthy(); // the topic stays; its opening post is hidden
    const posts = await flaggers[0]!.client.send<{ posts: { edges: unknown[] } }>(`query ($t: ID!) { posts(topicId: $t) { edges { cursor } } }`, { t: id });
    expect(posts.data!.posts.edges).toHaveLength(0);
    const authorView = await author.client.send<{ posts: { edges: unknown[] } }>(`query ($t: ID!) { posts(topicId: $t) { edges { cursor } } }`, { t: id });
    expect(authorView.data!.posts.edges).toHaveLength(1);
    const notes = await author.client.send<{ notifications: { edges: Array<{ node: { kind: string; reason: string } }> } }>(`{ notifications { edges { node { kind reason } } } }`);
    expect(notes.data!.notifications.edges[0]!.node).toMatchObject({ kind: 'POST_HIDDEN' });
    expect(await auditFor(firstPostId)).toContain('POST_AUTO_HIDDEN');
    const [entry] = await db.query(`SELECT actor_kind FROM audit_log WHERE target_id = $1 AND action = 'POST_AUTO_HIDDEN'`, [firstPostId]);
    expect(entry.actor_kind).toBe('SYSTEM');
    const queue = await moderator.client.send<Queue>(QUEUE);
    const item = queue.data!.moderationQueue.edges.find((e) => e.node.targetId === firstPostId)!.node;
    expect(item.flags.map((f) => f.reason)).toEqual(['SPAM', 'OTHER', 'SPAM']);
    expect(item.flagWeight).toBeCloseTo(3);
  });

  it('agreed flags weigh more next time, rejected ones less; the verdict restores or keeps the post', async () => {
    const reliable = await person(t);
    const careless = await person(t);
    const target = async () => (await topic(await person(t), questions)).firstPostId;
    for (let round = 0; round < 2; round++) {
      const good = await target();
      const g = await reliable.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: good, reason: 'SPAM' } });
      await moderator.client.send(`mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { status } }`, { i: { itemId: g.data!.flag.itemId, decision: 'AGREE', contentAction: 'HIDE' } });
      const bad = await target();
      const b = await careless.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: bad, reason: 'SPAM' } });
      await moderator.client.send(`mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { status } }`, { i: { itemId: b.data!.flag.itemId, decision: 'DISAGREE' } });
    }
    const next = await target();
    await reliable.client.send(FLAG, { i: { targetType: 'POST', targetId: next, reason: 'SPAM' } });
    await careless.client.send(FLAG, { i: { targetType: 'POST', targetId: next, reason: 'SPAM' } });
    const weights: Array<{ flagger_id: string; weight: number }> = await db.query(`SELECT flagger_id, weight FROM flags WHERE target_id = $1`, [next]);
    const w = (id: string) => weights.find((x) => x.flagger_id === id)!.weight;
    expect(w(reliable.id)).toBeCloseTo(1.5); // (2+1)/(2+0+2)·2
    expect(w(careless.id)).toBeCloseTo(0.5); // (0+1)/(0+2+2)·2
  });

  it('two moderators resolving one item at once: one wins, the other gets CONFLICT', async () => {
    const { firstPostId } = await topic(await person(t), questions);
    const flagged = await (await person(t)).client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'OFFENSIVE' } });
    const itemId = flagged.data!.flag.itemId;
    const resolve = (c: GqlClient, decision: string) =>
      c.send(`mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { status resolution } }`, { i: { itemId, decision, contentAction: 'HIDE' } });
    const results = await Promise.all([resolve(moderator.client, 'AGREE'), resolve(manager.client, 'DISAGREE')]);
    const codes = results.map((r) => codeOf(r as never));
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(1);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`, [itemId]);
    expect(count).toBe(1);
  });

  it('limits flags per day by trust level (NEW: 5)', async () => {
    const eager = await person(t);
    for (let i = 0; i < 5; i++) {
      const { firstPostId } = await topic(manager, questions, { title: `Flag limit topic ${i}` });
      expect(codeOf(await eager.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } }))).toBeUndefined();
    }
    const { firstPostId } = await topic(manager, questions, { title: 'One flag too many' });
    const limited = await eager.client.send(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('staff see the queue change live in the staff room; a scoped moderator only for their categories, following scope and role changes; members not at all', async () => {
    const member = await person(t);
    const scoped = await person(t, 'MODERATOR', 'livescope');
    const ideas = await categoryId(admin, 'ideas');
    await admin.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [ideas] });
    const connect = (cookie: string): Socket => io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie }, reconnection: false });
    const staffSocket = connect(moderator.cookie);
    const scopedSocket = connect(scoped.cookie);
    const memberSocket = connect(member.cookie);
    const sockets = [staffSocket, scopedSocket, memberSocket];
    const ready = sockets.map((s) => new Promise((r) => s.once('session.ready', r)));
    const seen = sockets.map(() => [] as Array<{ itemId: string; status: string; openCount: number }>);
    sockets.forEach((s, i) => s.on('moderation.queue.updated', (p) => seen[i]!.push(p)));
    await Promise.all(ready);
    const flagOn = async (category: string) => {
      const { firstPostId } = await topic(await person(t), category);
      return (await member.client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: firstPostId, reason: 'SPAM' } })).data!.flag.itemId;
    };
    const outside = await flagOn(questions);
    const inside = await flagOn(ideas);
    const deadline = Date.now() + 5000;
    while (![outside, inside].every((id) => seen[0]!.some((p) => p.itemId === id)) || !seen[1]!.some((p) => p.itemId === inside)) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen[0]!.find((p) => p.itemId === outside)).toMatchObject({ status: 'OPEN' });
    expect(seen[0]!.find((p) => p.itemId === inside)).toMatchObject({ status: 'OPEN' });
    expect(seen[1]!.map((p) => p.itemId)).toEqual([inside]);
    expect(seen[2]).toHaveLength(0);
    // Each hears the open count of their own share of the queue, never the whole queue's.
    const summary = async (c: GqlClient) => (await c.send<{ moderationSummary: { openCount: number } }>(`{ moderationSummary { openCount } }`)).data!.moderationSummary.openCount;
    const scopedCount = await summary(scoped.client);
    const staffCount = await summary(moderator.client);
    expect(staffCount).toBeGreaterThan(scopedCount);
    expect(seen[1]!.find((p) => p.itemId === inside)!.openCount).toBe(scopedCount);
    expect(seen[0]!.find((p) => p.itemId === inside)!.openCount).toBe(staffCount);

    // The admin moves the scoped moderator to Questions: their open connection follows at once.
    await admin.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [questions] });
    const settle = async (until: () => boolean) => {
      const end = Date.now() + 5000;
      while (!until() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    };
    await new Promise((r) => setTimeout(r, 200));
    const nowOutside = await flagOn(ideas);
    const nowInside = await flagOn(questions);
    await settle(() => [nowOutside, nowInside].every((id) => seen[0]!.some((p) => p.itemId === id)) && seen[1]!.some((p) => p.itemId === nowInside));
    expect(seen[1]!.map((p) => p.itemId)).toEqual([inside, nowInside]);
    // Demoted to member: no more staff events on that connection.
    await admin.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: scoped.id });
    await new Promise((r) => setTimeout(r, 200));
    const afterDemotion = await flagOn(questions);
    await settle(() => seen[0]!.some((p) => p.itemId === afterDemotion));
    expect(seen[0]!.some((p) => p.itemId === afterDemotion)).toBe(true);
    expect(seen[1]!.map((p) => p.itemId)).toEqual([inside, nowInside]);
    sockets.forEach((s) => s.close());
  });
});

describe('acting on people', () => {
  it('suspension refuses sign-in, ends the member\'s live connection at once, and is audited; lifting restores', async () => {
    const member = await person(t);
    const socket: Socket = io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie: member.cookie }, reconnection: false });
    await new Promise((r) => socket.once('session.ready', r));
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const ended = new Promise<unknown>((resolve) => socket.once('session.ended', resolve));
    const res = await moderator.client.send(`mutation ($u: ID!) { suspendUser(input: { userId: $u, reason: "Repeated spam", until: "2999-01-01T00:00:00Z" }) { kind endsAt } }`, {
      u: member.id,
    });
    expect(res.errors).toBeUndefined();
    expect(await gone).toBe('io server disconnect');
    // The open page is told why: until when, and the moderator's reason.
    expect(await ended).toEqual({ reason: 'SUSPENDED', until: '2999-01-01T00:00:00.000Z', moderatorReason: 'Repeated spam' });
    expect((await member.client.send<{ me: null }>(`{ me { id } }`)).data!.me).toBeNull();
    // A page that comes back later (its connection dropped meanwhile) is told the same when it reconnects.
    const later: Socket = io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie: member.cookie }, reconnection: false });
    expect(await new Promise((r) => later.once('session.ended', r))).toEqual({ reason: 'SUSPENDED', until: '2999-01-01T00:00:00.000Z', moderatorReason: 'Repeated spam' });
    later.close();
    const signIn = await new GqlClient(t.url).send(`mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { login: member.handle, password: 'forum-test-password' },
    });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED', until: '2999-01-01T00:00:00.000Z', moderatorReason: 'Repeated spam' });
    expect(signIn.errors?.[0]?.message).toContain('Repeated spam');
    await moderator.client.send(`mutation ($u: ID!) { liftSuspension(userId: $u) { id } }`, { u: member.id });
    const again = await new GqlClient(t.url).send(`mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { login: member.handle, password: 'forum-test-password' } });
    expect(again.errors).toBeUndefined();
    expect(await auditFor(member.id)).toEqual(['USER_SUSPENDED', 'SUSPENSION_LIFTED']);
    socket.close();
  });

  it('silence makes a member read-only with a clear error; warnings reach the member', async () => {
    const member = await person(t);
    await moderator.client.send(`mutation ($u: ID!) { silenceUser(input: { userId: $u, reason: "Cool down", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: member.id });
    const before = await countRows(t, 'topics');
    const refused = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'Silenced topic', body: 'x' } });
    // Until when and why, as the moderator said it, for the client to tell in the reader's time zone.
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SILENCED', until: '2999-01-01T00:00:00.000Z', moderatorReason: 'Cool down' });
    expect(refused.errors?.[0]?.message).toBe('Your account is read-only until 2999-01-01T00:00:00.000Z. Reason: Cool down.');
    expect(await countRows(t, 'topics')).toBe(before);
    const warned = await person(t);
    await moderator.client.send(`mutation ($u: ID!) { warnUser(input: { userId: $u, reason: "Please stay on topic" }) { id } }`, { u: warned.id });
    const notes = await warned.client.send<{ notifications: { edges: Array<{ node: { kind: string; reason: string } }> } }>(`{ notifications { edges { node { kind reason } } } }`);
    expect(notes.data!.notifications.edges[0]!.node).toEqual({ kind: 'STAFF_WARNING', reason: 'Please stay on topic' });
    const record = await moderator.client.send<{ userSanctions: Array<{ kind: string }> }>(`query ($u: ID!) { userSanctions(userId: $u) { kind } }`, { u: warned.id });
    expect(record.data!.userSanctions).toEqual([{ kind: 'WARNING' }]);
  });

  it('roles: staff cannot act on equal or higher roles, nobody changes their own role, the last admin stays', async () => {
    const other = await person(t, 'MODERATOR', 'mod');
    expect((await moderator.client.send(`mutation ($u: ID!) { warnUser(input: { userId: $u, reason: "x" }) { id } }`, { u: other.id })).errors?.[0]?.extensions).toMatchObject({
      reason: 'ROLE_TOO_HIGH',
    });
    const seeded = await admin.send<{ me: { trustLevel: string } }>(`{ me { trustLevel } }`);
    expect(seeded.data!.me.trustLevel).toBe('LEADER'); // staff hold LEADER by their role
    const promoted = await person(t, undefined, 'prom');
    const up = await admin.send<{ setUserRole: { role: string; trustLevel: string } }>(`mutation ($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { role trustLevel } }`, { u: promoted.id });
    expect(up.data!.setUserRole).toEqual({ role: 'MODERATOR', trustLevel: 'LEADER' });
    const down = await admin.send<{ setUserRole: { role: string; trustLevel: string } }>(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role trustLevel } }`, { u: promoted.id });
    expect(down.data!.setUserRole).toEqual({ role: 'MEMBER', trustLevel: 'NEW' }); // back to what they earned
    const self = await admin.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: adminId });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF' });
    const second = await person(t, 'ADMIN', 'adm');
    // Another admin may demote the seeded admin, but not the last one standing.
    const demoted = await second.client.send<{ setUserRole: { role: string } }>(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: adminId });
    expect(demoted.data!.setUserRole.role).toBe('MEMBER');
    await db.query(`UPDATE users SET role = 'ADMIN', trust_level = 'LEADER' WHERE id = $1`, [adminId]);
    await db.query(`UPDATE users SET role = 'MEMBER' WHERE role = 'ADMIN' AND id NOT IN ($1, $2)`, [adminId, second.id]);
    await admin.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: second.id });
    const last = await second.client.send(`mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: adminId });
    expect(codeOf(last)).toBe('FORBIDDEN'); // the demoted admin lost the permission on their next request
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`);
    expect(count).toBe(1);
    expect(await auditFor(second.id)).toContain('ROLE_CHANGED');
  });
});

describe('watched words', () => {
  it('block, censor, flag and hold for approval, matching English and Russian word forms', async () => {
    for (const [word, action] of [
      ['casino', 'BLOCK'],
      ['мошенник', 'BLOCK'],
      ['darn', 'CENSOR'],
      ['refund', 'FLAG'],
      ['скидка', 'REQUIRE_APPROVAL'],
    ]) {
      const res = await manager.client.send(`mutation ($w: String!, $a: WatchedWordAction!) { createWatchedWord(word: $w, action: $a) { id } }`, { w: word, a: action });
      expect(res.errors).toBeUndefined();
    }
    const member = await person(t);
    const blocked = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, {
      i: { categoryId: questions, title: 'Best casinos online', body: 'Come play' },
    });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'WATCHED_WORD' });
    const blockedRu = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, {
      i: { categoryId: questions, title: 'Осторожно', body: 'Этот продавец обманул, не верьте мошенникам' },
    });
    expect(blockedRu.errors?.[0]?.extensions).toMatchObject({ field: 'body', reason: 'WATCHED_WORD' });

    const { id } = await topic(member, questions, { title: 'Watched word checks', body: 'Plain opening' });
    const censored = await member.client.send<{ createPost: { bodyHtml: string; id: string } }>(
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id bodyHtml } }`,
      { i: { topicId: id, body: 'Well, darned printer again' } },
    );
    expect(censored.data!.createPost.bodyHtml).not.toMatch(/darn/i);
    expect(censored.data!.createPost.bodyHtml).toContain('■■■■■■');

    const flagged = await reply(member, id, 'I want my refunds now');
    const queue = await moderator.client.send<Queue>(QUEUE);
    expect(queue.data!.moderationQueue.edges.some((e) => e.node.targetId === flagged.id && e.node.kind === 'FLAGGED')).toBe(true);

    const held = await reply(member, id, 'Где моя скидки?');
    const reader = await person(t);
    const visible = await reader.client.send<{ posts: { edges: Array<{ node: { id: string } }> } }>(`query ($t: ID!) { posts(topicId: $t) { edges { node { id } } } }`, { t: id });
    expect(visible.data!.posts.edges.map((e) => e.node.id)).not.toContain(held.id);
    const pending = (await moderator.client.send<Queue>(QUEUE)).data!.moderationQueue.edges.find((e) => e.node.targetId === held.id)!.node;
    expect(pending.kind).toBe('PENDING_POST');
    await moderator.client.send(`mutation ($i: ID!) { approvePost(itemId: $i) { status } }`, { i: pending.id });
    const after = await reader.client.send<{ posts: { edges: Array<{ node: { id: string } }> } }>(`query ($t: ID!) { posts(topicId: $t) { edges { node { id } } } }`, { t: id });
    expect(after.data!.posts.edges.map((e) => e.node.id)).toContain(held.id);
    expect(await auditFor(held.id)).toContain('POST_APPROVED');
  });
});

describe('content actions and the audit log', () => {
  it('move, close, merge and split keep counts right and are each audited; the log cannot be altered', async () => {
    const author = await person(t);
    const a = await topic(author, questions, { title: 'Merge source topic' });
    const b = await topic(author, questions, { title: 'Merge target topic' });
    await reply(author, a.id, 'source reply');
    await reply(author, b.id, 'target reply');
    const merged = await moderator.client.send<{ mergeTopics: { replyCount: number; highestPostNumber: number } }>(
      `mutation ($s: ID!, $t: ID!) { mergeTopics(sourceTopicId: $s, targetTopicId: $t) { replyCount highestPostNumber } }`,
      { s: a.id, t: b.id },
    );
    expect(merged.data!.mergeTopics).toEqual({ replyCount: 3, highestPostNumber: 4 });
    expect(codeOf(await author.client.send(`query ($t: ID!) { topic(id: $t) { id } }`, { t: a.id }))).toBe('NOT_FOUND');
    const posts = await author.client.send<{ posts: { edges: Array<{ node: { id: string; postNumber: number } }> } }>(
      `query ($t: ID!) { posts(topicId: $t) { edges { node { id postNumber } } } }`,
      { t: b.id },
    );
    const moving = posts.data!.posts.edges.filter((e) => e.node.postNumber > 2).map((e) => e.node.id);
    const split = await moderator.client.send<{ splitTopic: { id: string; replyCount: number; highestPostNumber: number } }>(
      `mutation ($t: ID!, $p: [ID!]!) { splitTopic(topicId: $t, postIds: $p, title: "Split off topic") { id replyCount highestPostNumber } }`,
      { t: b.id, p: moving },
    );
    expect(split.data!.splitTopic).toMatchObject({ replyCount: 1, highestPostNumber: 2 });
    const offTopic = await categoryId(admin, 'off-topic');
    await moderator.client.send(`mutation ($t: ID!, $c: ID!) { moveTopic(topicId: $t, categoryId: $c) { id } }`, { t: split.data!.splitTopic.id, c: offTopic });
    await moderator.client.send(`mutation ($t: ID!) { closeTopic(topicId: $t, reason: "Resolved, thanks all") { locked } }`, { t: b.id });
    const refused = await author.client.send(`mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`, { i: { topicId: b.id, body: 'more' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'TOPIC_LOCKED' });
    expect(await auditFor(b.id)).toEqual(['TOPICS_MERGED', 'TOPIC_SPLIT', 'TOPIC_CLOSED']);
    expect(await auditFor(split.data!.splitTopic.id)).toEqual(['TOPIC_MOVED']);

    const log = await manager.client.send<{ auditLog: { edges: Array<{ node: { action: string; actor: { handle: string }; targetId: string } }> } }>(
      `query ($f: AuditFilterInput) { auditLog(first: 10, filter: $f) { edges { node { action targetId actor { handle } } } } }`,
      { f: { actorHandle: moderator.handle, action: 'TOPIC_MOVED' } },
    );
    expect(log.data!.auditLog.edges.map((e) => e.node)).toContainEqual({ action: 'TOPIC_MOVED', targetId: split.data!.splitTopic.id, actor: { handle: moderator.handle } });
    await expect(db.query(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    const schema = await admin.send<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(`{ __schema { mutationType { fields { name } } } }`);
    expect(schema.data!.__schema.mutationType.fields.filter((f) => /audit/i.test(f.name))).toEqual([]);
  });

  it('a moderator scoped to a category acts only there', async () => {
    const scoped = await person(t, 'MODERATOR', 'scope');
    const ideas = await categoryId(admin, 'ideas');
    await admin.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [ideas] });
    const inside = await topic(await person(t), ideas, { title: 'An idea to moderate' });
    const outside = await topic(await person(t), questions, { title: 'A question outside scope' });
    expect(codeOf(await scoped.client.send(`mutation ($t: ID!) { lockTopic(topicId: $t) { id } }`, { t: inside.id }))).toBeUndefined();
    const refused = await scoped.client.send(`mutation ($t: ID!) { lockTopic(topicId: $t) { id } }`, { t: outside.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_MODERATION_SCOPE' });
    const flaggedOutside = await (await person(t)).client.send<{ flag: { itemId: string } }>(FLAG, { i: { targetType: 'POST', targetId: outside.firstPostId, reason: 'SPAM' } });
    const queue = await scoped.client.send<Queue>(QUEUE);
    expect(queue.data!.moderationQueue.edges.map((e) => e.node.id)).not.toContain(flaggedOutside.data!.flag.itemId);
    const resolve = await scoped.client.send(`mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { id } }`, { i: { itemId: flaggedOutside.data!.flag.itemId, decision: 'AGREE' } });
    expect(codeOf(resolve)).toBe('FORBIDDEN');

    // Seeing follows acting: hidden and deleted things only in the categories they moderate.
    const writer = await person(t);
    const unlocked = await topic(await person(t), ideas, { title: 'Another idea, open for replies' });
    const hiddenInside = await reply(writer, unlocked.id, 'A hidden reply inside the scope');
    const hiddenOutside = await reply(writer, outside.id, 'A hidden reply outside the scope');
    for (const id of [hiddenInside.id, hiddenOutside.id]) {
      expect(codeOf(await admin.send(`mutation ($p: ID!) { hidePost(postId: $p, reason: "Rude") { id } }`, { p: id }))).toBeUndefined();
    }
    const postsOf = async (topicId: string) =>
      (await scoped.client.send<{ posts: { edges: Array<{ node: { id: string; viewerCanEdit: boolean } }> } }>(
        `query ($t: ID!) { posts(topicId: $t) { edges { node { id viewerCanEdit } } } }`,
        { t: topicId },
      )).data!.posts.edges.map((e) => e.node);
    const insidePosts = await postsOf(unlocked.id);
    expect(insidePosts).toContainEqual({ id: hiddenInside.id, viewerCanEdit: true });
    expect(insidePosts.find((p) => p.id === unlocked.firstPostId)?.viewerCanEdit).toBe(true);
    const outsidePosts = await postsOf(outside.id);
    expect(outsidePosts.map((p) => p.id)).toEqual([outside.firstPostId]);
    expect(outsidePosts[0]!.viewerCanEdit).toBe(false);
    const deletedOutside = await topic(writer, questions, { title: 'A question deleted outside scope' });
    const deletedInside = await topic(writer, ideas, { title: 'An idea deleted inside scope' });
    for (const id of [deletedOutside.id, deletedInside.id]) {
      expect(codeOf(await admin.send(`mutation ($t: ID!) { deleteTopic(topicId: $t) { id } }`, { t: id }))).toBeUndefined();
    }
    expect(codeOf(await scoped.client.send(`query ($t: ID!) { topic(id: $t) { id } }`, { t: deletedOutside.id }))).toBe('NOT_FOUND');
    expect(codeOf(await scoped.client.send(`query ($t: ID!) { topic(id: $t) { id } }`, { t: deletedInside.id }))).toBeUndefined();
  });
});
