// Verdicts in the moderation queue that also act on the author, in a real Chromium against the
// real, built server (with its own embedded PostgreSQL): an admin agrees with a flag on a reply,
// hides it and suspends its author for a day in one go, and the author's record and session show
// it; a warning without a reason, or one the server refuses, keeps the item in the queue with the
// choices as they were; topics and members flagged get the content options that fit them; a
// moderator limited to some categories is not offered actions on people; and on the trust screen
// the flag weight that hides a post is set, and returned to the deployment's default.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from '../support/server.mjs';
import { DESKTOP, browserSession, describeInChromium, screenshotWithoutToasts, tid, waitForOrExplain } from '../support/browser.mjs';

const ADMIN = { login: 'admin', password: 'admin-password-e2e' };
const AUTHOR = { email: 'verdict-author@e2e.example', handle: 'verdict_vic', displayName: 'Vic Author', password: 'author-password-e2e' };
const FLAGGER = { email: 'verdict-flagger@e2e.example', handle: 'verdict_fay', displayName: 'Fay Flagger', password: 'flagger-password-e2e' };
/** A member when the queue loads, an admin by the time the verdict is sent: the server refuses to warn them. */
const RISING = { email: 'verdict-rising@e2e.example', handle: 'verdict_rio', displayName: 'Rio Rising', password: 'rising-password-e2e' };
/** A moderator limited to the topic's category. */
const SCOPED = { email: 'verdict-scoped@e2e.example', handle: 'verdict_sam', displayName: 'Sam Scoped', password: 'scoped-password-e2e' };
const TOPIC_TITLE = 'Packing list for a week of hiking';
const OPENING = 'What do you pack for a week on the trail? I am trying to keep it under 8 kg.';
const RUDE_REPLY = 'Nobody cares about your packing list, clown.';
const RISING_REPLY = 'Whatever, this whole forum is a waste of time.';
const SUSPEND_REASON = 'Insulting people who ask questions.';

