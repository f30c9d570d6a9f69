// The staff panel in a real Chromium against the real, built server (with its own embedded
// PostgreSQL): a moderator watches the queue while a member flags a post, sees the flag arrive
// live, agrees and hides the post, and the post is gone for members; members are turned away;
// every screen opens for an admin, on a desktop and on a phone; the member directory finds and
// filters members and opens a record with the flags on them; the queue says who is flagged, who
// flagged and who asks to join; a moderator limited to some categories is offered only what that
// scope allows.
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshotWithoutToasts, tid, waitForOrExplain } from '../support/browser.mjs';

const ADMIN = { login: 'admin', password: 'admin-password-e2e' };
const MODERATOR = { email: 'mod@e2e.example', handle: 'mod_maya', displayName: 'Maya Moderator', password: 'moderator-password-e2e' };
const AUTHOR = { email: 'author@e2e.example', handle: 'author_ann', displayName: 'Ann Author', password: 'author-password-e2e' };
const FLAGGER = { email: 'flagger@e2e.example', handle: 'flagger_ben', displayName: 'Ben Flagger', password: 'flagger-password-e2e' };
/** Joins late and is suspended at once: the directory's standing filter finds only them. */
const SUSPENDED = { email: 'quinn@e2e.example', handle: 'quiet_quinn', displayName: 'Quinn Quiet', password: 'suspended-password-e2e' };
/** Asks to join once the community approves its members. */
const APPLICANT = { email: 'applicant@e2e.example', handle: 'applicant_ada', displayName: 'Ada Applicant', password: 'applicant-password-e2e' };
/** A moderator limited to one category. */
const SCOPED = { email: 'scoped@e2e.example', handle: 'scoped_sol', displayName: 'Sol Scoped', password: 'scoped-password-e2e' };
const JOIN_NOTE = 'I run the travel gear meetup in Lisbon and would love to help answer questions.';
const MEMBER_FLAG_NOTE = 'Keeps insulting people who ask questions.';
const TOPIC_TITLE = 'Which charger works with the travel adapter?';
const OPENING = 'I bought the travel adapter last week. Which charger should I pair it with?';
const RUDE_REPLY = 'Only an idiot would ask this. Read the manual, genius.';
const SECOND_REPLY = 'Try the 65 W charger, it worked for me on three continents.';
/** A watched word that holds posts for approval, so the queue also has a pending post. */
const HELD_WORD = 'quokkadeal';
const LIVE_TIMEOUT = 10_000;

const post = (number) => `[data-testid="post"][data-post-number="${number}"]`;
const heading = `${tid('admin-heading')}, ${tid('admin-title')}`;

