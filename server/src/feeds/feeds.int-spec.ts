import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

const BASE = 'https://forum.example';
const PAGE = 10;
/** A title a feed must escape: markup characters, an ampersand and quotes. */
const TRICKY = `Fish & chips <b>"bold"</b> 'n' more`;

let t: TestApp;
let db: DataSource;
let admin: Person;
let member: Person;
let publicTopics: string[];
let trickyTopic: string;
let hiddenTopic: string;
let staffTopic: string;
let staffSlug: string;
let tag: string;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'item', 'entry', 'category'].includes(name),
});

/** A GET as a browser sends it (asking for a page), so the SPA fallback would answer if it caught the path. */
async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; text: string; headers: Headers }> {
  const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...headers } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text(), headers: res.headers };
}

/** The path of an absolute URL on the public base, to fetch it from the test server. */
function pathOf(url: string): string {
  expect(url.startsWith(`${BASE}/`)).toBe(true);
  return url.slice(BASE.length);
}

async function send(p: Person, query: string, variables: Record<string, unknown>) {
  const res = await p.client.send(query, variables);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data as Record<string, any>;
}

beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: BASE, SITEMAP_PAGE_SIZE: String(PAGE) } });
  db = t.app.get(DataSource);
  admin = await person(t, 'ADMIN', 'fa');
  member = await person(t, undefined, 'fm');
  const offTopic = await categoryId(member.client, 'off-topic');
  staffSlug = `staff-feed-${Date.now()}`;
  const staffCategory = (await send(admin, `mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: 'Staff feed room', slug: staffSlug, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'], postRoles: ['ADMIN'] },
  })).createCategory.id as string;
  tag = `feed-${Math.random().toString(36).slice(2, 8)}`;
  await send(admin, `mutation ($n: String!) { createTag(name: $n) { name } }`, { n: tag });

  publicTopics = [];
  for (let i = 0; i < 2 * PAGE + 3; i++) publicTopics.push((await topic(member, offTopic, { title: `Sitemap topic number ${i}` })).id);
  hiddenTopic = (await topic(member, offTopic, { title: 'A topic moderators hid from view' })).id;
  await send(admin, `mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Spam") { id } }`, { t: hiddenTopic });
  staffTopic = (await topic(admin, staffCategory, { title: 'Salaries of the staff, do not leak' })).id;
  trickyTopic = (await topic(member, offTopic, { title: TRICKY, body: 'Cod **and** potatoes, fried.', tags: [tag] })).id;
  publicTopics.push(trickyTopic);
  for (const body of ['First reply about fish.', 'Second reply, with vinegar.', 'Third reply: mushy peas.']) await reply(member, trickyTopic, body);
});

afterAll(async () => {
  await t.close();
});

describe('robots.txt', () => {
  it('points crawlers at the absolute sitemap and keeps them out of the staff panel, the API and private pages', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    const lines = res.text.split('\n').map((l) => l.trim());
    expect(lines).toContain('User-agent: *');
    for (const path of ['/admin', '/graphql', '/api/', '/account', '/notifications']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });

  it('closes the whole site when guests may read no category', async () => {
    const saved: Array<{ id: string; read_roles: string[] }> = await db.query(`SELECT id, read_roles FROM categories`);
    await db.query(`UPDATE categories SET read_roles = array_remove(read_roles, 'GUEST')`);
    try {
      // The categories cache lives two seconds.
      await new Promise((r) => setTimeout(r, 2100));
      const lines = (await get('/robots.txt')).text.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines).toEqual(['User-agent: *', 'Disallow: /']);
      const index = xml.parse((await get('/sitemap.xml')).text);
      const urls = [];
      for (const s of index.sitemapindex.sitemap) urls.push(...(xml.parse((await get(pathOf(s.loc))).text).urlset.url ?? []));
      expect(urls).toEqual([]);
      expect((await get('/feeds/latest.rss')).text).not.toContain('Sitemap topic number');
    } finally {
      for (const c of saved) await db.query(`UPDATE categories SET read_roles = $2 WHERE id = $1`, [c.id, c.read_roles]);
      await new Promise((r) => setTimeout(r, 2100));
    }
  });
});

