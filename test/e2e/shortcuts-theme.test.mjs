// Keyboard shortcuts and the colour theme in a real Chromium against the built server. A reader
// moves through a topic's posts with j and k (focused, scrolled to and marked), replies with r,
// and the keys type as letters in the reply box instead; ? lists the shortcuts, g h goes home,
// c starts a topic, / goes to the search box. The theme switch turns the page dark at once and the
// choice survives a reload, dark from the first painted frame; a system set to dark gets a dark
// page without touching the switch, from the first frame as well.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';

const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }';
const CREATE_POST = 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }';
const person = (name) => ({ email: `${name}@keys.example`, handle: `${name}_keys`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Keys`, password: `${name}-password-e2e` });
/** --bg of each theme, as getComputedStyle gives it. */
const LIGHT_BG = 'rgb(245, 246, 248)';
const DARK_BG = 'rgb(15, 20, 26)';

/**
 * Holds back the client's main script for a moment, so that the browser paints its first frame
 * before the application runs: only what runs before that frame can make it dark.
 */
async function delayApplication(context) {
  await context.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
}

/** Records the theme and the page's background in the first frame the browser renders, before any later change. */
function recordFirstFrame() {
  requestAnimationFrame(() => {
    globalThis.__firstFrame = { theme: document.documentElement.getAttribute('data-theme'), background: getComputedStyle(document.documentElement).backgroundColor };
  });
}

describeInChromium('keyboard shortcuts and the colour theme in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const cookies = {};
  let topicId;

  before(async () => {
    const [ann, ben] = [await suite.signUp(person('ann')), await suite.signUp(person('ben'))];
    cookies.ann = ann.cookie;
    const { data } = await suite.call(ann.cookie, '{ categories { id slug viewerCanPost } }');
    const category = data.categories.find((c) => c.viewerCanPost);
    topicId = (await suite.call(ann.cookie, CREATE_TOPIC, { input: { categoryId: category.id, title: 'Which keys do you use most?', body: 'Tell us.\n\n'.repeat(8) } })).data.createTopic.id;
    for (const [who, body] of [[ben, 'J and K, all day.'], [ann, 'R to reply, mostly.'], [ben, 'The slash for search.']]) {
      await suite.call(who.cookie, CREATE_POST, { input: { topicId, body } });
    }
  });

  /** The post that has focus and the one marked as current, by number. */
  const position = (page) =>
    page.evaluate(() => ({
      focused: document.activeElement?.getAttribute('data-post-number') ?? document.activeElement?.tagName.toLowerCase() ?? null,
      current: [...document.querySelectorAll('.post.current')].map((el) => el.getAttribute('data-post-number')),
    }));

  it('moves through posts with j and k, replies with r, and leaves the keys to the reply box', async () => {
    await suite.withPage(cookies.ann, async (page) => {
      await page.goto(`/t/${topicId}`);
      await page.locator('[data-post-number="4"]').waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } });

      await page.keyboard.press('j');
      assert.deepEqual(await position(page), { focused: '1', current: ['1'] }, 'j starts at the first post on screen');
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      assert.deepEqual(await position(page), { focused: '3', current: ['3'] });
      const third = await page.locator('#post-3').boundingBox();
      const height = page.viewportSize().height;
      assert.ok(third.y >= 0 && third.y + 40 < height, `the chosen post is scrolled into view (at ${third.y} px of ${height})`);
      const outline = await page.locator('#post-3').evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.equal(outline, 'solid', 'the chosen post is visibly marked');
      await page.keyboard.press('k');
      assert.deepEqual(await position(page), { focused: '2', current: ['2'] });
      await page.keyboard.press('Alt+j');
      await page.keyboard.press('Control+j');
      assert.deepEqual(await position(page), { focused: '2', current: ['2'] }, 'keys with Alt or Ctrl are not shortcuts');
      await screenshot(page, 'shortcuts-topic-current', { fullPage: false });

      await page.keyboard.press('r');
      const box = page.locator(`${tid('reply-composer')} textarea`);
      await box.waitFor();
      assert.ok(await box.evaluate((el) => el === document.activeElement), 'r opens the reply box with the cursor in it');
      assert.match(await page.locator(tid('reply-composer')).innerText(), /#2/, 'the reply goes to the post chosen with the keys');
      await page.keyboard.type('jk? r/c');
      assert.equal(await box.inputValue(), 'jk? r/c', 'in the reply box the keys type letters');
      assert.deepEqual((await position(page)).current, ['2'], 'and move no post');
      assert.equal(await page.locator(`${tid('shortcuts-help')}[open]`).count(), 0, 'nor open the help');
      assert.match(page.url(), new RegExp(`/t/${topicId}`));
    });
  });

  it('lists the shortcuts on ?, and goes home, to a new topic and to search', async () => {
    await suite.withPage(cookies.ann, async (page) => {
      await page.goto(`/t/${topicId}`);
      await page.locator('[data-post-number="4"]').waitFor();
      await page.keyboard.press('?');
      const help = page.locator(`${tid('shortcuts-help')}[open]`);
      await help.waitFor();
      for (const entry of ['help', 'home', 'newTopic', 'search', 'next', 'previous', 'reply']) assert.equal(await help.locator(tid(`shortcut-${entry}`)).count(), 1, `the help lists ${entry}`);
      assert.match(await help.innerText(), /Next post/);
      await screenshot(help, 'shortcuts-help', { fullPage: false });
      await page.keyboard.press('j');
      assert.deepEqual((await position(page)).current, [], 'no shortcut works under the open dialog');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });

      await page.keyboard.press('g');
      await page.keyboard.press('h');
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator(tid('category-item')).first().waitFor();
      await page.keyboard.press('c');
      await page.waitForURL(/\/new-topic$/);
      await page.locator(tid('new-topic-form')).waitFor();
      await page.locator('main h1').click();
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'header-search-input', '/ puts the cursor in the search box');
    });
    // In Russian the help speaks Russian, and the keys work in a Russian keyboard layout.
    await suite.withPage(
      cookies.ann,
      async (page) => {
        await page.goto(`/t/${topicId}`);
        await page.locator('[data-post-number="4"]').waitFor();
        await page.keyboard.press('?');
        const help = page.locator(`${tid('shortcuts-help')}[open]`);
        await help.waitFor();
        assert.match(await help.innerText(), /Сочетания клавиш[\s\S]*Следующее сообщение/);
        await page.keyboard.press('Escape');
        await help.waitFor({ state: 'detached' });
        // J on a Russian layout types "о".
        await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'о', code: 'KeyJ', bubbles: true })));
        assert.deepEqual((await position(page)).current, ['1']);
      },
      { locale: 'ru-RU' },
    );
  });

  it('turns dark with the switch, at once and after a reload from the first frame, and back', async () => {
    await suite.withPage(cookies.ann, async (page, context) => {
      await context.addInitScript(recordFirstFrame);
      await page.goto('/');
      await page.locator(tid('category-item')).first().waitFor();
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(await background(), LIGHT_BG, 'a light system gets the light theme');

      await page.locator(tid('theme-switch')).click();
      await page.locator(tid('theme-dark')).click();
      assert.equal(await background(), DARK_BG, 'the switch turns the page dark at once');
      assert.equal(await page.locator(tid('theme-switch')).getAttribute('data-theme-choice'), 'dark');
      await screenshot(page, 'theme-dark-home', { fullPage: false });

      await delayApplication(context);
      await page.reload();
      await page.locator(tid('category-item')).first().waitFor();
      assert.deepEqual(await page.evaluate(() => globalThis.__firstFrame), { theme: 'dark', background: DARK_BG }, 'the first frame after a reload is already dark');
      assert.equal(await page.locator(tid('theme-switch')).getAttribute('data-theme-choice'), 'dark', 'the choice is remembered');

      await page.locator(tid('theme-switch')).click();
      await page.locator(tid('theme-system')).click();
      assert.equal(await background(), LIGHT_BG, 'back to the system setting, light here');
      assert.equal(await page.evaluate(() => localStorage.getItem('townsquare.theme')), null);
    });
  });

  it('follows a dark system setting without the switch, from the first frame', async () => {
    const context = await suite.contextFor('', { colorScheme: 'dark' });
    try {
      await context.addInitScript(recordFirstFrame);
      await delayApplication(context);
      const page = await context.newPage();
      await page.goto('/');
      await page.locator(tid('category-item')).first().waitFor();
      assert.deepEqual(await page.evaluate(() => globalThis.__firstFrame), { theme: 'dark', background: DARK_BG }, 'the first frame is dark');
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), DARK_BG);
      assert.equal(await page.locator(tid('theme-switch')).getAttribute('data-theme-choice'), 'system');
      await screenshot(page, 'theme-dark-system-guest', { fullPage: false });
    } finally {
      await context.close();
    }
    assert.deepEqual(suite.pageErrors, []);
  });
});