describeInChromium('queue verdicts and the flag threshold in Chromium', { skipName: 'queue verdicts in Chromium' }, () => {
  // New members post at the pace of a test (trust limits are tested on the server).
  const suite = browserSession({ env: { TRUST_LIMITS: 'off', CLIENT_DIST: process.env.CLIENT_DIST } });
  const { pageErrors, withPage, call, signUp } = suite;
  /** Session cookies ("name=value") of the people in the story. */
  const cookies = { admin: '', author: '', flagger: '', rising: '' };
  const ids = { author: '', flagger: '', rising: '', category: '', topic: '', rudeReply: '', risingReply: '' };

  /** The flagger flags something; returns the queue item's id. */
  async function flag(targetType, targetId, reason = 'OFFENSIVE', note = undefined) {
    const { data } = await call(cookies.flagger, 'mutation ($input: FlagInput!) { flag(input: $input) { itemId } }', {
      input: { targetType, targetId, reason, ...(note ? { note } : {}) },
    });
    return data.flag.itemId;
  }

  /** Opens the queue and the "Agree…" dialog of one item; returns the item and the dialog. */
  async function openAgree(page, itemId) {
    await page.goto('/admin/queue');
    const item = page.locator(`${tid('queue-item')}[data-item-id="${itemId}"]`);
    await waitForOrExplain(item, page, `queue item ${itemId} is not listed`);
    await item.locator(tid('queue-agree')).click();
    const dialog = page.locator(tid('queue-agree-dialog'));
    await dialog.locator(tid('reason-confirm')).waitFor();
    return { item, dialog };
  }

  before(async () => {
    cookies.admin = (await call('', 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: ADMIN })).cookie;
    for (const [key, person] of [
      ['author', AUTHOR],
      ['flagger', FLAGGER],
      ['rising', RISING],
    ]) {
      const { id, cookie } = await signUp(person);
      ids[key] = id;
      cookies[key] = cookie;
    }

    const { data } = await call(cookies.author, '{ categories { id viewerCanPost } }');
    const category = data.categories.find((c) => c.viewerCanPost);
    assert.ok(category, 'the author can post somewhere');
    ids.category = category.id;
    const topic = await call(cookies.author, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }', {
      input: { categoryId: category.id, title: TOPIC_TITLE, body: OPENING },
    });
    ids.topic = topic.data.createTopic.id;
    const reply = async (cookie, body) =>
      (await call(cookie, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { topicId: ids.topic, body } })).data.createPost.id;
    ids.rudeReply = await reply(cookies.author, RUDE_REPLY);
    ids.risingReply = await reply(cookies.rising, RISING_REPLY);
  });

  it('agrees with a flag, hides the reply and suspends its author for a day at once', async () => {
    const itemId = await flag('POST', ids.rudeReply);
    await withPage(cookies.admin, async (page) => {
      const { item, dialog } = await openAgree(page, itemId);
      assert.equal(await dialog.locator(tid('queue-action-hide')).isChecked(), true, 'hiding the reply is the default');
      const authorActions = dialog.locator(tid('queue-author-actions'));
      await authorActions.waitFor();
      assert.match(await authorActions.textContent(), /Also, for the author/);
      assert.equal((await dialog.locator(tid('queue-author-action-who')).textContent())?.replace(/\s+/g, ' ').trim(), `${AUTHOR.displayName} @${AUTHOR.handle}`);
      assert.equal(await dialog.locator(tid('queue-author-none')).isChecked(), true, 'nothing happens to the author unless chosen');
      assert.equal(await dialog.locator(tid('queue-author-duration')).count(), 0, 'no duration before a silence or suspension is chosen');

      await dialog.locator(tid('queue-author-suspend')).check();
      const durations = dialog.locator(tid('queue-author-duration'));
      await durations.waitFor();
      const offered = await durations.locator('option').evaluateAll((options) => options.map((o) => o.value));
      assert.deepEqual(offered, ['1h', '1d', '3d', '1w', '2w', '1m', '3m', 'forever', 'custom'], "the member record's durations, and indefinitely");
      await durations.selectOption('1d');
      assert.equal(await dialog.locator('label').filter({ hasText: 'Reason' }).first().textContent().then((text) => text?.trim()), 'Reason', 'the reason is no longer optional');
      await dialog.locator(tid('reason-input')).fill(SUSPEND_REASON);
      // Tall enough for the whole dialog in the picture.
      await page.setViewportSize({ width: DESKTOP.width, height: 1300 });
      await screenshotWithoutToasts(page, 'desktop-admin-queue-verdict');
      await page.setViewportSize(DESKTOP);

      await dialog.locator(tid('reason-confirm')).click();
      await item.waitFor({ state: 'detached' });
      await page.locator(tid('toast')).filter({ hasText: `${AUTHOR.displayName} is suspended until` }).waitFor();

      // The reply is hidden from members.
      const { data } = await call(cookies.flagger, 'query ($id: ID!) { posts(topicId: $id) { edges { node { id } } } }', { id: ids.topic });
      assert.ok(!data.posts.edges.some((e) => e.node.id === ids.rudeReply), 'members no longer see the hidden reply');

      // The author's record: suspended, with the suspension among the sanctions.
      await page.goto(`/admin/members/${AUTHOR.handle}`);
      await waitForOrExplain(page.locator(tid('member-suspended')), page, 'the record shows no suspended badge');
      const sanction = page.locator(`${tid('member-sanction')}[data-kind="SUSPENSION"]`);
      await sanction.waitFor();
      assert.match(await sanction.textContent(), new RegExp(SUSPEND_REASON.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the sanction carries the reason');

      // …and their session has ended.
      const me = await gql(suite.server.url, '{ me { id } }', {}, cookies.author);
      assert.equal(me.body.data?.me ?? null, null, "the suspended author's session no longer signs them in");
    });
  });

  it('keeps the item and the choices when a warning has no reason, or the server refuses it', async () => {
    const itemId = await flag('POST', ids.risingReply, 'SPAM');
    await withPage(cookies.admin, async (page) => {
      const { item, dialog } = await openAgree(page, itemId);
      await dialog.locator(tid('queue-author-warn')).check();
      await dialog.locator(tid('reason-confirm')).click();
      const reasonError = dialog.locator(tid('field-error-reason'));
      await reasonError.waitFor();
      assert.match(await reasonError.textContent(), /Give a reason/);
      assert.equal(await dialog.locator(tid('queue-author-warn')).isChecked(), true, 'the warning is still chosen');
      assert.equal(await dialog.locator(tid('queue-action-hide')).isChecked(), true, 'the content action is still chosen');
      assert.equal(await item.count(), 1, 'the item stays in the queue');

      // Meanwhile they became an admin: the server refuses the warning and changes nothing.
      await call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: ADMIN) { role } }', { id: ids.rising });
      await dialog.locator(tid('reason-input')).fill('Please keep it civil.');
      await dialog.locator(tid('reason-confirm')).click();
      const refusal = dialog.locator(`${tid('form-error')}[data-reason="ROLE_TOO_HIGH"]`);
      await waitForOrExplain(refusal, page, 'the refusal is not shown in the dialog');
      assert.match(await refusal.textContent(), /lower role than yours/);
      await page.waitForFunction(() => {
        const alert = document.querySelector('[data-testid="queue-agree-dialog"] [data-testid="form-error"]');
        const body = alert?.closest('.dialog-body');
        if (!alert || !body) return false;
        const a = alert.getBoundingClientRect();
        const b = body.getBoundingClientRect();
        return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      });
      assert.equal(await dialog.locator(tid('queue-author-warn')).isChecked(), true, 'the warning is still chosen after the refusal');
      assert.equal(await dialog.locator(tid('reason-input')).inputValue(), 'Please keep it civil.', 'the reason is kept');
      await screenshotWithoutToasts(page, 'desktop-admin-queue-verdict-refused');
      await dialog.locator(tid('dialog-close')).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await item.count(), 1, 'the item stays in the list');

      await page.reload();
      await waitForOrExplain(item, page, 'the item left the queue although the server refused the verdict');
      const { data } = await call(cookies.flagger, 'query ($id: ID!) { posts(topicId: $id) { edges { node { id } } } }', { id: ids.topic });
      assert.ok(data.posts.edges.some((e) => e.node.id === ids.risingReply), 'the reply was not hidden');
      const record = await call(cookies.admin, 'query ($handle: String!) { user(handle: $handle) { standing { suspendedUntil silencedUntil } } }', { handle: RISING.handle });
      assert.equal(record.data.user.standing.suspendedUntil, null);
    });
  });

  it('offers topic items their own content actions, member items none, and scoped moderators no actions on people', async () => {
    const topicItem = await flag('TOPIC', ids.topic, 'OFF_TOPIC');
    const memberItem = await flag('USER', ids.author, 'OTHER', 'Insults people in every thread.');
    await withPage(cookies.admin, async (page) => {
      // A flagged topic: hide or delete the whole topic; its author can be acted on.
      let { item, dialog } = await openAgree(page, topicItem);
      assert.match((await item.locator(tid('queue-author')).textContent())?.replace(/\s+/g, ' ') ?? '', new RegExp(`${AUTHOR.displayName} @${AUTHOR.handle}`), 'the card names the topic\'s author');
      const content = dialog.locator(tid('queue-content-actions'));
      await content.waitFor();
      assert.match(await content.textContent(), /What happens to the topic/);
      assert.match(await content.textContent(), /Hide the topic/);
      assert.match(await content.textContent(), /Delete the topic/);
      await dialog.locator(tid('queue-author-actions')).waitFor();
      await dialog.locator(tid('queue-action-hide')).check();
      await dialog.locator(tid('reason-input')).fill('Not about hiking gear at all.');
      await dialog.locator(tid('reason-confirm')).click();
      await item.waitFor({ state: 'detached' });
      await page.locator(tid('toast')).filter({ hasText: 'The topic is hidden.' }).waitFor();
      const { data } = await call(cookies.admin, 'query ($id: ID!) { topic(id: $id) { hiddenAt hiddenReason } }', { id: ids.topic });
      assert.ok(data.topic.hiddenAt, 'the topic is hidden');

      // A flagged member: no content to act on, only the member.
      ({ item, dialog } = await openAgree(page, memberItem));
      const memberActions = dialog.locator(tid('queue-author-actions'));
      await memberActions.waitFor();
      assert.match(await memberActions.textContent(), /Also, for the member/);
      assert.equal(await dialog.locator(tid('queue-content-actions')).count(), 0, 'no content options for a member');
      await dialog.locator(tid('dialog-close')).click();
    });

    // A moderator limited to the topic's category agrees, but does not act on people.
    const scoped = await signUp(SCOPED);
    await call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: scoped.id });
    await call(cookies.admin, 'mutation ($userId: ID!, $categoryIds: [ID!]!) { setModeratorCategories(userId: $userId, categoryIds: $categoryIds) }', {
      userId: scoped.id,
      categoryIds: [ids.category],
    });
    const risingItem = (await call(cookies.admin, '{ moderationQueue(status: OPEN) { edges { node { id targetId } } } }')).data.moderationQueue.edges
      .map((e) => e.node)
      .find((node) => node.targetId === ids.risingReply);
    assert.ok(risingItem, 'the refused item is still open');
    await withPage(scoped.cookie, async (page) => {
      const { dialog } = await openAgree(page, risingItem.id);
      await dialog.locator(tid('queue-action-hide')).waitFor();
      assert.equal(await dialog.locator(tid('queue-author-actions')).count(), 0, 'no actions on people for a scoped moderator');
      assert.equal(await dialog.locator('label').filter({ hasText: 'Reason (optional)' }).count(), 1, 'the reason stays optional');
      await dialog.locator(tid('dialog-close')).click();
    });
  });

  it('sets the flag weight that hides a post, and returns it to the default', async () => {
    await withPage(cookies.admin, async (page) => {
      await page.goto('/admin/trust');
      const section = page.locator(tid('trust-flags'));
      const input = section.locator(tid('flag-threshold'));
      await waitForOrExplain(input, page, 'the trust screen has no flag threshold');
      assert.equal(await input.inputValue(), '3', "the deployment's default");
      await section.locator(tid('flag-threshold-default')).waitFor();
      assert.equal(await section.locator(tid('flag-threshold-use-default')).count(), 0, 'nothing to return to while on the default');
      assert.match(await section.textContent(), /A newcomer's flag weighs 1, a reliable flagger's up to 2, and a staff flag hides it at once/i);

      // Checked on the client: 1 to 100.
      await input.fill('0');
      await page.locator(tid('trust-save')).click();
      const fieldError = section.locator(tid('field-error-flagHideThreshold'));
      await fieldError.waitFor();
      assert.match(await fieldError.textContent(), /from 1 to 100/);
      assert.equal(await input.getAttribute('aria-invalid'), 'true');

      await input.fill('2');
      assert.equal(await fieldError.count(), 0, 'the complaint goes once the value is edited');
      await page.locator(tid('trust-save')).click();
      await page.locator(tid('toast')).filter({ hasText: 'The settings are saved.' }).waitFor();
      await page.reload();
      await input.waitFor();
      assert.equal(await input.inputValue(), '2');
      await section.locator(tid('flag-threshold-use-default')).waitFor();
      assert.equal(await section.locator(tid('flag-threshold-default')).count(), 0, 'no default badge for a value set here');
      await screenshotWithoutToasts(section, 'desktop-admin-trust-flags', page);

      await section.locator(tid('flag-threshold-use-default')).click();
      await section.locator(tid('flag-threshold-default')).waitFor();
      assert.equal(await input.inputValue(), '3');
      assert.equal(await section.locator(tid('flag-threshold-use-default')).count(), 0);
      const { data } = await call(cookies.admin, '{ communitySettings { flagHideThreshold flagHideThresholdIsDefault } }');
      assert.deepEqual(data.communitySettings, { flagHideThreshold: 3, flagHideThresholdIsDefault: true });
      await page.reload();
      await input.waitFor();
      assert.equal(await input.inputValue(), '3');
      await section.locator(tid('flag-threshold-default')).waitFor();
    });
  });

  it('raised no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
