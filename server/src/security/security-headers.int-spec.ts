import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scratchClientDist } from '../testing/scratch.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/** A Content-Security-Policy header as directive name → list of sources. */
function directives(header: string | null): Record<string, string[]> {
  expect(header).toBeTruthy();
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectBaseHeaders(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

/**
 * What keeps a page from running injected code, being framed, or posting forms elsewhere; a page
 * may also run the inline blocks whose hashes are given, and no other.
 */
function expectStrictPolicy(res: Response, inline: { script: string[]; style: string[] } = { script: [], style: [] }): void {
  expectBaseHeaders(res);
  const policy = directives(res.headers.get('content-security-policy'));
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['script-src']).toEqual(["'self'", ...inline.script]);
  expect(policy['style-src']).toEqual(["'self'", ...inline.style]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['connect-src']).toEqual(["'self'", 'ws://localhost:3000']);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

/** A built client of our own making: a theme script and two stylesheets the page links, one too large to inline. */
const THEME = "document.documentElement.setAttribute('data-theme', 'light');";
const STYLE = 'body{color:#123}';
const clientDist = scratchClientDist({
  'theme.js': THEME,
  'assets/index-a1.css': STYLE,
  'assets/big-b2.css': `/*${'x'.repeat(70 * 1024)}*/`,
  'index.html': `<!doctype html><html lang="en"><head><script src="/theme.js"></script><title>Community</title>
<script type="module" crossorigin src="/assets/index-a1.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-a1.css">
<link rel="stylesheet" crossorigin href="/assets/big-b2.css"></head><body><div id="app"></div></body></html>`,
});
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: 'http://localhost:3000', CLIENT_DIST: clientDist.dir } });
});
afterAll(async () => {
  await t.close();
  clientDist.remove();
});

describe('security headers on every answer', () => {
  it('a GraphQL answer, a refused upload and the health check carry the strict policy', async () => {
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ community { name } }' }),
    });
    expect(graphql.status).toBe(200);
    expectStrictPolicy(graphql);
    expectStrictPolicy(await fetch(`${t.url}/api/uploads`, { method: 'POST' }));
    expectStrictPolicy(await fetch(`${t.url}/healthz`));
  });

  it('a client page is served under the strict policy, allowing only the theme script and small stylesheets it carries inline', async () => {
    const res = await fetch(`${t.url}/c/anything`, { headers: { accept: 'text/html' } });
    expectStrictPolicy(res, { script: [sha256(THEME)], style: [sha256(STYLE)] });
    const html = await res.text();
    expect(html).toContain(`<script>${THEME}</script>`);
    expect(html).toContain(`<style>${STYLE}</style>`);
    // The inlined sheet leaves a disabled link (fetched by no browser) so that the client's loader
    // knows it is in place and never adds it again for a lazily loaded page.
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-a1.css" disabled>');
    expect(html).not.toContain('crossorigin href="/assets/index-a1.css"');
    // Too large to repeat in every page: stays a link, and gets no hash.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/big-b2.css">');
    // The module script is fetched, never inlined.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-a1.js"></script>');
  });

  it('anything under /uploads/, found or not, may load and run nothing, in an origin of its own', async () => {
    const res = await fetch(`${t.url}/uploads/2025/01/00000000-0000-4000-8000-000000000000.png`);
    expect(res.status).toBe(404);
    expectBaseHeaders(res);
    expect(directives(res.headers.get('content-security-policy'))).toEqual({ 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], sandbox: [] });
  });

  it('socket.io long polling, answered before Express, still carries nosniff and the referrer policy', async () => {
    const res = await fetch(`${t.url}/socket.io/?EIO=4&transport=polling`);
    expect(res.status).toBe(200);
    expectBaseHeaders(res);
  });

  it('outside production, the Apollo Sandbox page gets the sources it loads from, and nothing may frame it', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expectBaseHeaders(res);
    const policy = directives(res.headers.get('content-security-policy'));
    expect(policy['script-src']).toContain('https://embeddable-sandbox.cdn.apollographql.com');
    expect(policy['frame-src']).toContain('https://sandbox.embed.apollographql.com');
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    // The page's own <meta> policy, which browsers enforce as well, admits only its nonced scripts.
    expect(await res.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
  });
});
