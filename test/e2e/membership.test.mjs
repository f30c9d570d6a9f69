// How people join and take part under each access mode, in a real Chromium against the built
// server: approval with a note and the pending notice, invitation links, guidelines accepted at
// sign-up and again before posting when they change, and the read-only notice of a silence.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, DESKTOP, PHONE, SCREENSHOTS, assertNoHorizontalScroll, screenshot, tid } from '../support/browser.mjs';
import { gql, startServer } from '../support/server.mjs';

const ADMIN = { login: 'admin', password: 'admin-password-e2e' };
const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;

const newcomer = (handle) => ({ email: `${handle}@e2e.example`, handle, displayName: `${handle[0].toUpperCase()}${handle.slice(1)} Example`, password: `a-long-password-for-${handle}` });
const PENDING = newcomer('pia_pending');
const INVITED = newcomer('ivo_invited');
const LATE = newcomer('lea_late');
const READER = newcomer('gus_guides');

if (!existsSync(CHROMIUM)) {
  test('membership in Chromium', (t) => {
    const message = `Chromium is not installed at ${CHROMIUM}; the browser tests cannot run. Install it with \`apt-get install chromium\`.`;
    if (process.env.CI) assert.fail(message);
    console.warn(`\n${'!'.repeat(100)}\n!!! SKIPPED: ${message}\n${'!'.repeat(100)}\n`);
    t.skip(message);
  });
} else {
  describe('membership in Chromium', () => {
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    /** @type {import('playwright-core').Browser} */
    let browser;
    let adminCookie = '';
    let topicPath = '';
    let categoryId = '';
    /** Uncaught exceptions in any page: there should be none. */
    const pageErrors = [];
    /** Contexts to close at the end. */
    const contexts = [];

    async function newContext(options = {}) {
      const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'en-US', ...options });
      context.setDefaultTimeout(15_000);
      context.on('page', (p) => p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`)));
      contexts.push(context);
      return context;
    }

    async function newPage(options = {}) {
      return (await newContext(options)).newPage();
    }

    /** A GraphQL call as the admin; it must succeed. */
    async function asAdmin(query, variables = {}) {
      const { body } = await gql(server.url, query, variables, adminCookie);
      assert.ok(!body.errors, `GraphQL refused: ${JSON.stringify(body.errors)}\n${query}`);
      return body.data;
    }

    /** A GraphQL call with the page's session; it must succeed. */
    async function api(page, query, variables = {}) {
      const response = await page.request.post('/graphql', { data: { query, variables } });
      const body = await response.json();
      assert.ok(!body.errors, `GraphQL refused: ${JSON.stringify(body.errors)}\n${query}`);
      return body.data;
    }

    async function settings(input) {
      await asAdmin('mutation ($input: UpdateCommunitySettingsInput!) { updateCommunitySettings(input: $input) { accessMode } }', { input });
    }

    async function publishGuidelines(body) {
      return (await asAdmin('mutation ($body: String!) { publishGuidelines(body: $body) { version } }', { body })).publishGuidelines.version;
    }

    async function fillSignUp(page, person) {
      await page.locator(tid('signup-email')).fill(person.email);
      await page.locator(tid('signup-handle')).fill(person.handle);
      await page.locator(tid('signup-display-name')).fill(person.displayName);
      await page.locator(tid('signup-password')).fill(person.password);
    }

    async function signedInHome(page, person) {
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator(tid('current-user')).waitFor();
      assert.equal((await page.locator(tid('current-user')).textContent())?.trim(), person.handle);
    }

    async function reply(page, text) {
      await page.locator(tid('reply-topic')).click();
      await page.locator(tid('reply-body')).fill(text);
      await page.locator(tid('reply-submit')).click();
      await page.locator(tid('post-body')).filter({ hasText: text }).waitFor();
      await page.locator(tid('reply-composer')).waitFor({ state: 'detached' });
    }

    /** The sign-up page on a phone: everything fits the width. */
    async function checkPhone(url, name) {
      const phone = await newPage({ viewport: PHONE });
      await phone.goto(url);
      await phone.locator('h1').waitFor();
      await phone.locator(`${tid('signup-submit')}, ${tid('signup-invitation-needed')}`).first().waitFor();
      await assertNoHorizontalScroll(phone, name);
      await screenshot(phone, name);
      await phone.context().close();
    }

    before(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // A new member's first posts are not held for approval here: the stories are about joining.
      server = await startServer({ env: { TRUST_LIMITS: 'off' } });
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      const signIn = await gql(server.url, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: ADMIN });
      assert.ok(!signIn.body.errors, JSON.stringify(signIn.body.errors));
      adminCookie = signIn.cookie;
      const { categories } = await asAdmin('{ categories { id name postRoles } }');
      categoryId = categories.find((c) => c.postRoles.includes('MEMBER')).id;
      const { createTopic } = await asAdmin(
        'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }',
        { input: { categoryId, title: 'Say hello to the community', kind: 'DISCUSSION', tags: [], body: 'Tell us who you are and what brings you here.' } },
      );
      topicPath = `/t/${createTopic.id}`;
    });

    after(async () => {
      // Leave the community as it started: open, no guidelines required.
      if (server && adminCookie) await settings({ accessMode: 'OPEN', requireGuidelines: false }).catch(() => {});
      for (const context of contexts) await context.close().catch(() => {});
      await browser?.close();
      if (server) {
        await server.stop();
        server.removeData();
      }
    });

    it('approval: a newcomer asks to join with a note, waits, and can reply once approved', async () => {
      await settings({ accessMode: 'APPROVAL', requireGuidelines: false });
      const page = await newPage();
      await page.goto('/signup');
      await page.locator(tid('signup-approval')).waitFor();
      assert.match(await page.locator(tid('signup-approval')).textContent(), /moderator will review/);
      assert.equal(await page.locator(tid('signup-invited')).count(), 0);
      await fillSignUp(page, PENDING);
      const note = 'I run the support desk at a partner company and would like to help answer questions.';
      await page.locator(tid('signup-join-message')).fill(note);
      assert.equal((await page.locator(tid('signup-join-message-count')).textContent())?.trim(), `${[...note].length} / 1000`);
      await screenshot(page, 'desktop-signup-approval');
      await checkPhone('/signup', 'phone-signup-approval');

      await page.locator(tid('signup-submit')).click();
      await signedInHome(page, PENDING);
      const notice = page.locator(tid('membership-notice'));
      await notice.waitFor();
      assert.equal(await notice.getAttribute('data-state'), 'pending');
      assert.match(await notice.textContent(), /waiting for a moderator; you can read, and post once it is approved/);

      // The moderators see the note with the request.
      const { me } = await api(page, '{ me { id membership } }');
      assert.equal(me.membership, 'PENDING');
      const requests = await asAdmin('{ joinRequests(status: PENDING) { edges { node { userId message } } } }');
      assert.ok(requests.joinRequests.edges.some(({ node: r }) => r.userId === me.id && r.message === note), 'the note reached the moderators');

      await page.goto(topicPath);
      await page.locator(tid('reply-membership-notice')).waitFor();
      assert.equal(await page.locator(tid('reply-topic')).count(), 0, 'no reply button while the request waits');
      // Posts offer no reply or quote while the request waits.
      await page.locator(post(1)).waitFor();
      assert.equal(await page.locator(`${post(1)} ${tid('reply-to-post')}`).count(), 0, 'no reply button on posts while pending');
      assert.equal(await page.locator(tid('reply-composer')).count(), 0);
      await screenshot(page, 'desktop-topic-pending');

      await asAdmin('mutation ($userId: ID!) { approveJoinRequest(userId: $userId) }', { userId: me.id });
      await page.reload();
      await page.locator(tid('reply-topic')).waitFor();
      assert.equal(await page.locator(tid('membership-notice')).count(), 0, 'the pending notice is gone once approved');
      await reply(page, 'Thanks for letting me in! Happy to help with billing questions.');
    });

    it('invite-only: no invitation, no form; an invitation link signs up once', async () => {
      await settings({ accessMode: 'INVITE_ONLY', requireGuidelines: false });
      const page = await newPage();
      await page.goto('/signup');
      const needed = page.locator(tid('signup-invitation-needed'));
      await needed.waitFor();
      assert.match(await needed.textContent(), /invitation/);
      assert.equal(await page.locator(tid('signup-email')).count(), 0, 'no form without an invitation');
      assert.equal(await page.locator(tid('signup-submit')).count(), 0);
      assert.equal(await needed.locator('a[href="/signin"]').count(), 1, 'it leads members to sign in');
      await screenshot(page, 'desktop-signup-invite-needed');
      await checkPhone('/signup', 'phone-signup-invite-needed');

      const { createInvitations } = await asAdmin('mutation { createInvitations(input: { count: 1 }) { token } }');
      const link = `/signup?invite=${encodeURIComponent(createInvitations[0].token)}`;
      await page.goto(link);
      await page.locator(tid('signup-invited')).waitFor();
      assert.match(await page.locator(tid('signup-invited')).textContent(), /You were invited/);
      await screenshot(page, 'desktop-signup-invited');
      await checkPhone(link, 'phone-signup-invited');
      await fillSignUp(page, INVITED);
      await page.locator(tid('signup-submit')).click();
      await signedInHome(page, INVITED);
      assert.equal(await page.locator(tid('membership-notice')).count(), 0, 'an invited member is a member at once');

      // The same link again, by someone else: already used.
      const again = await newPage();
      await again.goto(link);
      await again.locator(tid('signup-invited')).waitFor();
      await fillSignUp(again, LATE);
      await again.locator(tid('signup-submit')).click();
      const refused = again.locator(tid('field-error-inviteToken'));
      await refused.waitFor();
      assert.equal(await refused.getAttribute('data-reason'), 'USED');
      assert.match(await refused.textContent(), /already been used/);
      assert.ok(new URL(again.url()).pathname === '/signup', 'a refused invitation stays on the form');
      await screenshot(again, 'desktop-signup-invite-used');
    });

    it('guidelines: accepted at sign-up, and again before posting once they change, keeping the reply', async () => {
      await settings({ accessMode: 'OPEN', requireGuidelines: true });
      const v1 = await publishGuidelines('## Be kind\n\nTreat everyone with respect. **No spam**, no personal attacks.\n\n- Stay on topic\n- Search before asking');
      const page = await newPage();
      await page.goto('/signup');
      const box = page.locator(tid('signup-guidelines-body'));
      await box.waitFor();
      assert.match(await box.textContent(), /Treat everyone with respect/);
      assert.equal(await page.locator(`${tid('signup-guidelines')} a[href="/guidelines"]`).count(), 1, 'a link to the full guidelines');
      await fillSignUp(page, READER);
      await page.locator(tid('signup-submit')).click();
      const refused = page.locator(tid('field-error-guidelines'));
      await refused.waitFor();
      assert.match(await refused.textContent(), /accept the community guidelines/);
      assert.equal(new URL(page.url()).pathname, '/signup', 'no sign-up without accepting');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'signup-accept-guidelines', 'focus goes to the checkbox');
      await screenshot(page, 'desktop-signup-guidelines');
      await checkPhone('/signup', 'phone-signup-guidelines');

      await page.locator(tid('signup-accept-guidelines')).check();
      await refused.waitFor({ state: 'detached' });
      await page.locator(tid('signup-submit')).click();
      await signedInHome(page, READER);
      assert.equal((await api(page, '{ me { guidelinesAccepted } }')).me.guidelinesAccepted, v1, 'accepted with the sign-up');

      await page.goto(topicPath);
      await reply(page, 'Hello from a member who read the guidelines.');

      // The team publishes a new version while the page is open: the next reply asks first.
      const v2 = await publishGuidelines('## Be kind\n\nTreat everyone with respect.\n\n## New: no advertising\n\nDo not promote products in replies.');
      const text = 'A reply typed before I knew the guidelines had changed.';
      await page.locator(tid('reply-topic')).click();
      await page.locator(tid('reply-body')).fill(text);
      await page.locator(tid('reply-submit')).click();
      const prompt = page.locator(tid('guidelines-prompt'));
      await prompt.waitFor();
      assert.equal(await page.locator(tid('reply-body')).inputValue(), text, 'the reply is kept');
      assert.equal(await page.locator(tid('reply-submit')).count(), 0, 'accepting comes first');
      await prompt.locator('summary').click();
      await prompt.locator('.prose').filter({ hasText: 'no advertising' }).waitFor();
      await screenshot(page, 'desktop-reply-guidelines-prompt');
      await prompt.locator(tid('guidelines-accept')).click();
      await page.locator(tid('post-body')).filter({ hasText: text }).waitFor();
      await page.locator(tid('reply-composer')).waitFor({ state: 'detached' });
      assert.equal((await api(page, '{ me { guidelinesAccepted } }')).me.guidelinesAccepted, v2);

      // A fresh page knows at once: the new-topic form asks before its submit shows.
      const v3 = await publishGuidelines('## Be kind\n\nTreat everyone with respect.\n\n## Titles\n\nSay what the topic is about in its title.');
      await page.goto('/new-topic');
      await page.locator(tid('guidelines-prompt')).waitFor();
      assert.equal(await page.locator(tid('topic-submit')).count(), 0);
      await page.locator(tid('topic-title-input')).fill('Where do I find the export button?');
      await page.locator(tid('topic-body-input')).fill('I looked in the settings but could not find it.');
      await page.locator(tid('topic-category-select')).selectOption(categoryId);
      await screenshot(page, 'desktop-new-topic-guidelines-prompt');
      await page.locator(tid('guidelines-accept')).click();
      await page.locator(tid('topic-submit')).waitFor();
      assert.equal(await page.locator(tid('topic-title-input')).inputValue(), 'Where do I find the export button?', 'the topic is kept');
      await page.locator(tid('topic-submit')).click();
      await page.waitForURL(/\/t\/[^/]+$/);
      await page.locator(tid('post-body')).filter({ hasText: 'could not find it' }).waitFor();

      // The guidelines page: the text, its version, and that it is accepted; linked from the footer.
      await page.locator(tid('footer-guidelines')).click();
      await page.waitForURL(/\/guidelines$/);
      await page.locator(tid('guidelines-body')).waitFor();
      assert.match(await page.locator(tid('guidelines-version')).textContent(), new RegExp(`Version ${v3}`));
      await page.locator(tid('guidelines-accepted')).waitFor();
      await screenshot(page, 'desktop-guidelines-page');

      // A version not accepted yet: the page offers to accept it.
      const v4 = await publishGuidelines('## Be kind\n\nTreat everyone with respect, and thank people who help.');
      await page.reload();
      await page.locator(tid('guidelines-page-accept')).click();
      await page.locator(tid('guidelines-accepted')).waitFor();
      assert.equal((await api(page, '{ me { guidelinesAccepted } }')).me.guidelinesAccepted, v4);
    });

    it('silenced: the member sees the read-only notice and no composer', async () => {
      const page = await newPage();
      await page.goto('/signin');
      await page.locator(tid('signin-login')).fill(READER.handle);
      await page.locator(tid('signin-password')).fill(READER.password);
      await page.locator(tid('signin-submit')).click();
      await signedInHome(page, READER);
      const { me } = await api(page, '{ me { id } }');
      const until = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
      await asAdmin('mutation ($input: RestrictUserInput!) { silenceUser(input: $input) { id } }', {
        input: { userId: me.id, reason: 'Cooling off after a heated thread.', until },
      });

      await page.goto(topicPath);
      const notice = page.locator(tid('membership-notice'));
      await notice.waitFor();
      assert.equal(await notice.getAttribute('data-state'), 'silenced');
      assert.match(await notice.textContent(), /Your account is read-only until .*\d{4}/);
      await page.locator(tid('reply-membership-notice')).waitFor();
      assert.equal(await page.locator(tid('reply-topic')).count(), 0, 'no reply button while silenced');
      await screenshot(page, 'desktop-topic-silenced');

      await page.goto('/new-topic');
      await page.locator(tid('reply-membership-notice')).waitFor();
      assert.equal(await page.locator(tid('new-topic-form')).count(), 0, 'no new-topic form while silenced');
    });

    it('had no uncaught errors in any page, and leaves the community open', async () => {
      await settings({ accessMode: 'OPEN', requireGuidelines: false });
      const { community } = await asAdmin('{ community { accessMode requireGuidelines } }');
      assert.deepEqual(community, { accessMode: 'OPEN', requireGuidelines: false });
      assert.deepEqual(pageErrors, []);
    });
  });
}
