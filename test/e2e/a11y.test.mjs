// Accessibility of every page in a real Chromium against the built server, checked by axe-core:
// the member pages (home, category, tag, topic, new topic, search, profile, notifications, events,
// an event, the ideas board and an idea), signing in and joining, and the staff panel's screens
// (dashboard, queue, members, audit, inbox, KPIs, feedback, review), in English and Russian, on a
// desktop and on a phone, in the light theme; a representative set of them in the dark theme too.
// A finding of serious or critical impact fails the test (touch targets of at least 24×24 px
// included, axe's target-size rule), and so do the page-structure findings axe rates lower:
// headings that skip a level and landmarks of one kind that cannot be told apart; and a page that
// scrolls sideways on a phone.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DESKTOP, PHONE, browserSession, describeInChromium, tid } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CREATE_TOPIC = 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id firstPost { id } } }';
const CREATE_POST = 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }';
const person = (name) => ({ email: `${name}@a11y.example`, handle: `${name}_a11y`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Access`, password: `${name}-password-e2e` });
/** Findings that fail the test whatever impact axe gives them: the page's outline and landmarks. */
const STRUCTURE_RULES = new Set(['heading-order', 'landmark-unique', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main']);

/** A date `days` from today as the event input takes it. */
function day(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeInChromium('accessibility of every page (axe-core) in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });
  const cookies = {};
  const ids = {};

  before(async () => {
    cookies.staff = (await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } })).cookie;
    const [ann, ben] = [await suite.signUp(person('ann')), await suite.signUp(person('ben'))];
    cookies.member = ann.cookie;
    const { data } = await suite.call(ann.cookie, '{ categories { id slug viewerCanPost } ideaBoards { id } }');
    const board = data.ideaBoards[0];
    const forum = data.categories.find((c) => c.viewerCanPost && c.id !== board.id);
    ids.category = forum.slug;
    await suite.call(cookies.staff, 'mutation ($name: String!) { createTag(name: $name) { name } }', { name: 'lighthouse' });

    const question = (
      await suite.call(ann.cookie, CREATE_TOPIC, {
        input: { categoryId: forum.id, title: 'How do I pair the lighthouse lamp?', body: 'It blinks **twice** and stops.\n\n```\nerror 42\n```\n\n> Quoted from the manual', kind: 'QUESTION', tags: ['lighthouse'] },
      })
    ).data.createTopic;
    ids.topic = question.id;
    const reply = (await suite.call(ben.cookie, CREATE_POST, { input: { topicId: question.id, body: 'Mine needed a restart first, @ann_a11y.' } })).data.createPost;
    await suite.call(cookies.staff, CREATE_POST, { input: { topicId: question.id, body: 'Hold the pairing button for five seconds.' } });
    // A post hidden by a moderator: staff still read it, set apart from the others.
    const rude = (await suite.call(ben.cookie, CREATE_POST, { input: { topicId: question.id, body: 'This lamp is junk and so are you.' } })).data.createPost;
    await suite.call(cookies.staff, 'mutation ($p: ID!) { hidePost(postId: $p, reason: "Rude") { id } }', { p: rude.id });
    await suite.call(ann.cookie, 'mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }', { p: reply.id });
    await suite.call(ann.cookie, 'mutation ($input: FlagInput!) { flag(input: $input) { itemId } }', { input: { targetType: 'POST', targetId: reply.id, reason: 'OFF_TOPIC' } });
    await suite.call(ben.cookie, CREATE_TOPIC, { input: { categoryId: forum.id, title: 'Show us your lighthouse photos', body: 'Sunsets welcome.', tags: ['lighthouse'] } });
    ids.idea = (await suite.call(ann.cookie, CREATE_TOPIC, { input: { categoryId: board.id, title: 'A dark theme for the lamp app', body: 'Easier on the eyes at night.', kind: 'IDEA' } })).data.createTopic.id;
    ids.event = (
      await suite.call(cookies.staff, 'mutation ($i: EventInput!) { createEvent(input: $i, publish: true) { id } }', {
        i: { categoryId: forum.id, title: 'Lighthouse walk', description: 'Bring a camera.', timeZone: 'Europe/Berlin', startsAtLocal: `${day(5)}T10:00`, endsAtLocal: `${day(5)}T12:00`, location: 'The harbour', capacity: 20 },
      })
    ).data.createEvent.id;
  });

  /** Every page, by who sees it, with what shows once it has loaded. */
  const pages = () => ({
    guest: [
      ['sign-in', '/signin', tid('signin-submit')],
      ['registration', '/signup', 'main form'],
    ],
    member: [
      ['home', '/', tid('category-item')],
      ['category', `/c/${ids.category}`, tid('topic-row')],
      ['tag', '/tag/lighthouse', tid('topic-row')],
      ['topic', `/t/${ids.topic}`, '[data-post-number="3"]'],
      ['new topic', '/new-topic', tid('new-topic-form')],
      ['search', '/search?q=lighthouse', tid('search-hit')],
      ['profile', '/u/ann_a11y', tid('profile-name')],
      ['notifications', '/notifications', tid('notification')],
      ['events', '/events', tid('event-row')],
      ['event', `/events/${ids.event}`, tid('rsvp')],
      ['ideas board', '/ideas', tid('idea-row')],
      ['idea', `/t/${ids.idea}`, tid('idea-panel')],
    ],
    staff: [
      ['topic as staff', `/t/${ids.topic}`, '[data-post-number="3"]'],
      ['dashboard', '/admin', tid('dashboard-queue')],
      ['queue', '/admin/queue', tid('queue-item')],
      ['members', '/admin/members', tid('member-list')],
      ['audit', '/admin/audit', tid('audit-refresh')],
      ['inbox', '/admin/inbox', tid('inbox-list')],
      ['KPIs', '/admin/kpis', tid('kpi-value')],
      ['feedback', '/admin/feedback', tid('feedback-page')],
      ['review', '/admin/review', tid('review-page')],
    ],
  });
  /** In the dark theme: one page of each kind. */
  const DARK = new Set(['sign-in', 'home', 'topic', 'search', 'event', 'idea', 'topic as staff', 'dashboard', 'queue', 'KPIs']);

  /**
   * Opens `path`: the first time with a page load (and axe added to the page), then the way a
   * click on a link does, through the router, so that axe stays loaded and each page is quick.
   */
  async function visit(page, path) {
    if (!(await page.evaluate(() => 'axe' in globalThis))) {
      await page.goto(path);
      await page.addScriptTag({ content: AXE });
      return;
    }
    // The page shown now is marked, and the next one is ready once the mark has gone with it.
    await page.evaluate((to) => {
      (document.querySelector('.staff-main > *') ?? document.querySelector('main > *'))?.setAttribute('data-a11y-left', '');
      history.pushState(history.state, '', to);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    }, path);
    await page.locator('main [data-a11y-left]').waitFor({ state: 'detached' });
  }

  /** axe's serious and critical findings on the page, and the structural ones, as readable lines. */
  async function findings(page) {
    return page.evaluate(async (structure) => {
      const result = await globalThis.axe.run(document, { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical' || structure.includes(v.id))
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`).join('\n      ')}`);
    }, [...STRUCTURE_RULES]);
  }

  /** Visits every page (or the dark set) as each role in one language, screen and theme; returns what axe found. */
  async function check({ locale, viewport, colorScheme }) {
    const found = [];
    for (const [role, list] of Object.entries(pages())) {
      // axe is added as an inline script, which the page's policy (rightly) refuses: these contexts let it in.
      const context = await suite.contextFor(cookies[role] ?? '', { locale, viewport, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
      const page = await context.newPage();
      try {
        for (const [name, path, ready] of list) {
          if (colorScheme === 'dark' && !DARK.has(name)) continue;
          await visit(page, path);
          await page.locator(ready).first().waitFor();
          await page.locator('.skeleton, [aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => {});
          const lines = await findings(page);
          // Content reflows on a phone (WCAG 1.4.10) rather than scrolling sideways.
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width) lines.push(`reflow: the page scrolls sideways (${width} px wide on a ${viewport.width} px screen)`);
          if (lines.length) found.push(`${name} (${path}, as ${role}):\n    ${lines.join('\n    ')}`);
        }
      } finally {
        await context.close();
      }
    }
    return found;
  }

  const combinations = [
    { locale: 'en-US', viewport: DESKTOP, colorScheme: 'light' },
    { locale: 'en-US', viewport: PHONE, colorScheme: 'light' },
    { locale: 'ru-RU', viewport: DESKTOP, colorScheme: 'light' },
    { locale: 'ru-RU', viewport: PHONE, colorScheme: 'light' },
    { locale: 'en-US', viewport: DESKTOP, colorScheme: 'dark' },
    { locale: 'ru-RU', viewport: PHONE, colorScheme: 'dark' },
  ];
  for (const combination of combinations) {
    const { locale, viewport, colorScheme } = combination;
    it(`finds nothing serious: ${locale}, ${viewport.width} px, ${colorScheme}`, async () => {
      const found = await check(combination);
      assert.deepEqual(found, [], `axe found, ${locale} at ${viewport.width} px in the ${colorScheme} theme:\n${found.join('\n')}`);
    });
  }

  it('raised no page errors', () => {
    assert.deepEqual(suite.pageErrors, []);
  });
});
