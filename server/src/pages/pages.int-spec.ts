import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse, type HTMLElement } from 'node-html-parser';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { scratchClientDist } from '../testing/scratch.js';
import { leastStatements } from '../testing/sql-counter.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/** A client build as Vite writes it: the page template and one content-hashed script. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Community</title>
    <script type="module" crossorigin src="/assets/index-Bx3kQ9aZ.js"></script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>Townsquare needs JavaScript to run in your browser.</noscript>
  </body>
</html>
`;
const ASSET = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const PUBLIC_URL = 'https://community.example';
const SHARE_IMAGE_FILE = path.resolve(import.meta.dirname, '..', '..', '..', 'client', 'public', 'share-image.png');

let t: TestApp;
let dist: ReturnType<typeof scratchClientDist>;
let member: Person;
let admin: Person;
let offTopic: string;

beforeAll(async () => {
  // The client's public files are copied into its build as they are; the share image is one of them.
  dist = scratchClientDist({ 'index.html': INDEX_HTML, 'assets/index-Bx3kQ9aZ.js': ASSET, 'share-image.png': readFileSync(SHARE_IMAGE_FILE) });
  t = await startTestApp({ env: { CLIENT_DIST: dist.dir, PUBLIC_URL } });
  member = await person(t, undefined, 'pgm');
  admin = await person(t, 'ADMIN', 'pga');
  offTopic = await categoryId(member.client, 'off-topic');
});
afterAll(async () => {
  await t?.close();
  dist?.remove();
});

async function page(pathname: string, init: RequestInit = {}): Promise<{ res: Response; html: string; doc: HTMLElement }> {
  const res = await fetch(`${t.url}${pathname}`, { ...init, headers: { accept: 'text/html', ...init.headers } });
  const html = await res.text();
  return { res, html, doc: parse(html) };
}

const meta = (doc: HTMLElement, key: string) =>
  (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute('content') ?? null;
const link = (doc: HTMLElement, rel: string) => doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href') ?? null;
const jsonLd = (doc: HTMLElement) => {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]!.textContent) as Record<string, unknown> & { '@type': string };
};

/** Still the app: its script and the element it mounts on, so the browser shows the app's own view. */
function expectApp(doc: HTMLElement): void {
  expect(doc.querySelector('#app')).not.toBeNull();
  expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/index-Bx3kQ9aZ.js');
}

/** One raw request: what a crawler with this Accept-Encoding receives, bytes and headers as sent. */
function raw(pathname: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${t.url}${pathname}`, { headers: { accept: 'text/html,*/*', 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('pages for readers without JavaScript', () => {
  it('HEAD / answers like GET: same status and headers, no body', async () => {
    const get = await page('/', { headers: { 'accept-encoding': 'identity' } });
    const head = await fetch(`${t.url}/`, { method: 'HEAD', headers: { accept: 'text/html', 'accept-encoding': 'identity' } });
    expect(get.res.status).toBe(200);
    expect(head.status).toBe(200);
    for (const name of ['content-type', 'cache-control', 'content-security-policy', 'content-length']) {
      expect(head.headers.get(name)).toBe(get.res.headers.get(name));
    }
    expect(await head.text()).toBe('');
    expect(get.res.headers.get('cache-control')).toBe('no-cache');
    expect(get.doc.querySelector('title')?.textContent).toBeTruthy();
    expect(link(get.doc, 'canonical')).toBe(`${PUBLIC_URL}/`);
    expect(jsonLd(get.doc)['@type']).toBe('WebSite');
    // The home page lists the public categories as plain links.
    expect(get.doc.querySelector('#app a[href="/c/off-topic"]')).not.toBeNull();
  });

  it('a missing topic, category, member or event, or a malformed address, is 404 and still the app', async () => {
    const missing = ['/t/00000000-0000-4000-8000-000000000000', '/t/not-a-topic', '/c/no-such-category', '/u/no_such_member', '/events/00000000-0000-4000-8000-000000000000', '/events/nope'];
    for (const pathname of missing) {
      const { res, doc } = await page(pathname);
      expect([pathname, res.status]).toEqual([pathname, 404]);
      expectApp(doc);
      expect(meta(doc, 'robots')).toBe('noindex');
      expect(meta(doc, 'og:title')).toBeNull();
    }
    const head = await fetch(`${t.url}/c/no-such-category`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(404);
  });

  it('a hidden topic and a topic in a staff-only category are 404 for a guest, exactly like a missing one', async () => {
    const hidden = await topic(member, offTopic, { title: 'A topic staff will hide', body: 'Something unkind.' });
    const hide = await admin.client.send(`mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Unkind") { id } }`, { t: hidden.id });
    expect(hide.errors).toBeUndefined();
    const created = await admin.client.send<{ createCategory: { id: string; slug: string } }>(
      `mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id slug } }`,
      { i: { name: 'Staff room', slug: `staff-${Date.now().toString(36)}`, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] } },
    );
    expect(created.errors).toBeUndefined();
    const secret = await topic(admin, created.data!.createCategory.id, { title: 'Next quarter, between us', body: 'The secret launch plan.' });
    const notFound = await page('/t/00000000-0000-4000-8000-000000000000');
    for (const pathname of [`/t/${hidden.id}`, `/t/${secret.id}`, `/c/${created.data!.createCategory.slug}`]) {
      const { res, html, doc } = await page(pathname);
      expect([pathname, res.status]).toEqual([pathname, 404]);
      expect(html).not.toContain('secret launch plan');
      expect(html).not.toContain('Something unkind');
      expect(doc.querySelector('title')?.textContent).toBe(notFound.doc.querySelector('title')?.textContent);
    }
  });

  it('a topic page carries its title, description, canonical, preview tags, JSON-LD, its posts and the next page', async () => {
    const discussion = await topic(member, offTopic, {
      title: 'Pretzels & widgets: a field report',
      body: 'We tried **twelve** pretzel shapes on the widget line.\n\n![line](https://img.example/line.png)',
    });
    for (let i = 2; i <= 21; i++) await reply(admin, discussion.id, `Reply number ${i} about pretzels.`);
    const { res, doc } = await page(`/t/${discussion.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expectApp(doc);
    const title = doc.querySelector('title')!.textContent;
    expect(title.startsWith('Pretzels & widgets: a field report · ')).toBe(true);
    expect(meta(doc, 'description')).toBe('We tried twelve pretzel shapes on the widget line.');
    expect(link(doc, 'canonical')).toBe(`${PUBLIC_URL}/t/${discussion.id}`);
    expect(meta(doc, 'og:title')).toBe('Pretzels & widgets: a field report');
    expect(meta(doc, 'og:description')).toBe('We tried twelve pretzel shapes on the widget line.');
    expect(meta(doc, 'og:image')).toBe('https://img.example/line.png');
    expect(meta(doc, 'og:image:width')).toBeNull(); // a linked image's size is not known
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(link(doc, 'next')).toBe(`${PUBLIC_URL}/t/${discussion.id}?page=2`);
    expect(link(doc, 'prev')).toBeNull();
    expect(doc.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(`${PUBLIC_URL}/feeds/t/${discussion.id}.rss`);
    const ld = jsonLd(doc);
    expect(ld['@type']).toBe('DiscussionForumPosting');
    expect(ld.headline).toBe('Pretzels & widgets: a field report');
    expect(ld.url).toBe(`${PUBLIC_URL}/t/${discussion.id}`);
    expect((ld.author as { name: string }).name).toBe(`Person ${member.handle}`);
    expect(ld.comment as unknown[]).toHaveLength(19);
    // The first page of posts as plain HTML: author, time and the rendered body.
    const posts = doc.querySelectorAll('#app ol > li');
    expect(posts).toHaveLength(20);
    expect(posts[0]!.querySelector('strong')?.textContent).toBe('twelve');
    expect(posts[0]!.querySelector(`a[href="/u/${member.handle}"]`)).not.toBeNull();
    expect(posts[0]!.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(posts[19]!.textContent).toContain('Reply number 20 about pretzels.');
    expect(doc.querySelector('#app a[rel="next"]')?.getAttribute('href')).toBe(`/t/${discussion.id}?page=2`);

    const second = await page(`/t/${discussion.id}?page=2`);
    expect(second.res.status).toBe(200);
    expect(second.doc.querySelectorAll('#app ol > li')).toHaveLength(1);
    expect(second.doc.querySelector('#app ol')!.textContent).toContain('Reply number 21 about pretzels.');
    expect(link(second.doc, 'canonical')).toBe(`${PUBLIC_URL}/t/${discussion.id}?page=2`);
    expect(link(second.doc, 'prev')).toBe(`${PUBLIC_URL}/t/${discussion.id}`);
    expect(link(second.doc, 'next')).toBeNull();
    expect((await page(`/t/${discussion.id}?page=3`)).res.status).toBe(404);
  });

  it('a page without an image of its own previews with the community\'s PNG, its size, type and description stated', async () => {
    const { doc } = await page('/c/off-topic');
    const image = meta(doc, 'og:image')!;
    expect(image).toBe(`${PUBLIC_URL}/share-image.png`);
    expect(meta(doc, 'twitter:image')).toBe(image);
    expect(meta(doc, 'og:image:type')).toBe('image/png');
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    const { community } = (await member.client.send<{ community: { name: string } }>('{ community { name } }')).data!;
    expect(meta(doc, 'og:image:alt')).toBe(community.name);
    expect(meta(doc, 'twitter:image:alt')).toBe(community.name);
    // The server answers it as a PNG of the size the page states (chat apps refuse SVG previews).
    const res = await fetch(`${t.url}${new URL(image).pathname}`, { headers: { accept: 'image/*' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('a quote on a topic page names the quoted member by display name, as the app shows it', async () => {
    const discussion = await topic(member, offTopic, { title: 'Quoted on the page', body: 'Pretzels are best warm.' });
    const posts = await member.client.send<{ topic: { firstPost: { id: string } } }>('query ($id: ID!) { topic(id: $id) { firstPost { id } } }', { id: discussion.id });
    await reply(admin, discussion.id, `[quote="${member.handle}, post:${posts.data!.topic.firstPost.id}, topic:${discussion.id}/1"]\nbest warm\n[/quote]\n\nAgreed.`);
    const { doc } = await page(`/t/${discussion.id}`);
    const source = doc.querySelector('#app blockquote.quote a.quote-source');
    expect(source?.textContent).toBe(`Person ${member.handle}`);
    expect(source?.getAttribute('href')).toBe(`/t/${discussion.id}/1`);
    expect(source?.getAttribute('title')).toBe(`@${member.handle}`);
  });

  it('a question with an accepted answer is a QAPage with that answer', async () => {
    const questions = await categoryId(member.client, 'questions');
    const question = await topic(member, questions, { title: 'How do I reset my widget?', body: 'It blinks red and will not start.', kind: 'QUESTION' });
    await reply(admin, question.id, 'Have you tried turning it off?');
    const answer = await reply(admin, question.id, 'Hold the button for ten seconds.');
    const accepted = await member.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    expect(accepted.errors).toBeUndefined();
    const { res, doc } = await page(`/t/${question.id}`);
    expect(res.status).toBe(200);
    const ld = jsonLd(doc) as { '@type': string; mainEntity: { '@type': string; name: string; answerCount: number; acceptedAnswer: { '@type': string; text: string; url: string } } };
    expect(ld['@type']).toBe('QAPage');
    expect(ld.mainEntity['@type']).toBe('Question');
    expect(ld.mainEntity.name).toBe('How do I reset my widget?');
    expect(ld.mainEntity.answerCount).toBe(2);
    expect(ld.mainEntity.acceptedAnswer['@type']).toBe('Answer');
    expect(ld.mainEntity.acceptedAnswer.text).toBe('Hold the button for ten seconds.');
    expect(ld.mainEntity.acceptedAnswer.url).toBe(`${PUBLIC_URL}/t/${question.id}/${answer.postNumber}`);
    // An open question stays a discussion.
    const open = await topic(member, questions, { title: 'Which widget colour lasts?', body: 'Asking for a friend.', kind: 'QUESTION' });
    expect(jsonLd((await page(`/t/${open.id}`)).doc)['@type']).toBe('DiscussionForumPosting');
  });

  it('a title with markup comes back as text, in the head, the JSON-LD and the content', async () => {
    const title = '</title><script>alert("x")</script> "quoted" title';
    const evil = await topic(member, offTopic, { title, body: 'Body </script><script>alert(2)</script> here' });
    const { html, doc } = await page(`/t/${evil.id}`);
    expect(html).not.toContain('<script>alert');
    // Escaped in the source, and read back as the very title.
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;quoted&quot; title · ');
    expect(html).toContain('<meta property="og:title" content="&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;quoted&quot; title" />');
    expect(doc.querySelector('title')!.textContent.startsWith(`${title} · `)).toBe(true);
    expect(jsonLd(doc).headline).toBe(title);
    expect(doc.querySelector('#app h1')!.innerHTML).toBe('&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;quoted&quot; title');
    expect(doc.querySelectorAll('script')).toHaveLength(2); // the app's script and the JSON-LD block, nothing else
  });

  it('category, member and event pages carry their own title, canonical and content', async () => {
    const category = await page('/c/off-topic');
    expect(category.res.status).toBe(200);
    expect(category.doc.querySelector('title')!.textContent.startsWith('Off-topic · ')).toBe(true);
    expect(link(category.doc, 'canonical')).toBe(`${PUBLIC_URL}/c/off-topic`);
    expect(category.doc.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(`${PUBLIC_URL}/feeds/c/off-topic.rss`);
    expect(category.doc.querySelector('#app h1')?.textContent).toBe('Off-topic');

    const profile = await page(`/u/${member.handle}`);
    expect(profile.res.status).toBe(200);
    expect(meta(profile.doc, 'og:type')).toBe('profile');
    expect(profile.doc.querySelector('#app h1')?.textContent).toBe(`Person ${member.handle}`);
    expect(jsonLd(profile.doc)['@type']).toBe('ProfilePage');

    const events = await categoryId(member.client, 'events');
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const created = await admin.client.send<{ createEvent: { id: string } }>(`mutation ($i: EventInput!) { createEvent(input: $i, publish: true) { id } }`, {
      i: { categoryId: events, title: 'Widget meetup', description: 'We meet and talk **widgets**.', timeZone: 'Europe/Berlin', startsAtLocal: `${day}T18:00`, endsAtLocal: `${day}T20:00`, location: 'Alexanderplatz 1, Berlin', visibility: 'EVERYONE' },
    });
    expect(created.errors).toBeUndefined();
    const event = await page(`/events/${created.data!.createEvent.id}`);
    expect(event.res.status).toBe(200);
    expect(meta(event.doc, 'description')).toBe('We meet and talk widgets.');
    const ld = jsonLd(event.doc);
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe('Widget meetup');
    const staffOnly = await admin.client.send<{ createEvent: { id: string } }>(`mutation ($i: EventInput!) { createEvent(input: $i, publish: true) { id } }`, {
      i: { categoryId: events, title: 'Team offsite', description: 'Staff only.', timeZone: 'Europe/Berlin', startsAtLocal: `${day}T10:00`, endsAtLocal: `${day}T12:00`, visibility: 'STAFF' },
    });
    expect(staffOnly.errors).toBeUndefined();
    expect((await page(`/events/${staffOnly.data!.createEvent.id}`)).res.status).toBe(404);
  });
});

describe('a page that loads at once', () => {
  it('a topic page costs two statements whatever its length; a category and the home page one', async () => {
    const long = await topic(member, offTopic, { title: 'Counting what a page costs', body: 'One statement for the topic, one for its posts.' });
    for (let i = 0; i < 5; i++) await reply(member, long.id, `Cost reply ${i}.`);
    const costs: Record<string, number> = {};
    for (const pathname of [`/t/${long.id}`, '/c/off-topic', '/']) {
      const { statements, result } = await leastStatements(() => page(pathname));
      expect(result.res.status).toBe(200);
      costs[pathname] = statements;
    }
    expect(costs).toEqual({ [`/t/${long.id}`]: 2, '/c/off-topic': 1, '/': 1 });
  });

  it('text answers are brotli or gzip compressed, as the reader asks', async () => {
    const plain = await raw('/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw('/', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    const gzip = await raw('/', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
    const asset = await raw('/assets/index-Bx3kQ9aZ.js', 'gzip, deflate, br');
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.body).toString()).toBe(ASSET);
    // The live channel's own answers are left alone.
    const live = await raw('/socket.io/?EIO=4&transport=polling', 'gzip, br');
    expect(live.headers['content-encoding']).toBeUndefined();
  });

  it('hashed assets are kept for good; pages are checked again each time', async () => {
    const asset = await fetch(`${t.url}/assets/index-Bx3kQ9aZ.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${t.url}/assets/index-gone.js`, { headers: { accept: '*/*' } });
    expect(missing.status).toBe(404);
    expect((await page('/c/off-topic')).res.headers.get('cache-control')).toBe('no-cache');
    expect((await page('/signin')).res.headers.get('cache-control')).toBe('no-cache');
  });
});
