// A contest in a real Chromium against the built server: a member enters through the page, the
// job queue closes the contest and draws, and the page recomputes the draw with Web Crypto —
// succeeding for the published seed and list, and reporting a tampered list or seed as not matching.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';

const MEMBER = { email: 'entrant@e2e.example', handle: 'entrant_e', displayName: 'Erin Entrant', password: 'entrant-password-e2e' };
const OTHERS = [1, 2, 3].map((i) => ({ email: `other${i}@e2e.example`, handle: `other_${i}`, displayName: `Other ${i}`, password: 'other-password-e2e' }));

describeInChromium('contests in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const { pageErrors, withPage, call, signUp } = suite;

  it('a member enters, the draw closes the contest, and the page verifies it (and refuses a tampered one)', async () => {
    const admin = await call('', 'mutation { signIn(input: { login: "admin", password: "admin-password-e2e" }) { user { id } } }');
    const { data: cats } = await call(admin.cookie, '{ categories { id slug viewerCanPost } }');
    const categoryId = cats.categories.find((c) => c.viewerCanPost && c.slug !== 'announcements').id;
    const closesAt = new Date(Date.now() + 25_000).toISOString();
    const { data: created } = await call(admin.cookie, 'mutation ($i: CreateContestInput!) { createContest(input: $i) { id seedCommitment } }', {
      i: { categoryId, title: 'Best tip of the week', rules: 'Share **one** tip. Two winners are drawn at random.', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt, winnerCount: 2 },
    });
    const contestId = created.createContest.id;
    const member = await signUp(MEMBER);
    for (const other of OTHERS) {
      const o = await signUp(other);
      await call(o.cookie, 'mutation ($i: EnterContestInput!) { enterContest(input: $i) { id } }', { i: { contestId, body: `Tip from ${other.handle}` } });
    }

    await withPage(member.cookie, async (page) => {
      await page.goto(`/contests/${contestId}`);
      await page.locator(tid('contest-countdown')).waitFor();
      await page.locator(tid('contest-entry-body')).fill('Keep your invoices in one folder per year.');
      await page.locator(tid('contest-enter-submit')).click();
      await page.locator(tid('contest-entered')).waitFor();
      await page.locator(tid('contest-entry')).nth(3).waitFor();
      assert.equal(await page.locator(tid('contest-entry')).count(), 4);
      await screenshot(page, 'contest-open-desktop');
    });

    // The job queue closes the contest at its closing time.
    let finished = null;
    for (let i = 0; i < 90 && !finished; i++) {
      const { data } = await call('', 'query ($id: ID!) { contest(id: $id) { phase seed winners { entryId rank } } }', { id: contestId });
      if (data.contest.phase === 'FINISHED') finished = data.contest;
      else await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(finished, 'the contest was closed by the job queue');

    for (const viewport of [DESKTOP, PHONE]) {
      await withPage(
        member.cookie,
        async (page) => {
          await page.goto(`/contests/${contestId}`);
          await page.locator(tid('contest-winner')).first().waitFor();
          assert.equal(await page.locator(tid('contest-winner')).count(), 2);
          assert.equal(await page.locator(tid('contest-seed')).textContent(), finished.seed);
          const outcome = page.locator(tid('verify-outcome'));
          await page.locator(`${tid('verify-outcome')}[data-ok="yes"]`).waitFor();
          assert.match(await outcome.textContent(), /Verified/);
          assert.equal((await page.locator(tid('verify-commitment')).textContent()).includes('matches'), true);
          assert.ok((await page.locator(tid('verify-step')).count()) >= 2, 'each pick is shown');
          if (viewport === PHONE) await assertNoHorizontalScroll(page, 'contest page');
          await screenshot(page, `contest-finished-${viewport.width}`);

          if (viewport === DESKTOP) {
            // A tampered list: without the first winner's entry, the published winners cannot come out
            // of it (reordering alone would give the same two winners by chance once in twelve).
            const list = page.locator(tid('verify-list'));
            const original = await list.inputValue();
            const firstWinner = finished.winners.find((w) => w.rank === 1).entryId;
            assert.ok(original.split('\n').includes(firstWinner), 'the frozen list holds the winner');
            await list.fill(original.split('\n').filter((id) => id !== firstWinner).join('\n'));
            await page.locator(tid('verify-run')).click();
            await page.locator(`${tid('verify-outcome')}[data-ok="no"]`).waitFor();
            assert.match(await outcome.textContent(), /Does not match/);
            // A tampered seed: its hash is not the commitment published before the contest opened.
            await list.fill(original);
            const flipped = (finished.seed[0] === '0' ? '1' : '0') + finished.seed.slice(1);
            await page.locator(tid('verify-seed')).fill(flipped);
            await page.locator(tid('verify-run')).click();
            await page.locator(`${tid('verify-outcome')}[data-ok="no"]`).waitFor();
            assert.match(await page.locator(tid('verify-commitment')).textContent(), /does not match/);
            // Back to the published values: verified again.
            await page.locator(tid('verify-seed')).fill(finished.seed);
            await page.locator(tid('verify-run')).click();
            await page.locator(`${tid('verify-outcome')}[data-ok="yes"]`).waitFor();
          }
        },
        { viewport },
      );
    }
    assert.deepEqual(pageErrors, []);
  });
});
