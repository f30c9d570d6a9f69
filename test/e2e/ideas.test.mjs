// Ideas in a real Chromium against the built server: a member writes an idea and is shown a similar
// one while typing the title; another member votes for it from its page; a community manager plans
// it with an official response and the voter, whose page stays open, sees the new status and the
// response arrive live, then finds the notification. Staff notes stay with staff.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, dismissToasts, screenshot, tid, waitForOrExplain } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }';
const member = (name) => ({ email: `${name}@ideas.example`, handle: `${name}_idea`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Ideas`, password: `${name}-password-e2e` });

describeInChromium('ideas in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });

  it('suggests a similar idea, counts a vote and shows a status change live to the voter', async () => {
    const { cookie: admin } = await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } });
    const [ann, ben, cleo] = await Promise.all(['ann', 'ben', 'cleo'].map((n) => suite.signUp(member(n))));
    await suite.call(admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: COMMUNITY_MANAGER) { role } }', { id: cleo.id });
    const { data } = await suite.call(admin, '{ categories { id slug } }');
    const board = data.categories.find((c) => c.slug === 'ideas') ?? data.categories[0];
    const boards = (await suite.call(admin, '{ ideaBoards { id } }')).data.ideaBoards;
    if (!boards.some((b) => b.id === board.id)) await suite.call(admin, 'mutation ($id: ID!) { setIdeaBoard(categoryId: $id, enabled: true) { id } }', { id: board.id });
    // An idea already on the board, which the new one resembles.
    const existing = (
      await suite.call(ben.cookie, CREATE_TOPIC, {
        input: { categoryId: board.id, kind: 'IDEA', title: 'Dark mode for the mobile app', body: 'Reading at night hurts the eyes.', tags: [] },
      })
    ).data.createTopic.id;

    // Ann starts an idea from the board's link; the similar one is suggested as she types.
    const ideaPath = await suite.withPage(ann.cookie, async (page) => {
      await page.goto(`/new-topic?kind=IDEA&category=${board.slug}`);
      await page.locator(tid('topic-category-select')).locator('option').nth(1).waitFor({ state: 'attached' });
      assert.equal(await page.locator(tid('topic-kind-select')).inputValue(), 'IDEA');
      await page.locator(tid('topic-title-input')).fill('A dark mode in the app');
      const suggestion = page.locator(tid('idea-suggestion')).filter({ hasText: 'Dark mode for the mobile app' });
      await waitForOrExplain(suggestion, page, 'the similar idea is suggested');
      assert.equal(await suggestion.locator('a').getAttribute('href'), `/t/${existing}`);
      await screenshot(page, 'ideas-new-suggestions-desktop');
      // Hers is about the web site, so she posts it all the same.
      await page.locator(tid('topic-title-input')).fill('A dark mode on the web site, following the system setting');
      await page.locator(tid('topic-body-input')).fill('The site should follow the dark setting of the system.');
      await page.locator(tid('topic-submit')).click();
      await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
      const panel = page.locator(tid('idea-panel'));
      await panel.waitFor();
      assert.equal(await panel.getAttribute('data-status'), 'NEW');
      assert.equal((await page.locator(tid('idea-panel-votes')).textContent()).trim(), '0');
      return new URL(page.url()).pathname;
    });
    const topicId = ideaPath.split('/')[2];

    // Ben votes from the idea's page and keeps it open while the team answers.
    const benContext = await suite.contextFor(ben.cookie);
    try {
      const page = await benContext.newPage();
      await page.goto(ideaPath);
      const vote = page.locator(tid('idea-panel-vote'));
      await vote.waitFor();
      assert.equal(await vote.getAttribute('aria-pressed'), 'false');
      await vote.click();
      await page.locator(`${tid('idea-panel-vote')}[aria-pressed="true"]`).waitFor();
      assert.equal((await page.locator(tid('idea-panel-votes')).textContent()).trim(), '1');
      assert.equal(await page.locator(tid('idea-staff')).count(), 0, 'members see no staff controls');
      await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor();

      // Cleo, a community manager, plans it with an official response and leaves a staff note.
      await suite.withPage(cleo.cookie, async (staff) => {
        await staff.goto(ideaPath);
        await staff.locator(tid('idea-staff')).waitFor();
        // Ben's page is in the topic's live room: it counts two viewers.
        await page.locator(tid('topic-viewers')).filter({ hasText: '2 viewing' }).waitFor();
        await staff.locator(tid('idea-status-select')).selectOption('PLANNED');
        await staff.locator(tid('idea-response-input')).fill('We will ship it with the next design update.');
        await staff.locator(tid('idea-status-save')).click();
        await staff.locator(`${tid('idea-panel')}[data-status="PLANNED"]`).waitFor();
        await staff.locator(tid('idea-note-input')).fill('Needs the new colour tokens first.');
        await staff.locator(tid('idea-note-add')).click();
        await staff.locator(tid('idea-note')).filter({ hasText: 'colour tokens' }).waitFor();
        await screenshot(staff, 'ideas-page-staff-desktop');
      });

      // Ben's open page shows it without a reload.
      await waitForOrExplain(page.locator(`${tid('idea-panel')}[data-status="PLANNED"]`), page, 'the status change arrives live');
      await page.locator(tid('idea-response')).filter({ hasText: 'next design update' }).waitFor();
      await page.locator(tid('idea-history')).locator('summary').click();
      await page.locator(tid('idea-history-entry')).filter({ hasText: 'Planned' }).waitFor();
      assert.equal(await page.locator(tid('idea-notes')).count(), 0, 'members never see staff notes');
      assert.ok(!(await page.locator('main').innerText()).includes('colour tokens'), 'the staff note is not on the member page');
      await screenshot(page, 'ideas-page-voter-desktop');
      await page.goto('/notifications');
      await page.locator(`${tid('notification')}[data-kind="IDEA_STATUS"]`).filter({ hasText: 'dark mode on the web site' }).first().waitFor();
    } finally {
      await benContext.close();
    }

    // The idea page on a phone, in Russian; staff notes are refused to a member through the API too.
    await suite.withPage(
      ben.cookie,
      async (page) => {
        await page.goto(ideaPath);
        await page.locator(`${tid('idea-panel')}[data-status="PLANNED"]`).waitFor();
        await page.locator(tid('idea-panel-status')).filter({ hasText: 'В планах' }).waitFor();
        await assertNoHorizontalScroll(page, 'idea page on a phone');
        await screenshot(page, 'ideas-page-phone-ru');
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
    const { gql } = await import('../support/server.mjs');
    const refused = await gql(suite.server.url, 'query ($id: ID!) { idea(topicId: $id) { staffNotes { body } } }', { id: topicId }, ben.cookie);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(suite.pageErrors, []);
  });

  it('shares a topic and a post with links tagged by network, on a phone in Russian', async () => {
    const { server } = suite;
    const writer = await suite.signUp(member('dora'));
    const { data } = await suite.call(writer.cookie, '{ categories { id slug } }');
    const offTopic = data.categories.find((c) => c.slug === 'off-topic');
    const topicId = (await suite.call(writer.cookie, CREATE_TOPIC, { input: { categoryId: offTopic.id, title: 'Our favourite tea & biscuits', body: 'Earl Grey or Darjeeling?', tags: [] } })).data.createTopic.id;
    await suite.call(writer.cookie, 'mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }', { i: { topicId, body: 'Darjeeling, always.' } });
    const topicPath = `/t/${topicId}`;
    const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;
    const context = await suite.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const utm = (source) => `utm_source=${source}&utm_medium=social&utm_campaign=share`;
    try {
      const phone = await context.newPage();
      await phone.goto(topicPath);
      await phone.locator(post(2)).waitFor();
      await phone.locator(tid('lang-ru')).click();
      await phone.waitForFunction(() => document.documentElement.lang === 'ru');

      const share = phone.locator(tid('topic-share'));
      assert.equal((await share.textContent()).trim(), 'Поделиться');
      await share.click();
      const menu = phone.locator(`${tid('topic-header')} [role="menu"]`);
      await menu.waitFor();
      // Russian readers get Telegram and VK first.
      const networks = await menu.locator('a[role="menuitem"]').evaluateAll((links) => links.map((a) => a.dataset.testid));
      assert.deepEqual(networks, ['share-telegram', 'share-vk', 'share-x', 'share-facebook', 'share-linkedin', 'share-email']);
      assert.equal((await menu.locator(tid('share-vk')).textContent()).trim(), 'ВКонтакте');
      const topicUrl = `${server.url}${topicPath}`;
      const shared = { 'share-telegram': ['t.me', 'url'], 'share-vk': ['vk.com', 'url'], 'share-x': ['x.com', 'url'], 'share-facebook': ['www.facebook.com', 'u'], 'share-linkedin': ['www.linkedin.com', 'url'] };
      for (const [id, [host, param]] of Object.entries(shared)) {
        const href = new URL(await menu.locator(tid(id)).getAttribute('href'));
        assert.equal(href.host, host);
        assert.equal(href.searchParams.get(param), `${topicUrl}?${utm(id.slice(6))}`, id);
      }
      const mail = new URL(await menu.locator(tid('share-email')).getAttribute('href'));
      assert.equal(mail.protocol, 'mailto:');
      assert.equal(mail.searchParams.get('body'), `${topicUrl}?${utm('email')}`);
      await assertNoHorizontalScroll(phone, 'share menu');
      await screenshot(phone, 'phone-share-topic-ru', { fullPage: false });

      await menu.locator(tid('share-copy')).click();
      await phone.locator(tid('toast')).filter({ hasText: 'Ссылка скопирована' }).waitFor();
      assert.equal(await phone.evaluate(() => navigator.clipboard.readText()), `${topicUrl}?${utm('copy')}`);

      // A post is shared at its own address.
      await dismissToasts(phone);
      await phone.locator(`${post(2)} ${tid('post-share')}`).click();
      const postMenu = phone.locator(`${post(2)} [role="menu"]`).filter({ has: phone.locator(tid('share-copy')) });
      await postMenu.waitFor();
      assert.equal(new URL(await postMenu.locator(tid('share-telegram')).getAttribute('href')).searchParams.get('url'), `${topicUrl}/2?${utm('telegram')}`);
      await screenshot(phone, 'phone-share-post-ru', { fullPage: false });
      await postMenu.locator(tid('share-copy')).click();
      await phone.locator(tid('toast')).filter({ hasText: 'Ссылка скопирована' }).waitFor();
      assert.equal(await phone.evaluate(() => navigator.clipboard.readText()), `${topicUrl}/2?${utm('copy')}`);
      await phone.locator(tid('lang-en')).click();
    } finally {
      await context.close();
    }
    assert.deepEqual(suite.pageErrors, []);
  });
});
