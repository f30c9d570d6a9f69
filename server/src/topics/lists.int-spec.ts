import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';

let t: TestApp;
let db: DataSource;
let admin: GqlClient;
let member: Person;
let other: Person;

async function freshCategory(name: string): Promise<string> {
  const res = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}` },
  });
  return res.data!.createCategory.id;
}

type Edges = { topics: { edges: Array<{ cursor: string; node: { id: string; title: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const LIST = `query ($c: ID, $s: TopicSort, $p: TopPeriod, $f: TopicFilter, $first: Int, $after: String, $tag: String) {
  topics(categoryId: $c, sort: $s, period: $p, filter: $f, first: $first, after: $after, tag: $tag) {
    edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;

async function walk(client: GqlClient, vars: Record<string, unknown>, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: { data: Edges | null; errors?: unknown } = await client.send<Edges>(LIST, { ...vars, first: pageSize, after });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    ids.push(...res.data.topics.edges.map((e) => e.node.id));
    if (!res.data.topics.pageInfo.hasNextPage) break;
    after = res.data.topics.pageInfo.endCursor;
  }
  return ids;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  member = await person(t);
  other = await person(t);
});
afterAll(async () => {
  await t.close();
});

describe('topic lists', () => {
  it('pages through LATEST and NEW with keyset cursors: every topic once, in order', async () => {
    const cat = await freshCategory('Paging');
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await topic(member, cat, { title: `Paged topic number ${i}` })).id);
    // Activity reorders LATEST: a reply bumps topic 2 to the top.
    await reply(other, made[2]!);
    const latest = await walk(member.client, { c: cat, s: 'LATEST' }, 3);
    expect(latest).toEqual([made[2], made[6], made[5], made[4], made[3], made[1], made[0]]);
    const fresh = await walk(member.client, { c: cat, s: 'NEW' }, 2);
    expect(fresh).toEqual([...made].reverse());
  });

  it('orders TOP by replies and reactions within the period, HOT by activity and age, UNANSWERED by open questions', async () => {
    const cat = await freshCategory('Ranking');
    const quiet = await topic(member, cat, { title: 'A quiet topic' });
    const busy = await topic(member, cat, { title: 'A busy topic', kind: 'QUESTION' });
    const old = await topic(member, cat, { title: 'An old busy topic' });
    for (let i = 0; i < 3; i++) await reply(other, busy.id, `reply ${i}`);
    for (let i = 0; i < 5; i++) await reply(other, old.id, `reply ${i}`);
    await db.query(
      `UPDATE topics SET created_at = now() - interval '40 days', hot_score = log(greatest(1, reply_count + 2 * reaction_count + 1)) + extract(epoch from now() - interval '40 days') / 45000.0 WHERE id = $1`,
      [old.id],
    );
    const topAll = await walk(member.client, { c: cat, s: 'TOP', p: 'ALL' }, 10);
    expect(topAll).toEqual([old.id, busy.id, quiet.id]);
    const topMonth = await walk(member.client, { c: cat, s: 'TOP', p: 'MONTH' }, 10);
    expect(topMonth).toEqual([busy.id, quiet.id]);
    const hot = await walk(member.client, { c: cat, s: 'HOT' }, 10);
    expect(hot.indexOf(busy.id)).toBeLessThan(hot.indexOf(quiet.id));
    expect(hot.indexOf(quiet.id)).toBeLessThan(hot.indexOf(old.id));
    const unanswered = await walk(member.client, { c: cat, s: 'UNANSWERED' }, 10);
    expect(unanswered).toEqual([busy.id]);
  });

  it('filters NEW and UNREAD for the signed-in member, with counts per topic and category', async () => {
    const cat = await freshCategory('Reading');
    const a = await topic(member, cat, { title: 'Read tracking topic A' });
    const b = await topic(member, cat, { title: 'Read tracking topic B' });
    const reader = await person(t);
    expect(await walk(reader.client, { c: cat, f: 'NEW' }, 10)).toEqual([b.id, a.id]);
    await reader.client.send(`mutation ($t: ID!) { markTopicRead(topicId: $t) }`, { t: a.id });
    expect(await walk(reader.client, { c: cat, f: 'NEW' }, 10)).toEqual([b.id]);
    expect(await walk(reader.client, { c: cat, f: 'UNREAD' }, 10)).toEqual([]);
    await reply(other, a.id, 'Something new');
    expect(await walk(reader.client, { c: cat, f: 'UNREAD' }, 10)).toEqual([a.id]);
    const seen = await reader.client.send<{ topic: { lastReadPostNumber: number; unreadCount: number; highestPostNumber: number } }>(
      `query ($t: ID!) { topic(id: $t) { lastReadPostNumber unreadCount highestPostNumber } }`,
      { t: a.id },
    );
    expect(seen.data!.topic).toEqual({ lastReadPostNumber: 1, unreadCount: 1, highestPostNumber: 2 });
    const cats = await reader.client.send<{ categories: Array<{ id: string; unreadCount: number; newCount: number }> }>(`{ categories { id unreadCount newCount } }`);
    expect(cats.data!.categories.find((c) => c.id === cat)).toMatchObject({ unreadCount: 1, newCount: 1 });
    const guest = await new GqlClient(t.url).send(LIST, { c: cat, f: 'UNREAD' });
    expect(codeOf(guest)).toBe('UNAUTHENTICATED');
  });

  it('refuses page sizes over 50, negative sizes and forged cursors', async () => {
    expect((await member.client.send(LIST, { first: 51 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await member.client.send(LIST, { first: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await member.client.send(LIST, { after: 'garbage' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    const res = await member.client.send(LIST, { after: forged });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    const forgedHot = Buffer.from(JSON.stringify(['1e999', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await member.client.send(LIST, { s: 'HOT', after: forgedHot })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists by tag once staff created it', async () => {
    const cat = await freshCategory('Tagged');
    await db.query(`INSERT INTO tags (name) VALUES ('firmware') ON CONFLICT DO NOTHING`);
    const tagged = await topic(member, cat, { title: 'Firmware question', tags: ['Firmware'] });
    await topic(member, cat, { title: 'Untagged question' });
    expect(await walk(member.client, { c: cat, tag: 'firmware' }, 10)).toEqual([tagged.id]);
    expect((await walk(member.client, { c: cat, tag: null }, 10)).length).toBe(2);
  });
});

describe('search', () => {
  it('finds English and Russian word forms, ranks, highlights safely and filters', async () => {
    const cat = await freshCategory('Searchable');
    const en = await topic(member, cat, { title: 'Battery keeps draining overnight', body: 'My batteries drained while "charging" & the device got hot.' });
    const ru = await topic(other, cat, { title: 'Кошка и роутер', body: 'Моя кошка любит спать на роутере.', kind: 'QUESTION' });
    await reply(other, en.id, 'Try a different charger for the battery.');
    const search = (vars: Record<string, unknown>) =>
      member.client.send<{ search: { edges: Array<{ node: { snippet: string; rank: number; post: { id: string; author: { handle: string } }; topic: { id: string } } }> } }>(
        `query ($q: String!, $c: ID, $a: String, $k: TopicKind) { search(query: $q, categoryId: $c, authorHandle: $a, kind: $k) {
          edges { node { snippet rank post { id author { handle } } topic { id } } } } }`,
        vars,
      );
    const drained = await search({ q: 'drain', c: cat });
    const hits = drained.data!.search.edges.map((e) => e.node);
    expect(hits.map((h) => h.topic.id)).toContain(en.id);
    expect(hits[0]!.post.id).toBe(en.firstPostId); // title and body match: ranked first
    expect(hits.every((h, i) => i === 0 || h.rank <= hits[i - 1]!.rank)).toBe(true);
    const snippet = hits.find((h) => h.post.id === en.firstPostId)!.snippet;
    expect(snippet).toMatch(/<mark>drained<\/mark>/i);
    expect(snippet).toContain('&quot;charging&quot; &amp;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
    const cats = await search({ q: 'кошки', c: cat });
    expect(cats.data!.search.edges.map((e) => e.node.topic.id)).toEqual([ru.id]);
    expect((await search({ q: 'battery', c: cat, a: other.handle })).data!.search.edges.every((e) => e.node.post.author.handle === other.handle)).toBe(true);
    expect((await search({ q: 'кошка', c: cat, k: 'DISCUSSION' })).data!.search.edges).toHaveLength(0);
    expect((await search({ q: 'x' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});

describe('no N+1', () => {
  it('the topic page costs the same number of SQL statements for 3 posts as for 20', async () => {
    const cat = await freshCategory('Counting');
    const small = await topic(member, cat, { title: 'Small topic to count' });
    const big = await topic(member, cat, { title: 'Big topic to count' });
    const people = [member, other, await person(t), await person(t)];
    for (let i = 0; i < 2; i++) await reply(people[i % 4]!, small.id, `small ${i}`);
    for (let i = 0; i < 19; i++) {
      const r = await reply(people[i % 4]!, big.id, `big ${i} @${member.handle}`);
      if (i % 3 === 0) await other.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: r.id });
    }
    const query = `query ($id: ID!) {
      topic(id: $id) { id title category { name } author { handle } acceptedAnswer { id } officialAnswer { id } lastReadPostNumber }
      posts(topicId: $id, first: 20) { edges { node { id bodyHtml voice author { handle displayName role } replyTo { id }
        reactions { reaction count reactedByMe } isAcceptedAnswer viewerCanEdit revisions { revision } topic { id } } } } }`;
    const least = async (id: string) => {
      const { statements, result } = await leastStatements(async () => {
        const res = await member.client.send<{ posts: { edges: unknown[] } }>(query, { id });
        expect(res.errors).toBeUndefined();
        return res.data!.posts.edges.length;
      });
      return { posts: result, statements };
    };
    const a = await least(small.id);
    const b = await least(big.id);
    expect(a.posts).toBe(3);
    expect(b.posts).toBe(20);
    // A DataLoader batch may split in two when its loads land in different event-loop ticks, so
    // allow one or two statements of jitter; a query per post would add seventeen or more.
    expect(b.statements).toBeLessThanOrEqual(a.statements + 2);
    expect(b.statements).toBeLessThan(25);
  });

  it('a list page is one SQL statement for guests, members (read state, watch levels) and staff, and shows what each topic shows', async () => {
    const cat = await freshCategory('One statement');
    const manager = await person(t, 'COMMUNITY_MANAGER');
    const plain = await topic(member, cat, { title: 'A plain topic for the list' });
    const brandLast = await topic(other, cat, { title: 'The brand had the last word' });
    await reply(manager, brandLast.id, 'Official words.', { asBrand: true });
    const brandTopic = await topic(manager, cat, { title: 'A topic started as the brand', asBrand: true });
    const partlyRead = await topic(other, cat, { title: 'A topic read halfway' });
    await reply(other, partlyRead.id, 'first reply');
    await member.client.send(`mutation ($t: ID!) { markTopicRead(topicId: $t) }`, { t: partlyRead.id });
    await reply(other, partlyRead.id, 'second reply');
    await reply(manager, partlyRead.id, 'third reply');
    await member.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: WATCHING) }`, { t: plain.id });
    await member.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: MUTED) }`, { t: brandLast.id });

    const FIELDS = 'id author { handle } lastPoster { handle } lastReadPostNumber unreadCount watchLevel';
    const LIST_Q = `query ($c: ID) { topics(categoryId: $c, first: 20) { edges { node { ${FIELDS} } } } }`;
    type Node = { id: string; author: { handle: string } | null; lastPoster: { handle: string } | null; lastReadPostNumber: number | null; unreadCount: number | null; watchLevel: string | null };
    const viewers = { guest: new GqlClient(t.url), member: member.client, manager: manager.client };
    const listed: Record<string, Node[]> = {};
    for (const [name, client] of Object.entries(viewers)) {
      const { statements, result } = await leastStatements(async () => {
        const res = await client.send<{ topics: { edges: Array<{ node: Node }> } }>(LIST_Q, { c: cat });
        expect(res.errors).toBeUndefined();
        return res.data!.topics.edges.map((e) => e.node);
      });
      expect({ name, statements }).toEqual({ name, statements: 1 });
      expect(result).toHaveLength(4);
      // The same fields asked of each topic on its own (through the field loaders) say the same.
      for (const node of result) {
        const single = await client.send<{ topic: Node }>(`query ($id: ID!) { topic(id: $id) { ${FIELDS} } }`, { id: node.id });
        expect(node).toEqual(single.data!.topic);
      }
      listed[name] = result;
    }
    const byId = (name: string, id: string) => listed[name]!.find((n) => n.id === id)!;
    expect(byId('guest', plain.id)).toMatchObject({ author: { handle: member.handle }, lastReadPostNumber: null, unreadCount: null, watchLevel: null });
    expect(byId('member', brandLast.id)).toMatchObject({ author: { handle: other.handle }, lastPoster: null, watchLevel: 'MUTED' });
    expect(byId('member', brandTopic.id)).toMatchObject({ author: null, lastReadPostNumber: 0, unreadCount: 0, watchLevel: 'TRACKING' });
    expect(byId('member', partlyRead.id)).toMatchObject({ lastReadPostNumber: 2, unreadCount: 2 });
    expect(byId('member', plain.id)).toMatchObject({ watchLevel: 'WATCHING' });
    expect(byId('manager', brandLast.id).lastPoster).toEqual({ handle: manager.handle });
    expect(byId('manager', brandTopic.id).author).toEqual({ handle: manager.handle });
  });

  it('a topic page (the topic, its posts, their authors and reactions) is two SQL statements, and reactedByMe is the viewer\'s own', async () => {
    const cat = await freshCategory('Two statements');
    const manager = await person(t, 'COMMUNITY_MANAGER');
    const page = await topic(member, cat, { title: 'A topic page to count' });
    const liked = await reply(other, page.id, 'a reply the member likes');
    await reply(manager, page.id, 'an answer as the brand', { asBrand: true });
    await member.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: liked.id });
    await other.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: THANKS) { id } }`, { p: liked.id });
    const PAGE = `query ($id: ID!) {
      topic(id: $id) { id title author { handle } lastPoster { handle } category { name } }
      posts(topicId: $id, first: 20) { edges { node { id voice author { handle } reactions { reaction count reactedByMe } } } } }`;
    type PageData = { topic: { author: { handle: string } | null; lastPoster: { handle: string } | null }; posts: { edges: Array<{ node: { id: string; voice: string; author: { handle: string } | null; reactions: Array<{ reaction: string; count: number; reactedByMe: boolean }> } }> } };
    const views: Record<string, PageData> = {};
    for (const [name, client] of Object.entries({ guest: new GqlClient(t.url), member: member.client, other: other.client, manager: manager.client })) {
      const { statements, result } = await leastStatements(async () => {
        const res = await client.send<PageData>(PAGE, { id: page.id });
        expect(res.errors).toBeUndefined();
        return res.data!;
      });
      expect({ name, statements }).toEqual({ name, statements: 2 });
      views[name] = result;
    }
    const reactionsOf = (name: string) => views[name]!.posts.edges.find((e) => e.node.id === liked.id)!.node.reactions;
    expect(reactionsOf('guest')).toEqual([{ reaction: 'LIKE', count: 1, reactedByMe: false }, { reaction: 'THANKS', count: 1, reactedByMe: false }]);
    expect(reactionsOf('member')).toEqual([{ reaction: 'LIKE', count: 1, reactedByMe: true }, { reaction: 'THANKS', count: 1, reactedByMe: false }]);
    expect(reactionsOf('other')).toEqual([{ reaction: 'LIKE', count: 1, reactedByMe: false }, { reaction: 'THANKS', count: 1, reactedByMe: true }]);
    for (const name of ['guest', 'member']) {
      expect(views[name]!.topic).toMatchObject({ author: { handle: member.handle }, lastPoster: null });
      expect(views[name]!.posts.edges.map((e) => e.node.author?.handle ?? null)).toEqual([member.handle, other.handle, null]);
    }
    expect(views.manager!.topic.lastPoster).toEqual({ handle: manager.handle });
    expect(views.manager!.posts.edges.map((e) => e.node.author?.handle ?? null)).toEqual([member.handle, other.handle, manager.handle]);
  });
});
