// The team's reply inbox in a real Chromium against the built server: a member asks a question and
// it appears live in the inbox of a community manager, with its timer; a moderator watching the
// same inbox sees the manager claim it; the manager answers as the brand from the inbox, the item
// leaves both inboxes, the member reads the brand's answer on the topic, and the KPI dashboard's
// time to a first team reply, empty before, now shows it.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, tid, waitForOrExplain } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }';
const member = (name) => ({ email: `${name}@inbox.example`, handle: `${name}_inbox`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Inbox`, password: `${name}-password-e2e` });

describeInChromium('reply inbox in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off', KPI_FRESH_SECONDS: '0' } });

  it('shows a new question live with its timer, and the brand answers it from the inbox', async () => {
    const { cookie: admin } = await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } });
    const [asker, cm, mod] = await Promise.all(['asker', 'cm', 'mod'].map((n) => suite.signUp(member(n))));
    await suite.call(admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: COMMUNITY_MANAGER) { role } }', { id: cm.id });
    await suite.call(admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: mod.id });
    const { data } = await suite.call(admin, '{ categories { id slug } }');
    const questions = data.categories.find((c) => c.slug === 'questions') ?? data.categories[0];
    // A 10-minute target around the clock, so the timer runs whatever the hour.
    await suite.call(cm.cookie, 'mutation ($i: UpdateInboxSettingsInput!) { updateInboxSettings(input: $i) { targetMinutes } }', {
      i: { targetMinutes: 10, claimMinutes: 15, timeZone: 'Europe/Berlin', week: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })), holidays: [] },
    });

    // The dashboard before: nothing answered by the team yet.
    const medianBefore = await suite.withPage(cm.cookie, async (page) => {
      await page.goto('/admin/kpis');
      const median = page.locator(tid('kpi-first-team-reply-median'));
      await median.waitFor();
      return (await median.textContent()).trim();
    });
    assert.doesNotMatch(medianBefore, /\d/, 'no team reply yet, so no time to one');

    let topicId;
    const cmContext = await suite.contextFor(cm.cookie);
    const modContext = await suite.contextFor(mod.cookie);
    try {
      const cmPage = await cmContext.newPage();
      const modPage = await modContext.newPage();
      for (const page of [cmPage, modPage]) {
        await page.goto('/admin/inbox');
        await page.locator(tid('inbox-page')).waitFor();
        await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor();
      }

      // The member asks; the question arrives in both inboxes without a reload.
      topicId = (
        await suite.call(asker.cookie, CREATE_TOPIC, {
          input: { categoryId: questions.id, kind: 'QUESTION', title: 'My order arrived without the charger', body: 'Order 4411: the box had no charger in it. What now?', tags: [] },
        })
      ).data.createTopic.id;
      const cmItem = cmPage.locator(`${tid('inbox-item')}[data-topic-id="${topicId}"]`);
      await waitForOrExplain(cmItem, cmPage, 'the question arrives live in the inbox');
      assert.equal(await cmItem.getAttribute('data-state'), 'ON_TIME');
      assert.match(await cmItem.locator(tid('inbox-item-timer')).innerText(), /Waited .* of 10 min/);
      assert.match(await cmItem.innerText(), /Order 4411/);
      const modItem = modPage.locator(`${tid('inbox-item')}[data-topic-id="${topicId}"]`);
      await modItem.waitFor();
      await screenshot(cmPage, 'inbox-desktop');

      // The manager starts a reply (which claims it); the moderator sees who is on it.
      await cmItem.locator(tid('inbox-reply')).click();
      await modItem.locator(tid('inbox-item-claimed')).filter({ hasText: 'Cm Inbox is answering this' }).waitFor();
      assert.equal(await modItem.locator(tid('inbox-reply')).count(), 0, 'nobody else answers a claimed item');
      await cmItem.locator(tid('inbox-reply-input')).fill('Sorry about that! A charger is on its way to you today, tracking number by email.');
      assert.equal(await cmItem.locator(tid('inbox-reply-as-brand')).isChecked(), true);
      await cmItem.locator(tid('inbox-reply-send')).click();
      await cmItem.waitFor({ state: 'detached' });
      await modItem.waitFor({ state: 'detached' });
    } finally {
      await cmContext.close();
      await modContext.close();
    }

    // The member reads the brand's answer.
    await suite.withPage(asker.cookie, async (page) => {
      await page.goto(`/t/${topicId}`);
      await page.locator(tid('post-body')).filter({ hasText: 'charger is on its way' }).waitFor();
    });

    // The dashboard's response times now count the answer (seconds or minutes, as it took).
    await suite.withPage(cm.cookie, async (page) => {
      await page.goto('/admin/kpis');
      const median = page.locator(tid('kpi-first-team-reply-median'));
      await waitForOrExplain(median.filter({ hasText: /^\d+ (s|min)/ }), page, 'the time to the first team reply');
      assert.notEqual((await median.textContent()).trim(), medianBefore);
      await screenshot(page, 'inbox-kpis-after-answer');
    });

    // A follow-up from the member puts it back; the inbox on a phone, in Russian.
    await suite.call(asker.cookie, 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }', { i: { topicId, body: 'Thanks! Will it fit the EU plug?' } });
    await suite.withPage(
      cm.cookie,
      async (page) => {
        await page.goto('/admin/inbox');
        const item = page.locator(`${tid('inbox-item')}[data-topic-id="${topicId}"]`);
        await item.waitFor();
        assert.match(await item.innerText(), /Участник ответил/);
        await assertNoHorizontalScroll(page, 'inbox on a phone');
        await screenshot(page, 'inbox-phone-ru');
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
    assert.deepEqual(suite.pageErrors, []);
  });
});
