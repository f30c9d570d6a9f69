// Feedback collection in a real Chromium against the built server: an admin keeps the product
// areas; a moderator files a member's reply as a Billing bug from the post's menu, finds it in the
// staff panel's Feedback screen under Billing × Bug with the member's words and a link back, and
// downloads the CSV export; a member never sees the control nor asks for the staff-only mark, and
// is turned away from the screen; a category becomes an ideas board from the categories screen.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshotWithoutToasts, tid, waitForOrExplain } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const MODERATOR = { email: 'fb-mod@e2e.example', handle: 'fb_mod', displayName: 'Mo Feedback', password: 'moderator-password-e2e' };
const MEMBER = { email: 'fb-member@e2e.example', handle: 'fb_member', displayName: 'Nina Member', password: 'member-password-e2e' };
const TOPIC_TITLE = 'Charged twice after switching plans';
const OPENING = 'Has anyone else seen a double charge this month?';
/** The member's own words, on two lines: the panel shows them as written. */
const WORDS_FIRST = 'The invoice page charged my card twice';
const WORDS_SECOND = 'right after I switched to the yearly plan.';
const REPLY = `${WORDS_FIRST}\n${WORDS_SECOND}`;

const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;

describeInChromium('feedback in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off', CLIENT_DIST: process.env.CLIENT_DIST } });
  const { call, signUp, withPage, pageErrors } = suite;
  const cookies = { admin: '', moderator: '', member: '' };
  const ids = { topic: '', reply: '', category: '' };

  before(async () => {
    cookies.admin = (await call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } })).cookie;
    const moderator = await signUp(MODERATOR);
    const member = await signUp(MEMBER);
    Object.assign(cookies, { moderator: moderator.cookie, member: member.cookie });
    await call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: moderator.id });

    const { data } = await call(cookies.member, '{ categories { id viewerCanPost } }');
    const category = data.categories.find((c) => c.viewerCanPost);
    assert.ok(category, 'the member can post somewhere');
    ids.category = category.id;
    const topic = await call(cookies.member, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }', {
      input: { categoryId: category.id, title: TOPIC_TITLE, body: OPENING },
    });
    ids.topic = topic.data.createTopic.id;
    ids.reply = (await call(cookies.member, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { topicId: ids.topic, body: REPLY } })).data.createPost.id;
  });

  it('lets an admin add product areas, and says next to the field when a name is taken', async () => {
    await withPage(cookies.admin, async (page) => {
      await page.goto('/admin');
      await page.locator(tid('admin-nav-feedback')).click();
      await page.waitForURL((url) => url.pathname === '/admin/feedback');
      await waitForOrExplain(page.locator(tid('feedback-page')), page, 'the Feedback screen');
      for (const name of ['Billing', 'Mobile app']) {
        await page.locator(tid('product-area-input')).fill(name);
        await page.locator(tid('product-area-add')).click();
        await page.locator(`${tid('product-area-row')}[data-name="${name}"]`).waitFor();
      }
      assert.equal(await page.locator(tid('product-area-input')).inputValue(), '', 'the field is emptied after adding');

      await page.locator(tid('product-area-input')).fill('billing');
      await page.locator(tid('product-area-add')).click();
      const error = page.locator(tid('field-error-name'));
      await error.waitFor();
      assert.match(await error.textContent(), /already has this name/);
      assert.equal(await page.locator(tid('product-area-input')).getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator(tid('product-area-row')).count(), 2, 'no third area');

      // The summary lists both areas, and feedback without one.
      const areaRows = await page.locator(tid('feedback-summary-row')).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));
      assert.deepEqual(areaRows, ['Billing', 'Mobile app', '']);
    });
  });

  it('turns a member away: no mark control on posts, no staff-only field asked for, no Feedback screen', async () => {
    await withPage(cookies.member, async (page) => {
      const asked = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
      });
      await page.goto(`/t/${ids.topic}`);
      await page.locator(post(2)).waitFor();
      for (const number of [1, 2]) {
        await page.locator(`${post(number)} ${tid('post-more')}`).click();
        await page.locator(`${post(number)} [role="menuitem"]:visible`).first().waitFor();
        assert.equal(await page.locator(tid('mark-feedback')).count(), 0, `post ${number}: no "Mark as feedback" for a member`);
        await page.keyboard.press('Escape');
      }
      assert.ok(asked.length > 0, 'the topic was read through GraphQL');
      assert.ok(!asked.some((body) => body.includes('feedbackMark') || body.includes('productAreas')), 'a member never asks for staff-only feedback fields');

      await page.goto('/admin/feedback');
      await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 });
      await page.locator(tid('staff-only-notice')).waitFor();
      assert.equal(await page.locator(tid('feedback-page')).count(), 0);
    });
  });

  it('lets a moderator file a reply as a Billing bug and find it, with a link back, under Billing × Bug', async () => {
    await withPage(cookies.moderator, async (page) => {
      await page.goto(`/t/${ids.topic}`);
      await page.locator(post(2)).waitFor();
      await page.locator(`${post(2)} ${tid('post-more')}`).click();
      await page.locator(`${post(2)} ${tid('mark-feedback')}`).click();
      const dialog = page.locator(tid('feedback-dialog'));
      await dialog.locator(tid('feedback-type-bug')).waitFor();
      assert.equal(await dialog.locator(tid('feedback-remove')).count(), 0, 'nothing to remove before the first mark');

      // A type is required.
      await dialog.locator(tid('feedback-save')).click();
      await dialog.locator(tid('field-error-type')).waitFor();
      await dialog.locator(tid('feedback-type-bug')).check();
      await dialog.locator(tid('feedback-area-select')).selectOption({ label: 'Billing' });
      await screenshotWithoutToasts(page, 'feedback-dialog-desktop');
      await dialog.locator(tid('feedback-save')).click();
      await page.locator(tid('toast')).filter({ hasText: 'Filed as feedback: Bug · Billing' }).waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // Opened again, the dialog shows the mark and offers to remove it.
      await page.locator(`${post(2)} ${tid('post-more')}`).click();
      await page.locator(`${post(2)} ${tid('mark-feedback')}`).click();
      await dialog.locator(tid('feedback-current')).filter({ hasText: 'Bug · Billing' }).waitFor();
      await dialog.locator(tid('feedback-remove')).waitFor();
      assert.equal(await dialog.locator(tid('feedback-type-bug')).isChecked(), true);
      assert.equal(await dialog.locator(`${tid('feedback-area-select')} option:checked`).textContent(), 'Billing');
      await dialog.locator(tid('dialog-close')).click();
      await dialog.waitFor({ state: 'hidden' });

      // The Feedback screen: Billing × Bug holds it.
      await page.goto('/admin/feedback');
      const billing = page.locator(`${tid('feedback-summary-row')}[data-area="Billing"]`);
      await waitForOrExplain(billing.locator(tid('feedback-count-bug')), page, 'the Billing × Bug count');
      assert.equal((await billing.locator(tid('feedback-count-bug')).textContent()).trim(), '1');
      assert.equal(await page.locator(`${tid('feedback-summary-row')}[data-area="Mobile app"] ${tid('feedback-count-bug')}`).count(), 0);
      assert.equal(await page.locator(tid('product-areas')).count(), 0, 'only admins manage product areas');
      await billing.locator(tid('feedback-count-bug')).click();
      assert.equal(await billing.locator(tid('feedback-count-bug')).getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator(tid('feedback-type-filter')).inputValue(), 'BUG');

      const item = page.locator(tid('feedback-item')).first();
      await item.waitFor();
      assert.equal(await page.locator(tid('feedback-item')).count(), 1);
      assert.equal(await item.getAttribute('data-type'), 'BUG');
      assert.equal(await item.getAttribute('data-area'), 'Billing');
      assert.match(await item.textContent(), /Nina Member/);
      // The words as written, line break kept, not rendered as HTML.
      assert.equal((await item.locator(tid('feedback-excerpt')).innerText()).trim(), REPLY);
      await screenshotWithoutToasts(page, 'feedback-page-desktop');

      // Without an area: nothing.
      await page.locator(tid('feedback-area-filter')).selectOption('NONE');
      await page.locator(tid('empty-state')).waitFor();
      await page.locator(tid('feedback-clear-filters')).click();
      await item.waitFor();

      await item.locator(tid('feedback-post-link')).click();
      await page.waitForURL((url) => url.pathname === `/t/${ids.topic}/2`);
      await page.locator(`${post(2)} ${tid('post-body')}`).filter({ hasText: WORDS_SECOND }).waitFor();
    });
  });

  it('downloads the feedback and the ideas as CSV files', async () => {
    await withPage(cookies.moderator, async (page) => {
      await page.goto('/admin/feedback');
      await page.locator(tid('feedback-item')).first().waitFor();
      const [feedbackFile] = await Promise.all([page.waitForEvent('download'), page.locator(tid('feedback-export')).click()]);
      assert.match(feedbackFile.suggestedFilename(), /^feedback-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await feedbackFile.path(), 'utf8');
      assert.match(csv, /^"?post_id"?,"?type"?,"?product_area"?/);
      assert.ok(csv.includes(WORDS_FIRST) && csv.includes(WORDS_SECOND), 'the export holds the member\'s words');
      assert.ok(csv.includes('Billing') && csv.includes(`/t/${ids.topic}/2`), 'with the area and the link back');

      const [ideasFile] = await Promise.all([page.waitForEvent('download'), page.locator(tid('ideas-export')).click()]);
      assert.match(ideasFile.suggestedFilename(), /^ideas-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.ok((await readFile(await ideasFile.path(), 'utf8')).length > 0, 'the ideas export has at least its header');
    });
  });

  it('fits a phone: the Feedback screen and the dialog, in Russian too', async () => {
    await withPage(
      cookies.admin,
      async (page) => {
        await page.goto('/admin/feedback');
        await page.locator(tid('feedback-item')).first().waitFor();
        await page.locator(tid('product-area-row')).first().waitFor();
        await assertNoHorizontalScroll(page, 'the Feedback screen on a phone');
        await screenshotWithoutToasts(page, 'feedback-page-phone');

        await page.goto(`/t/${ids.topic}`);
        await page.locator(`${post(2)} ${tid('post-more')}`).click();
        await page.locator(`${post(2)} ${tid('mark-feedback')}`).click();
        await page.locator(`${tid('feedback-dialog')} ${tid('feedback-current')}`).waitFor();
        await assertNoHorizontalScroll(page, 'the feedback dialog on a phone');
        await screenshotWithoutToasts(page, 'feedback-dialog-phone', page);
      },
      { viewport: PHONE },
    );
    await withPage(
      cookies.admin,
      async (page) => {
        await page.goto('/admin/feedback');
        await page.locator(tid('feedback-item')).first().waitFor();
        await page.locator(tid('feedback-summary')).filter({ hasText: 'Без области' }).waitFor();
        await assertNoHorizontalScroll(page, 'the Feedback screen on a phone, in Russian');
        await screenshotWithoutToasts(page, 'feedback-page-phone-ru');
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
  });

  it('makes a category an ideas board from the categories screen', async () => {
    await withPage(cookies.admin, async (page) => {
      await page.goto('/admin/categories');
      // A fresh community's Ideas category is a board already; Off-topic is not.
      const ideasRow = page.locator(`${tid('category-row')}[data-slug="ideas"]`);
      await waitForOrExplain(ideasRow.locator(tid('idea-board-switch')), page, 'the Ideas category with an Ideas board switch');
      assert.equal(await ideasRow.locator(tid('idea-board-switch')).isChecked(), true);
      const row = page.locator(`${tid('category-row')}[data-slug="off-topic"]`);
      const boardSwitch = row.locator(tid('idea-board-switch'));
      assert.equal(await boardSwitch.isChecked(), false);
      const slug = await row.getAttribute('data-slug');
      await boardSwitch.check();
      await page.locator(tid('toast')).filter({ hasText: 'is an ideas board now' }).waitFor();
      assert.equal(await boardSwitch.isChecked(), true);
      await screenshotWithoutToasts(page, 'feedback-categories-board-desktop');

      const { data } = await call(cookies.admin, '{ ideaBoards { id slug } }');
      assert.deepEqual(data.ideaBoards.map((c) => c.slug).sort(), ['ideas', slug].sort(), 'the server holds the board');
    });
    await withPage(cookies.moderator, async (page) => {
      // Moderators cannot run boards (nor open the categories screen at all).
      await page.goto('/admin/categories');
      await page.waitForURL((url) => url.pathname === '/admin');
      assert.equal(await page.locator(tid('idea-board-switch')).count(), 0);
    });
  });

  it('files feedback as supporting an idea found by its title, and lists all feedback for that idea', async () => {
    const { data } = await call(cookies.member, '{ ideaBoards { id slug } }');
    const board = data.ideaBoards.find((c) => c.slug === 'ideas');
    assert.ok(board, 'the Ideas board of a fresh community');
    const idea = await call(cookies.member, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }', {
      input: { categoryId: board.id, title: 'Pay the yearly plan by invoice', body: 'Our accounting needs an invoice before paying.', kind: 'IDEA' },
    });
    const ideaTopic = idea.data.createTopic.id;

    await withPage(cookies.moderator, async (page) => {
      await page.goto(`/t/${ids.topic}`);
      await page.locator(`${post(2)} ${tid('post-more')}`).click();
      await page.locator(`${post(2)} ${tid('mark-feedback')}`).click();
      const dialog = page.locator(tid('feedback-dialog'));
      await dialog.locator(tid('feedback-current')).waitFor();
      await dialog.locator(tid('feedback-idea-search')).fill('yearly invoice');
      const option = dialog.locator(tid('feedback-idea-option')).filter({ hasText: 'Pay the yearly plan by invoice' });
      await waitForOrExplain(option, page, 'the idea found by its title');
      await option.click();
      await dialog.locator(tid('feedback-idea-chosen')).filter({ hasText: 'Pay the yearly plan by invoice' }).waitFor();
      await dialog.locator(tid('feedback-save')).click();
      await page.locator(tid('toast')).filter({ hasText: 'Filed as feedback: Bug · Billing' }).waitFor();

      await page.goto('/admin/feedback');
      const item = page.locator(tid('feedback-item')).first();
      assert.equal(await item.locator(tid('feedback-idea-link')).getAttribute('href'), `/t/${ideaTopic}`);
      await item.locator(tid('feedback-idea-filter')).click();
      await page.locator(tid('feedback-idea-chip')).filter({ hasText: 'Pay the yearly plan by invoice' }).waitFor();
      assert.equal(await page.locator(tid('feedback-item')).count(), 1);
    });
    assert.deepEqual(pageErrors, []);
  });
});
