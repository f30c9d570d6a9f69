// The forum in a real Chromium against the real, built server (with its own embedded PostgreSQL):
// two members in two browsers ask and answer a question, and each sees the other's actions live.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, dismissToasts, screenshot, tid } from '../support/browser.mjs';

const ASKER = { email: 'asker@e2e.example', handle: 'asker_a', displayName: 'Ada Asker', password: 'asker-password-e2e' };
const ADMIN = { login: 'admin', password: 'admin-password-e2e' };
const HELPER = { email: 'helper@e2e.example', handle: 'helper_b', displayName: 'Bea Helper', password: 'helper-password-e2e' };
/** A word found nowhere else, for the search. */
const KEYWORD = 'quokkaflux';
const TITLE = 'How do I export my invoices as a spreadsheet?';
const QUESTION = `I need **bold** help: the billing page shows invoices one by one. Is there a ${KEYWORD} way to export them all?`;
const ANSWER = 'Open Billing, choose the year, then press Export. You get one CSV file with every invoice.';
const OFFICIAL = 'Official answer from the team: Billing → Export gives a CSV of every invoice of the year.';
/** A second topic, for flags and staff tools. */
const IDEA_TITLE = 'Please add a dark mode to the billing page';
const IDEA_BODY = 'The billing page is very bright at night. A dark mode would help.';
const IDEA_REPLY = 'Agreed, and the invoice PDFs could follow the same theme.';
const SCOPED = { email: 'scoped@e2e.example', handle: 'scoped_sam', displayName: 'Sam Scoped', password: 'scoped-password-e2e' };
const LIVE_TIMEOUT = 10_000;

const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;

