// What the browser tests share: Chromium against a server started with support/server.mjs, the
// skip when Chromium is missing, browser contexts that collect uncaught page errors, GraphQL calls
// for setting up a story, and screenshots under e2e/screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gql, startServer } from './server.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(import.meta.dirname, '..', 'e2e', 'screenshots');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 740 };

export const tid = (id) => `[data-testid="${id}"]`;

/**
 * `describe(name, body)` when Chromium is installed. Without it, one test (named `name`, or
 * `options.skipName`) says so: it fails under CI and is skipped, loudly, elsewhere.
 */
export function describeInChromium(name, options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  test(options.skipName ?? name, (t) => {
    const message = `Chromium is not installed at ${CHROMIUM}; the browser tests cannot run. Install it with \`apt-get install chromium\`.`;
    if (process.env.CI) assert.fail(message);
    console.warn(`\n${'!'.repeat(100)}\n!!! SKIPPED: ${message}\n${'!'.repeat(100)}\n`);
    t.skip(message);
  });
}

/**
 * A server and Chromium for the tests of the current `describe`: started before them (with
 * `serverOptions` for startServer), stopped and the server's data removed after. Call it in the
 * describe body before the file's own `before`, which then finds both running.
 */
export function browserSession(serverOptions = {}) {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** Uncaught exceptions in any page: there should be none. */
  const pageErrors = [];

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(serverOptions);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    if (server) {
      await server.stop();
      server.removeData();
    }
  });

  /** A browser context on the server, a desktop screen in English unless `options` say otherwise. */
  async function newContext(options = {}) {
    const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'en-US', ...options });
    context.on('page', (p) => p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`)));
    return context;
  }

  /** A browser context already signed in with a session cookie ("name=value"; none when empty). */
  async function contextFor(cookie, options = {}) {
    const context = await newContext(options);
    context.setDefaultTimeout(15_000);
    if (cookie) {
      const [name, ...rest] = cookie.split('=');
      await context.addCookies([{ name, value: rest.join('='), url: server.url }]);
    }
    return context;
  }

  /** Runs `story` on a new page in a context signed in with `cookie`; the context is closed after, whatever happens. */
  async function withPage(cookie, story, options = {}) {
    const context = await contextFor(cookie, options);
    try {
      return await story(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  /** A GraphQL call that must succeed; returns its data and the session cookie. */
  async function call(cookie, query, variables = {}) {
    const answer = await gql(server.url, query, variables, cookie);
    assert.ok(!answer.body.errors, `GraphQL refused: ${JSON.stringify(answer.body.errors)}\n${query}`);
    return { data: answer.body.data, cookie: answer.cookie };
  }

  /** Signs a person up through the API; returns their id and session cookie. */
  async function signUp(person) {
    const { data, cookie } = await call('', 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
      input: { email: person.email, handle: person.handle, displayName: person.displayName, password: person.password },
    });
    return { id: data.signUp.user.id, cookie };
  }

  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    pageErrors,
    newContext,
    contextFor,
    withPage,
    call,
    signUp,
  };
}

/** Saves `target` (a page, or a locator: the element alone) as e2e/screenshots/<name>.png. */
export async function screenshot(target, name, { fullPage = true } = {}) {
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), ...(fullPage ? { fullPage: true } : {}) });
}

/** Closes every toast on the page and waits until they are gone. */
export async function dismissToasts(page) {
  for (const close of await page.locator(`${tid('toast')} button`).all()) await close.click().catch(() => {});
  await page.locator(tid('toast')).first().waitFor({ state: 'detached' }).catch(() => {});
}

/**
 * Screenshots show the screen itself: toasts about earlier actions are closed first. `target` is
 * `page` (shot whole) or an element on it (shot alone).
 */
export async function screenshotWithoutToasts(target, name, page = target) {
  await dismissToasts(page);
  await screenshot(target, name, { fullPage: target === page });
}

/** Fails when the page scrolls sideways on a phone. */
export async function assertNoHorizontalScroll(target, where) {
  const scrollWidth = await target.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= PHONE.width, `${where}: the page scrolls sideways on a phone (scrollWidth ${scrollWidth} > ${PHONE.width})`);
}

/** Waits for a locator; on a timeout, says what the page showed instead. */
export async function waitForOrExplain(locator, page, what, options = {}) {
  try {
    await locator.waitFor(options);
  } catch (error) {
    const shown = await page.locator('main').innerText().catch(() => '(no main)');
    throw new Error(`${what}: ${error.message.split('\n')[0]}\nThe page showed:\n${shown.slice(0, 1500)}`);
  }
}
