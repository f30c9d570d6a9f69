// The composer in a real Chromium against the real, built server: an @mention picked from the
// suggestions with the keyboard, a quote of selected text that names and links its source, and a
// "New topic" button wherever a member is, on a desktop and on a 375 px phone.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';

const ALICE = { email: 'alice@composer.example', handle: 'alice_w', displayName: 'Alice Wong', password: 'alice-password-e2e' };
const BOB = { email: 'bob@composer.example', handle: 'bob_q', displayName: 'Bob Quinn', password: 'bob-password-e2e' };
const TOPIC_TITLE = 'Which widget brand do you prefer at home?';
const OPENING = 'Our team uses widgets daily. The blue ones last longest in our tests.';
const SELECTED = 'The blue ones last longest';

const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;

describeInChromium('composer in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { pageErrors, contextFor, call, signUp } = suite;
  let alice;
  let bob;
  let topicId = '';
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;

  async function notificationsOf(cookie) {
    const { data } = await call(cookie, '{ notifications(first: 20) { edges { node { kind postNumber actor { handle } } } } }');
    return data.notifications.edges.map((e) => e.node);
  }

  before(async () => {
    alice = await signUp(ALICE);
    bob = await signUp(BOB);
    const { data } = await call(alice.cookie, '{ categories { id slug } }');
    const offTopic = data.categories.find((c) => c.slug === 'off-topic').id;
    const created = await call(alice.cookie, 'mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }', {
      i: { categoryId: offTopic, title: TOPIC_TITLE, body: OPENING },
    });
    topicId = created.data.createTopic.id;
    context = await contextFor(bob.cookie);
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    assert.deepEqual(pageErrors, []);
  });

  it('offers members while @al is typed; ↓ and Enter insert the handle, and the posted reply notifies them', async () => {
    await page.goto(`/t/${topicId}`);
    await page.locator(tid('reply-topic')).click();
    const body = page.locator(tid('reply-body'));
    await body.pressSequentially('Agreed @al', { delay: 30 });
    const option = page.locator(`${tid('mention-option')}`).filter({ hasText: `@${ALICE.handle}` });
    await option.waitFor();
    assert.match(await option.textContent(), new RegExp(ALICE.displayName));
    assert.equal(await body.getAttribute('role'), 'combobox');
    assert.equal(await body.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator(tid('mention-list')).getAttribute('role'), 'listbox');
    await screenshot(page, 'desktop-composer-mention');

    await body.press('ArrowDown');
    const first = page.locator(tid('mention-option')).first();
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    // Alice started the topic: she comes first.
    assert.match(await first.textContent(), new RegExp(`@${ALICE.handle}`));
    assert.equal(await body.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
    await body.press('Enter');
    assert.equal(await body.inputValue(), `Agreed @${ALICE.handle} `);
    assert.equal(await body.getAttribute('aria-expanded'), 'false');

    // Escape closes the list and leaves the composer open.
    await body.pressSequentially('and @al', { delay: 30 });
    await page.locator(tid('mention-list')).waitFor();
    await body.press('Escape');
    await page.locator(tid('mention-list')).waitFor({ state: 'hidden' });
    await page.locator(tid('reply-composer')).waitFor();
    await body.fill(`Agreed @${ALICE.handle}, blue it is.`);

    await page.locator(tid('reply-submit')).click();
    await page.locator(post(2)).waitFor();
    assert.equal(await page.locator(`${post(2)} a.mention`).getAttribute('href'), `/u/${ALICE.handle}`);
    const mentioned = (await notificationsOf(alice.cookie)).find((n) => n.kind === 'MENTION');
    assert.ok(mentioned, 'Alice is told she was mentioned');
    assert.equal(mentioned.postNumber, 2);
    assert.equal(mentioned.actor.handle, BOB.handle);
  });

  it('quotes only the selected words, as "Alice Wong said:" with a link that opens the quoted post', async () => {
    await page.goto(`/t/${topicId}`);
    await page.locator(`${post(1)} ${tid('post-body')}`).waitFor();
    await page.evaluate(
      ([selector, words]) => {
        const paragraph = document.querySelector(selector);
        const text = paragraph.firstChild;
        const start = text.textContent.indexOf(words);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + words.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [`${post(1)} [data-testid="post-body"] p`, SELECTED],
    );
    const button = page.locator(tid('quote-selection'));
    await button.waitFor();
    await screenshot(page, 'desktop-quote-selection', { fullPage: false });
    await button.click();

    const body = page.locator(tid('reply-body'));
    await page.waitForFunction((selector) => document.querySelector(selector)?.value.includes('[/quote]'), tid('reply-body'));
    const draft = await body.inputValue();
    assert.match(draft, new RegExp(`^\\[quote="${ALICE.handle}, post:[0-9a-f-]{36}, topic:${topicId}/1"\\]\\n${SELECTED}\\n\\[/quote\\]`));
    assert.ok(!draft.includes('Our team uses'), 'only the selection is quoted');
    // The preview names her as the posted reply will.
    await page.locator(tid('composer-preview-tab')).click();
    assert.equal(await page.locator(`${tid('composer-preview')} .quote-author a.quote-source`).textContent(), ALICE.displayName);
    await page.locator(tid('composer-write-tab')).click();
    await body.press('End');
    await body.pressSequentially('Mine too.');
    await page.locator(tid('reply-submit')).click();

    const quote = page.locator(`${post(3)} blockquote.quote`);
    await quote.waitFor();
    const said = await quote.locator('.quote-author').evaluate((el) => el.textContent + getComputedStyle(el.querySelector('.quote-said'), '::before').content);
    assert.equal(said, `${ALICE.displayName}" said:"`);
    assert.equal(await quote.locator('a.quote-source').getAttribute('title'), `@${ALICE.handle}`);
    assert.equal((await quote.locator('p').textContent())?.trim(), SELECTED);
    await screenshot(page.locator(post(3)), 'desktop-quote-posted');

    const quoted = (await notificationsOf(alice.cookie)).find((n) => n.kind === 'QUOTE');
    assert.ok(quoted, 'Alice is told she was quoted');
    assert.equal(quoted.postNumber, 3);

    await quote.locator('a.quote-source').click();
    await page.waitForURL((url) => url.pathname === `/t/${topicId}/1`);
    await page.locator(`${post(1)} ${tid('post-body')}`).waitFor();
    assert.match(await page.locator(`${post(1)} ${tid('post-body')}`).textContent(), /Our team uses widgets daily/);
  });

  it('opens the new-topic form from the home page and from a topic, and posts in the category chosen', async () => {
    await page.goto('/');
    // On a desktop the page's own button is there and the header's is not.
    await page.locator(tid('home-new-topic')).waitFor();
    assert.equal(await page.locator(tid('header-new-topic')).isVisible(), false);
    await page.locator(tid('home-new-topic')).click();
    await page.waitForURL((url) => url.pathname === '/new-topic');
    const select = page.locator(tid('topic-category-select'));
    await page.waitForFunction((selector) => (document.querySelector(selector)?.options.length ?? 0) > 1, tid('topic-category-select'));
    const offered = await select.locator('option:not([disabled])').allTextContents();
    assert.ok(offered.some((name) => name.includes('Questions')), 'categories a member may post in are offered');
    assert.ok(!offered.some((name) => name.includes('Announcements')), 'staff-only categories are not');
    await select.selectOption({ label: 'Questions & Answers' });
    await page.locator(tid('topic-title-input')).fill('Where do I find the widget manual?');
    await page.locator(tid('topic-body-input')).fill('I lost the paper one.');
    await page.locator(tid('topic-submit')).click();
    await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    assert.equal((await page.locator(tid('topic-category')).textContent())?.trim(), 'Questions & Answers');

    // From a topic, the form starts in that topic's category.
    await page.goto(`/t/${topicId}`);
    await page.locator(tid('topic-new-topic')).click();
    await page.waitForURL((url) => url.pathname === '/new-topic' && url.searchParams.get('category') === 'off-topic');
    await page.waitForFunction((selector) => document.querySelector(selector)?.selectedOptions[0]?.textContent?.trim() === 'Off-topic', tid('topic-category-select'));
  });

  it('keeps New topic and the mention list within reach on a 375 px phone', async () => {
    const phone = await contextFor(bob.cookie, { viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const small = await phone.newPage();
      await small.goto(`/t/${topicId}`);
      const headerButton = small.locator(tid('header-new-topic'));
      await headerButton.waitFor();
      await assertNoHorizontalScroll(small, 'topic page with the header New topic button');
      await screenshot(small, 'phone-header-new-topic', { fullPage: false });

      await small.locator(tid('reply-topic')).click();
      await small.locator(tid('reply-body')).pressSequentially('@ali', { delay: 30 });
      const list = small.locator(tid('mention-list'));
      await list.locator(tid('mention-option')).filter({ hasText: `@${ALICE.handle}` }).waitFor();
      const box = await list.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height, `the list fits the screen (${JSON.stringify(box)})`);
      await screenshot(small, 'phone-composer-mention', { fullPage: false });
      await list.locator(tid('mention-option')).first().tap();
      assert.equal(await small.locator(tid('reply-body')).inputValue(), `@${ALICE.handle} `);
      await small.locator(tid('composer-close')).click();

      await headerButton.click();
      await small.waitForURL((url) => url.pathname === '/new-topic');
      await small.locator(tid('topic-category-select')).selectOption({ label: 'Off-topic' });
      await small.locator(tid('topic-title-input')).fill('A widget stand for small desks');
      await small.locator(tid('topic-body-input')).fill('Something narrow, please.');
      await assertNoHorizontalScroll(small, 'new-topic form');
      await small.locator(tid('topic-submit')).click();
      await small.waitForURL(/\/t\/[0-9a-f-]{36}$/);
      assert.equal((await small.locator(tid('topic-category')).textContent())?.trim(), 'Off-topic');
    } finally {
      await phone.close();
    }
  });
});
