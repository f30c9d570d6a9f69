import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { SEARCH_WINDOW } from './search.service.js';
import { leastStatements } from '../testing/sql-counter.js';

let t: TestApp;
let db: DataSource;
let member: Person;
let moderator: Person;
let questions: string;
let admin: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  member = await person(t);
  moderator = await person(t, 'MODERATOR', 'mod');
  questions = await categoryId(member.client, 'questions');
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
});
afterAll(async () => {
  await t.close();
});

/** A word no other test writes, so counts below are exact. */
function uniqueWord(stem: string): string {
  return stem + Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

const SEARCH = `query ($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) {
  edges { cursor node { rank post { id } topic { id } } } pageInfo { hasNextPage endCursor } } }`;
type SearchPage = { search: { edges: Array<{ node: { rank: number; post: { id: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function page(client: GqlClient, q: string, first: number, after?: string | null): Promise<SearchPage['search']> {
  const res = await client.send<SearchPage>(SEARCH, { q, first, after });
  if (!res.data) throw new Error(`search failed: ${JSON.stringify(res.errors)}`);
  return res.data.search;
}

/** Every hit of a search, page by page, in the order a reader sees them. */
async function everyHit(client: GqlClient, q: string, first = 50): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const p = await page(client, q, first, after);
    ids.push(...p.edges.map((e) => e.node.post.id));
    if (!p.pageInfo.hasNextPage) return ids;
    after = p.pageInfo.endCursor;
  }
  throw new Error('search never ended');
}

/** Replies written straight to the table, `minutesAgo` apart, so a test can have hundreds of them. */
async function bulkReplies(topicId: string, bodies: Array<{ body: string; minutesAgo: number }>, authorId: string): Promise<string[]> {
  const [{ seq }] = await db.query(`SELECT post_number_seq AS seq FROM topics WHERE id = $1`, [topicId]);
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO posts (topic_id, post_number, author_id, body, body_html, created_at, updated_at)
     SELECT $1, $2 + o, $3, b.body, '<p>' || b.body || '</p>', now() - b.minutes * interval '1 minute', now()
     FROM unnest($4::text[], $5::int[]) WITH ORDINALITY AS b(body, minutes, o)
     ORDER BY o
     RETURNING id`,
    [topicId, seq, authorId, bodies.map((b) => b.body), bodies.map((b) => b.minutesAgo)],
  );
  await db.query(`UPDATE topics SET post_number_seq = post_number_seq + $2 WHERE id = $1`, [topicId, bodies.length]);
  return rows.map((r) => r.id);
}

describe('search for a common word', () => {
  it('ranks the newest matches first, best first among them, then older ones, each match exactly once', async () => {
    const word = uniqueWord('marmalade');
    const pantry = await topic(member, questions, { title: 'Pantry notes for the weekend', body: 'Nothing to find in here.' });
    const total = SEARCH_WINDOW + 50;
    // Reply i is written (total - i) minutes ago: the higher i, the newer.
    const bodies = Array.from({ length: total }, (_, i) => ({
      body: i === total - 10 ? `${word} ${word} ${word} ${word} with ${word} again` : i === 10 ? `${word} ${word} ${word} ${word} ${word} ${word} ${word}` : `Reply ${i} mentions ${word} once among many other words here`,
      minutesAgo: total - i,
    }));
    const ids = await bulkReplies(pantry.id, bodies, member.id);
    const guest = new GqlClient(t.url);

    const first = await page(guest, word, 20);
    // The best match among the newest ones leads; the even better but older one does not.
    expect(first.edges[0]!.node.post.id).toBe(ids[total - 10]);
    expect(first.edges.map((e) => e.node.post.id)).not.toContain(ids[10]);
    expect(first.edges.every((e, i) => i === 0 || e.node.rank <= first.edges[i - 1]!.node.rank)).toBe(true);

    // A reply written while someone pages does not move what the next page shows.
    const [late] = await bulkReplies(pantry.id, [{ body: `${word} ${word} ${word} ${word} ${word} ${word} ${word} ${word} late`, minutesAgo: 0 }], member.id);
    const second = await page(guest, word, 20, first.pageInfo.endCursor);
    const firstIds = first.edges.map((e) => e.node.post.id);
    expect(second.edges.map((e) => e.node.post.id).filter((id) => firstIds.includes(id) || id === late)).toEqual([]);

    const all = await everyHit(guest, word);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set([...ids, late]));
    // The newest window comes first: the last SEARCH_WINDOW matches, then the older 51.
    const newest = new Set([late, ...ids.slice(-(SEARCH_WINDOW - 1))]);
    expect(all.slice(0, SEARCH_WINDOW).every((id) => newest.has(id))).toBe(true);
    expect(all[0]).toBe(late);
    expect(all[SEARCH_WINDOW]).toBe(ids[10]);
  });
});

describe('cost', () => {
  it('a page of results, with its posts and topics, is one SQL statement', async () => {
    const word = uniqueWord('kumquat');
    const crate = await topic(member, questions, { title: 'A crate of fruit', body: 'Nothing to find in here.' });
    await bulkReplies(crate.id, Array.from({ length: 30 }, (_, i) => ({ body: `Reply ${i} about ${word}`, minutesAgo: 30 - i })), member.id);
    const guest = new GqlClient(t.url);
    const query = `query ($q: String!) { search(query: $q, first: 20) { edges { node { rank snippet post { id postNumber createdAt } topic { id title replyCount } } } pageInfo { hasNextPage } } }`;
    const { statements, result } = await leastStatements(async () => {
      const res = await guest.send<{ search: { edges: Array<{ node: { snippet: string; topic: { id: string } } }> } }>(query, { q: word });
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges;
    });
    expect(result).toHaveLength(20);
    expect(result.every((e) => e.node.topic.id === crate.id && e.node.snippet.includes(`<mark>${word}</mark>`))).toBe(true);
    expect(statements).toBe(1);
  });
});

describe('titles', () => {
  it('finds an opening post by its title alone, inside a full window of body matches and beyond it, once each', async () => {
    const word = uniqueWord('quince');
    const jars = await topic(member, questions, { title: 'Jars on the shelf', body: 'Nothing to find in here.' });
    // 150 body matches over the last 150 minutes: the newest window is full of them.
    const ids = await bulkReplies(jars.id, Array.from({ length: 150 }, (_, i) => ({ body: `Reply ${i} about ${word}`, minutesAgo: 150 - i })), member.id);
    // A title match among the newest window's matches, and one older than every body match.
    const recent = await topic(member, questions, { title: `Which ${word} keeps best`, body: 'Asked by title only.' });
    const old = await topic(member, questions, { title: `An old ${word} recipe`, body: 'Asked by title only, long ago.' });
    await db.query(`UPDATE topics SET created_at = now() - interval '30 minutes' WHERE id = $1`, [recent.id]);
    await db.query(`UPDATE posts SET created_at = now() - interval '30 minutes' WHERE id = $1`, [recent.firstPostId]);
    await db.query(`UPDATE topics SET created_at = now() - interval '3 days' WHERE id = $1`, [old.id]);
    await db.query(`UPDATE posts SET created_at = now() - interval '3 days' WHERE id = $1`, [old.firstPostId]);
    const guest = new GqlClient(t.url);

    const all = await everyHit(guest, word, 20);
    expect(all).toHaveLength(ids.length + 2);
    expect(new Set(all)).toEqual(new Set([...ids, recent.firstPostId, old.firstPostId]));
    // The recent title match is ranked within the newest window, the old one in the older window.
    expect(all.slice(0, SEARCH_WINDOW)).toContain(recent.firstPostId);
    expect(all.slice(SEARCH_WINDOW)).toContain(old.firstPostId);

    // A word found only in a title is found through the index.
    const rare = uniqueWord('medlar');
    const only = await topic(member, questions, { title: `The ${rare} question`, body: 'Nothing else here.' });
    expect(await everyHit(guest, rare)).toEqual([only.firstPostId]);
  });
});

describe('what search never shows', () => {
  it('hidden, deleted and held posts, hidden topics and unreadable categories, however the matches are found', async () => {
    const rare = uniqueWord('quokka');
    const common = uniqueWord('sprocket');
    const created = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Back office', slug: `back-office-${Date.now().toString(36)}`, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER'], postRoles: ['MODERATOR'] },
    });
    const staffOnly = created.data!.createCategory.id;

    const open = await topic(member, questions, { title: 'Workshop questions', body: 'Nothing to find in here.' });
    const hiddenTopic = await topic(member, questions, { title: 'A topic that gets hidden', body: `${rare} ${common} in a hidden topic` });
    const secret = await topic(moderator, staffOnly, { title: 'Staff workshop notes', body: `${rare} ${common} for staff only` });
    await db.query(`UPDATE topics SET hidden_at = now() WHERE id = $1`, [hiddenTopic.id]);
    // Two days old, so that the newer replies below put them beyond the first look at recent posts.
    const [visible, hidden, deleted, held] = await bulkReplies(
      open.id,
      ['visible', 'hidden', 'deleted', 'held'].map((what) => ({ body: `${rare} ${common} in a ${what} reply`, minutesAgo: 2 * 24 * 60 })),
      member.id,
    );
    await db.query(`UPDATE posts SET hidden_at = now() WHERE id = $1`, [hidden]);
    await db.query(`UPDATE posts SET deleted_at = now() WHERE id = $1`, [deleted]);
    await db.query(`UPDATE posts SET approval = 'PENDING' WHERE id = $1`, [held]);
    await db.query(`UPDATE posts SET created_at = now() - interval '2 days' WHERE id IN ($1, $2)`, [hiddenTopic.firstPostId, secret.firstPostId]);
    await db.query(`UPDATE topics SET created_at = now() - interval '2 days' WHERE id IN ($1, $2)`, [hiddenTopic.id, secret.id]);
    // 1,500 newer replies; one in 40 has the common word. The rare word is found through the
    // full-text index, the common one by walking recent posts and then the index.
    const filler = await bulkReplies(
      open.id,
      Array.from({ length: 1500 }, (_, i) => ({ body: i % 40 === 0 ? `filler ${i} with ${common}` : `filler ${i} about nothing`, minutesAgo: 1500 - i })),
      member.id,
    );
    const commonFiller = filler.filter((_, i) => i % 40 === 0);

    for (const viewer of [new GqlClient(t.url), member.client]) {
      expect(await everyHit(viewer, rare)).toEqual([visible]);
      const commonHits = await everyHit(viewer, common, 7);
      expect(new Set(commonHits)).toEqual(new Set([...commonFiller, visible]));
      expect(commonHits).toHaveLength(commonFiller.length + 1);
    }
    // Those who may read the staff category find its posts, and only those.
    expect(new Set(await everyHit(moderator.client, rare))).toEqual(new Set([visible, secret.firstPostId]));
  });

  it('finds Russian word forms by their stem, among English words, after many newer posts', async () => {
    const cat = await categoryId(member.client, 'questions');
    const ru = await topic(member, cat, { title: 'Прошивка и батарея', body: 'После обновления прошивки батарея садится быстрее.' });
    await reply(member, ru.id, 'Обновлением это не исправили, жду следующего.');
    const hits = await everyHit(new GqlClient(t.url), 'обновление');
    const [opening] = await db.query(`SELECT id FROM posts WHERE topic_id = $1 AND post_number = 1`, [ru.id]);
    expect(hits).toContain(opening.id);
    expect(await everyHit(new GqlClient(t.url), 'прошивкой')).toContain(opening.id);
  });
});