describeInChromium('forum in Chromium', () => {
  // Trust limits (pre-moderation of a new member's first posts, pauses between posts) are
  // tested on the server; here two new members talk at the pace of a test.
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { pageErrors, newContext } = suite;
  /** @type {import('playwright-core').BrowserContext} */
  let askerContext;
  /** @type {import('playwright-core').BrowserContext} */
  let helperContext;
  /** @type {import('playwright-core').Page} */
  let asker;
  /** @type {import('playwright-core').Page} */
  let helper;
  let topicPath = '';

  async function signUp(page, member) {
    await page.goto('/signup');
    await page.locator(tid('signup-email')).fill(member.email);
    await page.locator(tid('signup-handle')).fill(member.handle);
    await page.locator(tid('signup-display-name')).fill(member.displayName);
    await page.locator(tid('signup-password')).fill(member.password);
    await page.locator(tid('signup-submit')).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator(tid('current-user')).waitFor();
    await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
  }

  async function signIn(page, login, password) {
    await page.goto('/signin');
    await page.locator(tid('signin-login')).fill(login);
    await page.locator(tid('signin-password')).fill(password);
    await page.locator(tid('signin-submit')).click();
    await page.waitForURL((url) => url.pathname === '/');
  }

  /** A GraphQL call with the page's session, for what a story needs set up; it must succeed. */
  async function api(page, query, variables = {}) {
    const response = await page.request.post('/graphql', { data: { query, variables } });
    const body = await response.json();
    assert.ok(!body.errors, `GraphQL refused: ${JSON.stringify(body.errors)}\n${query}`);
    return body.data;
  }

  /** Opens a post's "more" menu and its flag dialog. */
  async function openPostFlag(page, number) {
    await page.locator(`${post(number)} ${tid('post-more')}`).click();
    await page.locator(`${post(number)} ${tid('post-flag')}`).click();
    const dialog = page.locator(tid('flag-dialog'));
    await dialog.locator(tid('flag-reason-SPAM')).waitFor();
    return dialog;
  }

  /** Waits for a toast saying `text`, then dismisses every toast. */
  async function expectToast(page, text) {
    await page.locator(tid('toast')).filter({ hasText: text }).waitFor();
    await dismissToasts(page);
  }

  async function bellCount(page) {
    const badge = page.locator(tid('notification-count'));
    return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.trim());
  }

  before(async () => {
    askerContext = await newContext();
    helperContext = await newContext();
    askerContext.setDefaultTimeout(15_000);
    helperContext.setDefaultTimeout(15_000);
    asker = await askerContext.newPage();
    helper = await helperContext.newPage();
  });

  it('lets a member ask a question with the composer, previewing the Markdown', async () => {
    await signUp(asker, ASKER);
    await asker.locator(`${tid('category-item')}[data-slug="questions"] ${tid('category-link')}`).click();
    await asker.waitForURL(/\/c\/questions$/);
    await asker.locator(tid('category-title')).waitFor();
    assert.equal((await asker.locator(tid('category-title')).textContent())?.trim(), 'Questions & Answers');

    await asker.locator(tid('new-topic')).click();
    await asker.waitForURL(/\/new-topic\?category=questions$/);
    const category = asker.locator(tid('topic-category-select'));
    await asker.waitForFunction(() => document.querySelector('[data-testid="topic-category-select"]')?.selectedOptions[0]?.textContent?.trim() === 'Questions & Answers');
    assert.ok(await category.inputValue(), 'the category the member came from is chosen');

    // Sending an empty form shows what is missing at each field.
    await asker.locator(tid('topic-submit')).click();
    await asker.locator(tid('field-error-title')).waitFor();
    await asker.locator(tid('field-error-body')).waitFor();

    await asker.locator(tid('topic-kind-select')).selectOption('QUESTION');
    await asker.locator(tid('topic-title-input')).fill(TITLE);
    await asker.locator(tid('topic-body-input')).fill(QUESTION);
    assert.match(await asker.locator(tid('composer-counter')).textContent(), new RegExp(`^${QUESTION.length} / 50,000$`));

    await asker.locator(tid('composer-preview-tab')).click();
    const bold = asker.locator(`${tid('composer-preview')} strong`);
    await bold.waitFor();
    assert.equal((await bold.textContent())?.trim(), 'bold', 'the preview renders **bold** as bold');
    assert.equal(await asker.locator(tid('composer-preview-tab')).getAttribute('aria-selected'), 'true');
    await screenshot(asker, 'desktop-composer-preview');

    await asker.locator(tid('topic-submit')).click();
    await asker.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    topicPath = new URL(asker.url()).pathname;
    await asker.locator(tid('topic-title')).waitFor();
    assert.equal((await asker.locator(tid('topic-title')).textContent())?.trim(), TITLE);
    assert.equal((await asker.locator(tid('kind-badge')).first().textContent())?.trim(), 'Question');
    assert.equal((await asker.locator(`${post(1)} ${tid('post-body')} strong`).textContent())?.trim(), 'bold');
  });

  it('shows the other member’s reply live, with who is viewing and typing', async () => {
    await signUp(helper, HELPER);
    await helper.goto(topicPath);
    await helper.locator(post(1)).waitFor();
    // Both pages are in the topic's live room.
    await asker.locator(tid('topic-viewers')).waitFor({ timeout: LIVE_TIMEOUT });
    assert.match(await asker.locator(tid('topic-viewers')).textContent(), /2 viewing/);
    await asker.evaluate(() => {
      window.__sameDocument = true;
    });

    await helper.locator(tid('reply-topic')).click();
    const body = helper.locator(tid('reply-body'));
    await body.waitFor();
    await body.pressSequentially('Open Billing', { delay: 20 });
    await asker.locator(tid('typing')).filter({ hasText: `${HELPER.displayName} is typing` }).waitFor({ timeout: LIVE_TIMEOUT });
    await body.fill(ANSWER);
    await helper.locator(tid('reply-submit')).click();
    await helper.locator(post(2)).waitFor();
    await helper.locator(tid('reply-composer')).waitFor({ state: 'detached' });

    const reply = asker.locator(post(2));
    await reply.waitFor({ timeout: LIVE_TIMEOUT });
    assert.equal((await reply.locator(tid('post-body')).textContent())?.trim(), ANSWER);
    assert.match(await reply.locator(tid('post-author')).textContent(), new RegExp(HELPER.displayName));
    assert.equal(await asker.evaluate(() => window.__sameDocument), true, 'the reply appeared without reloading the page');
  });

  it('shows a reaction to the other member live, with who gave it', async () => {
    const like = asker.locator(`${post(2)} ${tid('reaction-LIKE')}`);
    assert.equal(await like.getAttribute('aria-pressed'), 'false');
    await like.click();
    await asker.locator(`${post(2)} ${tid('reaction-LIKE')}[aria-pressed="true"][data-count="1"]`).waitFor();

    await helper.locator(`${post(2)} ${tid('reaction-LIKE')}[data-count="1"]`).waitFor({ timeout: LIVE_TIMEOUT });
    assert.equal(
      await helper.locator(`${post(2)} ${tid('reaction-LIKE')}`).getAttribute('aria-pressed'),
      'false',
      'the helper did not react: the count changed, not their own state',
    );
    await helper.locator(`${post(2)} ${tid('reaction-LIKE')}`).hover();
    const reactors = helper.locator(`${post(2)} ${tid('reactors')}`);
    await reactors.filter({ hasText: ASKER.displayName }).waitFor();
  });

  it('lets the asker accept the reply, shown under the question for both', async () => {
    await asker.locator(`${post(2)} ${tid('accept-answer')}`).click();
    const solution = asker.locator(tid('solution-accepted'));
    await solution.waitFor();
    assert.match(await solution.textContent(), /Open Billing, choose the year/);
    assert.match(await solution.textContent(), new RegExp(`by ${HELPER.displayName}`));
    await asker.locator(`${post(2)} ${tid('accepted-mark')}`).waitFor();
    await asker.locator(`${tid('topic-header')} ${tid('answered-badge')}`).waitFor();
    // The question is above its solution; the replies follow.
    const order = await asker.evaluate(() => {
      const nodes = [...document.querySelectorAll('[data-testid="post"], [data-testid="solutions"]')];
      return nodes.map((n) => n.getAttribute('data-post-number') ?? 'solutions');
    });
    assert.deepEqual(order, ['1', 'solutions', '2']);

    await helper.locator(tid('solution-accepted')).waitFor({ timeout: LIVE_TIMEOUT });
    await asker.locator(`${post(2)}`).scrollIntoViewIfNeeded();
    await screenshot(asker, 'desktop-topic');
  });

  it('tells a mentioned member through the bell, live', async () => {
    await helper.goto('/');
    await helper.locator(tid('notification-bell')).waitFor();
    await helper.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
    // The accepted answer and the reaction were notified.
    await helper.locator(tid('notification-count')).waitFor();
    const before = await bellCount(helper);
    assert.ok(before >= 1);

    await asker.locator(tid('reply-topic')).click();
    await asker.locator(tid('reply-body')).fill(`Thank you @${HELPER.handle}, the export worked!`);
    await asker.locator(tid('reply-submit')).click();
    await asker.locator(post(3)).waitFor();
    assert.equal(await asker.locator(`${post(3)} a.mention`).getAttribute('href'), `/u/${HELPER.handle}`);

    await helper.waitForFunction(
      ([selector, count]) => Number(document.querySelector(selector)?.textContent?.trim() ?? 0) > count,
      [tid('notification-count'), before],
      { timeout: LIVE_TIMEOUT },
    );
    await helper.locator(tid('notification-bell')).click();
    const mention = helper.locator(`${tid('notification-panel')} ${tid('notification')}[data-kind="MENTION"]`);
    await mention.waitFor();
    // It says who mentioned them (it arrived live, then the list loads the same).
    assert.match(await mention.textContent(), new RegExp(`${ASKER.displayName} mentioned you in.*${TITLE.replace('?', '\\?')}`));
    assert.equal(await mention.getAttribute('data-read'), 'false');
    await screenshot(helper, 'desktop-notifications-panel');

    await mention.locator('a').click();
    await helper.waitForURL((url) => url.pathname === `${topicPath}/3`);
    await helper.locator(post(3)).waitFor();
    assert.equal(await bellCount(helper), before, 'opening the notification marked it read');

    await helper.goto('/notifications');
    await helper.locator(tid('notification')).first().waitFor();
    assert.ok((await helper.locator(tid('notification')).count()) >= 2);
    await screenshot(helper, 'desktop-notifications');
  });

  it('finds the topic by a word, with the word highlighted', async () => {
    await asker.locator(tid('header-search-input')).fill(KEYWORD);
    await asker.locator(tid('header-search-input')).press('Enter');
    await asker.waitForURL(new RegExp(`/search\\?q=${KEYWORD}$`));
    const hit = asker.locator(tid('search-hit')).first();
    await hit.waitFor();
    assert.equal((await hit.locator(tid('search-hit-link')).textContent())?.trim(), TITLE);
    assert.equal((await hit.locator(`${tid('search-snippet')} mark`).first().textContent())?.toLowerCase(), KEYWORD);
    await screenshot(asker, 'desktop-search');

    await asker.locator(tid('search-input')).fill('nothing-matches-this-xyzzy');
    await asker.locator(tid('search-submit')).click();
    await asker.locator(tid('empty-state')).waitFor();
  });

  it('shows the home page with the latest topics and the category list, live', async () => {
    await helper.goto('/');
    const row = helper.locator(`${tid('topic-row')}:has-text("${TITLE}")`);
    await row.waitFor();
    assert.match(await row.textContent(), /Question/);
    assert.match(await row.textContent(), /Solved/);

    // New activity is announced rather than shuffled in under the reader.
    await asker.goto(topicPath);
    await asker.locator(tid('reply-topic')).click();
    await asker.locator(tid('reply-body')).fill('One more detail: the CSV uses semicolons in some locales.');
    await asker.locator(tid('reply-submit')).click();
    await asker.locator(post(4)).waitFor();
    await helper.locator(tid('pending-activity')).waitFor({ timeout: LIVE_TIMEOUT });
    assert.match(await helper.locator(tid('pending-activity')).textContent(), /1 topic with new replies/);
    await screenshot(helper, 'desktop-home');
    await helper.locator(tid('pending-activity')).click();
    await helper.locator(tid('pending-activity')).waitFor({ state: 'detached' });

    await helper.goto('/c/questions');
    await helper.locator(tid('topic-row')).first().waitFor();
    await screenshot(helper, 'desktop-category');
  });

  it('catches up on what was posted while the connection was down', async () => {
    await helper.goto(topicPath);
    await helper.locator(post(4)).waitFor();
    await helper.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
    await helperContext.setOffline(true);
    await helper.locator(`${tid('live-status')}:not([data-state="live"])`).waitFor({ timeout: LIVE_TIMEOUT });

    await asker.locator(tid('reply-topic')).click();
    await asker.locator(tid('reply-body')).fill('Posted while Bea was offline.');
    await asker.locator(tid('reply-submit')).click();
    await asker.locator(post(5)).waitFor();

    await helperContext.setOffline(false);
    await helper.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 20_000 });
    await helper.locator(post(5)).waitFor({ timeout: LIVE_TIMEOUT });
    assert.match(await helper.locator(`${post(5)} ${tid('post-body')}`).textContent(), /while Bea was offline/);
  });

  it('lets staff answer as the brand and lock the topic, live for the member', async () => {
    const context = await newContext();
    context.setDefaultTimeout(15_000);
    try {
      const admin = await context.newPage();
      await admin.goto('/signin');
      await admin.locator(tid('signin-login')).fill(ADMIN.login);
      await admin.locator(tid('signin-password')).fill(ADMIN.password);
      await admin.locator(tid('signin-submit')).click();
      await admin.waitForURL((url) => url.pathname === '/');
      await admin.goto(topicPath);
      await admin.locator(tid('staff-tools')).waitFor();
      await asker.goto(topicPath);
      await asker.locator(post(5)).waitFor();

      await admin.locator(tid('reply-topic')).click();
      await admin.locator(tid('reply-body')).fill(OFFICIAL);
      await admin.locator(tid('post-as-brand')).check();
      await admin.locator(tid('reply-submit')).click();
      await admin.locator(post(6)).waitFor();

      // The member sees the brand's answer arrive, in the brand's voice, and under the question.
      const official = asker.locator(post(6));
      await official.waitFor({ timeout: LIVE_TIMEOUT });
      await official.locator(tid('official-badge')).waitFor();
      assert.match(await official.locator(tid('post-author')).textContent(), /Northwind/);
      assert.doesNotMatch(await official.locator(tid('post-author')).textContent(), /admin/i, 'members do not see who wrote as the brand');
      await asker.locator(tid('solution-official')).waitFor({ timeout: LIVE_TIMEOUT });
      assert.match(await asker.locator(tid('solution-official')).textContent(), /Official answer/);

      await admin.locator(tid('lock-topic')).click();
      await admin.locator(tid('unlock-topic')).waitFor();
      await asker.locator(tid('topic-locked-notice')).waitFor({ timeout: LIVE_TIMEOUT });
      assert.equal(await asker.locator(tid('reply-topic')).count(), 0, 'a member cannot reply to a locked topic');
      await asker.locator(tid('locked-badge')).waitFor();
      await screenshot(asker, 'desktop-topic-official-locked');

      await admin.locator(tid('unlock-topic')).click();
      await asker.locator(tid('reply-topic')).waitFor({ timeout: LIVE_TIMEOUT });
    } finally {
      await context.close();
    }
  });

  it('lets members flag posts, topics and members, and staff hide, move, close and restore', async () => {
    // A topic of the asker's in Ideas, with a reply from the helper.
    const { categories } = await api(asker, '{ categories { id slug name } }');
    const ideas = categories.find((c) => c.slug === 'ideas');
    const offTopic = categories.find((c) => c.slug === 'off-topic');
    const questions = categories.find((c) => c.slug === 'questions');
    assert.ok(ideas && offTopic && questions, 'the demo categories exist');
    const { createTopic } = await api(asker, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }', {
      input: { categoryId: ideas.id, title: IDEA_TITLE, body: IDEA_BODY, kind: 'IDEA' },
    });
    const ideaPath = `/t/${createTopic.id}`;
    await api(helper, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { topicId: createTopic.id, body: IDEA_REPLY } });

    // Nobody flags their own post, topic or profile.
    await asker.goto(ideaPath);
    await asker.locator(post(2)).waitFor();
    assert.equal(await asker.locator(`${post(1)} ${tid('post-flag')}`).count(), 0, 'no flag action on one’s own post');
    assert.equal(await asker.locator(tid('topic-flag')).count(), 0, 'no flag action on one’s own topic');
    assert.equal(await asker.locator(`${post(2)} ${tid('post-flag')}`).count(), 1, 'others’ posts can be flagged');
    await helper.goto(ideaPath);
    await helper.locator(post(2)).waitFor();
    assert.equal(await helper.locator(`${post(2)} ${tid('post-flag')}`).count(), 0, 'no flag action on one’s own reply');

    // "Something else" needs a note: the error shows at the note, and nothing chosen is lost.
    let dialog = await openPostFlag(helper, 1);
    await dialog.locator(tid('flag-reason-OTHER')).check();
    await dialog.locator(tid('flag-submit')).click();
    await dialog.locator(tid('field-error-note')).waitFor();
    assert.match(await dialog.locator(tid('field-error-note')).textContent(), /a note is required/);
    assert.equal(await dialog.locator(tid('flag-reason-OTHER')).isChecked(), true);
    assert.equal(await helper.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'flag-note', 'the note is focused');
    const note = 'This reads like an advert for another product.';
    await dialog.locator(tid('flag-note')).fill(note);
    assert.equal((await dialog.locator(tid('flag-note-counter')).textContent())?.trim(), `${note.length} / 1,000`);
    await dialog.locator(tid('field-error-note')).waitFor({ state: 'detached' });
    await screenshot(helper, 'desktop-flag-dialog');
    await dialog.locator(tid('flag-submit')).click();
    await expectToast(helper, 'Thanks — the moderators will take a look');
    await dialog.waitFor({ state: 'detached' });
    const flaggedAction = helper.locator(`${post(1)} ${tid('post-flag')}`);
    assert.equal(await flaggedAction.getAttribute('data-flagged'), 'true');
    assert.equal(await flaggedAction.isDisabled(), true, 'the flag action turns into a disabled "Flagged"');
    assert.match(await flaggedAction.textContent(), /Flagged/);

    // After a reload the page has forgotten; the server has not.
    await helper.reload();
    await helper.locator(post(2)).waitFor();
    dialog = await openPostFlag(helper, 1);
    await dialog.locator(tid('flag-reason-SPAM')).check();
    await dialog.locator(tid('flag-submit')).click();
    await dialog.locator(tid('form-error')).waitFor();
    assert.match(await dialog.locator(tid('form-error')).textContent(), /You have already flagged this; moderators will look at it/);
    assert.equal(await dialog.locator(tid('flag-reason-SPAM')).isChecked(), true, 'the choice is kept after a refusal');
    await helper.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The topic, from its header.
    await helper.locator(tid('topic-flag')).click();
    dialog = helper.locator(tid('flag-dialog'));
    await dialog.locator(tid('flag-reason-OFF_TOPIC')).check();
    await dialog.locator(tid('flag-submit')).click();
    await expectToast(helper, 'Thanks — the moderators will take a look');
    await helper.locator(`${tid('topic-flag')}[data-flagged="true"]`).waitFor();
    assert.equal(await helper.locator(tid('topic-flag')).isDisabled(), true);

    // A member, from their profile (not one's own).
    await helper.goto(`/u/${HELPER.handle}`);
    await helper.locator(tid('profile-name')).waitFor();
    assert.equal(await helper.locator(tid('profile-flag')).count(), 0, 'no flag action on one’s own profile');
    await helper.goto(`/u/${ASKER.handle}`);
    await helper.locator(tid('profile-flag')).click();
    dialog = helper.locator(tid('flag-dialog'));
    assert.match(await dialog.textContent(), new RegExp(`Flag ${ASKER.displayName}`));
    await dialog.locator(tid('flag-reason-OFFENSIVE')).check();
    await dialog.locator(tid('flag-note')).fill('Answers newcomers rudely in several topics.');
    await dialog.locator(tid('flag-submit')).click();
    await expectToast(helper, 'Thanks — the moderators will take a look');
    await helper.locator(`${tid('profile-flag')}[data-flagged="true"]`).waitFor();

    // A newcomer has five flags a day: the sixth is refused, saying when flagging opens again.
    const { posts } = await api(helper, 'query ($id: ID!) { posts(topicId: $id, first: 10) { edges { node { id postNumber } } } }', { id: topicPath.split('/').pop() });
    const byNumber = new Map(posts.edges.map((e) => [e.node.postNumber, e.node.id]));
    for (const number of [3, 4]) {
      await api(helper, 'mutation ($input: FlagInput!) { flag(input: $input) { id } }', { input: { targetType: 'POST', targetId: byNumber.get(number), reason: 'SPAM' } });
    }
    await helper.goto(`${topicPath}/5`);
    await helper.locator(post(5)).waitFor();
    dialog = await openPostFlag(helper, 5);
    await dialog.locator(tid('flag-reason-SPAM')).check();
    await dialog.locator(tid('flag-submit')).click();
    await dialog.locator(tid('form-error')).waitFor();
    assert.match(await dialog.locator(tid('form-error')).textContent(), /You have used all your flags for today\. You can flag again after .*\d{4}/);
    assert.equal(await dialog.locator(tid('form-error')).getAttribute('data-code'), 'RATE_LIMITED');
    await dialog.locator(tid('dialog-close')).click();
    await dialog.waitFor({ state: 'detached' });

    const context = await newContext();
    context.setDefaultTimeout(15_000);
    try {
      const admin = await context.newPage();
      await signIn(admin, ADMIN.login, ADMIN.password);
      await admin.goto(ideaPath);
      await admin.locator(tid('staff-tools')).waitFor();
      await admin.locator(post(2)).waitFor();
      await screenshot(admin, 'desktop-staff-tools');
      await admin.locator(tid('staff-more')).click();
      await admin.locator(tid('move-topic')).waitFor();
      await screenshot(admin, 'desktop-staff-tools-menu');
      await admin.keyboard.press('Escape');
      await admin.locator(tid('move-topic')).waitFor({ state: 'hidden' });
      // On a phone the tools wrap, and their menu stays on the screen.
      await admin.setViewportSize(PHONE);
      await admin.locator(tid('staff-more')).click();
      await admin.locator(tid('move-topic')).waitFor();
      await assertNoHorizontalScroll(admin, 'staff tools with their menu open');
      await screenshot(admin, 'phone-staff-tools', { fullPage: false });
      await admin.keyboard.press('Escape');
      await admin.locator(tid('move-topic')).waitFor({ state: 'hidden' });
      await admin.setViewportSize(DESKTOP);

      // Hide the topic, with a reason: members get "not found", the author sees why.
      await admin.locator(tid('hide-topic')).click();
      const hide = admin.locator(tid('hide-topic-dialog'));
      await hide.locator(tid('reason-confirm')).click();
      await hide.locator(tid('field-error-reason')).waitFor();
      await hide.locator(tid('reason-input')).fill('Duplicate of the pinned dark mode request.');
      await hide.locator(tid('reason-confirm')).click();
      await hide.waitFor({ state: 'detached' });
      await admin.locator(tid('topic-hidden-banner')).waitFor();
      await admin.locator(tid('unhide-topic')).waitFor();
      assert.match(await admin.locator(tid('topic-hidden-banner')).textContent(), /Duplicate of the pinned dark mode request/);

      await helper.goto(ideaPath);
      await helper.locator(tid('not-found')).waitFor();
      assert.equal(await helper.locator(post(1)).count(), 0, 'a member cannot see the hidden topic');
      await asker.reload();
      const banner = asker.locator(tid('topic-hidden-banner'));
      await banner.waitFor();
      assert.match(await banner.textContent(), /The team hid your topic/);
      assert.equal((await asker.locator(tid('topic-hidden-reason')).textContent())?.trim(), 'Reason: Duplicate of the pinned dark mode request.');
      await screenshot(asker, 'desktop-topic-hidden-banner');

      await admin.locator(tid('unhide-topic')).click();
      await admin.locator(tid('hide-topic')).waitFor();
      await admin.locator(tid('topic-hidden-banner')).waitFor({ state: 'detached' });
      await asker.locator(tid('topic-hidden-banner')).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      await helper.goto(ideaPath);
      await helper.locator(post(2)).waitFor();

      // Move it to another category: the member's page follows.
      await admin.locator(tid('staff-more')).click();
      await admin.locator(tid('move-topic')).click();
      const move = admin.locator(tid('move-topic-dialog'));
      assert.equal(await move.locator(`${tid('move-category-select')} option[value="${ideas.id}"]`).count(), 0, 'the current category is not offered');
      await move.locator(tid('move-category-select')).selectOption(offTopic.id);
      await move.locator(tid('move-confirm')).click();
      await move.waitFor({ state: 'detached' });
      await admin.locator(tid('topic-category')).filter({ hasText: offTopic.name }).waitFor();
      await helper.locator(tid('topic-category')).filter({ hasText: offTopic.name }).waitFor({ timeout: LIVE_TIMEOUT });

      // Close it with a reason: the composer is gone for members.
      await admin.locator(tid('close-topic')).click();
      const close = admin.locator(tid('close-topic-dialog'));
      await close.locator(tid('reason-input')).fill('The team has answered this in the roadmap.');
      await close.locator(tid('reason-confirm')).click();
      await close.waitFor({ state: 'detached' });
      await admin.locator(tid('unlock-topic')).waitFor();
      await helper.locator(tid('topic-locked-notice')).waitFor({ timeout: LIVE_TIMEOUT });
      assert.equal(await helper.locator(tid('reply-topic')).count(), 0, 'members cannot reply to a closed topic');
      await helper.locator(tid('locked-badge')).waitFor();
      // Readers see why (the live update, then a fresh load).
      await helper.locator(tid('topic-closed-reason')).filter({ hasText: 'The team has answered this in the roadmap.' }).waitFor({ timeout: LIVE_TIMEOUT });

      // Hide a reply with a reason: gone for members, marked for its author and staff; then restored.
      await admin.locator(`${post(2)} ${tid('post-more')}`).click();
      await admin.locator(`${post(2)} ${tid('post-hide')}`).click();
      const hidePost = admin.locator(tid('hide-post-dialog'));
      await hidePost.locator(tid('reason-input')).fill('Please keep this topic about dark mode.');
      await hidePost.locator(tid('reason-confirm')).click();
      await hidePost.waitFor({ state: 'detached' });
      await admin.locator(`${post(2)} ${tid('post-hidden')}`).waitFor();
      assert.match(await admin.locator(`${post(2)} ${tid('post-hidden-reason')}`).textContent(), /Please keep this topic about dark mode/);
      await asker.locator(post(2)).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      await helper.locator(`${post(2)} ${tid('post-hidden')}`).waitFor({ timeout: LIVE_TIMEOUT });
      assert.match(await helper.locator(`${post(2)} ${tid('post-hidden')}`).textContent(), /only you and the team can see this post/);
      await dismissToasts(admin);
      await screenshot(admin, 'desktop-post-hidden');

      await admin.locator(`${post(2)} ${tid('post-restore')}`).click();
      await admin.locator(`${post(2)} ${tid('post-hidden')}`).waitFor({ state: 'detached' });
      await asker.locator(post(2)).waitFor({ timeout: LIVE_TIMEOUT });
      assert.equal((await asker.locator(`${post(2)} ${tid('post-body')}`).textContent())?.trim(), IDEA_REPLY);

      // Delete and restore the topic: staff still see it; members get "not found" meanwhile.
      await admin.locator(tid('staff-more')).click();
      await admin.locator(tid('delete-topic')).click();
      await admin.locator(`${tid('delete-topic-dialog')} ${tid('confirm-delete-topic')}`).click();
      await admin.locator(tid('topic-deleted-banner')).waitFor();
      await helper.locator(tid('not-found')).waitFor({ timeout: LIVE_TIMEOUT });
      assert.equal(await admin.locator(tid('delete-topic')).count(), 0, 'a deleted topic offers restoring, not deleting');
      await admin.locator(tid('restore-topic')).click();
      await admin.locator(tid('topic-deleted-banner')).waitFor({ state: 'detached' });
      await admin.locator(tid('delete-topic')).waitFor({ state: 'attached' });
      await helper.goto(ideaPath);
      await helper.locator(post(2)).waitFor();

      // A moderator of other categories is told so, and the page carries on.
      const scoped = await newContext();
      scoped.setDefaultTimeout(15_000);
      try {
        const moderator = await scoped.newPage();
        await signUp(moderator, SCOPED);
        const { user } = await api(admin, 'query ($handle: String!) { user(handle: $handle) { id } }', { handle: SCOPED.handle });
        await api(admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: user.id });
        await api(admin, 'mutation ($userId: ID!, $ids: [ID!]!) { setModeratorCategories(userId: $userId, categoryIds: $ids) }', { userId: user.id, ids: [questions.id] });
        await moderator.goto(ideaPath);
        await moderator.locator(tid('staff-tools')).waitFor();
        await moderator.locator(tid('hide-topic')).click();
        await moderator.locator(`${tid('hide-topic-dialog')} ${tid('reason-input')}`).fill('Trying outside my categories.');
        await moderator.locator(`${tid('hide-topic-dialog')} ${tid('reason-confirm')}`).click();
        await moderator.locator(tid('toast')).filter({ hasText: 'You do not moderate this category.' }).waitFor();
        await moderator.locator(tid('hide-topic-dialog')).waitFor({ state: 'detached' });
        assert.equal(await moderator.locator(tid('topic-hidden-banner')).count(), 0);
        assert.match(await moderator.locator(tid('topic-title')).textContent(), new RegExp(IDEA_TITLE), 'the page carries on');
        await moderator.locator(post(2)).waitFor();
      } finally {
        await scoped.close();
      }
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px wide phone screen on every forum page', async () => {
    const context = await newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      storageState: await askerContext.storageState(),
    });
    try {
      const phone = await context.newPage();
      await phone.goto('/');
      await phone.locator(tid('topic-row')).first().waitFor();
      await assertNoHorizontalScroll(phone, '/');
      await screenshot(phone, 'phone-home');

      await phone.goto('/c/questions?sort=top');
      await phone.locator(tid('topic-row')).first().waitFor();
      await assertNoHorizontalScroll(phone, '/c/questions');
      await screenshot(phone, 'phone-category');

      await phone.goto(topicPath);
      await phone.locator(post(6)).waitFor();
      await phone.locator(tid('solution-accepted')).waitFor();
      await assertNoHorizontalScroll(phone, 'topic');
      await screenshot(phone, 'phone-topic');

      // The flag dialog fits the screen; Escape closes it.
      const flagDialog = await openPostFlag(phone, 2);
      await flagDialog.locator(tid('flag-reason-OTHER')).check();
      await flagDialog.locator(tid('flag-note')).fill('Checking how this looks on a phone.');
      await assertNoHorizontalScroll(phone, 'flag dialog');
      const box = await flagDialog.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `the flag dialog fits the screen (${JSON.stringify(box)})`);
      const inner = await flagDialog.evaluate((el) => [...el.querySelectorAll('*')].reduce((widest, child) => Math.max(widest, child.getBoundingClientRect().right), 0));
      assert.ok(inner <= PHONE.width, `nothing in the flag dialog reaches past the screen (${inner})`);
      await screenshot(phone, 'phone-flag-dialog', { fullPage: false });
      await phone.keyboard.press('Escape');
      await flagDialog.waitFor({ state: 'detached' });

      await phone.locator(tid('reply-topic')).click();
      await phone.locator(tid('reply-body')).fill('A **short** note from a phone:\n\n- first\n- second');
      await phone.locator(`${tid('reply-composer')} ${tid('composer-preview-tab')}`).click();
      await phone.locator(`${tid('reply-composer')} ${tid('composer-preview')} strong`).waitFor();
      await assertNoHorizontalScroll(phone, 'reply composer');
      await screenshot(phone, 'phone-composer-preview', { fullPage: false });
      await phone.locator(tid('composer-close')).click();

      await phone.goto('/new-topic');
      await phone.locator(tid('topic-body-input')).fill('Some **text**');
      await phone.locator(tid('composer-preview-tab')).click();
      await phone.locator(`${tid('composer-preview')} strong`).waitFor();
      await assertNoHorizontalScroll(phone, '/new-topic');
      await screenshot(phone, 'phone-new-topic');

      await phone.goto(`/search?q=${KEYWORD}`);
      await phone.locator(tid('search-hit')).first().waitFor();
      await assertNoHorizontalScroll(phone, '/search');
      await screenshot(phone, 'phone-search');

      await phone.goto('/notifications');
      await phone.locator(`${tid('notification-list')}, ${tid('empty-state')}`).first().waitFor();
      await assertNoHorizontalScroll(phone, '/notifications');
      await screenshot(phone, 'phone-notifications');

      await phone.goto(topicPath);
      await phone.locator(tid('lang-ru')).click();
      await phone.waitForFunction(() => document.documentElement.lang === 'ru');
      await phone.locator(tid('solution-official')).filter({ hasText: 'Официальный ответ' }).waitFor();
      assert.match(await phone.locator(tid('topic-header')).textContent(), /5 ответов/);
      await assertNoHorizontalScroll(phone, 'topic in Russian');
      await screenshot(phone, 'phone-topic-ru');
      const flagRu = await openPostFlag(phone, 2);
      await flagRu.locator(tid('flag-reason-OTHER')).check();
      await flagRu.locator(tid('flag-submit')).click();
      await flagRu.locator(tid('field-error-note')).filter({ hasText: 'пояснение обязательно' }).waitFor();
      await assertNoHorizontalScroll(phone, 'flag dialog in Russian');
      await screenshot(phone, 'phone-flag-dialog-ru', { fullPage: false });
      await phone.keyboard.press('Escape');
      await flagRu.waitFor({ state: 'detached' });
      await phone.locator(tid('lang-en')).click();

      await phone.goto(`/u/${HELPER.handle}`);
      await phone.locator(tid('profile-name')).waitFor();
      await phone.locator(tid('profile-tab-posts')).click();
      await phone.locator(tid('profile-post')).first().waitFor();
      await assertNoHorizontalScroll(phone, '/u/helper_b');
      await screenshot(phone, 'phone-profile');
    } finally {
      await context.close();
    }
  });

  it('raised no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
