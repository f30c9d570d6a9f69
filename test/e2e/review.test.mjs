// The staff review feed in a real Chromium against the built server: members write topics and
// replies; a moderator reads them oldest first with the count left, works them from the keyboard
// (j to move, m reviewed up to here, i to the inbox, h to hide, r to reply — keys typed in the
// reply box stay text), and a second moderator sees how far the first got and their own count.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, screenshotWithoutToasts, tid, waitForOrExplain } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const person = (name) => ({ email: `${name}@e2e.example`, handle: `${name}_rv`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Review`, password: `${name}-password-e2e` });
const TOPIC = 'mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id firstPost { id } } }';
const REPLY = 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }';

describeInChromium('the review feed in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });

  it('streams new posts oldest first, marks by keyboard, sends to the inbox, hides, and shows the team\'s progress', async () => {
    const { cookie: admin } = await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } });
    const { data: created } = await suite.call(admin, 'mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }', {
      i: { name: 'Widget help', slug: 'widget-help-review' },
    });
    const categoryId = created.createCategory.id;
    const [ann, ben, mia, max] = await Promise.all(['ann', 'ben', 'mia', 'max'].map((n) => suite.signUp(person(n))));
    for (const mod of [mia, max]) {
      await suite.call(admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: mod.id });
      // Scoped to the new category: their feed holds this story's posts only.
      await suite.call(admin, 'mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }', { u: mod.id, c: [categoryId] });
    }

    // Members write: two topics, a reply in each.
    const first = (await suite.call(ann.cookie, TOPIC, { i: { categoryId, title: 'The widget blinks red', body: 'Since the **update** it blinks red.' } })).data.createTopic;
    await suite.call(ben.cookie, REPLY, { i: { topicId: first.id, body: 'Mine too, after the update.' } });
    const second = (await suite.call(ben.cookie, TOPIC, { i: { categoryId, title: 'Selling my old widget', body: 'Cheap, write to me.' } })).data.createTopic;
    await suite.call(ann.cookie, REPLY, { i: { topicId: second.id, body: 'Is it the blue one?' } });

    await suite.withPage(mia.cookie, async (page) => {
      await page.goto('/admin/review');
      const items = page.locator(tid('review-item'));
      await waitForOrExplain(page.locator(tid('review-left')).filter({ hasText: '4 left to review' }), page, 'four posts to review');
      await items.nth(3).waitFor();
      assert.equal(await items.count(), 4);
      const titles = (await page.locator(tid('review-item-link')).allTextContents()).map((s) => s.trim());
      assert.deepEqual(titles, ['The widget blinks red', 'The widget blinks red', 'Selling my old widget', 'Selling my old widget'], 'oldest first');
      assert.equal(await page.locator(tid('review-item-link')).first().getAttribute('href'), `/t/${first.id}/1`);
      assert.equal(await items.first().locator('strong').textContent(), 'update', 'the body is the rendered Markdown');
      await page.locator(tid('review-shortcuts')).filter({ hasText: 'reviewed up to here' }).waitFor();
      await screenshotWithoutToasts(page, 'review-feed-desktop');

      // j moves to the second item, m marks everything up to it reviewed.
      await page.keyboard.press('j');
      await page.locator(`${tid('review-item')}:focus`).waitFor();
      assert.equal(await page.locator(`${tid('review-item')}.focused ${tid('review-item-link')}`).textContent(), 'The widget blinks red');
      await page.keyboard.press('m');
      await page.locator(tid('review-left')).filter({ hasText: '2 left to review' }).waitFor();
      assert.equal(await items.count(), 2);

      // Typing in the reply box is text, not shortcuts.
      await page.keyboard.press('r');
      const box = page.locator(tid('review-reply-body'));
      await box.waitFor();
      await box.pressSequentially('Is it mine? j m i h');
      assert.equal(await box.inputValue(), 'Is it mine? j m i h');
      assert.equal(await page.locator(`${tid('review-hide-dialog')}[open]`).count(), 0, 'no dialog opened while typing');
      assert.equal(await page.locator(tid('review-left')).textContent(), '2 left to review', 'nothing marked while typing');
      await page.locator(tid('review-reply-form')).getByRole('button', { name: 'Cancel' }).click();

      // i sends the focused item's topic to the inbox.
      await page.locator(tid('review-item')).first().focus();
      await page.keyboard.press('i');
      await page.locator(tid('toast')).filter({ hasText: 'Sent to the reply inbox.' }).waitFor();

      // h hides the next one, with a reason.
      await page.keyboard.press('j');
      await page.keyboard.press('h');
      const dialog = page.locator(tid('review-hide-dialog'));
      await dialog.waitFor();
      await dialog.locator(tid('reason-input')).fill('Questions about other listings go to the market category.');
      await screenshot(page, 'review-hide-dialog-desktop');
      await dialog.locator(tid('reason-confirm')).click();
      await page.locator(tid('toast')).filter({ hasText: 'Post hidden.' }).waitFor();
      await items.nth(1).locator(tid('review-item-hidden')).waitFor();
      await screenshotWithoutToasts(page, 'review-feed-after-actions-desktop');
    });

    const { data: inbox } = await suite.call(admin, 'query ($t: ID!) { inboxItem(topicId: $t) { reason } }', { t: second.id });
    assert.equal(inbox.inboxItem.reason, 'SENT');
    const { data: hidden } = await suite.call(admin, '{ reviewFeed(first: 50) { edges { node { topic { title } post { postNumber hiddenReason } } } } }');
    const hiddenReply = hidden.reviewFeed.edges.map((e) => e.node).find((n) => n.topic.title === 'Selling my old widget' && n.post.postNumber === 2);
    assert.equal(hiddenReply.post.hiddenReason, 'Questions about other listings go to the market category.');

    // Max has reviewed nothing: four left, and he sees how far Mia got.
    await suite.withPage(max.cookie, async (page) => {
      await page.goto('/admin/review');
      await waitForOrExplain(page.locator(tid('review-left')).filter({ hasText: '4 left to review' }), page, 'four posts to review');
      const others = page.locator(tid('review-others'));
      await others.filter({ hasText: `@${person('mia').handle} reviewed up to` }).waitFor();
      assert.equal(await page.locator(tid('review-item')).count(), 4);
      await screenshotWithoutToasts(page, 'review-feed-second-moderator-desktop');
      // The button does what m does: all shown are reviewed.
      await page.locator(tid('review-mark-all')).click();
      await page.locator(tid('review-left')).filter({ hasText: 'Nothing left to review' }).waitFor();
      await page.locator(tid('empty-state')).waitFor();
    });

    // On a phone, in Russian: no sideways scroll.
    await suite.call(ann.cookie, REPLY, { i: { topicId: first.id, body: 'Any news? '.repeat(20) + 'https://example.com/a/very/long/link/that/should/wrap/instead/of/overflowing/the/screen' } });
    await suite.withPage(
      max.cookie,
      async (page) => {
        await page.goto('/admin/review');
        await page.locator(tid('review-item')).first().waitFor();
        await page.locator(tid('review-others')).waitFor();
        await assertNoHorizontalScroll(page, 'review feed on a phone');
        await screenshot(page, 'review-feed-phone-ru');
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
    assert.deepEqual(suite.pageErrors, []);
  });
});
