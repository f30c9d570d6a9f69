import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { GqlClient, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';

/*
 * The staff review feed as staff work it: every new topic and reply since one's mark, oldest first,
 * across the categories one moderates (hidden and held posts too); a "reviewed up to here" mark
 * per staff member that never moves back by marking, the count left, and everyone's marks in view.
 * Members and guests see none of it.
 */

let t: TestApp;
let db: DataSource;
let admin: Person;
let member: Person;
let other: Person;

const FEED = `query ($first: Int, $after: String) { reviewFeed(first: $first, after: $after) {
  edges { cursor node { postId opensTopic createdAt topic { id title categoryId } post { id postNumber bodyHtml hiddenReason } } }
  pageInfo { hasNextPage endCursor } } }`;
const SUMMARY = `{ reviewSummary { left capped startsAfter mine { reviewedUpTo postId user { handle } } others { reviewedUpTo postId user { handle } } } }`;
const MARK = `mutation ($p: ID!) { markReviewed(postId: $p) { reviewedUpTo postId updatedAt } }`;
const RESET = `mutation ($to: DateTime!) { resetReview(to: $to) { reviewedUpTo postId } }`;

interface ItemOut {
  postId: string;
  opensTopic: boolean;
  createdAt: string;
  topic: { id: string; title: string; categoryId: string };
  post: { id: string; postNumber: number; bodyHtml: string; hiddenReason: string | null } | null;
}
interface MarkOut {
  reviewedUpTo: string;
  postId: string | null;
  user: { handle: string };
}
interface SummaryOut {
  left: number;
  capped: boolean;
  startsAfter: string;
  mine: MarkOut | null;
  others: MarkOut[];
}

function refusal(res: GqlResult): { code: unknown; reason?: unknown } {
  const ext = res.errors?.[0]?.extensions as { code?: unknown; reason?: unknown } | undefined;
  return ext?.reason ? { code: ext.code, reason: ext.reason } : { code: ext?.code };
}

async function feed(p: Person, first = 50, after: string | null = null): Promise<{ items: ItemOut[]; hasNextPage: boolean; endCursor: string | null }> {
  const res = await p.client.send<{ reviewFeed: { edges: Array<{ node: ItemOut }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(FEED, { first, after });
  if (!res.data) throw new Error(`reviewFeed failed: ${JSON.stringify(res.errors)}`);
  return { items: res.data.reviewFeed.edges.map((e) => e.node), ...res.data.reviewFeed.pageInfo };
}

async function summary(p: Person): Promise<SummaryOut> {
  const res = await p.client.send<{ reviewSummary: SummaryOut }>(SUMMARY);
  if (!res.data) throw new Error(`reviewSummary failed: ${JSON.stringify(res.errors)}`);
  return res.data.reviewSummary;
}

async function mark(p: Person, postId: string): Promise<GqlResult<{ markReviewed: { reviewedUpTo: string; postId: string | null } }>> {
  return p.client.send(MARK, { p: postId });
}

async function newCategory(name: string): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `${name} ${Math.random().toString(36).slice(2, 8)}`, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}` },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

/** A moderator limited to these categories (fresh ones, so their stream holds only this test's posts). */
async function moderatorOf(categories: string[], prefix = 'rmod'): Promise<Person> {
  const p = await person(t, 'MODERATOR', prefix);
  const res = await admin.client.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: p.id, c: categories });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return p;
}

/** Three posts across two categories: a topic in the first, a topic in the second, a reply in the first. */
async function threePosts(a: string, b: string): Promise<string[]> {
  const first = await topic(member, a, { title: 'Widget colours in winter' });
  const second = await topic(other, b, { title: 'Widget sizes for kids' });
  const third = await reply(other, first.id, 'Blue looks colder.');
  return [first.firstPostId, second.firstPostId, third.id];
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = await person(t, 'ADMIN', 'radm');
  member = await person(t, undefined, 'rmem');
  other = await person(t, undefined, 'roth');
});
afterAll(async () => {
  await t?.close();
});

describe('the stream', () => {
  it('lists new topics and replies oldest first across the moderator\'s categories, hidden ones included, saying which opened a topic', async () => {
    const [a, b] = [await newCategory('Colours'), await newCategory('Sizes')];
    const mod = await moderatorOf([a, b]);
    const posts = await threePosts(a, b);
    const hide = await admin.client.send(`mutation ($p: ID!) { hidePost(postId: $p, reason: "Off topic") { id } }`, { p: posts[2] });
    expect(hide.errors).toBeUndefined();
    const { items } = await feed(mod);
    expect(items.map((i) => i.postId)).toEqual(posts);
    expect(items.map((i) => i.opensTopic)).toEqual([true, true, false]);
    expect(items.map((i) => i.topic.categoryId)).toEqual([a, b, a]);
    expect(items[2]!.post).toMatchObject({ id: posts[2], postNumber: 2, hiddenReason: 'Off topic' });
    expect(items[0]!.post!.bodyHtml).toContain('<p>');
    expect(await summary(mod)).toMatchObject({ left: 3, capped: false, mine: null });
  });

  it('pages stay stable: pages of two add up to the whole stream, and a post written between pages comes last', async () => {
    const a = await newCategory('Paging');
    const mod = await moderatorOf([a]);
    const first = await topic(member, a, { title: 'Paging through widgets' });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push((await reply(other, first.id, `Reply number ${i}`)).id);
    const whole = [first.firstPostId, ...replies];
    const seen: string[] = [];
    let page = await feed(mod, 2);
    seen.push(...page.items.map((i) => i.postId));
    const late = await reply(member, first.id, 'Written while paging.');
    while (page.hasNextPage) {
      page = await feed(mod, 2, page.endCursor);
      seen.push(...page.items.map((i) => i.postId));
    }
    expect(seen).toEqual([...whole, late.id]);
    const bad = await mod.client.send(FEED, { first: 2, after: 'not-a-cursor' });
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('a moderator scoped to one category sees only it, and may not mark a post elsewhere', async () => {
    const [mine, theirs] = [await newCategory('Mine'), await newCategory('Theirs')];
    const mod = await moderatorOf([mine]);
    const inside = await topic(member, mine, { title: 'Inside the scope' });
    const outside = await topic(member, theirs, { title: 'Outside the scope' });
    expect((await feed(mod)).items.map((i) => i.postId)).toEqual([inside.firstPostId]);
    expect((await summary(mod)).left).toBe(1);
    expect(refusal(await mark(mod, outside.firstPostId))).toEqual({ code: 'FORBIDDEN', reason: 'OUTSIDE_REVIEW_SCOPE' });
    expect(await db.query(`SELECT 1 FROM review_marks WHERE user_id = $1`, [mod.id])).toEqual([]);
  });
});

describe('marks', () => {
  it('keeps a mark per staff member: each sees their own remainder and how far the other got', async () => {
    const [a, b] = [await newCategory('Marks'), await newCategory('More marks')];
    const anna = await moderatorOf([a, b], 'ranna');
    const boris = await moderatorOf([a, b], 'rbor');
    const posts = await threePosts(a, b);
    const marked = await mark(anna, posts[1]!);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markReviewed.postId).toBe(posts[1]);
    // Anna continues after her mark; Boris still has everything.
    expect((await feed(anna)).items.map((i) => i.postId)).toEqual([posts[2]]);
    expect((await feed(boris)).items.map((i) => i.postId)).toEqual(posts);
    const annas = await summary(anna);
    const boriss = await summary(boris);
    expect(annas).toMatchObject({ left: 1, mine: { postId: posts[1], user: { handle: anna.handle } } });
    expect(boriss).toMatchObject({ left: 3, mine: null });
    const annaSeenByBoris = boriss.others.find((m) => m.user.handle === anna.handle);
    expect(annaSeenByBoris).toMatchObject({ postId: posts[1], reviewedUpTo: annas.mine!.reviewedUpTo });
    expect(annas.others.find((m) => m.user.handle === boris.handle)).toBeUndefined();
    // Boris's own mark shows up for Anna and leaves hers alone.
    await mark(boris, posts[0]!);
    expect((await summary(anna)).others.find((m) => m.user.handle === boris.handle)).toMatchObject({ postId: posts[0] });
    expect((await summary(anna)).left).toBe(1);
    expect((await summary(boris)).left).toBe(2);
  });

  it('never moves back by marking an earlier post; a reset moves it to a chosen time', async () => {
    const a = await newCategory('Backwards');
    const mod = await moderatorOf([a]);
    const posts = await threePosts(a, a);
    await mark(mod, posts[2]!);
    const again = await mark(mod, posts[0]!);
    expect(again.data!.markReviewed.postId).toBe(posts[2]);
    expect((await summary(mod)).left).toBe(0);
    expect((await feed(mod)).items).toEqual([]);
    // Back to just before the first post: all three are left again.
    const [{ at }] = await db.query(`SELECT (created_at - interval '1 millisecond') AS at FROM posts WHERE id = $1`, [posts[0]]);
    const reset = await mod.client.send<{ resetReview: { postId: string | null } }>(RESET, { to: (at as Date).toISOString() });
    expect(reset.data!.resetReview.postId).toBeNull();
    expect((await feed(mod)).items.map((i) => i.postId)).toEqual(posts);
    expect(refusal(await mod.client.send(RESET, { to: new Date(Date.now() + 3_600_000).toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'FUTURE_TIME' });
    expect(refusal(await mod.client.send(RESET, { to: new Date(Date.now() - 40 * 86_400_000).toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_OLD' });
  });

  it('starts a staff member without a mark at the last 24 hours', async () => {
    const a = await newCategory('Old');
    const mod = await moderatorOf([a]);
    const old = await topic(member, a, { title: 'An old widget story' });
    const fresh = await topic(member, a, { title: 'A fresh widget story' });
    await db.query(`UPDATE posts SET created_at = now() - interval '25 hours' WHERE id = $1`, [old.firstPostId]);
    expect((await feed(mod)).items.map((i) => i.postId)).toEqual([fresh.firstPostId]);
    const s = await summary(mod);
    expect(s.left).toBe(1);
    expect(Math.abs(Date.parse(s.startsAfter) - (Date.now() - 86_400_000))).toBeLessThan(60_000);
  });
});

describe('who may use it', () => {
  it('refuses members and guests everything', async () => {
    const a = await newCategory('Refused');
    const post = await topic(member, a, { title: 'Members cannot review' });
    for (const [query, vars] of [[FEED, { first: 5 }], [SUMMARY, {}], [MARK, { p: post.firstPostId }], [RESET, { to: new Date().toISOString() }]] as const) {
      const asMember = await member.client.send(query, vars);
      expect(refusal(asMember).code).toBe('FORBIDDEN');
      expect(asMember.data).toBeNull();
      const asGuest = await new GqlClient(t.url).send(query, vars);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refusal(asGuest).code);
      expect(asGuest.data).toBeNull();
    }
    expect(refusal(await member.client.send(`mutation ($p: ID!) { sendToQueue(postId: $p, reason: "look") { itemId } }`, { p: post.firstPostId })).code).toBe('FORBIDDEN');
    expect(await db.query(`SELECT 1 FROM review_marks WHERE user_id = $1`, [member.id])).toEqual([]);
  });
});

describe('sending a post to the queue', () => {
  it('opens a queue item with the reason, without hiding the post, audited; twice is a conflict', async () => {
    const a = await newCategory('Queue');
    const mod = await moderatorOf([a]);
    const post = await topic(member, a, { title: 'A borderline widget ad' });
    const SEND = `mutation ($p: ID!, $r: String!) { sendToQueue(postId: $p, reason: $r) { itemId hidden } }`;
    const sent = await mod.client.send<{ sendToQueue: { itemId: string; hidden: boolean } }>(SEND, { p: post.firstPostId, r: 'Looks like an ad, second opinion?' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendToQueue.hidden).toBe(false);
    const [item] = await db.query(`SELECT kind, status, category_id FROM moderation_items WHERE id = $1`, [sent.data!.sendToQueue.itemId]);
    expect(item).toEqual({ kind: 'FLAGGED', status: 'OPEN', category_id: a });
    expect(await db.query(`SELECT note, weight FROM flags WHERE item_id = $1`, [sent.data!.sendToQueue.itemId])).toEqual([{ note: 'Looks like an ad, second opinion?', weight: 0 }]);
    expect(await db.query(`SELECT hidden_at FROM posts WHERE id = $1`, [post.firstPostId])).toEqual([{ hidden_at: null }]);
    expect(await db.query(`SELECT reason FROM audit_log WHERE action = 'POST_SENT_TO_QUEUE' AND target_id = $1 AND actor_id = $2`, [post.firstPostId, mod.id])).toEqual([
      { reason: 'Looks like an ad, second opinion?' },
    ]);
    expect(refusal(await mod.client.send(SEND, { p: post.firstPostId, r: 'Again' }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_FLAGGED' });
    expect(refusal(await mod.client.send(SEND, { p: post.firstPostId, r: '  ' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    const outsider = await moderatorOf([await newCategory('Elsewhere')]);
    expect(refusal(await outsider.client.send(SEND, { p: post.firstPostId, r: 'Not mine' })).code).toBe('FORBIDDEN');
  });
});
