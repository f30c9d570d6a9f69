// The web client in a real Chromium against the real, built server (with its own embedded
// PostgreSQL): what a visitor, a new member and an admin see and do on the first pages.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from '../support/server.mjs';
import { PHONE, browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';

const ADMIN = { email: 'admin@e2e.example', handle: 'admin', password: 'admin-password-e2e' };
const MEMBER = {
  email: 'mira@e2e.example',
  handle: 'mira_e2e',
  displayName: 'Mira Example',
  password: 'a-long-member-password',
  newPassword: 'another-long-member-password',
};

describeInChromium('web client in Chromium', () => {
  const suite = browserSession();
  const { pageErrors, newContext } = suite;
  /** @type {import('playwright-core').BrowserContext} */
  let memberContext;
  /** @type {import('playwright-core').Page} */
  let page;
  let community;

  async function assertNoHorizontalScroll(target, where) {
    const { scrollWidth, clientWidth } = await target.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= PHONE.width, `${where}: the page scrolls sideways on a phone (scrollWidth ${scrollWidth} > ${PHONE.width}, clientWidth ${clientWidth})`);
  }

  async function signIn(target, login, password) {
    await target.locator(tid('nav-signin')).click();
    await target.waitForURL(/\/signin/);
    await target.locator(tid('signin-login')).fill(login);
    await target.locator(tid('signin-password')).fill(password);
    await target.locator(tid('signin-submit')).click();
  }

  before(async () => {
    memberContext = await newContext();
    page = await memberContext.newPage();
    const answer = await gql(suite.server.url, '{ community { name description } categories { id name } }');
    community = answer.body.data;
    assert.ok(community?.community?.name, `the server did not answer the community query: ${JSON.stringify(answer.body)}`);
  });

  it('shows the community and its categories on the home page', async () => {
    await page.goto('/');
    await assert.doesNotReject(page.locator(tid('community-name')).waitFor());
    assert.equal((await page.locator(tid('community-name')).textContent())?.trim(), community.community.name);
    assert.equal((await page.locator(tid('community-description')).textContent())?.trim(), community.community.description);
    await page.locator(tid('category-item')).first().waitFor();
    const categories = page.locator(tid('category-item'));
    assert.equal(await categories.count(), 5, 'the five seeded categories are listed');
    assert.deepEqual(
      (await categories.locator('h3').allTextContents()).map((s) => s.trim()),
      community.categories.map((c) => c.name),
      'categories appear in the server order',
    );
    assert.equal(await page.title(), community.community.name, 'the page title is the community name');
    await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(tid('current-user')).count(), 0, 'a guest is not shown as signed in');
    await page.locator(tid('nav-signup')).waitFor();
    await screenshot(page, 'desktop-home-guest');

    // A topic's "… ago" gives its full date and time on hover (made then, not with the list).
    const when = page.locator('.latest time.relative-time').first();
    assert.equal(await when.getAttribute('title'), null, 'no full date is made before it is wanted');
    await when.hover();
    const year = String(new Date(await when.getAttribute('datetime')).getFullYear());
    await page.waitForFunction((y) => document.querySelector('.latest time.relative-time')?.getAttribute('title')?.includes(y), year);

    // The first Tab reaches the skip link, which leads past the header to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
  });

  it('sends a guest only the code of the pages visited, and none of the staff panel', async () => {
    const guest = await newContext();
    const visitor = await guest.newPage();
    /** @type {Map<string, string>} script URL → its text */
    const scripts = new Map();
    visitor.on('response', async (response) => {
      if (!/\.js(\?|$)/.test(response.url())) return;
      scripts.set(response.url(), await response.text().catch(() => ''));
    });
    const topics = await gql(suite.server.url, '{ topics(first: 1) { edges { node { id } } } }');
    const topicId = topics.body.data.topics.edges[0].node.id;

    await visitor.goto('/');
    await visitor.locator(tid('category-item')).first().waitFor();
    await visitor.waitForLoadState('networkidle');
    const home = [...scripts.keys()];
    assert.ok(home.length > 0, 'the home page loaded scripts');
    assert.ok(!home.some((url) => /\/TopicPage-/.test(url)), `the home page does not download the topic page's code: ${home.join(', ')}`);

    await visitor.goto(`/t/${topicId}`);
    await visitor.locator(tid('topic-title')).waitFor();
    await visitor.waitForLoadState('networkidle');
    assert.ok([...scripts.keys()].some((url) => /\/TopicPage-/.test(url)), 'the topic page loads its code when opened');

    for (const [url, text] of scripts) {
      assert.doesNotMatch(url, /\/(StaffLayout|AdminHeader|DashboardPage|QueuePage|AuditLogPage|KpisPage)-/, `a guest downloaded staff code: ${url}`);
      assert.doesNotMatch(text, /(mutation|query|fragment) Admin[A-Z]/, `a guest downloaded a staff operation in ${url}`);
    }
    await guest.close();
  });

  it('shows field errors at the field, from the client checks and from the server', async () => {
    await page.locator(tid('nav-signup')).click();
    await page.waitForURL(/\/signup$/);
    assert.match(await page.title(), new RegExp(`^Join · ${community.community.name}$`));

    await page.locator(tid('signup-email')).fill(MEMBER.email);
    await page.locator(tid('signup-handle')).fill('ab');
    await page.locator(tid('signup-display-name')).fill(MEMBER.displayName);
    await page.locator(tid('signup-password')).fill(MEMBER.password);
    await page.locator(tid('signup-submit')).click();

    const handleError = page.locator(tid('field-error-handle'));
    await handleError.waitFor();
    assert.match(await handleError.textContent(), /at least 3 characters/);
    const handleInput = page.locator(tid('signup-handle'));
    assert.equal(await handleInput.getAttribute('aria-invalid'), 'true');
    const describedBy = (await handleInput.getAttribute('aria-describedby')) ?? '';
    assert.ok(describedBy.split(' ').includes(await handleError.getAttribute('id')), 'the error is tied to the input');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'signup-handle', 'focus moves to the field at fault');
    assert.equal(await page.locator(tid('field-error-email')).count(), 0, 'valid fields show no error');

    // Typing a valid value clears the client-side error; the server then refuses a taken handle.
    await handleInput.fill(ADMIN.handle);
    await handleError.waitFor({ state: 'detached' });
    await page.locator(tid('signup-submit')).click();
    await handleError.waitFor();
    assert.match(await handleError.textContent(), /already taken/);
    assert.equal(await page.locator(tid('form-error')).count(), 0, 'a field conflict is not shown as a general error');
    assert.ok(page.url().endsWith('/signup'), 'a refused sign-up stays on the form');
    await screenshot(page, 'desktop-signup-errors');
  });

  it('signs a new member up and shows them as signed in', async () => {
    await page.locator(tid('signup-handle')).fill(MEMBER.handle);
    await page.locator(tid('signup-submit')).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator(tid('current-user')).waitFor();
    assert.equal((await page.locator(tid('current-user')).textContent())?.trim(), MEMBER.handle);
    assert.equal(await page.locator(tid('nav-signin')).count(), 0);
    assert.equal(await page.locator(tid('nav-admin')).count(), 0, 'members have no staff link');
    // The live connection was reopened with the new session.
    await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
  });

  it('shows the account and signs out', async () => {
    await page.locator(tid('nav-account')).click();
    await page.waitForURL(/\/account$/);
    await page.locator(tid('account-handle')).waitFor();
    assert.equal((await page.locator(tid('account-handle')).textContent())?.trim(), MEMBER.handle);
    assert.equal((await page.locator(tid('account-display-name')).textContent())?.trim(), MEMBER.displayName);
    assert.equal((await page.locator(tid('account-email')).textContent())?.trim(), MEMBER.email);
    assert.equal((await page.locator(tid('account-role')).textContent())?.trim(), 'Member');
    await screenshot(page, 'desktop-account');

    await page.locator(tid('signout')).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator(tid('nav-signin')).waitFor();
    assert.equal(await page.locator(tid('current-user')).count(), 0);

    // The account page is for members only: a guest is sent to sign in.
    await page.goto('/account');
    await page.waitForURL(/\/signin\?redirect=(%2F|\/)account$/);
  });

  it('signs in with the handle, after a wrong password shown at the field', async () => {
    await page.goto('/');
    await signIn(page, MEMBER.handle, 'not-the-password');
    const loginError = page.locator(tid('field-error-login'));
    await loginError.waitFor();
    assert.match(await loginError.textContent(), /not right/);

    await page.locator(tid('signin-password')).fill(MEMBER.password);
    await page.locator(tid('signin-submit')).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator(tid('current-user')).waitFor();
    assert.equal((await page.locator(tid('current-user')).textContent())?.trim(), MEMBER.handle);
  });

  it('changes the password and stays signed in, live connection included', async () => {
    await page.locator(tid('nav-account')).click();
    await page.waitForURL(/\/account$/);
    await page.locator(tid('current-password')).fill('not-the-password');
    await page.locator(tid('new-password')).fill(MEMBER.newPassword);
    await page.locator(tid('change-password-submit')).click();
    const currentError = page.locator(tid('field-error-currentPassword'));
    await currentError.waitFor();
    assert.match(await currentError.textContent(), /current password is not right/);

    await page.locator(tid('current-password')).fill(MEMBER.password);
    await page.locator(tid('change-password-submit')).click();
    await page.locator(tid('password-changed')).waitFor();
    assert.equal(await page.locator(tid('field-error-currentPassword')).count(), 0);
    // The server ended every old session, this page's live connection included; the page
    // carries on with its renewed session.
    await page.waitForTimeout(500);
    await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(tid('session-ended-notice')).count(), 0, 'the page is not told it was signed out');
    assert.ok(page.url().endsWith('/account'));
    assert.equal((await page.locator(tid('current-user')).textContent())?.trim(), MEMBER.handle);
    await page.reload();
    await page.locator(tid('account-handle')).waitFor();
    assert.equal((await page.locator(tid('current-user')).textContent())?.trim(), MEMBER.handle, 'the renewed session holds');
  });

  it('switches the interface to Russian and back, and remembers the choice', async () => {
    await page.goto('/');
    await page.locator(tid('category-item')).first().waitFor();
    await page.locator(tid('lang-ru')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    assert.equal((await page.locator(tid('nav-home')).textContent())?.trim(), 'Главная');
    assert.equal((await page.locator('#categories-heading').textContent())?.trim(), 'Разделы');
    assert.equal(await page.locator(tid('lang-ru')).getAttribute('aria-pressed'), 'true');
    await screenshot(page, 'desktop-home-ru');

    await page.reload();
    await page.locator(tid('nav-home')).waitFor();
    assert.equal((await page.locator(tid('nav-home')).textContent())?.trim(), 'Главная', 'the choice survives a reload');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');

    await page.goto('/signin-nowhere');
    await page.locator(tid('not-found')).waitFor();
    assert.match(await page.title(), /^Страница не найдена · /);
    // A topic address whose id cannot exist is not found either (the API refuses such ids as malformed).
    await page.goto('/t/__proto__');
    await page.locator(tid('not-found')).waitFor();

    await page.locator(tid('lang-en')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.title(), /^Page not found · /);
    assert.equal((await page.locator(tid('nav-home')).textContent())?.trim(), 'Home');
  });

  it('refuses the staff area to a member, in the client and on the server', async () => {
    await page.goto('/');
    await page.locator(tid('current-user')).waitFor();
    assert.equal(await page.locator(tid('nav-admin')).count(), 0, 'no staff link for a member');

    await page.goto('/admin');
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator(tid('staff-only-notice')).waitFor();
    assert.match(await page.locator(tid('staff-only-notice')).textContent(), /only open to moderators/);
    assert.equal(await page.locator(tid('admin-title')).count(), 0);
    await screenshot(page, 'desktop-staff-only');

    const code = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ staffOverview { memberCount } }' }),
      });
      return (await res.json()).errors?.[0]?.extensions?.code;
    });
    assert.equal(code, 'FORBIDDEN', 'the server refuses the staff figures to a member');
  });

  it('signs the page out live when the session ends in another tab', async () => {
    await page.goto('/account');
    await page.locator(tid('account-handle')).waitFor();
    await page.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });

    const other = await memberContext.newPage();
    await other.goto('/account');
    await other.locator(tid('signout')).click();
    await other.waitForURL((url) => url.pathname === '/');
    await other.close();

    await page.waitForURL(/\/signin\?redirect=(%2F|\/)account$/, { timeout: 10_000 });
    await page.locator(tid('session-ended-notice')).waitFor();
    assert.equal(await page.locator(tid('current-user')).count(), 0);
  });

  it('opens the staff area for an admin, with the figures and a live connection', async () => {
    const context = await newContext();
    try {
      const admin = await context.newPage();
      await admin.goto('/');
      await signIn(admin, ADMIN.email, ADMIN.password);
      await admin.waitForURL((url) => url.pathname === '/');
      await admin.locator(tid('current-user')).waitFor();
      assert.equal((await admin.locator(tid('current-user')).textContent())?.trim(), ADMIN.handle);

      await admin.locator(tid('nav-admin')).click();
      await admin.waitForURL(/\/admin$/);
      await admin.locator(tid('admin-title')).waitFor();
      assert.equal((await admin.locator(tid('admin-title')).textContent())?.trim(), 'Staff area');
      await admin.locator(tid('staff-member-count')).waitFor();
      assert.equal((await admin.locator(tid('staff-member-count')).textContent())?.trim(), '2', 'the admin and the new member');
      assert.equal((await admin.locator(tid('staff-category-count')).textContent())?.trim(), '5');
      assert.match(await admin.title(), new RegExp(`^Staff area · ${community.community.name}$`));
      await admin.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: 10_000 });
      assert.equal((await admin.locator(tid('live-status')).textContent())?.includes('live'), true);
      await screenshot(admin, 'desktop-admin');

      // The same pages on a phone: nothing wider than the screen.
      await admin.setViewportSize(PHONE);
      await admin.reload();
      await admin.locator(tid('staff-member-count')).waitFor();
      await assertNoHorizontalScroll(admin, '/admin');
      await screenshot(admin, 'phone-admin');

      await admin.goto('/account');
      await admin.locator(tid('account-handle')).waitFor();
      await assertNoHorizontalScroll(admin, '/account');
      await screenshot(admin, 'phone-account');
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px wide phone screen for a guest', async () => {
    const context = await newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const phone = await context.newPage();
      await phone.goto('/');
      await phone.locator(tid('category-item')).first().waitFor();
      await phone.locator(tid('nav-signup')).waitFor();
      await assertNoHorizontalScroll(phone, '/');
      await screenshot(phone, 'phone-home-guest');

      await phone.locator(tid('nav-signup')).click();
      await phone.waitForURL(/\/signup$/);
      await phone.locator(tid('signup-submit')).click();
      await phone.locator(tid('field-error-email')).waitFor();
      await assertNoHorizontalScroll(phone, '/signup');
      await screenshot(phone, 'phone-signup-errors');

      await phone.locator(tid('lang-ru')).click();
      await phone.waitForFunction(() => document.documentElement.lang === 'ru');
      await assertNoHorizontalScroll(phone, '/signup in Russian');
      await screenshot(phone, 'phone-signup-ru');
    } finally {
      await context.close();
    }
  });

  it('raised no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
