// The web client under the server's Content-Security-Policy, in a real Chromium: every page the
// router knows, as a guest, a member and an admin. A page that needs an inline script or style, or
// loads from a source the policy leaves out, would be broken for visitors; here it is a violation
// and the test fails. The headers themselves are checked on pages, files, API answers and uploads.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { ADMIN_PASSWORD } from '../support/server.mjs';
import { browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';

const ADMIN = { login: 'admin@e2e.example', password: ADMIN_PASSWORD };
const MEMBER = { email: 'cleo@e2e.example', handle: 'cleo_csp', displayName: 'Cleo Policy', password: 'a-long-member-password' };
const TAG = 'lighthouse';
/** Where a post's picture from elsewhere on the web comes from; the browser is answered locally. */
const REMOTE_IMAGE = 'https://images.example.test/harbour.png';

/** A 2×2 PNG, built here so that its bytes are plainly an image. */
function tinyPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 49, 95, 140, 49, 95, 140, 0, 49, 95, 140, 49, 95, 140]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = tinyPng();

/** A Content-Security-Policy header as directive name → list of sources. */
function parsePolicy(header) {
  assert.ok(header, 'a Content-Security-Policy header is sent');
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

const STRICT_REFERRER = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** Headers every answer carries, whatever its policy. */
function assertBaseHeaders(res, where) {
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${where}: nosniff`);
  assert.ok(STRICT_REFERRER.includes(res.headers.get('referrer-policy')), `${where}: a strict referrer policy, got ${res.headers.get('referrer-policy')}`);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline scripts (not its JSON-LD data blocks, which never run) and styles. */
function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  return { scripts, styles };
}

/**
 * The client's policy: scripts and styles from our own files only, nothing embeds the page, no
 * plugins, no base or form hijack. A page (`html` given) may also carry inline blocks: exactly
 * those, each allowed by its hash, and no other.
 */
function assertClientPolicy(res, where, html = '') {
  assertBaseHeaders(res, where);
  const policy = parsePolicy(res.headers.get('content-security-policy'));
  const inline = inlineHashes(html);
  assert.deepEqual(policy['default-src'], ["'self'"], `${where}: default-src`);
  assert.deepEqual(policy['script-src'], ["'self'", ...inline.scripts], `${where}: scripts come from our own files, or are the page's own inline blocks`);
  assert.deepEqual(policy['style-src'], ["'self'", ...inline.styles], `${where}: styles come from our own files, or are the page's own inline blocks`);
  assert.deepEqual(policy['object-src'], ["'none'"], `${where}: object-src`);
  assert.deepEqual(policy['base-uri'], ["'self'"], `${where}: base-uri`);
  assert.deepEqual(policy['form-action'], ["'self'"], `${where}: form-action`);
  assert.deepEqual(policy['frame-ancestors'], ["'none'"], `${where}: frame-ancestors`);
  assert.ok(policy['connect-src'].includes("'self'"), `${where}: connect-src reaches our own API`);
  assert.ok(policy['img-src'].includes("'self'") && policy['img-src'].includes('data:'), `${where}: img-src`);
  for (const [name, sources] of Object.entries(policy)) {
    assert.ok(!sources.includes('*') && !sources.includes("'unsafe-eval'"), `${where}: ${name} allows no wildcard and no eval`);
  }
}

/**
 * Collects every Content-Security-Policy violation in `context`: the pages' own
 * `securitypolicyviolation` events (installed before any page script runs) and Chromium's console
 * reports of refused loads.
 */
async function watchViolations(context) {
  const violations = [];
  await context.exposeBinding('__reportPolicyViolation', ({ page }, v) => violations.push({ page: page.url(), ...v }));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportPolicyViolation?.({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
  context.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push({ page: message.page()?.url(), console: message.text() });
  });
  return violations;
}

/** Waits until the page has made no request (the live channel aside) for a moment: data and page code have arrived. */
function quietTracker(page) {
  const inFlight = new Set();
  page.on('request', (r) => {
    if (!r.url().includes('/socket.io/')) inFlight.add(r);
  });
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  return async function settled(quietMs = 300, maxMs = 15_000) {
    const deadline = Date.now() + maxMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

describeInChromium('the client under a strict Content-Security-Policy', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { pageErrors, contextFor, call, signUp } = suite;
  const cookies = { guest: '', member: '', admin: '' };
  const ids = { topic: '', categorySlug: '', upload: '', event: '', contest: '' };
  /** Every route path the client's router knows. */
  let routePaths = [];

  /**
   * The address to open for each route. A route with parameters needs one here: a new page with
   * parameters fails the test until it is given one, so no page escapes the policy check.
   */
  function addressOf(routePath) {
    const concrete = {
      '/c/:slug': `/c/${ids.categorySlug}`,
      '/t/:id([0-9a-fA-F-]{36})/:postNumber(\\d+)?': `/t/${ids.topic}/2`,
      '/tag/:tag': `/tag/${TAG}`,
      '/u/:handle': `/u/${MEMBER.handle}`,
      '/admin/members/:handle': `/admin/members/${MEMBER.handle}`,
      '/events/:id([0-9a-fA-F-]{36})': `/events/${ids.event}`,
      '/events/:id([0-9a-fA-F-]{36})/edit': `/events/${ids.event}/edit`,
      '/contests/:id([0-9a-fA-F-]{36})': `/contests/${ids.contest}`,
      '/:pathMatch(.*)*': '/no/such/page',
      '/search': `/search?q=${TAG}`,
    };
    if (concrete[routePath]) return concrete[routePath];
    assert.ok(!/[:*(]/.test(routePath), `the route ${routePath} has parameters: give it an address in addressOf`);
    return routePath;
  }

  before(async () => {
    cookies.admin = (await call('', 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: ADMIN })).cookie;
    cookies.member = (await signUp(MEMBER)).cookie;
    await call(cookies.admin, 'mutation ($name: String!) { createTag(name: $name) { name } }', { name: TAG });

    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'harbour.png');
    const uploaded = await fetch(`${suite.server.url}/api/uploads`, {
      method: 'POST',
      headers: { cookie: cookies.member, 'x-requested-with': 'townsquare' },
      body: form,
    });
    assert.equal(uploaded.status, 201, `the member's upload: ${await uploaded.clone().text()}`);
    ids.upload = (await uploaded.json()).url;

    const { data } = await call(cookies.member, '{ categories { id slug viewerCanPost } }');
    const category = data.categories.find((c) => c.viewerCanPost);
    assert.ok(category, 'the member can post somewhere');
    ids.categorySlug = category.slug;
    const topic = await call(cookies.member, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }', {
      input: {
        categoryId: category.id,
        title: 'Pictures from the lighthouse walk',
        body: `Our own photo:\n\n![harbour](${ids.upload})\n\nAnd one from elsewhere:\n\n![harbour again](${REMOTE_IMAGE})\n\n**Bold**, _italic_, \`code\` and a [link](https://example.com).`,
        tags: [TAG],
      },
    });
    ids.topic = topic.data.createTopic.id;
    await call(cookies.admin, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { topicId: ids.topic, body: `Lovely, @${MEMBER.handle}! The lighthouse looks great.` },
    });

    // An event and a contest, for their pages (with their Markdown, cover and countdown).
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const event = await call(cookies.admin, 'mutation ($i: EventInput!) { createEvent(input: $i, publish: true) { id } }', {
      i: { categoryId: category.id, title: 'Lighthouse walk', description: `Bring a camera. ![harbour](${ids.upload})`, timeZone: 'Europe/Berlin', startsAtLocal: `${day}T10:00`, endsAtLocal: `${day}T12:00`, location: 'The harbour', capacity: 20 },
    });
    assert.ok(event.data?.createEvent, `the event: ${JSON.stringify(event.errors)}`);
    ids.event = event.data.createEvent.id;
    const contest = await call(cookies.admin, 'mutation ($i: CreateContestInput!) { createContest(input: $i) { id } }', {
      i: { categoryId: category.id, title: 'Best harbour photo', rules: 'One **photo** per member.', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    assert.ok(contest.data?.createContest, `the contest: ${JSON.stringify(contest.errors)}`);
    ids.contest = contest.data.createContest.id;

    const context = await contextFor('');
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForFunction(() => Boolean(document.querySelector('#app')?.__vue_app__));
      routePaths = [...new Set(await page.evaluate(() => document.querySelector('#app').__vue_app__.config.globalProperties.$router.getRoutes().map((r) => r.path)))];
    } finally {
      await context.close();
    }
    assert.ok(routePaths.length >= 20, `the router's pages were read: ${routePaths.join(', ')}`);
    assert.ok(routePaths.includes('/admin/audit') && routePaths.includes('/t/:id([0-9a-fA-F-]{36})/:postNumber(\\d+)?'), 'member and staff pages are both listed');
  });

  it('sends the policy and the other headers on pages, deep links, files and API answers', async () => {
    const { url } = suite.server;
    const html = { headers: { accept: 'text/html' } };

    const home = await fetch(`${url}/`, html);
    assert.equal(home.status, 200);
    const index = await home.text();
    assertClientPolicy(home, '/', index);
    // The theme script and the entry stylesheets come inline (one answer paints the page), each
    // allowed by its hash; the structured data for search engines is a data block, which no browser runs.
    const inline = inlineHashes(index);
    assert.equal(inline.scripts.length, 1, 'the theme script is the one inline script');
    assert.ok(inline.styles.length >= 1, 'the entry stylesheets come inline');
    assert.match(index, /<script type="application\/ld\+json">/, 'the home page carries its structured data');
    assert.doesNotMatch(index, /\sstyle=/, 'no element of index.html carries a style attribute');

    const deepLink = await fetch(`${url}/t/${ids.topic}`, html);
    assert.equal(deepLink.status, 200);
    assert.match(deepLink.headers.get('content-type'), /text\/html/);
    assertClientPolicy(deepLink, 'a deep link', await deepLink.text());

    const scriptPath = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(index)?.[1];
    assert.ok(scriptPath, 'index.html loads its script from a file');
    const script = await fetch(`${url}${scriptPath}`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /javascript/);
    assertClientPolicy(script, scriptPath);

    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ community { name } }' }),
    });
    assert.equal(graphql.status, 200);
    assertClientPolicy(graphql, 'a GraphQL answer');

    const refused = await fetch(`${url}/api/uploads`, { method: 'POST' });
    assert.ok(refused.status >= 400, 'an upload without a session is refused');
    assertClientPolicy(refused, 'a refused upload');

    // An uploaded file, and a missing one, may run nothing even if opened as a page.
    for (const path of [ids.upload, '/uploads/2020/01/missing.png']) {
      const res = await fetch(`${url}${path}`);
      assertBaseHeaders(res, path);
      assert.deepEqual(
        parsePolicy(res.headers.get('content-security-policy')),
        { 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], sandbox: [] },
        `${path}: nothing may load or run, in an origin of its own`,
      );
    }

    // socket.io answers long polling before Express: it still carries the headers every answer must.
    const polling = await fetch(`${url}/socket.io/?EIO=4&transport=polling`);
    assert.equal(polling.status, 200);
    assertBaseHeaders(polling, 'socket.io long polling');
  });

  it('refuses an injected inline script and style, and the test sees the refusal', async () => {
    const context = await contextFor('');
    const violations = await watchViolations(context);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.locator(tid('community-name')).waitFor();
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        const holder = document.createElement('div');
        holder.innerHTML = '<p id="injected-style" style="color: rgb(255, 0, 0)">x</p>';
        document.body.append(holder);
        await new Promise((r) => setTimeout(r, 100));
        return { script: window.__injected === true, style: getComputedStyle(document.querySelector('#injected-style')).color === 'rgb(255, 0, 0)' };
      });
      assert.deepEqual(ran, { script: false, style: false }, 'neither the injected script nor the style attribute took effect');
      await page.waitForTimeout(200);
      const directives = violations.map((v) => v.directive).filter(Boolean);
      assert.ok(directives.some((d) => d.startsWith('script-src')), `the script was reported: ${JSON.stringify(violations)}`);
      assert.ok(directives.some((d) => d.startsWith('style-src')), `the style attribute was reported: ${JSON.stringify(violations)}`);
      assert.ok(violations.some((v) => v.console), 'Chromium reported the refusal in the console too');
    } finally {
      await context.close();
    }
  });

  for (const role of ['guest', 'member', 'admin']) {
    it(`shows every page to ${role === 'admin' ? 'an admin' : `a ${role}`} with no policy violation`, async () => {
      const context = await contextFor(cookies[role]);
      const violations = await watchViolations(context);
      // The post's picture from elsewhere: allowed by the policy, answered here as there is no network.
      await context.route(`${new URL(REMOTE_IMAGE).origin}/**`, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
      const liveFrames = [];
      context.on('page', (p) => p.on('websocket', (ws) => ws.on('framereceived', () => liveFrames.push(ws.url()))));
      const visited = [];
      try {
        const page = await context.newPage();
        const settled = quietTracker(page);
        for (const routePath of routePaths) {
          const address = addressOf(routePath);
          await page.goto(address);
          await page.waitForFunction(() => Boolean(document.querySelector('#app')?.__vue_app__));
          await settled();
          const { wanted, shown } = await page.evaluate(async (target) => {
            const router = document.querySelector('#app').__vue_app__.config.globalProperties.$router;
            await router.isReady();
            const resolved = router.resolve(target);
            return { wanted: { name: resolved.name, meta: { ...resolved.meta } }, shown: router.currentRoute.value.name };
          }, address);
          const signedIn = role !== 'guest';
          const allowed = !(wanted.meta.requiresUser && !signedIn) && !(wanted.meta.requiresStaff && role !== 'admin') && !(wanted.meta.guestOnly && signedIn);
          if (allowed) assert.equal(shown, wanted.name, `${address}: the ${role} sees the page itself`);
          visited.push(`${address} → ${shown}`);
        }

        // The pictures in the post (ours and the one from elsewhere) are shown, not blocked.
        await page.goto(`/t/${ids.topic}`);
        const pictures = page.locator(`${tid('post-body')} img`);
        await pictures.nth(1).waitFor();
        await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="post-body"] img')].every((img) => img.complete && img.naturalWidth > 0));
        if (role !== 'guest') {
          await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
          const until = Date.now() + 5_000;
          while (!liveFrames.some((u) => u.includes('/socket.io/')) && Date.now() < until) await page.waitForTimeout(100);
          // The policy spells out the public URL's ws://localhost:…, while this page is on 127.0.0.1:
          // what lets the WebSocket through is Chromium counting same-origin ws: as 'self'.
          assert.ok(liveFrames.some((u) => u.startsWith(`ws://${new URL(suite.server.url).host}/socket.io/`)), 'the live channel runs over a WebSocket the policy allows');
        }
        if (role === 'guest') {
          await page.goto('/');
          await page.locator(tid('category-item')).first().waitFor();
          await settled();
          await screenshot(page, 'csp-home-guest');
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(violations, [], `Content-Security-Policy violations for the ${role}; pages visited:\n${visited.join('\n')}`);
    });
  }

  it('shows an uploaded image opened on its own, under the upload policy', async () => {
    const context = await contextFor('');
    const violations = await watchViolations(context);
    try {
      const page = await context.newPage();
      const answer = await page.goto(ids.upload);
      assert.equal(answer.status(), 200);
      assert.deepEqual(parsePolicy(await answer.headerValue('content-security-policy')), { 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], sandbox: [] });
      await page.waitForFunction(() => document.images[0]?.complete && document.images[0].naturalWidth === 2);
    } finally {
      await context.close();
    }
    assert.deepEqual(violations, []);
  });

  it('raised no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});

describeInChromium('the Apollo Sandbox outside production', { skipName: 'the Apollo Sandbox under its own policy' }, () => {
  const suite = browserSession({ env: { NODE_ENV: 'development' } });

  it('opens /graphql in a browser with no policy violation, while the client keeps the strict policy', async () => {
    const home = await fetch(`${suite.server.url}/`, { headers: { accept: 'text/html' } });
    assertClientPolicy(home, 'the client in development', await home.text());

    const context = await suite.contextFor('');
    const violations = await watchViolations(context);
    // No network here: Apollo's CDN and its embedded frame are answered locally, after the browser's
    // policy check, so a source the header leaves out is still reported.
    await context.route('https://embeddable-sandbox.cdn.apollographql.com/**', (r) =>
      r.fulfill({
        contentType: 'text/javascript',
        body: `window.EmbeddedSandbox = function (config) {
          var frame = document.createElement('iframe');
          frame.id = 'sandbox-frame';
          frame.src = 'https://sandbox.embed.apollographql.com/sandbox/explorer';
          document.querySelector(config.target).appendChild(frame);
        };`,
      }),
    );
    await context.route('https://sandbox.embed.apollographql.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<p id="inside">Sandbox</p>' }));
    await context.route('https://fonts.googleapis.com/**', (r) => r.fulfill({ contentType: 'text/css', body: '' }));
    await context.route('https://apollo-server-landing-page.cdn.apollographql.com/**', (r) => r.fulfill({ status: 404, body: '' }));
    try {
      const page = await context.newPage();
      const answer = await page.goto('/graphql');
      const policy = parsePolicy(await answer.headerValue('content-security-policy'));
      assert.deepEqual(policy['object-src'], ["'none'"]);
      assert.deepEqual(policy['frame-ancestors'], ["'none'"]);
      const frame = page.frameLocator('#sandbox-frame');
      await frame.locator('#inside').waitFor();
      await page.waitForTimeout(300);
    } finally {
      await context.close();
    }
    assert.deepEqual(violations, []);
  });
});
