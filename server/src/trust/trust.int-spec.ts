import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { CREATE_POST, categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';

let t: TestApp;
let db: DataSource;
let questions: string;

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_LIMITS: 'on' } });
  db = t.app.get(DataSource);
  const staff = await person(t, 'COMMUNITY_MANAGER', 'cm');
  questions = await categoryId(staff.client, 'questions');
});
afterAll(async () => {
  await t.close();
});

const level = async (id: string) => ((await db.query(`SELECT trust_level FROM users WHERE id = $1`, [id])) as Array<{ trust_level: string }>)[0]!.trust_level;

describe('trust levels', () => {
  it('a NEW member\'s first two posts wait for approval; then links, mentions and pace are limited', async () => {
    const staff = await person(t, 'MODERATOR', 'mod');
    const member = await person(t);
    const first = await topic(member, questions, { title: 'My very first topic' });
    const posts = await db.query(`SELECT approval FROM posts WHERE id = $1`, [first.firstPostId]);
    expect(posts[0].approval).toBe('PENDING');
    const own = await member.client.send<{ posts: { edges: Array<{ node: { awaitingApproval: boolean } }> } }>(`query ($t: ID!) { posts(topicId: $t) { edges { node { awaitingApproval } } } }`, { t: first.id });
    expect(own.data!.posts.edges.map((e) => e.node.awaitingApproval)).toEqual([true]);
    expect(codeOf(await (await person(t)).client.send(`query ($t: ID!) { topic(id: $t) { id } }`, { t: first.id }))).toBe('NOT_FOUND');
    const queue = await staff.client.send<{ moderationQueue: { edges: Array<{ node: { id: string; targetId: string } }> } }>(`{ moderationQueue(first: 50) { edges { node { id targetId } } } }`);
    const item = queue.data!.moderationQueue.edges.find((e) => e.node.targetId === first.firstPostId)!;
    await staff.client.send(`mutation ($i: ID!) { approvePost(itemId: $i) { id } }`, { i: item.node.id });
    // Pace: a second topic within 120 s is refused with the time to wait.
    const tooSoon = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { categoryId: questions, title: 'Second topic too soon', body: 'x' } });
    // With the values its message is made of, so a client can say it in the reader's language.
    expect(tooSoon.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOPIC_INTERVAL', intervalSeconds: 120 });
    expect(tooSoon.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(100);
    expect(tooSoon.errors?.[0]?.message).toMatch(/^New members wait 120 seconds between topics\. Try again in \d+ seconds\.$/);
    const links = await member.client.send(CREATE_POST, { i: { topicId: first.id, body: 'See https://a.example https://b.example https://c.example' } });
    expect(links.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_LINKS' });
    const others = [await person(t), await person(t), await person(t)];
    const mentions = await member.client.send(CREATE_POST, { i: { topicId: first.id, body: others.map((o) => `@${o.handle}`).join(' ') } });
    expect(mentions.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_MENTIONS' });
    await reply(member, first.id, 'A reply that waits (second post)');
    const tooFast = await member.client.send(CREATE_POST, { i: { topicId: first.id, body: 'Right after' } });
    expect(tooFast.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'REPLY_INTERVAL', intervalSeconds: expect.any(Number) });
    // Staff are never limited.
    await reply(staff, first.id, 'Staff reply one');
    await reply(staff, first.id, 'Staff reply two');
  });

  it('reading earns BASIC (recomputed on the action and by the background pass), audited as a system action', async () => {
    const reader = await person(t);
    const author = await person(t, 'COMMUNITY_MANAGER', 'cm');
    const topics = [];
    for (let i = 0; i < 5; i++) {
      const made = await topic(author, questions, { title: `Reading material ${i}` });
      for (let r = 0; r < 6; r++) await reply(author, made.id, `paragraph ${r}`);
      topics.push(made.id);
    }
    for (const [i, id] of topics.entries()) {
      await reader.client.send(`mutation ($t: ID!, $s: Int!) { markTopicRead(topicId: $t, readSeconds: $s) }`, { t: id, s: 120 });
      expect(await level(reader.id)).toBe(i < 4 ? 'NEW' : 'BASIC');
    }
    const [entry] = await db.query(`SELECT actor_kind, before, after FROM audit_log WHERE target_id = $1 AND action = 'TRUST_LEVEL_CHANGED'`, [reader.id]);
    expect(entry).toMatchObject({ actor_kind: 'SYSTEM', before: { trustLevel: 'NEW' }, after: { trustLevel: 'BASIC' } });
    // The background pass catches changes made elsewhere (here: raised by hand).
    const quiet = await person(t);
    await db.query(`UPDATE users SET topics_entered = 25, posts_read = 200, read_seconds = 7200, days_visited = 20 WHERE id = $1`, [quiet.id]);
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const changed = await admin.send<{ recomputeTrustLevels: number }>(`mutation { recomputeTrustLevels }`);
    expect(changed.data!.recomputeTrustLevels).toBeGreaterThanOrEqual(1);
    expect(await level(quiet.id)).toBe('MEMBER');
  });

  it('the background pass applies every level: REGULAR needs account age, lapses to MEMBER; LEADER and removed members stay', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const [basic, member, young, regular, lapsing, leader, removed] = await Promise.all(Array.from({ length: 7 }, () => person(t)));
    const set = (p: Person, sql: string) => db.query(`UPDATE users SET ${sql} WHERE id = $1`, [p.id]);
    await set(basic!, `topics_entered = 5, posts_read = 30, read_seconds = 600`);
    await set(member!, `topics_entered = 20, posts_read = 100, read_seconds = 3600, days_visited = 15`);
    // Everything REGULAR asks but the 100 days of account age: MEMBER.
    await set(young!, `topics_entered = 100, posts_read = 500, read_seconds = 18000, days_visited = 50`);
    await set(regular!, `topics_entered = 100, posts_read = 500, read_seconds = 18000, days_visited = 50, created_at = now() - interval '101 days'`);
    // A REGULAR whose activity no longer meets the bar (e.g. after thresholds were raised).
    await set(lapsing!, `trust_level = 'REGULAR', topics_entered = 30, posts_read = 150, read_seconds = 4000, days_visited = 20`);
    await set(leader!, `trust_level = 'LEADER'`);
    await set(removed!, `membership = 'REMOVED', topics_entered = 5, posts_read = 30, read_seconds = 600`);
    const ran = await admin.send<{ recomputeTrustLevels: number }>(`mutation { recomputeTrustLevels }`);
    expect(ran.data!.recomputeTrustLevels).toBeGreaterThanOrEqual(5);
    expect(await Promise.all([basic, member, young, regular, lapsing, leader, removed].map((p) => level(p!.id)))).toEqual([
      'BASIC',
      'MEMBER',
      'MEMBER',
      'REGULAR',
      'MEMBER',
      'LEADER',
      'NEW',
    ]);
    const entries: Array<{ before: { trustLevel: string }; after: { trustLevel: string } }> = await db.query(
      `SELECT before, after FROM audit_log WHERE action = 'TRUST_LEVEL_CHANGED' AND target_id = $1`,
      [lapsing!.id],
    );
    expect(entries.map((e) => [e.before.trustLevel, e.after.trustLevel])).toEqual([['REGULAR', 'MEMBER']]);
    // A second pass changes nothing for them: one audit entry per change.
    await admin.send(`mutation { recomputeTrustLevels }`);
    const again: Array<{ count: number }> = await db.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'TRUST_LEVEL_CHANGED' AND target_id = ANY($1)`, [
      [basic, member, young, regular, lapsing].map((p) => p!.id),
    ]);
    expect(again[0]!.count).toBe(5);
  });

  it('thresholds are configuration: an admin changes them, bad settings are refused', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const current = await admin.send<{ communitySettings: { trustSettingsJson: string } }>(`{ communitySettings { trustSettingsJson } }`);
    const settings = JSON.parse(current.data!.communitySettings.trustSettingsJson);
    expect(settings.limits.NEW).toMatchObject({ maxLinks: 2, maxMentions: 2, topicsPerDay: 3, repliesPerDay: 10, topicIntervalSeconds: 120, replyIntervalSeconds: 30 });
    settings.limits.NEW.premoderatedPosts = 0;
    const saved = await admin.send(`mutation ($j: String!) { updateCommunitySettings(input: { trustSettingsJson: $j }) { trustSettingsJson } }`, { j: JSON.stringify(settings) });
    expect(saved.errors).toBeUndefined();
    const bad = await admin.send(`mutation { updateCommunitySettings(input: { trustSettingsJson: "{\\"limits\\": 3}" }) { accessMode } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trustSettingsJson' });
    const fresh = await person(t);
    const created = await topic(fresh, questions, { title: 'Posted at once now' });
    const [{ approval }] = await db.query(`SELECT approval FROM posts WHERE id = $1`, [created.firstPostId]);
    expect(approval).toBe('APPROVED');
    settings.limits.NEW.premoderatedPosts = 2;
    await admin.send(`mutation ($j: String!) { updateCommunitySettings(input: { trustSettingsJson: $j }) { accessMode } }`, { j: JSON.stringify(settings) });
    expect(codeOf(await fresh.client.send(`mutation ($u: ID!) { setLeader(userId: $u, leader: true) }`, { u: fresh.id }))).toBe('FORBIDDEN');
    const granted = await admin.send<{ setLeader: string }>(`mutation ($u: ID!) { setLeader(userId: $u, leader: true) }`, { u: fresh.id });
    expect(granted.data!.setLeader).toBe('LEADER');
  });

  it('a level without a daily limit keeps its interval, and a daily limit still counts the day', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const save = async (member: object) => {
      const current = await admin.send<{ communitySettings: { trustSettingsJson: string } }>(`{ communitySettings { trustSettingsJson } }`);
      const settings = JSON.parse(current.data!.communitySettings.trustSettingsJson);
      settings.limits.MEMBER = { ...settings.limits.MEMBER, ...member };
      const saved = await admin.send(`mutation ($j: String!) { updateCommunitySettings(input: { trustSettingsJson: $j }) { accessMode } }`, { j: JSON.stringify(settings) });
      expect(saved.errors).toBeUndefined();
    };
    const staff = await person(t, 'MODERATOR', 'mod');
    const place = await topic(staff, questions, { title: 'Pace of established members' });
    const member = await person(t);
    await db.query(`UPDATE users SET trust_level = 'MEMBER' WHERE id = $1`, [member.id]);
    try {
      // No daily limit, an interval: only the latest post matters.
      await save({ repliesPerDay: 100_000, replyIntervalSeconds: 600 });
      await reply(member, place.id, 'First of the day');
      const tooFast = await member.client.send(CREATE_POST, { i: { topicId: place.id, body: 'Right after' } });
      expect(tooFast.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'REPLY_INTERVAL', intervalSeconds: 600 });
      // A daily limit and no interval: the day's posts are counted up to it.
      await save({ repliesPerDay: 3, replyIntervalSeconds: 0 });
      await reply(member, place.id, 'Second of the day');
      await reply(member, place.id, 'Third of the day');
      const fourth = await member.client.send(CREATE_POST, { i: { topicId: place.id, body: 'Fourth of the day' } });
      expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'REPLY_DAILY_LIMIT', dailyLimit: 3 });
      // Neither: nothing to count, and nothing refused.
      await save({ repliesPerDay: 100_000, replyIntervalSeconds: 0 });
      await reply(member, place.id, 'Fourth, now that the limit is gone');
    } finally {
      await save({ repliesPerDay: 100_000, replyIntervalSeconds: 0 });
    }
  });
});
