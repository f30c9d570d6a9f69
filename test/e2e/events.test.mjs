// Events in a real Chromium against the built server: a community manager writes an event with two
// places in the staff editor; members answer until it is full and the third lands on the waitlist;
// when one gives up their place, the waiting member sees that they are going, and is notified.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, assertNoHorizontalScroll, browserSession, describeInChromium, screenshot, tid } from '../support/browser.mjs';
import { ADMIN_PASSWORD } from '../support/server.mjs';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const member = (name) => ({ email: `${name}@e2e.example`, handle: `${name}_ev`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Events`, password: `${name}-password-e2e` });

/** A wall-clock time `days` from today, as datetime-local inputs take it. */
function local(days, hour) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`;
}

describeInChromium('events in Chromium', () => {
  const suite = browserSession({ env: { TRUST_LIMITS: 'off' } });

  it('fills an event, waitlists the next member and promotes them when a place frees up', async () => {
    const { cookie: admin } = await suite.call('', SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } });
    const [ann, ben, cat] = await Promise.all(['ann', 'ben', 'cat'].map((n) => suite.signUp(member(n))));

    // The staff editor.
    const eventPath = await suite.withPage(admin, async (page) => {
      await page.goto('/events/new');
      await page.locator(tid('event-category')).locator('option').first().waitFor({ state: 'attached' });
      await page.locator(tid('event-title-input')).fill('Board games night at the office');
      await page.locator(tid('event-description')).fill('Bring a **game**; we bring snacks.');
      await page.locator(tid('event-starts')).fill(local(5, 18));
      await page.locator(tid('event-ends')).fill(local(5, 21));
      await page.locator(tid('event-zone')).fill('Europe/Berlin');
      await page.locator(tid('event-location')).fill('Office kitchen, 3rd floor');
      await page.locator(tid('event-capacity')).fill('2');
      await page.locator(tid('event-url')).fill('javascript:alert(1)');
      await page.locator(tid('event-save')).click();
      await page.locator(tid('event-error')).filter({ hasText: 'http' }).waitFor();
      await page.locator(tid('event-url')).fill('');
      await screenshot(page, 'events-editor-desktop');
      await page.locator(tid('event-save')).click();
      await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
      await page.locator(tid('event-title')).filter({ hasText: 'Board games night' }).waitFor();
      await page.locator(tid('event-staff')).waitFor();
      return new URL(page.url()).pathname;
    });

    // Two members take the two places.
    for (const person of [ann, ben]) {
      await suite.withPage(person.cookie, async (page) => {
        await page.goto(eventPath);
        await page.locator(tid('rsvp-going')).click();
        await page.locator(tid('rsvp-status')).filter({ hasText: 'You are going' }).waitFor();
      });
    }

    // The third sees it is full and joins the waitlist; on a phone.
    await suite.withPage(
      cat.cookie,
      async (page) => {
        await page.goto(eventPath);
        await page.locator(tid('places-left')).filter({ hasText: 'Full' }).waitFor();
        const going = page.locator(tid('rsvp-going'));
        assert.equal((await going.textContent()).trim(), 'Join the waitlist');
        await going.click();
        await page.locator(tid('rsvp-status')).filter({ hasText: 'number 1' }).waitFor();
        await assertNoHorizontalScroll(page, 'event page on a phone');
        await screenshot(page, 'events-page-waitlisted-phone');
      },
      { viewport: PHONE },
    );

    // Ann gives up her place: Cat is going, and told so.
    await suite.withPage(ann.cookie, async (page) => {
      await page.goto(eventPath);
      await page.locator(tid('rsvp-not-going')).click();
      await page.locator(tid('rsvp-going')).waitFor();
    });
    await suite.withPage(cat.cookie, async (page) => {
      await page.goto(eventPath);
      await page.locator(tid('rsvp-status')).filter({ hasText: 'You are going' }).waitFor();
      await page.goto('/notifications');
      await page.locator(`${tid('notification')}[data-kind="EVENT_PROMOTED"]`).filter({ hasText: 'Board games night' }).waitFor();
    });

    // The lists and the discussion topic show it, in English and Russian, on a desktop and a phone.
    await suite.withPage(ben.cookie, async (page) => {
      await page.goto('/events');
      await page.locator(tid('event-row')).filter({ hasText: 'Board games night' }).waitFor();
      await screenshot(page, 'events-list-desktop');
      await page.locator(tid('events-tab-month')).click();
      await page.locator(tid('event-month')).waitFor();
      await screenshot(page, 'events-month-desktop');
      await page.goto(eventPath);
      await page.locator(tid('event-discussion')).click();
      await page.locator(tid('topic-event-card')).waitFor();
      await page.locator(tid('topic-event-open')).click();
      await page.waitForURL((url) => url.pathname === eventPath);
      await page.locator(tid('rsvp-status')).filter({ hasText: 'You are going' }).waitFor();
      await screenshot(page, 'events-page-desktop');
    });
    await suite.withPage(
      ben.cookie,
      async (page) => {
        await page.goto('/events');
        await page.locator(tid('event-row')).filter({ hasText: 'Board games night' }).waitFor();
        await page.locator(tid('events-tab-month')).click();
        await page.locator(tid('event-month')).waitFor();
        await assertNoHorizontalScroll(page, 'events month on a phone');
        await screenshot(page, 'events-month-phone-ru');
      },
      { viewport: PHONE, locale: 'ru-RU' },
    );
    assert.deepEqual(suite.pageErrors, []);
  });
});
