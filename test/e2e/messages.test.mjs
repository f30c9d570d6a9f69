// What the server says reaches the screen, in a real Chromium against the built server with the
// trust limits on (new members' posts are paced and their first posts held for approval):
// a suspended member signing in reads until when (in their time zone and language) and why; a new
// member posting too soon reads the pace and the seconds left; an open page of a member being
// suspended says why it was signed out; a held reply shows its author that it awaits approval,
// while other members do not see it at all, until a moderator approves it.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, describeInChromium, screenshot, tid, waitForOrExplain } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const SUSPEND = 'mutation ($u: ID!, $until: DateTime, $reason: String!) { suspendUser(input: { userId: $u, reason: $reason, until: $until }) { id } }';
const TOPIC = 'mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }';
const person = (name) => ({ email: `${name}@e2e.example`, handle: `${name}_msg`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Messages`, password: `${name}-password-e2e` });

// 19:50 UTC is 14:50 in New York (UTC−5 in January) and 22:50 in Moscow (UTC+3).
const UNTIL = '2030-01-14T19:50:00.000Z';
const REASON = 'Selling replica widgets in every category';

describeInChromium('server messages in Chromium', () => {
  const suite = browserSession();
  let admin = '';
  let categoryId = '';

  async function signInAsAdmin() {
    if (admin) return admin;
    admin = (await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } })).cookie;
    categoryId = (await suite.call(admin, 'mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }', { i: { name: 'Widget talk', slug: 'widget-talk' } })).data
      .createCategory.id;
    return admin;
  }

  async function signInInBrowser(page, who) {
    await page.goto('/signin');
    await page.locator(tid('signin-login')).fill(who.handle);
    await page.locator(tid('signin-password')).fill(who.password);
    await page.locator(tid('signin-submit')).click();
  }

  it('a suspended member signing in reads until when, in their time zone and language, and why', async () => {
    await signInAsAdmin();
    const sam = person('sam');
    const { id } = await suite.signUp(sam);
    await suite.call(admin, SUSPEND, { u: id, until: UNTIL, reason: REASON });

    await suite.withPage(
      '',
      async (page) => {
        await signInInBrowser(page, sam);
        const error = page.locator(tid('form-error'));
        await waitForOrExplain(error, page, 'the sign-in refusal');
        const text = (await error.textContent()).trim();
        assert.match(text, /^Your account is suspended until January 14, 2030/, text);
        assert.match(text, /2:50\sPM/, `the end in the reader's time zone (New York): ${text}`);
        assert.ok(text.endsWith(`Reason: ${REASON}`), `the moderator's reason: ${text}`);
        assert.doesNotMatch(text, /permission/);
        await screenshot(page, 'messages-suspended-signin-en');
      },
      { timezoneId: 'America/New_York' },
    );

    await suite.withPage(
      '',
      async (page) => {
        await signInInBrowser(page, sam);
        const error = page.locator(tid('form-error'));
        await waitForOrExplain(error, page, 'the sign-in refusal in Russian');
        const text = (await error.textContent()).trim();
        assert.match(text, /^Ваш аккаунт заблокирован до 14 января 2030/, text);
        assert.match(text, /22:50/, `the end in the reader's time zone (Moscow): ${text}`);
        assert.ok(text.endsWith(`Причина: ${REASON}`), `the moderator's reason: ${text}`);
        await screenshot(page, 'messages-suspended-signin-ru');
      },
      { locale: 'ru-RU', timezoneId: 'Europe/Moscow' },
    );
  });

  it('a new member posting a second topic too soon reads the pace and the seconds to wait', async () => {
    await signInAsAdmin();
    const nia = await suite.signUp(person('nia'));
    await suite.call(nia.cookie, TOPIC, { i: { categoryId, title: 'My first widget question', body: 'How do I reset the widget?' } });

    await suite.withPage(nia.cookie, async (page) => {
      await page.goto('/new-topic?category=widget-talk');
      await page.locator(tid('topic-title-input')).fill('My second widget question');
      await page.locator(tid('topic-body-input')).fill('And how do I pair it again?');
      await page.locator(tid('topic-submit')).click();
      const error = page.locator(tid('form-error'));
      await waitForOrExplain(error, page, 'the pace refusal');
      const text = (await error.textContent()).trim();
      const match = /^New members wait 120 seconds between topics\. Try again in (\d+) seconds\.$/.exec(text);
      assert.ok(match, `the pace and the seconds left: ${text}`);
      assert.ok(Number(match[1]) > 60 && Number(match[1]) <= 120, text);
      assert.equal(await error.getAttribute('data-code'), 'RATE_LIMITED');
      await screenshot(page, 'messages-topic-pace');
    });
  });

  it('a member suspended while a page is open is told why they were signed out', async () => {
    await signInAsAdmin();
    const tom = await suite.signUp(person('tom'));
    await suite.withPage(
      tom.cookie,
      async (page) => {
        await page.goto('/');
        await page.locator(tid('current-user')).waitFor();
        await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });

        await suite.call(admin, SUSPEND, { u: tom.id, until: UNTIL, reason: REASON });

        const notice = page.locator(tid('session-ended-notice'));
        await waitForOrExplain(notice, page, 'the notice of the ended session', { timeout: 10_000 });
        const text = (await notice.textContent()).trim();
        assert.match(text, /^You were signed out\. Your account is suspended until January 14, 2030/, text);
        assert.match(text, /2:50\sPM/, text);
        assert.ok(text.endsWith(`Reason: ${REASON}`), text);
        assert.equal(await page.locator(tid('current-user')).count(), 0, 'signed out');
        await screenshot(page, 'messages-suspended-live');
      },
      { timezoneId: 'America/New_York' },
    );
  });

  it('a held reply shows its author that it awaits approval; other members do not see it until it is approved', async () => {
    await signInAsAdmin();
    const topicId = (await suite.call(admin, TOPIC, { i: { categoryId, title: 'Share your widget setups', body: 'Photos welcome.' } })).data.createTopic.id;
    const [ria, oli] = await Promise.all([suite.signUp(person('ria')), suite.signUp(person('oli'))]);

    await suite.withPage(ria.cookie, async (page) => {
      await page.goto(`/t/${topicId}`);
      await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
      await page.locator(tid('reply-topic')).click();
      await page.locator(tid('reply-body')).fill('My widget sits on the kitchen shelf.');
      await page.locator(tid('reply-submit')).click();
      const reply = page.locator(tid('post')).filter({ hasText: 'kitchen shelf' });
      await waitForOrExplain(reply.locator(tid('post-held')), page, 'the held state on the reply');
      assert.equal((await reply.locator(tid('post-held-badge')).textContent()).trim(), 'Awaits approval');
      assert.match(await reply.locator(tid('post-held')).textContent(), /Only you and the moderators can see this reply/);
      await screenshot(page, 'messages-held-reply');
      const postId = await reply.getAttribute('data-post-id');

      // Another member does not see the reply at all.
      await suite.withPage(oli.cookie, async (other) => {
        await other.goto(`/t/${topicId}`);
        await other.locator(tid('post')).first().waitFor();
        assert.equal(await other.locator(tid('post')).count(), 1, 'only the opening post');
        assert.equal(await other.locator(tid('post')).filter({ hasText: 'kitchen shelf' }).count(), 0);
      });

      // Approved: the state leaves the author's open page live.
      const queue = await suite.call(admin, '{ moderationQueue(first: 50) { edges { node { id targetId } } } }');
      const item = queue.data.moderationQueue.edges.find((e) => e.node.targetId === postId);
      assert.ok(item, 'the reply waits in the moderation queue');
      await suite.call(admin, 'mutation ($i: ID!) { approvePost(itemId: $i) { id } }', { i: item.node.id });
      await reply.locator(tid('post-held')).waitFor({ state: 'detached', timeout: 10_000 });
      assert.equal(await reply.locator(tid('post-held-badge')).count(), 0);
    });
  });

  it('raised no uncaught error in any page', () => {
    assert.deepEqual(suite.pageErrors, []);
  });
});
