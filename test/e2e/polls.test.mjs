// Polls in a real Chromium against the built server: a member writes a topic with a poll in the
// composer, another votes in a second browser, and each sees the other's votes change the results
// live, until the author closes the poll.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, dismissToasts, screenshot, tid } from '../support/browser.mjs';

const AUTHOR = { email: 'poller@e2e.example', handle: 'poll_author', displayName: 'Pat Poller', password: 'poller-password-e2e' };
const VOTER = { email: 'voter@e2e.example', handle: 'poll_voter', displayName: 'Vic Voter', password: 'voter-password-e2e' };
const TITLE = 'Which day suits the next community meetup?';
const LIVE_TIMEOUT = 10_000;

/** The option of the poll whose label is `label`. */
const option = (page, label) => page.locator(tid('poll')).locator(tid('poll-option')).filter({ hasText: label });
const resultOf = async (page, label) => (await option(page, label).locator(tid('poll-result')).textContent())?.trim();

describeInChromium('polls in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { pageErrors, contextFor, signUp } = suite;
  /** @type {import('playwright-core').Page} */
  let author;
  /** @type {import('playwright-core').Page} */
  let voter;
  let topicPath = '';

  before(async () => {
    const a = await signUp(AUTHOR);
    const v = await signUp(VOTER);
    author = await (await contextFor(a.cookie)).newPage();
    voter = await (await contextFor(v.cookie)).newPage();
  });

  it('writes a topic with a poll in the composer, refusing a poll with an empty option first', async () => {
    await author.goto('/new-topic?category=events');
    await author.locator(tid('topic-title-input')).fill(TITLE);
    await author.locator(tid('topic-body-input')).fill('We meet once a month. Vote for the day that works for you.');
    await author.locator(tid('poll-editor-add')).click();
    await author.locator(tid('poll-editor-question')).fill('Which day?');
    const inputs = author.locator(tid('poll-editor-option'));
    await inputs.nth(0).fill('Tuesday');
    await inputs.nth(1).fill('Thursday');
    await author.locator(tid('poll-editor-add-option')).click();
    // The third option is left empty: the composer says so and sends nothing.
    await author.locator(tid('topic-submit')).click();
    await author.locator(tid('poll-editor-problem')).filter({ hasText: 'Every option needs some text.' }).waitFor();
    assert.match(author.url(), /\/new-topic/);
    await inputs.nth(2).fill('Saturday');
    await author.locator(tid('poll-editor-problem')).waitFor({ state: 'detached' });
    await screenshot(author, 'poll-editor-desktop');
    await author.locator(tid('topic-submit')).click();
    await author.waitForURL(/\/t\/[0-9a-f-]+/);
    topicPath = new URL(author.url()).pathname;
    const poll = author.locator(tid('poll'));
    await poll.waitFor();
    assert.equal((await poll.locator('h3').textContent())?.trim(), 'Which day?');
    assert.deepEqual(await poll.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim())), [
      'Tuesday: 0 votes, 0%',
      'Thursday: 0 votes, 0%',
      'Saturday: 0 votes, 0%',
    ]);
    await author.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
  });

  it('shows a vote in one browser in the other, live, and a changed vote too', async () => {
    await voter.goto(topicPath);
    await voter.locator(tid('poll')).waitFor();
    await voter.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
    // Real radio buttons, found by their label.
    await voter.getByRole('radio', { name: /Thursday/ }).check();
    await voter.locator(tid('poll-vote')).click();
    await option(voter, 'Thursday').locator(tid('poll-mine')).waitFor();
    assert.equal(await resultOf(voter, 'Thursday'), '1 vote, 100%');

    // The author's page, untouched, follows.
    await author.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="poll-option"]')].some((o) => o.textContent.includes('Thursday') && o.textContent.includes('1 vote, 100%')),
      null,
      { timeout: LIVE_TIMEOUT },
    );
    assert.equal((await author.locator(tid('poll-voter-count')).textContent())?.trim(), '1 voter');

    // The voter changes their mind: the author sees the vote move.
    await voter.locator(tid('poll-change')).click();
    await voter.getByRole('radio', { name: /Saturday/ }).check();
    await voter.locator(tid('poll-vote')).click();
    await option(voter, 'Saturday').locator(tid('poll-mine')).waitFor();
    await author.waitForFunction(
      () => {
        const text = (label) => [...document.querySelectorAll('[data-testid="poll-option"]')].find((o) => o.textContent.includes(label))?.textContent ?? '';
        return text('Saturday').includes('1 vote, 100%') && text('Thursday').includes('0 votes, 0%');
      },
      null,
      { timeout: LIVE_TIMEOUT },
    );

    // The author votes too; the voter sees it.
    await author.getByRole('radio', { name: /Saturday/ }).check();
    await author.locator(tid('poll-vote')).click();
    await voter.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="poll-option"]')].some((o) => o.textContent.includes('Saturday') && o.textContent.includes('2 votes, 100%')),
      null,
      { timeout: LIVE_TIMEOUT },
    );
    await dismissToasts(voter);
    await screenshot(voter.locator(tid('poll')), 'poll-results-desktop', { fullPage: false });
  });

  it('fits a phone, and closing the poll reaches the other browser live', async () => {
    await voter.setViewportSize(PHONE);
    await voter.locator(tid('poll')).scrollIntoViewIfNeeded();
    await assertNoHorizontalScroll(voter, 'a topic with a poll');
    await screenshot(voter, 'poll-phone');
    await author.locator(tid('poll-close')).click();
    await voter.locator(tid('poll-status')).filter({ hasText: 'Closed' }).waitFor({ timeout: LIVE_TIMEOUT });
    assert.equal(await voter.locator(tid('poll-change')).count(), 0, 'a closed poll offers no change of vote');
    assert.equal(await resultOf(voter, 'Saturday'), '2 votes, 100%');
    await dismissToasts(voter);
    await screenshot(voter.locator(tid('poll')), 'poll-closed-phone', { fullPage: false });
  });

  it('raised no error in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
