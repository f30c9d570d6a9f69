import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse, type HTMLElement } from 'node-html-parser';
import { DataSource } from 'typeorm';
import { categoryId, person, reply, topic } from '../testing/forum-helpers.js';
import { scratchClientDist, scratchDatabase } from '../testing/scratch.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/** The client's index.html as built: it states English whatever the community speaks. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Community</title>
    <script type="module" crossorigin src="/assets/index-Rw7pL2cQ.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

/**
 * A community started with COMMUNITY_LANGUAGE=ru, on an empty database of its own: the run's shared
 * database is seeded in English by whichever app starts on it first, and stays so for the others.
 */
let t: TestApp;
let db: Awaited<ReturnType<typeof scratchDatabase>>;
let dist: ReturnType<typeof scratchClientDist>;
let topicId: string;

beforeAll(async () => {
  dist = scratchClientDist({ 'index.html': INDEX_HTML, 'assets/index-Rw7pL2cQ.js': 'console.log(1);\n' });
  db = await scratchDatabase('pages_ru');
  t = await startTestApp({ databaseUrl: db.url, env: { CLIENT_DIST: dist.dir, PUBLIC_URL: 'https://community.example', COMMUNITY_LANGUAGE: 'ru' } });
  const member = await person(t, undefined, 'pru');
  topicId = (await topic(member, await categoryId(member.client, 'off-topic'), { title: 'Тема на русском' })).id;
  await reply(member, topicId, 'Первый ответ.');
  await reply(member, topicId, 'Второй ответ.');
});
afterAll(async () => {
  // The last test takes the database away from the app, so closing it may complain.
  await t?.close().catch(() => undefined);
  await db?.drop();
  dist?.remove();
});

async function page(pathname: string): Promise<{ status: number; html: string; doc: HTMLElement }> {
  const res = await fetch(`${t.url}${pathname}`, { headers: { accept: 'text/html' } });
  const html = await res.text();
  return { status: res.status, html, doc: parse(html) };
}

describe('pages in the community\'s language', () => {
  it('the home page states Russian and reads in Russian, counts in their Russian form', async () => {
    const { status, html, doc } = await page('/');
    expect(status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ru">/);
    const headings = doc.querySelectorAll('#app h2').map((h) => h.textContent);
    expect(headings).toEqual(['Разделы', 'Последние темы']);
    const item = doc.querySelector(`#app a[href="/t/${topicId}"]`)?.parentNode?.textContent;
    expect(item).toContain('2 ответа');
    // The dates stay machine-readable.
    expect(doc.querySelector(`#app a[href="/t/${topicId}"]`)?.parentNode?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(doc.querySelector('link[rel="alternate"]')?.getAttribute('title')).toMatch(/: последние темы$/);
  });

  it('a missing page is 404 and says so in Russian', async () => {
    const { status, html, doc } = await page('/c/no-such-category');
    expect(status).toBe(404);
    expect(html).toMatch(/<html lang="ru">/);
    expect(doc.querySelector('#app h1')?.textContent).toBe('Страница не найдена');
    expect(doc.querySelector('#app p')?.textContent).toBe('Здесь ничего нет, или это закрыто для гостей. На главную.');
    expect(doc.querySelector('title')?.textContent).toMatch(/^Страница не найдена · /);
  });

  it('a topic page names its parts in Russian', async () => {
    const { doc } = await page(`/t/${topicId}`);
    expect(doc.querySelector('#app nav a[href="/"]')?.textContent).toBe('Главная');
    expect(doc.querySelector('link[rel="alternate"]')?.getAttribute('title')).toBe('Тема на русском: ответы');
  });
});

describe('when a page cannot be rendered', () => {
  it('answers 503 with the app and a title in the community\'s language (this test takes the database away: it runs last)', async () => {
    await t.app.get(DataSource).destroy();
    const res = await fetch(`${t.url}/t/${topicId}`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ru">/);
    expect(parse(html).querySelector('title')?.textContent).toBe('Временно недоступно');
    expect(html).toContain('<div id="app">');
    expect(res.headers.get('content-security-policy')).toContain("script-src");
  });
});
