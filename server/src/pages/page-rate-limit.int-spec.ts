import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { scratchClientDist } from '../testing/scratch.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * Pages, feeds and sitemaps are limited per client address, so that a scraper hammering from one
 * address is slowed down while everyone else reads on. With REDIS_URL the two instances here share
 * one count, as instances behind a load balancer do.
 */
const LIMIT = 5;
const INDEX_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Community</title>
<script type="module" crossorigin src="/assets/index-Lm4tR8qZ.js"></script></head>
<body><div id="app"></div></body></html>
`;
const ASSET = 'console.log("the app");\n';

interface LogLine {
  level: number;
  msg: string;
  res?: { statusCode: number };
  req?: { url: string };
}
const lines: LogLine[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });

let a: TestApp;
let b: TestApp;
let dist: ReturnType<typeof scratchClientDist>;
const redisUrl = process.env.REDIS_URL;

beforeAll(async () => {
  dist = scratchClientDist({ 'index.html': INDEX_HTML, 'assets/index-Lm4tR8qZ.js': ASSET });
  // A window far longer than the test, so that no count runs out while it runs.
  const env = { CLIENT_DIST: dist.dir, PAGES_MAX_PER_ADDRESS: String(LIMIT), PAGES_WINDOW_SECONDS: '3600', ...(redisUrl && { REDIS_URL: redisUrl }) };
  a = await startTestApp({ env, logger });
  b = redisUrl ? await startTestApp({ env }) : a;
});
afterAll(async () => {
  await a?.close();
  if (b && b !== a) await b.close();
  dist?.remove();
});

/** A documentation address (RFC 3849) of its own per call, so no other run's count gets in the way. */
const newAddress = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

function get(app: TestApp, pathname: string, address: string, accept = 'text/html'): Promise<Response> {
  return fetch(`${app.url}${pathname}`, { headers: { accept, 'x-forwarded-for': address } });
}

describe('the limit per address on pages, feeds and sitemaps', () => {
  it(`answers the request after the ${LIMIT}th from one address with 429 and Retry-After, while another address reads on`, async () => {
    const scraper = newAddress();
    // Pages, a feed and sitemaps all count, on either instance.
    const counted: Array<[TestApp, string, string]> = [
      [a, '/', 'text/html'],
      [b, '/c/off-topic', 'text/html'],
      [a, '/feeds/latest.rss', 'application/rss+xml'],
      [b, '/sitemap.xml', 'application/xml'],
      [a, '/sitemap-pages.xml', 'application/xml'],
    ];
    for (const [app, pathname, accept] of counted) {
      const res = await get(app, pathname, scraper, accept);
      expect({ pathname, status: res.status }).toEqual({ pathname, status: 200 });
      await res.arrayBuffer();
    }

    const refused = await get(b, '/', scraper);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const page = await refused.text();
    expect(page).toContain('Too many requests');
    expect(page).not.toContain('id="app"');

    // A feed reader on the same address gets the same answer, in plain text.
    const feed = await get(a, '/feeds/latest.atom', scraper, 'application/atom+xml');
    expect(feed.status).toBe(429);
    expect(feed.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(feed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await feed.text()).toContain('RATE_LIMITED');

    // Everyone else reads on, on both instances.
    const reader = newAddress();
    for (const app of [a, b]) {
      const res = await get(app, '/', reader);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('id="app"');
    }
  });

  it('never counts hashed assets, /healthz, robots.txt or the API, and a limited address still gets them', async () => {
    const scraper = newAddress();
    // Far more asset and API requests than the limit: none is counted.
    for (let i = 0; i < LIMIT * 3; i++) {
      const asset = await get(i % 2 ? a : b, '/assets/index-Lm4tR8qZ.js', scraper, '*/*');
      expect(asset.status).toBe(200);
      await asset.arrayBuffer();
    }
    for (let i = 0; i < LIMIT; i++) expect((await get(a, '/', scraper)).status).toBe(200);
    expect((await get(a, '/t/00000000-0000-4000-8000-000000000000', scraper)).status).toBe(429);

    const asset = await get(a, '/assets/index-Lm4tR8qZ.js', scraper, '*/*');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe(ASSET);
    expect((await get(a, '/healthz', scraper, '*/*')).status).toBe(200);
    expect((await get(a, '/robots.txt', scraper, 'text/plain')).status).toBe(200);
    const api = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': scraper },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(api.status).toBe(200);
  });

  it('writes a refusal to the log at info, not as a warning or an error', async () => {
    const scraper = newAddress();
    for (let i = 0; i < LIMIT; i++) await (await get(a, '/', scraper)).arrayBuffer();
    lines.length = 0;
    expect((await get(a, '/c/off-topic', scraper)).status).toBe(429);
    // The request line is written when the response finishes.
    for (let i = 0; i < 50 && !lines.some((l) => l.res?.statusCode === 429); i++) await new Promise((r) => setTimeout(r, 20));
    const refusal = lines.find((l) => l.res?.statusCode === 429);
    expect(refusal?.req?.url).toBe('/c/off-topic');
    expect(refusal?.level).toBe(30);
  });
});
