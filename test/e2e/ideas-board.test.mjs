// The ideas board in a real Chromium against the built server: an admin makes a category an ideas
// board; members submit ideas and vote through the API; the team plans one and ships another. The
// board lists them most voted first, a member votes from the list and sees the count and their
// allowance change, a member out of votes is told why, the other orders and the status filter show
// what they promise, and the roadmap puts the planned and the shipped idea in their columns, on a
// desktop and on a phone.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, screenshotWithoutToasts, tid } from '../support/browser.mjs';
import { ADMIN_PASSWORD, gql } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }';
const READ_IDEA = 'query ($id: ID!) { idea(topicId: $id) { topicId voteCount } }';
const VOTE = 'mutation ($id: ID!) { voteIdea(topicId: $id) { voteCount } }';
const SET_STATUS = 'mutation ($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { status } }';
const member = (name) => ({ email: `${name}@e2e.example`, handle: `${name}_idea`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Ideas`, password: `${name}-password-e2e` });

const TITLES = {
  darkMode: 'Dark mode for the mobile app',
  csv: 'Export reports as CSV files',
  sso: 'Single sign-on with SAML',
  shortcuts: 'Keyboard shortcuts for moderators',
  offline: 'Offline reading of saved topics',
};

describeInChromium('the ideas board in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { call, signUp, withPage } = suite;
  const people = {};
  const ids = {};

  /** The titles of the board's rows, top to bottom. */
  const titles = (page) => page.locator(`${tid('idea-row')} ${tid('idea-title')}`).allTextContents();
  /** The vote count shown on the row of one idea. */
  const countOf = (page, key) => page.locator(`${tid('idea-row')}[data-topic-id="${ids[key]}"] ${tid('idea-vote-count')}`);

  before(async () => {
    people.admin = (await call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } })).cookie;
    for (const name of ['ann', 'ben', 'cat', 'dan', 'eve']) people[name] = (await signUp(member(name))).cookie;

    const { data } = await call(people.ann, '{ categories { id slug viewerCanPost } }');
    const board = data.categories.find((c) => c.viewerCanPost);
    assert.ok(board, 'members can post somewhere');
    await call(people.admin, 'mutation ($c: ID!) { setIdeaBoard(categoryId: $c, enabled: true) { id } }', { c: board.id });

    // Submitted one after another, so NEW lists them in reverse.
    const authors = { darkMode: 'ann', csv: 'ben', sso: 'cat', shortcuts: 'ann', offline: 'ben' };
    for (const [key, title] of Object.entries(TITLES)) {
      ids[key] = (await call(people[authors[key]], CREATE_TOPIC, { input: { categoryId: board.id, title, body: `Please consider: ${title}.`, kind: 'IDEA' } })).data.createTopic.id;
      // The idea is written just after its topic.
      for (let tries = 0; ; tries++) {
        const answer = await gql(suite.server.url, READ_IDEA, { id: ids[key] }, people.ann);
        if (answer.body.data?.idea) break;
        assert.ok(tries < 100, `the idea "${title}" appears`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    // Votes: dark mode 4, CSV 3, SSO 1, shortcuts and offline reading none.
    const votes = { ann: ['darkMode', 'csv', 'sso'], ben: ['darkMode', 'csv'], cat: ['darkMode', 'csv'], eve: ['darkMode'] };
    for (const [who, keys] of Object.entries(votes)) for (const key of keys) await call(people[who], VOTE, { id: ids[key] });

    await call(people.admin, SET_STATUS, { input: { topicId: ids.csv, status: 'PLANNED', officialResponse: 'Coming in the spring release.' } });
    await call(people.admin, SET_STATUS, { input: { topicId: ids.offline, status: 'DONE', officialResponse: 'Shipped in 4.2.' } });
  });

  it('lists ideas most voted first and lets a member vote from the list', async () => {
    await withPage(people.dan, async (page) => {
      await page.goto('/ideas');
      await page.locator(tid('ideas-page')).waitFor();
      await page.locator(tid('idea-row')).nth(4).waitFor();
      const top = await titles(page);
      assert.deepEqual(top.slice(0, 3), [TITLES.darkMode, TITLES.csv, TITLES.sso], 'TOP: most votes first');
      const counts = (await page.locator(tid('idea-vote-count')).allTextContents()).map(Number);
      assert.deepEqual(counts.slice(0, 3), [4, 3, 1]);
      assert.deepEqual([...counts].sort((a, b) => b - a), counts, 'counts never grow down the list');
      assert.match(await page.locator(`${tid('idea-row')}[data-topic-id="${ids.csv}"] ${tid('idea-status')}`).textContent(), /Planned$/);

      // The submit button leads to the new-topic form for an idea on this board.
      const submit = new URL(await page.locator(tid('ideas-submit')).getAttribute('href'), 'http://x');
      assert.equal(submit.pathname, '/new-topic');
      assert.equal(submit.searchParams.get('kind'), 'IDEA');
      assert.ok(submit.searchParams.get('category'), 'the board is named');

      // Dan votes for SSO: the count goes up, and so does what he has used.
      await page.locator(tid('ideas-allowance')).filter({ hasText: 'You have used 0 of 3 votes' }).waitFor();
      const vote = page.locator(`${tid('idea-row')}[data-topic-id="${ids.sso}"] ${tid('idea-vote')}`);
      assert.equal(await vote.getAttribute('aria-pressed'), 'false');
      await vote.click();
      await countOf(page, 'sso').filter({ hasText: /^2$/ }).waitFor();
      assert.equal(await vote.getAttribute('aria-pressed'), 'true');
      await page.locator(tid('ideas-allowance')).filter({ hasText: 'You have used 1 of 3 votes' }).waitFor();

      // A done idea takes no votes.
      assert.ok(await page.locator(`${tid('idea-row')}[data-topic-id="${ids.offline}"] ${tid('idea-vote')}`).isDisabled(), 'no vote on a done idea');
      await screenshot(page, 'ideas-board-desktop');

      // Taken back: the count and the allowance return.
      await vote.click();
      await countOf(page, 'sso').filter({ hasText: /^1$/ }).waitFor();
      await page.locator(tid('ideas-allowance')).filter({ hasText: 'You have used 0 of 3 votes' }).waitFor();
      await vote.click();
      await countOf(page, 'sso').filter({ hasText: /^2$/ }).waitFor();

      // The vote survives a reload.
      await page.reload();
      await countOf(page, 'sso').filter({ hasText: /^2$/ }).waitFor();
      assert.equal(await page.locator(`${tid('idea-row')}[data-topic-id="${ids.sso}"] ${tid('idea-vote')}`).getAttribute('aria-pressed'), 'true');
    });
  });

  it('tells a member who has used all their votes why the vote is refused', async () => {
    await withPage(people.ann, async (page) => {
      await page.goto('/ideas');
      await page.locator(tid('ideas-allowance')).filter({ hasText: 'You have used 3 of 3 votes' }).waitFor();
      await page.locator(`${tid('idea-row')}[data-topic-id="${ids.shortcuts}"] ${tid('idea-vote')}`).click();
      await page.locator(tid('toast')).filter({ hasText: 'You have used all 3 of your votes' }).waitFor();
      assert.equal(await countOf(page, 'shortcuts').textContent(), '0');
      await screenshot(page, 'ideas-board-vote-limit');
    });
  });

  it('orders by trend and by age, and filters by status, keeping the choice in the address', async () => {
    await withPage(people.eve, async (page) => {
      await page.goto('/ideas');
      await page.locator(tid('idea-row')).nth(4).waitFor();

      // From the keyboard, as in any tab list.
      await page.locator(tid('ideas-sort-top')).focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/sort=trending/);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'ideas-sort-trending');
      await page.locator(tid('idea-recent-votes')).first().waitFor();
      assert.equal(await page.locator(tid('ideas-sort-trending')).getAttribute('aria-selected'), 'true');
      const trending = await titles(page);
      assert.deepEqual(trending.slice(0, 3), [TITLES.darkMode, TITLES.csv, TITLES.sso], 'TRENDING: most recent votes first');
      assert.match(await page.locator(`${tid('idea-row')}[data-topic-id="${ids.darkMode}"] ${tid('idea-recent-votes')}`).textContent(), /\+4 votes this week/);

      await page.locator(tid('ideas-sort-new')).click();
      await page.waitForURL(/sort=new/);
      await page.locator(`${tid('idea-row')}:first-child[data-topic-id="${ids.offline}"]`).waitFor();
      assert.deepEqual(await titles(page), [TITLES.offline, TITLES.shortcuts, TITLES.sso, TITLES.csv, TITLES.darkMode], 'NEW: newest first');

      await page.locator(tid('ideas-status-filter')).selectOption('PLANNED');
      await page.waitForURL(/status=planned/);
      await page.locator(tid('idea-row')).nth(1).waitFor({ state: 'detached' });
      assert.deepEqual(await titles(page), [TITLES.csv], 'only the planned idea');

      // Reloaded, the order and the filter stay.
      await page.reload();
      await page.locator(tid('idea-row')).first().waitFor();
      assert.deepEqual(await titles(page), [TITLES.csv]);
      assert.equal(await page.locator(tid('ideas-status-filter')).inputValue(), 'PLANNED');
      assert.equal(await page.locator(tid('ideas-sort-new')).getAttribute('aria-selected'), 'true');

      await page.locator(tid('ideas-status-filter')).selectOption('DONE');
      await page.locator(`${tid('idea-row')}[data-topic-id="${ids.offline}"]`).waitFor();
      assert.deepEqual(await titles(page), [TITLES.offline], 'only the done idea');
      await page.locator(tid('ideas-status-filter')).selectOption('ALL');
      await page.locator(tid('idea-row')).nth(4).waitFor();
    });
  });

  it('sends a guest who votes to sign in and back', async () => {
    await withPage('', async (page) => {
      await page.goto('/ideas');
      await page.locator(tid('ideas-signin')).waitFor();
      assert.equal(await page.locator(tid('ideas-submit')).count(), 0, 'no submit button for guests');
      assert.equal(await page.locator(tid('ideas-allowance')).count(), 0);
      await page.locator(`${tid('idea-row')}[data-topic-id="${ids.darkMode}"] ${tid('idea-vote')}`).click();
      await page.waitForURL((url) => url.pathname === '/signin' && url.searchParams.get('redirect') === '/ideas');
    });
  });

  it('puts the planned idea under Planned and the shipped one under Done on the roadmap', async () => {
    await withPage(people.ben, async (page) => {
      await page.goto('/ideas');
      await page.locator(tid('ideas-roadmap-link')).click();
      await page.locator(tid('roadmap-page')).waitFor();
      await page.locator(`${tid('roadmap-planned')} ${tid('roadmap-card')}[data-topic-id="${ids.csv}"]`).waitFor();
      await page.locator(`${tid('roadmap-done')} ${tid('roadmap-card')}[data-topic-id="${ids.offline}"]`).waitFor();
      assert.equal(await page.locator(`${tid('roadmap-planned')} ${tid('roadmap-card')}`).count(), 1);
      assert.equal(await page.locator(`${tid('roadmap-in-progress')} ${tid('roadmap-card')}`).count(), 0);
      assert.equal(await page.locator(`${tid('roadmap-done')} ${tid('roadmap-card')}`).count(), 1);
      assert.match(await page.locator(`${tid('roadmap-planned')} ${tid('roadmap-card')}`).textContent(), /3 votes/);
      await page.locator(`${tid('roadmap-done')} ${tid('roadmap-done-date')}`).waitFor();
      await screenshot(page, 'ideas-roadmap-desktop');
      await page.locator(`${tid('roadmap-card')}[data-topic-id="${ids.csv}"] a`).click();
      await page.waitForURL((url) => url.pathname === `/t/${ids.csv}`);
    });
  });

  it('fits a phone in Russian and in English, board and roadmap', async () => {
    for (const locale of ['ru-RU', 'en-US']) {
      const suffix = locale === 'ru-RU' ? '-ru' : '';
      await withPage(
        people.dan,
        async (page) => {
          await page.goto('/ideas?tag=mobile');
          await page.locator(tid('ideas-tag-filter')).waitFor();
          await page.locator(tid('empty-state')).waitFor();
          await page.locator(tid('ideas-tag-remove')).click();
          await page.locator(tid('idea-row')).nth(4).waitFor();
          await page.locator(tid('ideas-allowance')).waitFor();
          await assertNoHorizontalScroll(page, `ideas board on a phone (${locale})`);
          await screenshotWithoutToasts(page, `ideas-board-phone${suffix}`);
          await page.goto('/roadmap');
          await page.locator(tid('roadmap-card')).first().waitFor();
          await assertNoHorizontalScroll(page, `roadmap on a phone (${locale})`);
          const [planned, done] = await Promise.all([page.locator(tid('roadmap-planned')).boundingBox(), page.locator(tid('roadmap-done')).boundingBox()]);
          assert.ok(done.y > planned.y + planned.height - 1, 'the columns stack on a phone');
          await screenshot(page, `ideas-roadmap-phone${suffix}`);
        },
        { viewport: PHONE, locale },
      );
    }
    assert.deepEqual(suite.pageErrors, []);
  });
});