describeInChromium('staff panel in Chromium', () => {
  // Trust limits (pre-moderation of a new member's first posts, pauses between posts) are
  // tested on the server; here new members post at the pace of a test. CLIENT_DIST may point
  // at a client built elsewhere.
  const suite = browserSession({ env: { TRUST_LIMITS: 'off', CLIENT_DIST: process.env.CLIENT_DIST } });
  const { pageErrors, contextFor, withPage, call, signUp } = suite;
  /** Session cookies ("name=value") of the people in the story. */
  const cookies = { admin: '', moderator: '', author: '', flagger: '' };
  const ids = { moderator: '', author: '', flagger: '', topic: '', openingPost: '', rudeReply: '', secondReply: '' };

  /** Waits for the screen's heading to read `text` (a screen loads on demand, after the click). */
  async function expectHeading(page, text, where) {
    const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    try {
      await page.locator(heading).filter({ hasText: exact }).first().waitFor();
    } catch {
      const shown = await page.locator(heading).first().textContent().catch(() => null);
      assert.equal(shown?.trim(), text, `${where}: the screen's heading`);
    }
  }

  before(async () => {
    cookies.admin = (await call('', 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: ADMIN })).cookie;
    const moderator = await signUp(MODERATOR);
    const author = await signUp(AUTHOR);
    const flagger = await signUp(FLAGGER);
    Object.assign(cookies, { moderator: moderator.cookie, author: author.cookie, flagger: flagger.cookie });
    Object.assign(ids, { moderator: moderator.id, author: author.id, flagger: flagger.id });
    await call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: moderator.id });
    await call(cookies.admin, `mutation { createWatchedWord(word: "${HELD_WORD}", action: REQUIRE_APPROVAL) { id } }`);

    const { data } = await call(cookies.author, '{ categories { id slug viewerCanPost } }');
    const category = data.categories.find((c) => c.viewerCanPost);
    assert.ok(category, 'the author can post somewhere');
    const topic = await call(cookies.author, 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id firstPost { id } } }', {
      input: { categoryId: category.id, title: TOPIC_TITLE, body: OPENING, kind: 'QUESTION' },
    });
    ids.topic = topic.data.createTopic.id;
    ids.openingPost = topic.data.createTopic.firstPost.id;
    const reply = (body) =>
      call(cookies.author, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id postNumber } }', { input: { topicId: ids.topic, body } });
    ids.rudeReply = (await reply(RUDE_REPLY)).data.createPost.id;
    ids.secondReply = (await reply(SECOND_REPLY)).data.createPost.id;
  });

  it('turns a member away from every screen of the staff panel', async () => {
    await withPage(cookies.flagger, async (page) => {
      const screens = [
        '/admin',
        '/admin/queue',
        '/admin/join-requests',
        '/admin/members',
        `/admin/members/${AUTHOR.handle}`,
        '/admin/invitations',
        '/admin/guidelines',
        '/admin/watched-words',
        '/admin/categories',
        '/admin/trust',
        '/admin/audit',
      ];
      for (const screen of screens) {
        await page.goto(screen);
        await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 }).catch(() => assert.fail(`${screen}: a member was not turned away`));
        await page.locator(tid('staff-only-notice')).waitFor();
        assert.match(await page.locator(tid('staff-only-notice')).textContent(), /only open to moderators/, screen);
        assert.equal(await page.locator(tid('admin-nav-queue')).count(), 0, `${screen}: no staff navigation for a member`);
        assert.equal(await page.locator(tid('admin-heading')).count(), 0, `${screen}: no staff screen rendered`);
      }
    });
  });

  it('shows a flag arriving live in the queue; agreeing hides the post from members', async () => {
    const modContext = await contextFor(cookies.moderator);
    const readerContext = await contextFor(cookies.flagger);
    try {
      const reader = await readerContext.newPage();
      await reader.goto(`/t/${ids.topic}`);
      await reader.locator(post(2)).waitFor();
      assert.match(await reader.locator(`${post(2)} ${tid('post-body')}`).textContent(), /Read the manual/, 'before moderation members see the reply');

      const mod = await modContext.newPage();
      await mod.goto('/admin/queue');
      await expectHeading(mod, 'Moderation queue', '/admin/queue');
      await mod.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
      await mod.locator(tid('empty-state')).waitFor();
      assert.equal(await mod.locator(tid('queue-item')).count(), 0, 'the queue starts empty');
      // Anything that reloads the page would drop this marker.
      await mod.evaluate(() => {
        window.__sameDocument = true;
      });

      // The member flags the reply from the topic page: the post's menu, a reason, a note.
      await reader.locator(`${post(2)} ${tid('post-more')}`).click();
      await reader.locator(`${post(2)} ${tid('post-flag')}`).click();
      const flagDialog = reader.locator(tid('flag-dialog'));
      await flagDialog.locator(tid('flag-reason-OFFENSIVE')).check();
      await flagDialog.locator(tid('flag-note')).fill('Insulting the person who asked.');
      await flagDialog.locator(tid('flag-submit')).click();
      await reader.locator(tid('toast')).filter({ hasText: 'Thanks — the moderators will take a look' }).waitFor();
      await flagDialog.waitFor({ state: 'hidden' });
      assert.equal(await reader.locator(`${post(2)} ${tid('post-flag')}`).getAttribute('data-flagged'), 'true', 'the post shows as flagged by the member');
      assert.equal(await reader.locator(`${post(2)} ${tid('post-flag')}`).isDisabled(), true, 'a post cannot be flagged twice from the page');
      // One newcomer flag does not hide the post by itself: the member still sees it.
      assert.match(await reader.locator(`${post(2)} ${tid('post-body')}`).textContent(), /Read the manual/, 'one newcomer flag does not hide the post by itself');
      const { data: stillListed } = await call(cookies.flagger, 'query ($id: ID!) { posts(topicId: $id) { edges { node { id } } } }', { id: ids.topic });
      assert.ok(stillListed.posts.edges.some((e) => e.node.id === ids.rudeReply), 'the API still lists the flagged reply for members');

      // The queue was empty: the one flagged item about the rude reply is the member's flag.
      const arrived = mod.locator(`${tid('queue-item')}[data-kind="FLAGGED"]`).filter({ has: mod.locator(tid('queue-item-body'), { hasText: 'Read the manual' }) });
      await waitForOrExplain(arrived, mod, 'the flagged post did not arrive in the queue', { timeout: LIVE_TIMEOUT });
      assert.equal(await arrived.count(), 1, 'one open flagged item for the reply');
      const itemId = await arrived.getAttribute('data-item-id');
      assert.ok(itemId, 'the queue card carries its item id');

      const item = mod.locator(`${tid('queue-item')}[data-item-id="${itemId}"]`);
      await item.waitFor();
      assert.equal(await mod.evaluate(() => window.__sameDocument), true, 'the item arrived without a reload');
      assert.match(await item.locator(tid('queue-item-body')).textContent(), /Read the manual/);
      assert.match(await item.textContent(), /Offensive/);
      assert.match(await item.textContent(), /Insulting the person who asked/);
      assert.equal((await item.locator(tid('queue-author')).textContent())?.replace(/\s+/g, ' ').trim(), `${AUTHOR.displayName} @${AUTHOR.handle}`);
      assert.equal((await item.locator(tid('queue-flagger')).textContent())?.trim(), FLAGGER.displayName, 'the card says who flagged');
      await mod.locator(tid('queue-count')).waitFor();
      assert.equal((await mod.locator(tid('queue-count')).textContent())?.trim(), '1', 'the navigation badge counts the item');

      await item.locator(tid('queue-agree')).click();
      const dialog = mod.locator(tid('queue-agree-dialog'));
      await dialog.locator(tid('queue-action-hide')).waitFor();
      assert.equal(await dialog.locator(tid('queue-action-hide')).isChecked(), true, 'hiding is the default');
      await dialog.locator(tid('reason-input')).fill('Insults are not allowed here.');
      await dialog.locator(tid('reason-confirm')).click();
      await item.waitFor({ state: 'detached' });
      await mod.locator(tid('queue-count')).waitFor({ state: 'detached' });
      await mod.locator(tid('empty-state')).waitFor();

      await reader.reload();
      await reader.locator(post(1)).waitFor();
      await reader.locator(post(3)).waitFor();
      assert.equal(await reader.locator(post(2)).count(), 0, 'members no longer see the hidden reply');
      const { data } = await call(cookies.flagger, 'query ($id: ID!) { posts(topicId: $id) { edges { node { id } } } }', { id: ids.topic });
      assert.ok(!data.posts.edges.some((e) => e.node.id === ids.rudeReply), 'the API no longer lists the hidden reply for members');

      // An action on the topic itself, undone at once so the topic is as it was.
      await call(cookies.moderator, 'mutation ($t: ID!, $r: String!) { hideTopic(topicId: $t, reason: $r) { id } }', { t: ids.topic, r: 'Checking the record.' });
      await call(cookies.moderator, 'mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }', { t: ids.topic });

      // The decision is on the record, each entry naming what it was about and linking to it.
      await mod.locator(tid('admin-nav-audit')).click();
      await expectHeading(mod, 'Audit log', '/admin/audit');
      await mod.locator(`${tid('audit-row')}[data-action="FLAGS_AGREED"]`).waitFor();
      const hiddenPost = mod.locator(`${tid('audit-row')}[data-action="POST_HIDDEN"] ${tid('audit-target')}`);
      await hiddenPost.waitFor();
      assert.equal((await hiddenPost.textContent())?.trim(), `#2 in ${TOPIC_TITLE}`, 'a post is named by its number and topic');
      assert.equal(await hiddenPost.getAttribute('href'), `/t/${ids.topic}/2`);
      const topicTarget = mod.locator(`${tid('audit-row')}[data-action="TOPIC_UNHIDDEN"] ${tid('audit-target')}`);
      await topicTarget.waitFor();
      assert.equal((await topicTarget.textContent())?.trim(), TOPIC_TITLE, 'a topic is named by its title');
      assert.equal(await topicTarget.getAttribute('href'), `/t/${ids.topic}`);
      await topicTarget.click();
      await mod.waitForURL((url) => url.pathname === `/t/${ids.topic}`);
      await mod.getByRole('heading', { level: 1, name: TOPIC_TITLE }).waitFor();
    } finally {
      await modContext.close();
      await readerContext.close();
    }
  });

  it('takes an item another moderator resolved off the list, with a quiet note', async () => {
    await withPage(cookies.moderator, async (mod) => {
      await mod.goto('/admin/queue');
      await mod.locator(`${tid('live-status')}[data-state="live"]`).waitFor({ timeout: LIVE_TIMEOUT });
      await mod.locator(tid('empty-state')).waitFor();
      const { data } = await call(cookies.flagger, 'mutation ($input: FlagInput!) { flag(input: $input) { itemId } }', {
        input: { targetType: 'POST', targetId: ids.secondReply, reason: 'SPAM' },
      });
      const item = mod.locator(`${tid('queue-item')}[data-item-id="${data.flag.itemId}"]`);
      await waitForOrExplain(item, mod, 'the second flag did not arrive in the queue', { timeout: LIVE_TIMEOUT });

      await call(cookies.admin, 'mutation ($input: ResolveFlagsInput!) { resolveFlags(input: $input) { status } }', {
        input: { itemId: data.flag.itemId, decision: 'DISAGREE', contentAction: 'NONE' },
      });
      await item.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      await mod.locator(tid('queue-handled-elsewhere')).waitFor();
      assert.match(await mod.locator(tid('queue-handled-elsewhere')).textContent(), /Another moderator/);

      // A moderator's role has no settings, categories or invitations.
      for (const screen of ['trust', 'categories', 'invitations', 'guidelines']) {
        assert.equal(await mod.locator(tid(`admin-nav-${screen}`)).count(), 0, `no ${screen} entry for a moderator`);
      }
      // A moderator of the whole community handles join requests (a scoped one does not, below).
      assert.equal(await mod.locator(tid('admin-nav-join-requests')).count(), 1, 'join requests for a moderator of everything');
      await mod.goto('/admin/trust');
      await mod.waitForURL((url) => url.pathname === '/admin');
      await mod.locator(tid('admin-role-notice')).waitFor();
      assert.equal(await mod.locator(tid('admin-my-scope')).count(), 0, 'no scope line for a moderator of everything');
      // …and acts on people.
      await mod.goto(`/admin/members/${AUTHOR.handle}`);
      await expectHeading(mod, AUTHOR.displayName, 'member record for a moderator');
      await mod.locator(tid('member-warn')).waitFor();
      assert.equal(await mod.locator(tid('member-actions-scoped')).count(), 0);
    });
  });

  it('tells the flagger what came of each flag, in English and in Russian, without naming the moderator', async () => {
    const stories = [
      ['en-US', '', /agreed with your flag and removed it/, /reviewed your flag and left it up/],
      ['ru-RU', '-ru', /согласились с вашей жалобой и убрали материал/, /рассмотрели вашу жалобу и оставили материал/],
    ];
    for (const [locale, suffix, removed, dismissed] of stories) {
      await withPage(
        cookies.flagger,
        async (page) => {
          await page.goto('/notifications');
          const outcomes = page.locator(`${tid('notification')}[data-kind="FLAG_OUTCOME"]`);
          await waitForOrExplain(outcomes.nth(1), page, `the flagger's two flag outcomes (${locale})`);
          const texts = await outcomes.allTextContents();
          assert.equal(texts.length, 2, `one notice per decided flag (${locale})`);
          assert.ok(texts.some((text) => removed.test(text) && text.includes(TOPIC_TITLE)), `the agreed flag reads as removed content (${locale}): ${texts}`);
          assert.ok(texts.some((text) => dismissed.test(text)), `the dismissed flag reads as dismissed (${locale}): ${texts}`);
          for (const name of [MODERATOR.displayName, MODERATOR.handle, 'Admin']) assert.ok(!texts.join(' ').includes(name), `no moderator named (${locale})`);
          await screenshotWithoutToasts(page, `desktop-notifications-flag-outcomes${suffix}`);
        },
        { locale },
      );
    }
  });

  it('opens every screen for an admin, on a desktop and on a phone', async () => {
    // Leave the queue with something in it: an open flag on a post, a flag on the author
    // themselves, and a post held by a watched word.
    await call(cookies.flagger, 'mutation ($input: FlagInput!) { flag(input: $input) { itemId } }', {
      input: { targetType: 'POST', targetId: ids.openingPost, reason: 'OFF_TOPIC', note: 'Belongs in the accessories category.' },
    });
    const memberFlag = await call(cookies.flagger, 'mutation ($input: FlagInput!) { flag(input: $input) { itemId } }', {
      input: { targetType: 'USER', targetId: ids.author, reason: 'OTHER', note: MEMBER_FLAG_NOTE },
    });
    await call(cookies.author, 'mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { topicId: ids.topic, body: `Big ${HELD_WORD} on adapters this week, see my link.` },
    });

    await withPage(cookies.admin, async (page) => {
      await page.goto('/admin');
      await expectHeading(page, 'Staff area', '/admin');
      await page.locator(tid('staff-member-count')).waitFor();
      assert.equal((await page.locator(tid('staff-member-count')).textContent())?.trim(), '4');
      await page.locator(`${tid('dashboard-open-count')}`).filter({ hasText: '3' }).waitFor();
      await page.locator(tid('audit-row')).first().waitFor();
      await screenshotWithoutToasts(page, 'desktop-admin-dashboard');

      const screens = [
        ['queue', 'Moderation queue'],
        ['join-requests', 'Join requests'],
        ['members', 'Members'],
        ['invitations', 'Invitations'],
        ['guidelines', 'Community guidelines'],
        ['watched-words', 'Watched words'],
        ['categories', 'Categories'],
        ['trust', 'Access & trust'],
        ['audit', 'Audit log'],
      ];
      for (const [screen, title] of screens) {
        await page.locator(tid(`admin-nav-${screen}`)).click();
        await page.waitForURL((url) => url.pathname === `/admin/${screen}`);
        await expectHeading(page, title, `/admin/${screen}`);
        await page.locator(`${tid(`admin-nav-${screen}`)}[aria-current="page"]`).waitFor();
        assert.equal(await page.locator(tid('load-error')).count(), 0, `/admin/${screen} shows no load error`);
      }

      // The queue: a flagged post, a flagged member and a post held for approval, which the admin approves.
      await page.goto('/admin/queue');
      await page.locator(tid('queue-item')).nth(2).waitFor();
      const flaggedMember = page.locator(`${tid('queue-item')}[data-item-id="${memberFlag.data.flag.itemId}"]`);
      assert.equal((await flaggedMember.locator(tid('queue-item-user')).textContent())?.replace(/\s+/g, ' ').trim(), `${AUTHOR.displayName} @${AUTHOR.handle}`);
      assert.equal(await flaggedMember.locator(tid('queue-item-user')).getAttribute('href'), `/admin/members/${AUTHOR.handle}`);
      assert.equal((await flaggedMember.locator(tid('queue-flagger')).textContent())?.trim(), FLAGGER.displayName);
      assert.match(await flaggedMember.textContent(), new RegExp(MEMBER_FLAG_NOTE));
      assert.equal(await flaggedMember.locator(tid('queue-item-body')).count(), 0, 'a flag on a member shows no post');
      const held = page.locator(`${tid('queue-item')}[data-kind="PENDING_POST"]`);
      assert.match(await held.locator(tid('queue-item-body')).textContent(), new RegExp(HELD_WORD));
      await screenshotWithoutToasts(page, 'desktop-admin-queue');
      await held.locator(tid('queue-approve')).click();
      await held.waitFor({ state: 'detached' });
      assert.equal(await page.locator(tid('queue-item')).count(), 2, 'the two flagged items stay');

      // Watched words: one is listed, another is added.
      await page.locator(tid('admin-nav-watched-words')).click();
      await page.locator(`${tid('watched-word-row')}[data-word="${HELD_WORD}"]`).waitFor();
      await page.locator(tid('watched-word-input')).fill('scamcoin');
      await page.locator(tid('watched-word-action')).selectOption('BLOCK');
      await page.locator(tid('watched-word-add')).click();
      await page.locator(`${tid('watched-word-row')}[data-word="scamcoin"]`).waitFor();

      // Invitations: the sign-up link is shown once, ready to copy.
      await page.locator(tid('admin-nav-invitations')).click();
      await page.locator(tid('invitation-emails')).fill('friend@e2e.example');
      await page.locator(tid('invitation-submit')).click();
      await page.locator(tid('invitation-link')).first().waitFor();
      assert.match(await page.locator(tid('invitation-link')).first().inputValue(), new RegExp(`^${suite.server.url}/signup\\?invite=[\\w-]{16,}$`));
      await page.locator(tid('invitation-row')).first().waitFor();
      // No mail server in this test: the list says the invitation email was not sent, and why.
      await page.reload();
      const emailStatus = page.locator(`${tid('invitation-row')} ${tid('invitation-email-status')}`).first();
      await emailStatus.waitFor();
      for (let i = 0; i < 50 && (await emailStatus.getAttribute('data-status')) !== 'FAILED'; i++) {
        await page.waitForTimeout(200);
        await page.reload();
        await emailStatus.waitFor();
      }
      assert.equal(await emailStatus.getAttribute('data-status'), 'FAILED');
      assert.match(await page.locator(tid('invitation-email-error')).first().textContent(), /SMTP_URL/);

      // The member directory: everyone, newest first; narrowed by search, role and trust level.
      const suspended = await signUp(SUSPENDED);
      await call(cookies.admin, 'mutation ($input: RestrictUserInput!) { suspendUser(input: $input) { id } }', {
        input: { userId: suspended.id, reason: 'Posting the same advert everywhere.' },
      });
      const { data: authorData } = await call(cookies.admin, 'query ($handle: String!) { user(handle: $handle) { trustLevel } }', { handle: AUTHOR.handle });
      const rows = page.locator(tid('member-row'));
      const handles = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-handle')));
      /** Rows already shown stay, dimmed, while a new filter loads: wait until the list is the new one. */
      const listSettled = () => page.waitForFunction(() => !document.querySelector('[data-testid="member-list"].stale, [data-testid="loading-state"]'));
      await page.locator(tid('admin-nav-members')).click();
      await expectHeading(page, 'Members', '/admin/members');
      await rows.nth(4).waitFor();
      assert.deepEqual((await handles()).slice(0, 4), [SUSPENDED.handle, FLAGGER.handle, AUTHOR.handle, MODERATOR.handle], 'newest first');
      assert.equal(await rows.first().locator(tid('member-row-suspended')).count(), 1, 'the suspension shows on the row');
      await screenshotWithoutToasts(page, 'desktop-admin-members');

      await page.locator(tid('member-search-input')).fill(AUTHOR.handle);
      await page.waitForURL((url) => url.searchParams.get('q') === AUTHOR.handle);
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="member-row"]')].length === 1);
      assert.deepEqual(await handles(), [AUTHOR.handle], 'the search keeps only the author');
      const authorRow = rows.first();
      assert.equal((await authorRow.locator(tid('member-row-email')).textContent())?.trim(), AUTHOR.email);
      assert.equal((await authorRow.locator(tid('member-row-role')).textContent())?.trim(), 'Member');

      // A role nobody searched for has no one; the author's own role and trust level keep them.
      await page.locator(tid('member-filter-role')).selectOption('MODERATOR');
      await page.waitForURL((url) => url.searchParams.get('role') === 'MODERATOR');
      await page.locator(tid('empty-state')).filter({ hasText: 'No members match these filters.' }).waitFor();
      assert.equal(await rows.count(), 0);
      await page.locator(tid('member-filter-role')).selectOption('MEMBER');
      await page.locator(tid('member-filter-trust')).selectOption(authorData.user.trustLevel);
      await page.waitForURL((url) => url.searchParams.get('role') === 'MEMBER' && url.searchParams.get('trust') === authorData.user.trustLevel);
      await rows.first().waitFor();
      await listSettled();
      assert.deepEqual(await handles(), [AUTHOR.handle]);

      // The filters are in the address: they survive a reload.
      await page.reload();
      await rows.first().waitFor();
      await listSettled();
      assert.deepEqual(await handles(), [AUTHOR.handle], 'the filtered list after a reload');
      assert.equal(await page.locator(tid('member-search-input')).inputValue(), AUTHOR.handle);
      assert.equal(await page.locator(tid('member-filter-role')).inputValue(), 'MEMBER');

      // The author's record, from their row: the flags on them, by the flagger, and none by them.
      await rows.first().click();
      await page.waitForURL((url) => url.pathname === `/admin/members/${AUTHOR.handle}`);
      await expectHeading(page, AUTHOR.displayName, 'member record');
      assert.equal((await page.locator(tid('member-email')).textContent())?.trim(), AUTHOR.email);
      await page.locator(tid('member-post')).first().waitFor();
      // On the rude reply (agreed), the second reply (rejected), the opening post and the author themselves.
      assert.match((await page.locator(tid('member-flags-received-count')).textContent())?.replace(/\s+/g, ' ') ?? '', /^\s*4 1 agreed\s*$/);
      const flags = page.locator(tid('member-flag'));
      await flags.nth(3).waitFor();
      assert.equal(await flags.count(), 4);
      assert.equal(await page.locator(`${tid('member-flags-received')}[aria-pressed="true"]`).count(), 1, 'received flags show first');
      const agreed = page.locator(`${tid('member-flag')}[data-status="AGREED"]`);
      assert.equal(await agreed.count(), 1, 'the flag staff agreed with');
      assert.equal(await agreed.getAttribute('data-reason'), 'OFFENSIVE');
      assert.equal((await agreed.locator(tid('member-flag-flagger')).textContent())?.trim(), FLAGGER.displayName);
      assert.match(await agreed.textContent(), /Read the manual/, 'the flagged reply is quoted');
      assert.equal(await page.locator(`${tid('member-flag')}[data-status="DISAGREED"]`).count(), 1, 'the flag staff rejected');
      assert.deepEqual(
        new Set(await page.locator(tid('member-flag-flagger')).allTextContents()),
        new Set([FLAGGER.displayName]),
        'the flagger raised every flag on the author',
      );
      await page.locator(tid('member-flags-given')).click();
      await page.locator(`${tid('member-flags')} ${tid('empty-state')}`).filter({ hasText: 'They have not flagged anything.' }).waitFor();
      assert.equal(await flags.count(), 0, 'the author flagged nothing');
      await page.locator(tid('member-flags-received')).click();
      await flags.nth(3).waitFor();
      await page.locator(tid('member-warn')).click();
      const warn = page.locator(tid('member-warn-dialog'));
      await warn.locator(tid('reason-confirm')).click();
      await warn.locator(tid('field-error-reason')).waitFor();
      await warn.locator(tid('reason-input')).fill('Please keep replies civil.');
      await warn.locator(tid('reason-confirm')).click();
      await page.locator(`${tid('member-sanction')}[data-kind="WARNING"]`).waitFor();
      await page.locator(`${tid('audit-row')}[data-action="USER_WARNED"]`).waitFor();
      await screenshotWithoutToasts(page, 'desktop-admin-member');

      // The standing filter: only the suspended member is suspended.
      await page.goto('/admin/members');
      await rows.nth(4).waitFor();
      await page.locator(tid('member-filter-status')).selectOption('SUSPENDED');
      await page.waitForURL((url) => url.searchParams.get('status') === 'SUSPENDED');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="member-row"]')].length === 1);
      assert.deepEqual(await handles(), [SUSPENDED.handle]);
      assert.equal(await rows.first().locator(tid('member-row-suspended')).count(), 1);
      // Records opened lately are a click away.
      assert.ok((await page.locator(tid('recent-member')).allTextContents()).some((text) => text.includes(AUTHOR.displayName)), 'the author is among the records opened lately');

      // Filters the server refuses are explained, not shown as a failure to load.
      await page.goto('/admin/members?trust=WIZARD');
      await page.locator(tid('member-filter-error')).waitFor();
      assert.match(await page.locator(tid('member-filter-error')).textContent(), /Trust level: Unknown trust level/);
      await page.goto(`/admin/members?q=${'x'.repeat(101)}`);
      await page.locator(tid('member-filter-error')).filter({ hasText: 'Search for at most 100 characters.' }).waitFor();
      await page.locator(tid('member-filters-clear')).click();
      await page.waitForURL((url) => url.pathname === '/admin/members' && url.search === '');
      await rows.nth(4).waitFor();

      await page.goto('/admin/audit');
      await page.locator(tid('audit-row')).first().waitFor();
      await screenshotWithoutToasts(page, 'desktop-admin-audit');
      await page.locator(tid('audit-filter-action')).selectOption('USER_WARNED');
      await page.locator(tid('audit-apply')).click();
      await page.waitForURL(/action=USER_WARNED/);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-testid="audit-row"]')].every((row) => row.getAttribute('data-action') === 'USER_WARNED'),
      );
      assert.equal(await page.locator(tid('audit-row')).count(), 1, 'the filter keeps only the warning');

      await page.goto('/admin/trust');
      await page.locator(tid('limit-NEW-maxLinks')).waitFor();
      assert.equal(await page.locator(tid('limit-NEW-maxLinks')).inputValue(), '2', 'the trust limits show as a form');
      await screenshotWithoutToasts(page, 'desktop-admin-trust');

      // The same screens on a phone: a menu instead of the side navigation, nothing wider than the screen.
      await page.setViewportSize(PHONE);
      const phoneScreens = [
        ['/admin', 'dashboard'],
        ['/admin/queue', 'queue'],
        ['/admin/members', 'members'],
        [`/admin/members/${AUTHOR.handle}`, 'member'],
        ['/admin/audit', 'audit'],
        ['/admin/trust', 'trust'],
      ];
      for (const [url, name] of phoneScreens) {
        await page.goto(url);
        await page.locator(heading).first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertNoHorizontalScroll(page, url);
        await screenshotWithoutToasts(page, `phone-admin-${name}`);
      }
      // The directory's filters fold away on a phone; opened, they fit the screen too.
      await page.goto('/admin/members');
      await rows.first().waitFor();
      assert.equal(await page.locator(tid('member-filter-role')).isVisible(), false, 'the filters are folded away on a phone');
      await page.locator(tid('member-filters-toggle')).click();
      await page.locator(tid('member-filter-status')).selectOption('SUSPENDED');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="member-row"]')].length === 1);
      await assertNoHorizontalScroll(page, '/admin/members with the filters open');
      await screenshotWithoutToasts(page, 'phone-admin-members-filters');
      assert.equal(await page.locator(tid('admin-nav-queue')).isVisible(), false, 'the navigation is folded away on a phone');
      await page.locator(tid('admin-menu-toggle')).click();
      await page.locator(tid('admin-nav-queue')).click();
      await page.waitForURL((url) => url.pathname === '/admin/queue');
      await expectHeading(page, 'Moderation queue', 'queue from the phone menu');
    });
  });

  it('shows who asks to join, with their email and note, in the queue', async () => {
    await call(cookies.admin, 'mutation { updateCommunitySettings(input: { accessMode: APPROVAL }) { accessMode } }');
    const context = await contextFor(cookies.admin);
    try {
      await call('', 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
        input: { email: APPLICANT.email, handle: APPLICANT.handle, displayName: APPLICANT.displayName, password: APPLICANT.password, joinMessage: JOIN_NOTE },
      });
      const page = await context.newPage();
      await page.goto('/admin/queue');
      const item = page.locator(`${tid('queue-item')}[data-kind="JOIN_REQUEST"]`);
      await waitForOrExplain(item, page, 'the request to join is not in the queue');
      assert.equal((await item.locator(tid('queue-item-user')).textContent())?.replace(/\s+/g, ' ').trim(), `${APPLICANT.displayName} @${APPLICANT.handle}`);
      assert.equal((await item.locator(tid('queue-item-join-email')).textContent())?.trim(), APPLICANT.email);
      assert.equal((await item.locator(tid('queue-item-join-message')).textContent())?.trim(), JOIN_NOTE);
      assert.equal(await item.locator(tid('queue-user-pending')).count(), 1, 'the card says they are waiting to join');
      await screenshotWithoutToasts(page, 'desktop-admin-queue-join');

      await item.locator(tid('queue-approve')).click();
      await item.waitFor({ state: 'detached' });
      const { data } = await call(cookies.admin, 'query ($handle: String!) { user(handle: $handle) { standing { membership } } }', { handle: APPLICANT.handle });
      assert.equal(data.user.standing.membership, 'ACTIVE', 'approving from the queue lets them in');
    } finally {
      await context.close();
      await call(cookies.admin, 'mutation { updateCommunitySettings(input: { accessMode: OPEN }) { accessMode } }');
    }
  });

  it('keeps an item it decided out of the list when a reload begun before the decision answers after it', async () => {
    await call(cookies.admin, 'mutation { updateCommunitySettings(input: { accessMode: APPROVAL }) { accessMode } }');
    const context = await contextFor(cookies.admin);
    const signUpInput = (n) => ({ email: `late${n}@e2e.example`, handle: `late_applicant_${n}`, displayName: `Late Applicant ${n}`, password: 'late-applicant-password' });
    try {
      const first = signUpInput(1);
      await call('', 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', { input: first });
      const page = await context.newPage();
      // Once the list has loaded, the next read of it is answered only after the decision: the
      // server reads the queue as it was, and the answer arrives after the item was approved.
      let reads = 0;
      let staleRead = null;
      const staleFetched = new Promise((resolve) => (staleRead = resolve));
      let release = null;
      const released = new Promise((resolve) => (release = resolve));
      await page.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('AdminModerationQueue')) return route.continue();
        reads += 1;
        if (reads === 1) return route.continue();
        const response = await route.fetch();
        staleRead?.();
        staleRead = null;
        await released;
        await route.fulfill({ response });
      });
      await page.goto('/admin/queue');
      const item = page.locator(`${tid('queue-item')}[data-kind="JOIN_REQUEST"]`).filter({ hasText: `@${first.handle}` });
      await waitForOrExplain(item, page, 'the request to join is not in the queue');
      // A second request to join reaches the open page live, which reads the list again.
      await call('', 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', { input: signUpInput(2) });
      await staleFetched;
      const approved = page.waitForResponse((res) => (res.request().postData() ?? '').includes('approveJoinRequest'));
      await item.locator(tid('queue-approve')).click();
      await (await approved).finished();
      await item.waitFor({ state: 'detached' });
      const staleArrived = page.waitForResponse((res) => (res.request().postData() ?? '').includes('AdminModerationQueue'));
      release();
      await (await staleArrived).finished();
      // The stale answer still lists the approved request; once the page has rendered it, the card must not be there.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      assert.equal(await item.count(), 0, 'the approved request does not come back with the stale answer');
      await page.locator(tid('queue-item')).filter({ hasText: '@late_applicant_2' }).waitFor();
    } finally {
      await context.close();
      await call(cookies.admin, 'mutation { updateCommunitySettings(input: { accessMode: OPEN }) { accessMode } }');
    }
  });

  it('offers a moderator limited to some categories only what their scope allows', async () => {
    const scoped = await signUp(SCOPED);
    await call(cookies.admin, 'mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }', { id: scoped.id });
    const { data } = await call(cookies.admin, '{ categories { id slug name } }');
    const category = data.categories[0];
    assert.ok(category, 'there is a category to scope them to');
    await call(cookies.admin, 'mutation ($userId: ID!, $categoryIds: [ID!]!) { setModeratorCategories(userId: $userId, categoryIds: $categoryIds) }', {
      userId: scoped.id,
      categoryIds: [category.id],
    });

    await withPage(scoped.cookie, async (page) => {
      await page.goto('/admin');
      await expectHeading(page, 'Staff area', '/admin as a scoped moderator');
      const scope = page.locator(tid('admin-my-scope'));
      await waitForOrExplain(scope, page, 'the dashboard does not say which categories they moderate');
      assert.match(await scope.textContent(), /You moderate:/);
      assert.deepEqual(
        (await scope.locator(tid('admin-my-scope-category')).allTextContents()).map((text) => text.trim()),
        [category.name],
        'the dashboard names their one category',
      );
      // Join requests are not tied to a category: no entry, no shortcut.
      await page.locator(tid('admin-nav-queue')).waitFor();
      assert.equal(await page.locator(tid('admin-nav-join-requests')).count(), 0, 'no join requests entry for a scoped moderator');
      assert.equal(await page.locator(tid('dashboard-go-join-requests')).count(), 0, 'no join requests shortcut for a scoped moderator');
      await page.locator(tid('admin-nav-watched-words')).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshotWithoutToasts(page, 'desktop-admin-dashboard-scoped');

      // …and the address leads back to the dashboard, with a word why.
      await page.goto('/admin/join-requests');
      await page.waitForURL((url) => url.pathname === '/admin');
      await page.locator(tid('admin-scope-notice')).waitFor();
      assert.match(await page.locator(tid('admin-scope-notice')).textContent(), /moderators of the whole community/);
      await expectHeading(page, 'Staff area', 'the dashboard after /admin/join-requests');

      // Watched words apply everywhere: listed, not changed.
      await page.locator(tid('admin-nav-watched-words')).click();
      await expectHeading(page, 'Watched words', '/admin/watched-words as a scoped moderator');
      await page.locator(`${tid('watched-word-row')}[data-word="${HELD_WORD}"]`).waitFor();
      assert.ok((await page.locator(tid('watched-word-row')).count()) >= 2, 'the words are listed');
      assert.equal(await page.locator(tid('watched-word-input')).count(), 0, 'no form to add a word');
      assert.equal(await page.locator(tid('watched-word-delete')).count(), 0, 'no buttons to remove a word');
      assert.match(await page.locator(tid('watched-words-read-only')).textContent(), /only moderators of the whole community/);
      await screenshotWithoutToasts(page, 'desktop-admin-watched-words-scoped');

      // Actions on people are for moderators of the whole community.
      await page.goto(`/admin/members/${AUTHOR.handle}`);
      await expectHeading(page, AUTHOR.displayName, 'member record as a scoped moderator');
      await page.locator(tid('member-actions-scoped')).waitFor();
      assert.match(await page.locator(tid('member-actions-scoped')).textContent(), /moderators of the whole community/);
      for (const control of ['member-warn', 'member-silence', 'member-suspend', 'member-leader', 'member-lift-suspension', 'member-lift-silence']) {
        assert.equal(await page.locator(tid(control)).count(), 0, `no ${control} for a scoped moderator`);
      }
      await page.waitForLoadState('networkidle');
      await screenshotWithoutToasts(page, 'desktop-admin-member-scoped');
    });
  });

  it('raised no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
