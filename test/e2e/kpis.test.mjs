// The community KPI dashboard in a real Chromium against the built server: a community manager
// opens it after some activity (a member's question answered by the team, a reply, a reaction),
// sees the cards, the charts (drawn) and the response times, reads a chart as a table with the
// same numbers, downloads the CSV exports, and uses it on a phone without sideways scroll and
// without serious accessibility findings. A member is kept out.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, screenshotWithoutToasts, tid } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id firstPost { id } } }';
const CREATE_POST = 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }';
const person = (name) => ({ email: `${name}@kpi.example`, handle: `${name}_kpi`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Kpi`, password: `${name}-password-e2e` });
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe findings on the page, as readable lines. */
async function axeFindings(page) {
  await page.evaluate(`${AXE};undefined`);
  const results = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return results;
}

describeInChromium('community KPIs in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const cookies = {};

  it('shows the period beside the previous one: cards, drawn charts, response times, top lists', async () => {
    cookies.admin = (await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } })).cookie;
    const manager = await suite.signUp(person('mara'));
    await suite.call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: COMMUNITY_MANAGER) { role } }', { id: manager.id });
    cookies.manager = manager.cookie;
    const [ann, ben] = await Promise.all([suite.signUp(person('ann')), suite.signUp(person('ben'))]);
    cookies.ann = ann.cookie;
    const { data } = await suite.call(cookies.admin, '{ categories { id slug } }');
    const category = data.categories.find((c) => c.slug !== 'announcements')?.id ?? data.categories[0].id;
    const question = (
      await suite.call(ann.cookie, CREATE_TOPIC, { input: { categoryId: category, title: 'How do I pair the widget with my phone?', body: 'It never shows up in the list.', kind: 'QUESTION' } })
    ).data.createTopic;
    await suite.call(ben.cookie, CREATE_POST, { input: { topicId: question.id, body: 'Mine needed a restart first.' } });
    await suite.call(cookies.manager, CREATE_POST, { input: { topicId: question.id, body: 'Hold the pairing button for five seconds.' } });
    await suite.call(ben.cookie, 'mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }', { p: question.firstPost.id });
    await suite.call(ann.cookie, CREATE_TOPIC, { input: { categoryId: category, title: 'Does the widget work offline?', body: 'Asking for a trip.', kind: 'QUESTION' } });

    await suite.withPage(cookies.manager, async (page) => {
      await page.goto('/admin');
      await page.locator(tid('admin-nav-kpis')).click();
      await page.waitForURL(/\/admin\/kpis$/);
      await page.locator(tid('kpi-page')).waitFor();
      const card = page.locator(tid('kpi-card-contributions'));
      await card.waitFor();
      // Today: the demo topic the server starts with, and here 2 topics, 2 replies, 1 reaction, 3 new accounts.
      const expected = (await suite.call(cookies.manager, `{ communityKpis(input: { from: "${new Date(Date.now() - 86_400_000).toISOString()}", to: "${new Date().toISOString()}" }) {
        current { totals { contributions newMembers } } } }`)).data.communityKpis.current.totals;
      assert.ok(expected.contributions >= 5 && expected.newMembers >= 3, JSON.stringify(expected));
      const contributions = String(expected.contributions);
      assert.equal((await card.locator(tid('kpi-value')).textContent()).trim(), contributions);
      assert.equal((await page.locator(`${tid('kpi-card-newMembers')} ${tid('kpi-value')}`).textContent()).trim(), String(expected.newMembers));
      for (const metric of ['visitors', 'activeMembers', 'contributingMembers', 'contributorShare', 'repliesPerTopic', 'topicsWithReplyShare']) {
        await page.locator(tid(`kpi-card-${metric}`)).waitFor();
      }
      assert.equal((await page.locator(`${tid('kpi-card-topicsWithReplyShare')} ${tid('kpi-value')}`).textContent()).trim(), '50%');
      // Within seconds, so the medians are a few seconds; the one still waiting is unanswered now.
      assert.match(await page.locator(tid('kpi-first-team-reply-median')).textContent(), /^\d+ s$/);
      assert.match(await page.locator(tid('kpi-first-reply-median')).textContent(), /^\d+ s$/);
      assert.equal((await page.locator(tid('kpi-answered-within-target')).textContent()).trim(), '50%');
      assert.equal((await page.locator(tid('kpi-unanswered-now')).textContent()).trim(), '1');
      // Each chart is drawn.
      for (const metric of ['activeMembers', 'newMembers', 'visitors', 'contributions']) {
        await page.locator(`${tid(`kpi-chart-${metric}`)} canvas, ${tid(`kpi-chart-${metric}`)} svg`).first().waitFor();
      }
      const contributors = await page.locator(tid('kpi-top-contributors')).innerText();
      assert.match(contributors, /Ann Kpi/);
      assert.match(await page.locator(tid('kpi-top-topics')).innerText(), /How do I pair the widget/);
      await screenshotWithoutToasts(page, 'kpis-desktop');

      // The table says what the chart draws: its buckets add up to the card.
      await page.locator(tid('kpi-table-toggle-contributions')).click();
      const table = page.locator(tid('kpi-table-contributions'));
      await table.waitFor();
      assert.equal(await table.locator('tbody tr').count(), 30);
      const cells = await table.locator('td[data-cell="current"]').allTextContents();
      assert.equal(String(cells.map((c) => Number(c.replace(/\D/g, '') || 0)).reduce((a, b) => a + b, 0)), contributions);
      assert.match(await table.locator('caption').textContent(), /Contributions/);

      // Weeks: fewer points, the same totals.
      await page.locator(tid('kpi-bucket')).selectOption('WEEK');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="kpi-table-contributions"] tbody tr').length <= 6);
      assert.equal((await card.locator(tid('kpi-value')).textContent()).trim(), contributions);
      await page.locator(tid('kpi-period')).selectOption('90');
      await page.locator(tid('kpi-range')).filter({ hasText: /compared with/ }).waitFor();

      const findings = await axeFindings(page);
      assert.deepEqual(findings, [], `serious accessibility findings:\n${findings.join('\n')}`);
    });
  });

  it('downloads a series and every series as CSV', async () => {
    await suite.withPage(cookies.manager, async (page) => {
      await page.goto('/admin/kpis');
      await page.locator(tid('kpi-card-contributions')).waitFor();
      const [series] = await Promise.all([page.waitForEvent('download'), page.locator(tid('kpi-series-csv-contributions')).click()]);
      assert.match(series.suggestedFilename(), /^kpis-contributions-\d{4}-\d{2}-\d{2}\.csv$/);
      const seriesText = await readFile(await series.path(), 'utf8');
      assert.match(seriesText, /^"start","end","contributions","previous contributions"/);
      assert.equal(seriesText.trim().split('\r\n').length, 31);
      const [all] = await Promise.all([page.waitForEvent('download'), page.locator(tid('kpi-csv')).click()]);
      assert.match(all.suggestedFilename(), /^kpis-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await readFile(await all.path(), 'utf8');
      assert.match(text, /^"period","start","end","newMembers","visitors"/);
      assert.match(text, /"current total",/);
      assert.match(text, /"previous total",/);
    });
  });

  it('fits a phone, in Russian too', async () => {
    await suite.withPage(
      cookies.manager,
      async (page) => {
        await page.goto('/admin/kpis');
        await page.locator(`${tid('kpi-chart-contributions')} canvas`).waitFor();
        await page.locator(tid('kpi-table-toggle-activeMembers')).click();
        await assertNoHorizontalScroll(page, 'KPI dashboard on a phone');
        await screenshot(page, 'kpis-phone');
        const findings = await axeFindings(page);
        assert.deepEqual(findings, [], `serious accessibility findings on a phone:\n${findings.join('\n')}`);
      },
      { viewport: PHONE },
    );
    await suite.withPage(
      cookies.manager,
      async (page) => {
        await page.goto('/admin/kpis');
        await page.locator(tid('kpi-card-contributions')).filter({ hasText: 'Вклад' }).waitFor();
        await page.locator(tid('kpi-first-team-reply-median')).filter({ hasText: /^\d+ с$/ }).waitFor();
        await assertNoHorizontalScroll(page, 'KPI dashboard on a phone, in Russian');
        await screenshot(page, 'kpis-phone-ru');
        await screenshot(page, 'kpis-phone-ru-top', { fullPage: false });
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
  });

  it('keeps members out', async () => {
    await suite.withPage(cookies.ann, async (page) => {
      await page.goto('/admin/kpis');
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/kpis'));
      assert.equal(await page.locator(tid('kpi-page')).count(), 0);
    });
    assert.deepEqual(suite.pageErrors, []);
  });
});