describe('sitemap', () => {
  it('indexes keyset pages that list every public topic once, with absolute URLs and last activity', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/xml/);
    const locs: string[] = xml.parse(res.text).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs[0]).toBe(`${BASE}/sitemap-pages.xml`);
    const topicPages = locs.filter((l) => l.startsWith(`${BASE}/sitemap-topics.xml`));
    expect(topicPages.length).toBeGreaterThanOrEqual(3);

    const seen: string[] = [];
    const lastmod = new Map<string, string>();
    for (const loc of topicPages) {
      const page = await get(pathOf(loc));
      expect(page.status).toBe(200);
      const urls: Array<{ loc: string; lastmod: string }> = xml.parse(page.text).urlset.url ?? [];
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(PAGE);
      for (const u of urls) {
        seen.push(u.loc);
        lastmod.set(u.loc, u.lastmod);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of publicTopics) expect(seen).toContain(`${BASE}/t/${id}`);
    expect(seen).not.toContain(`${BASE}/t/${hiddenTopic}`);
    expect(seen).not.toContain(`${BASE}/t/${staffTopic}`);
    // Every topic a guest reads is there, and nothing else.
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM topics t JOIN categories c ON c.id = t.category_id WHERE 'GUEST' = ANY(c.read_roles) AND t.deleted_at IS NULL AND t.hidden_at IS NULL`,
    );
    expect(seen.length).toBe(n);
    const [{ last_posted_at }] = await db.query(`SELECT last_posted_at FROM topics WHERE id = $1`, [trickyTopic]);
    expect(new Date(lastmod.get(`${BASE}/t/${trickyTopic}`)!).getTime()).toBe(new Date(last_posted_at).getTime());

    expect((await get('/sitemap-topics.xml?after=not-a-cursor')).status).toBe(404);
  });

  it('lists public pages, categories and tags, and no staff-only category', async () => {
    const res = await get('/sitemap-pages.xml');
    expect(res.status).toBe(200);
    const locs: string[] = xml.parse(res.text).urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`${BASE}/`);
    expect(locs).toContain(`${BASE}/c/off-topic`);
    expect(locs).toContain(`${BASE}/tag/${tag}`);
    expect(locs).not.toContain(`${BASE}/c/${staffSlug}`);
    for (const loc of locs) expect(loc.startsWith(`${BASE}/`)).toBe(true);
  });
});

describe('RSS and Atom', () => {
  it('serves the newest public topics as RSS, newest first, escaped, with authors and rendered bodies', async () => {
    const res = await get('/feeds/latest.rss');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/rss\+xml/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=60/);
    const channel = xml.parse(res.text).rss.channel;
    const items: Array<Record<string, any>> = channel.item;
    expect(items.length).toBeGreaterThan(10);
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const tricky = items.find((i) => i.link === `${BASE}/t/${trickyTopic}`)!;
    // Parsed back (entities decoded), the title is exactly what the member wrote: it was escaped, not dropped or split.
    expect(tricky.title).toBe(TRICKY);
    expect(res.text).not.toContain(`<title>${TRICKY}`);
    expect(tricky['content:encoded']).toContain('<strong>and</strong>');
    expect(String(tricky.guid['#text'] ?? tricky.guid)).toBe(`${BASE}/t/${trickyTopic}`);
    expect(JSON.stringify(items)).toContain(`Person ${member.handle}`);
    const text = res.text;
    expect(text).not.toContain('moderators hid');
    expect(text).not.toContain('Salaries of the staff');
  });

  it('serves the same as Atom with absolute links and answers a repeat with 304', async () => {
    const res = await get('/feeds/latest.atom');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/atom\+xml/);
    const feed = xml.parse(res.text).feed;
    const entries: Array<Record<string, any>> = feed.entry;
    const updated = entries.map((e) => new Date(e.updated).getTime());
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);
    const tricky = entries.find((e) => e.id === `${BASE}/t/${trickyTopic}`)!;
    expect([tricky.link].flat()[0]['@href']).toBe(`${BASE}/t/${trickyTopic}`);
    expect(tricky.author.name).toBe(`Person ${member.handle}`);
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(res.headers.get('last-modified')).toBeTruthy();
    const again = await get('/feeds/latest.atom', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('has a feed per category and per tag holding only their topics', async () => {
    const category = xml.parse((await get('/feeds/c/off-topic.atom')).text).feed;
    expect(category.entry.map((e: { id: string }) => e.id)).toContain(`${BASE}/t/${trickyTopic}`);
    const tagged = xml.parse((await get(`/feeds/tag/${tag}.rss`)).text).rss.channel;
    expect(tagged.item.map((i: { link: string }) => i.link)).toEqual([`${BASE}/t/${trickyTopic}`]);
  });

  it("serves a topic's replies newest first, linking to each post", async () => {
    const channel = xml.parse((await get(`/feeds/t/${trickyTopic}.rss`)).text).rss.channel;
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual([4, 3, 2].map((n) => `${BASE}/t/${trickyTopic}/${n}`));
    expect(channel.item[0]['content:encoded']).toContain('mushy peas');
    const atom = xml.parse((await get(`/feeds/t/${trickyTopic}.atom`)).text).feed;
    expect(atom.entry).toHaveLength(3);
  });

  it('answers a restricted or hidden feed exactly as a missing one', async () => {
    const missing = await get(`/feeds/t/00000000-0000-4000-8000-000000000000.rss`);
    expect(missing.status).toBe(404);
    for (const path of [`/feeds/t/${hiddenTopic}.rss`, `/feeds/t/${staffTopic}.atom`]) {
      const res = await get(path, { cookie: admin.cookie });
      expect(res.status).toBe(404);
      expect(res.text).toBe(missing.text);
    }
    const missingCategory = await get('/feeds/c/no-such-category.rss');
    const staffCategory = await get(`/feeds/c/${staffSlug}.rss`, { cookie: admin.cookie });
    expect([missingCategory.status, staffCategory.status]).toEqual([404, 404]);
    expect(staffCategory.text).toBe(missingCategory.text);
    expect((await get('/feeds/tag/no-such-tag.rss')).status).toBe(404);
    expect((await get('/feeds/latest.xml')).status).toBe(404);
  });
});
