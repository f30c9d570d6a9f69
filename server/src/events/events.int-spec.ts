import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';
import { categoryId, person, type Person } from '../testing/forum-helpers.js';
import { gqlAs, quickMembers } from '../testing/event-helpers.js';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { REMINDER_JOB } from './event-notices.service.js';

let t: TestApp;
let db: DataSource;
let manager: Person;
let member: Person;
let other: Person;
let eventsCategory: string;

const EVENT_FIELDS = `id title status visibility topicId timeZone startsAt endsAt startsAtLocal capacity recurrenceRule descriptionHtml
  nextOccurrence { id startsAt startsAtLocal goingCount waitlistCount placesLeft rsvpOpen cancelled myRsvp { status waitlistPosition } }`;
const CREATE = `mutation ($i: EventInput!, $p: Boolean) { createEvent(input: $i, publish: $p) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { ${EVENT_FIELDS} } }`;
const GET = `query ($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const LIST = `query ($r: EventRange, $c: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  eventOccurrences(range: $r, categoryId: $c, from: $from, to: $to, first: $first, after: $after) {
    edges { node { id startsAt startsAtLocal event { id title } } } pageInfo { hasNextPage endCursor } } }`;
const RSVP = `mutation ($o: ID!, $s: RsvpChoice!) { rsvpEvent(occurrenceId: $o, status: $s) { id goingCount waitlistCount placesLeft myRsvp { status waitlistPosition } } }`;
const NOTES = `query { notifications(first: 50) { edges { node { kind eventId eventOccurrenceId eventTitle } } } }`;

interface EventData {
  id: string;
  status: string;
  topicId: string | null;
  startsAt: string;
  startsAtLocal: string;
  nextOccurrence: { id: string; goingCount: number; waitlistCount: number; placesLeft: number | null; rsvpOpen: boolean; myRsvp: { status: string; waitlistPosition: number | null } | null };
}

/** A wall-clock time `days` from now in UTC, as the API takes it. */
function localIn(days: number, hour = 18): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    categoryId: eventsCategory,
    title: 'Community meetup in Berlin',
    description: 'We meet, talk **widgets** and eat pretzels.',
    timeZone: 'Europe/Berlin',
    startsAtLocal: localIn(10, 18),
    endsAtLocal: localIn(10, 20),
    location: 'Alexanderplatz 1, Berlin',
    visibility: 'EVERYONE',
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, publish = true): Promise<EventData> {
  const res = await manager.client.send<{ createEvent: EventData }>(CREATE, { i: input(overrides), p: publish });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvent;
}

async function tableCounts(): Promise<number[]> {
  const [row] = await db.query(`SELECT (SELECT count(*) FROM events)::int a, (SELECT count(*) FROM event_occurrences)::int b, (SELECT count(*) FROM event_rsvps)::int c, (SELECT count(*) FROM topics)::int d`);
  return [row.a, row.b, row.c, row.d];
}

const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  manager = await person(t, 'COMMUNITY_MANAGER', 'cm');
  member = await person(t, undefined, 'm');
  other = await person(t, undefined, 'o');
  eventsCategory = await categoryId(member.client, 'events');
});
afterAll(async () => {
  await t.close();
});

describe('managing events', () => {
  it('keeps a draft from members, then publishes it with its discussion topic showing the event card', async () => {
    const draft = await create({ title: 'A draft nobody sees yet' }, false);
    expect(draft.status).toBe('DRAFT');
    expect(draft.topicId).toBeNull();
    expect(codeOf(await member.client.send(GET, { id: draft.id }))).toBe('NOT_FOUND');
    const listed = await member.client.send<{ eventOccurrences: { edges: Array<{ node: { event: { id: string } } }> } }>(LIST, { first: 50 });
    expect(listed.data!.eventOccurrences.edges.map((e) => e.node.event.id)).not.toContain(draft.id);
    expect(codeOf(await member.client.send(`mutation ($id: ID!) { publishEvent(id: $id) { id } }`, { id: draft.id }))).toBe('FORBIDDEN');

    const published = await manager.client.send<{ publishEvent: EventData }>(`mutation ($id: ID!) { publishEvent(id: $id) { ${EVENT_FIELDS} } }`, { id: draft.id });
    expect(published.data!.publishEvent.status).toBe('PUBLISHED');
    const topicId = published.data!.publishEvent.topicId!;
    const topic = await member.client.send<{ topic: { title: string; categoryId: string; event: { id: string; title: string } | null } }>(
      `query ($id: ID!) { topic(id: $id) { title categoryId event { id title } } }`,
      { id: topicId },
    );
    expect(topic.data!.topic).toEqual({ title: 'A draft nobody sees yet', categoryId: eventsCategory, event: { id: draft.id, title: 'A draft nobody sees yet' } });
    const again = await member.client.send(GET, { id: draft.id });
    expect(again.errors).toBeUndefined();
  });

  it('refuses bad input with a stable reason and changes nothing', async () => {
    const before = await tableCounts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsAtLocal: localIn(10, 17) }, 'ENDS_BEFORE_START'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'UNKNOWN_TIME_ZONE'],
      [{ recurrenceRule: 'FREQ=WEEKLY' }, 'RECURRENCE_UNBOUNDED'],
      [{ recurrenceRule: 'FREQ=WEEKLY;BYDAY=XX;COUNT=3' }, 'RECURRENCE_INVALID'],
      [{ recurrenceRule: 'every tuesday' }, 'RECURRENCE_INVALID'],
      [{ capacity: 0 }, 'CAPACITY_OUT_OF_RANGE'],
      [{ capacity: 100_001 }, 'CAPACITY_OUT_OF_RANGE'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'LINK_NOT_HTTP'],
      [{ onlineUrl: 'ftp://example.com/x' }, 'LINK_NOT_HTTP'],
    ];
    for (const [overrides, reason] of cases) {
      const res = await manager.client.send(CREATE, { i: input(overrides), p: true });
      expect([reason, codeOf(res), res.errors?.[0]?.message.length]).toEqual([reason, 'BAD_USER_INPUT', expect.any(Number)]);
      expect(reasonOf(res)).toBe(reason);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe('answers, capacity and the waitlist', () => {
  it('fills places, waitlists in order, and promotes the first waiting member (with a notification) when someone leaves', async () => {
    const event = await create({ title: 'Small workshop with two places', capacity: 2 });
    const occurrence = event.nextOccurrence.id;
    const [a, b, c, d] = await quickMembers(t, 4, 'w');
    const answer = async (cookie: string, s: string) => (await gqlAs<{ rsvpEvent: { myRsvp: { status: string; waitlistPosition: number | null }; placesLeft: number } }>(t.url, cookie, RSVP, { o: occurrence, s })).data!.rsvpEvent;
    expect((await answer(a.cookie, 'GOING')).myRsvp).toEqual({ status: 'GOING', waitlistPosition: null });
    expect(await answer(b.cookie, 'GOING')).toMatchObject({ myRsvp: { status: 'GOING' }, placesLeft: 0 });
    expect((await answer(c.cookie, 'GOING')).myRsvp).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await answer(d.cookie, 'GOING')).myRsvp).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });
    // Answering GOING again changes nothing.
    expect((await answer(d.cookie, 'GOING')).myRsvp).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });

    await answer(a.cookie, 'NOT_GOING');
    const cNow = await gqlAs<{ eventOccurrence: { myRsvp: { status: string }; goingCount: number; waitlistCount: number } }>(
      t.url,
      c.cookie,
      `query ($id: ID!) { eventOccurrence(id: $id) { goingCount waitlistCount myRsvp { status waitlistPosition } } }`,
      { id: occurrence },
    );
    expect(cNow.data!.eventOccurrence).toEqual({ goingCount: 2, waitlistCount: 1, myRsvp: { status: 'GOING', waitlistPosition: null } });
    const dNow = await gqlAs<{ eventOccurrence: { myRsvp: { waitlistPosition: number } } }>(t.url, d.cookie, `query ($id: ID!) { eventOccurrence(id: $id) { myRsvp { status waitlistPosition } } }`, { id: occurrence });
    expect(dNow.data!.eventOccurrence.myRsvp).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    const notes = await gqlAs<{ notifications: { edges: Array<{ node: { kind: string; eventId: string; eventOccurrenceId: string } }> } }>(t.url, c.cookie, NOTES);
    expect(notes.data!.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'EVENT_PROMOTED', eventId: event.id, eventOccurrenceId: occurrence }),
    ]);
    const dNotes = await gqlAs<{ notifications: { edges: unknown[] } }>(t.url, d.cookie, NOTES);
    expect(dNotes.data!.notifications.edges).toHaveLength(0);

    // Raising the capacity gives the waiting member the new place.
    const raised = await manager.client.send<{ updateEvent: EventData }>(UPDATE, { id: event.id, i: input({ title: 'Small workshop with two places', capacity: 3 }) });
    expect(raised.data!.updateEvent.nextOccurrence).toMatchObject({ goingCount: 3, waitlistCount: 0 });
    const lowered = await manager.client.send(UPDATE, { id: event.id, i: input({ title: 'Small workshop with two places', capacity: 1 }) });
    expect(reasonOf(lowered)).toBe('CAPACITY_BELOW_GOING');
  });

  it('refuses answers after the deadline, to a cancelled event and to a past one, changing nothing', async () => {
    const closed = await create({ title: 'Deadline already passed', rsvpDeadline: new Date(Date.now() - 60_000).toISOString() });
    const past = await create({ title: 'It happened last week', startsAtLocal: localIn(-7, 10), endsAtLocal: localIn(-7, 12) });
    const cancelled = await create({ title: 'Called off for the rain' });
    await member.client.send(RSVP, { o: cancelled.nextOccurrence.id, s: 'GOING' });
    await manager.client.send(`mutation ($id: ID!) { cancelEvent(id: $id) { status } }`, { id: cancelled.id });
    const before = await tableCounts();
    expect(reasonOf(await other.client.send(RSVP, { o: closed.nextOccurrence.id, s: 'GOING' }))).toBe('RSVP_DEADLINE_PASSED');
    expect(reasonOf(await other.client.send(RSVP, { o: past.nextOccurrence.id, s: 'GOING' }))).toBe('EVENT_PAST');
    expect(reasonOf(await other.client.send(RSVP, { o: cancelled.nextOccurrence.id, s: 'GOING' }))).toBe('EVENT_CANCELLED');
    expect(reasonOf(await member.client.send(RSVP, { o: cancelled.nextOccurrence.id, s: 'NOT_GOING' }))).toBe('EVENT_CANCELLED');
    expect(await tableCounts()).toEqual(before);
    const notes = await member.client.send<{ notifications: { edges: Array<{ node: { kind: string; eventId: string } }> } }>(NOTES);
    expect(notes.data!.notifications.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ kind: 'EVENT_CANCELLED', eventId: cancelled.id }));
    const past2 = await member.client.send<{ eventOccurrences: { edges: Array<{ node: { event: { id: string } } }> } }>(LIST, { r: 'PAST', first: 50 });
    expect(past2.data!.eventOccurrences.edges.map((e) => e.node.event.id)).toContain(past.id);
  });

  it('tells those going of a new time', async () => {
    const event = await create({ title: 'Meetup that will move' });
    await other.client.send(RSVP, { o: event.nextOccurrence.id, s: 'GOING' });
    await manager.client.send(UPDATE, { id: event.id, i: input({ title: 'Meetup that will move', startsAtLocal: localIn(10, 19), endsAtLocal: localIn(10, 21) }) });
    const notes = await other.client.send<{ notifications: { edges: Array<{ node: { kind: string; eventId: string } }> } }>(NOTES);
    expect(notes.data!.notifications.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ kind: 'EVENT_CHANGED', eventId: event.id }));
  });
});

describe('time zones and recurrence', () => {
  it('keeps a weekly Berlin 18:00 at 18:00 local across the March change while its UTC instant moves an hour', async () => {
    const event = await create({ title: 'Weekly Berlin meetup', startsAtLocal: '2031-03-20T18:00', endsAtLocal: '2031-03-20T20:00', recurrenceRule: 'FREQ=WEEKLY;COUNT=3' });
    const res = await member.client.send<{ event: { occurrences: { edges: Array<{ node: { startsAt: string; startsAtLocal: string } }> } } }>(
      `query ($id: ID!) { event(id: $id) { occurrences { edges { node { startsAt startsAtLocal } } } } }`,
      { id: event.id },
    );
    expect(res.data!.event.occurrences.edges.map((e) => e.node)).toEqual([
      { startsAt: '2031-03-20T17:00:00.000Z', startsAtLocal: '2031-03-20T18:00' },
      { startsAt: '2031-03-27T17:00:00.000Z', startsAtLocal: '2031-03-27T18:00' },
      { startsAt: '2031-04-03T16:00:00.000Z', startsAtLocal: '2031-04-03T18:00' },
    ]);
    // The month view: a window of starts.
    const march = await member.client.send<{ eventOccurrences: { edges: Array<{ node: { event: { id: string } } }> } }>(LIST, {
      from: '2031-03-01T00:00:00Z',
      to: '2031-04-01T00:00:00Z',
      first: 50,
    });
    expect(march.data!.eventOccurrences.edges.filter((e) => e.node.event.id === event.id)).toHaveLength(2);
  });

  it('answers per occurrence, leaves out EXDATEs and cancels one date on its own', async () => {
    const event = await create({
      title: 'Monthly review',
      startsAtLocal: '2031-01-07T10:00',
      endsAtLocal: '2031-01-07T11:00',
      recurrenceRule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=4',
      exceptDates: ['2031-02-04T09:00:00.000Z'],
    });
    const res = await member.client.send<{ event: { occurrences: { edges: Array<{ node: { id: string; startsAtLocal: string } }> } } }>(
      `query ($id: ID!) { event(id: $id) { occurrences { edges { node { id startsAtLocal } } } } }`,
      { id: event.id },
    );
    const dates = res.data!.event.occurrences.edges.map((e) => e.node);
    expect(dates.map((d) => d.startsAtLocal)).toEqual(['2031-01-07T10:00', '2031-03-04T10:00', '2031-04-01T10:00']);
    await member.client.send(RSVP, { o: dates[0].id, s: 'GOING' });
    await member.client.send(RSVP, { o: dates[1].id, s: 'GOING' });
    const cancelled = await manager.client.send<{ cancelEventOccurrence: { id: string } }>(`mutation ($o: ID!) { cancelEventOccurrence(occurrenceId: $o) { id cancelled } }`, { o: dates[1].id });
    expect(cancelled.data!.cancelEventOccurrence).toEqual({ id: dates[1].id, cancelled: true });
    expect(reasonOf(await member.client.send(RSVP, { o: dates[1].id, s: 'NOT_GOING' }))).toBe('EVENT_CANCELLED');
    const first = await member.client.send<{ rsvpEvent: { myRsvp: { status: string } } }>(RSVP, { o: dates[0].id, s: 'INTERESTED' });
    expect(first.data!.rsvpEvent.myRsvp.status).toBe('INTERESTED');
  });
});

describe('who sees what', () => {
  it('shows each audience only its events, in lists, single reads, topics and feeds', async () => {
    const staffOnly = await create({ title: 'Staff planning session', visibility: 'STAFF' });
    const membersOnly = await create({ title: 'Members only evening', visibility: 'MEMBERS' });
    const leaders = await create({ title: 'Leaders roundtable', visibility: 'TRUST_LEVEL', minTrustLevel: 'REGULAR' });
    const open = await create({ title: 'Open house for everyone' });
    const ids = async (cookie: string | null) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data: { eventOccurrences: { edges: Array<{ node: { event: { id: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } = await gqlAs(t.url, cookie, LIST, { first: 50, after });
        seen.push(...res.data!.eventOccurrences.edges.map((e) => e.node.event.id));
        if (!res.data!.eventOccurrences.pageInfo.hasNextPage) return seen;
        after = res.data!.eventOccurrences.pageInfo.endCursor;
      }
    };
    const guest = await ids(null);
    expect(guest).toContain(open.id);
    expect(guest).not.toEqual(expect.arrayContaining([staffOnly.id]));
    expect(guest).not.toContain(membersOnly.id);
    expect(guest).not.toContain(leaders.id);
    const memberSees = await ids(member.cookie);
    expect(memberSees).toContain(membersOnly.id);
    expect(memberSees).not.toContain(staffOnly.id);
    expect(memberSees).not.toContain(leaders.id);
    await db.query(`UPDATE users SET trust_level = 'REGULAR' WHERE id = $1`, [other.id]);
    expect(await ids(other.cookie)).toContain(leaders.id);
    expect(await ids(manager.cookie)).toEqual(expect.arrayContaining([staffOnly.id, membersOnly.id, leaders.id, open.id]));
    expect(codeOf(await gqlAs(t.url, member.cookie, GET, { id: staffOnly.id }) as GqlResult)).toBe('NOT_FOUND');
    expect(codeOf(await gqlAs(t.url, member.cookie, RSVP, { o: staffOnly.nextOccurrence.id, s: 'GOING' }) as GqlResult)).toBe('NOT_FOUND');
    // The discussion of a narrower audience is unlisted in a category everyone reads.
    const staffTopic = await gqlAs(t.url, member.cookie, `query ($id: ID!) { topic(id: $id) { id } }`, { id: staffOnly.topicId });
    expect(codeOf(staffTopic as GqlResult)).toBe('NOT_FOUND');
    const guestTopic = await gqlAs(t.url, null, `query ($id: ID!) { topic(id: $id) { id } }`, { id: membersOnly.topicId });
    expect(codeOf(guestTopic as GqlResult)).toBe('NOT_FOUND');
    const managerTopic = await manager.client.send<{ topic: { event: { id: string } } }>(`query ($id: ID!) { topic(id: $id) { event { id } } }`, { id: staffOnly.topicId });
    expect(managerTopic.data!.topic.event.id).toBe(staffOnly.id);
  });

  it('serves calendar feeds that ical.js reads, without private or draft events', async () => {
    const draft = await create({ title: 'Feed draft hidden' }, false);
    const privateOne = await create({ title: 'Feed members only', visibility: 'MEMBERS' });
    const open = await create({ title: 'Feed open meetup', capacity: 10 });
    const readFeed = async (path: string, cookie?: string) => {
      const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html,*/*', ...(cookie ? { cookie } : {}) } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      const component = new ICAL.Component(ICAL.parse(await res.text()));
      return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    };
    for (const path of ['/events.ics', '/categories/events/events.ics']) {
      const events = await readFeed(path, manager.cookie);
      const titles = events.map((e) => e.summary);
      expect(titles).toContain('Feed open meetup');
      expect(titles).not.toContain('Feed draft hidden');
      expect(titles).not.toContain('Feed members only');
      const mine = events.find((e) => e.summary === 'Feed open meetup')!;
      expect(mine.startDate.toJSDate().toISOString()).toBe(open.startsAt);
      expect(mine.location).toBe('Alexanderplatz 1, Berlin');
    }
    const single = await readFeed(`/events/${privateOne.id}.ics`, member.cookie);
    expect(single.map((e) => e.summary)).toEqual(['Feed members only']);
    expect((await fetch(`${t.url}/events/${privateOne.id}.ics`)).status).toBe(404);
    expect((await fetch(`${t.url}/events/${draft.id}.ics`, { headers: { cookie: member.cookie } })).status).toBe(404);
  });
});

describe('staff tools', () => {
  it('exports attendees as CSV a spreadsheet cannot run, for managers only, and records attendance', async () => {
    const event = await create({ title: 'Export me please', startsAtLocal: localIn(0, 0), endsAtLocal: localIn(2, 0) });
    await db.query(`UPDATE users SET display_name = '=HYPERLINK("http://evil.example")' WHERE id = $1`, [member.id]);
    await member.client.send(RSVP, { o: event.nextOccurrence.id, s: 'GOING' });
    const denied = await fetch(`${t.url}/events/${event.id}/attendees.csv`, { headers: { cookie: member.cookie } });
    expect(denied.status).toBe(403);
    const res = await fetch(`${t.url}/events/${event.id}/attendees.csv`, { headers: { cookie: manager.cookie, accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('"handle","name","status","waitlist_position","responded_at","attended"');
    expect(lines[1]).toContain(`"${member.handle}","'=HYPERLINK(""http://evil.example"")","GOING"`);
    const marked = await manager.client.send<{ markEventAttendance: number }>(`mutation ($o: ID!, $u: [ID!]!) { markEventAttendance(occurrenceId: $o, userIds: $u) }`, {
      o: event.nextOccurrence.id,
      u: [member.id, other.id],
    });
    expect(marked.data!.markEventAttendance).toBe(1);
    const list = await manager.client.send<{ eventAttendees: { edges: Array<{ node: { user: { handle: string }; status: string; attended: boolean } }> } }>(
      `query ($o: ID!) { eventAttendees(occurrenceId: $o) { edges { node { user { handle } status attended } } } }`,
      { o: event.nextOccurrence.id },
    );
    expect(list.data!.eventAttendees.edges.map((e) => e.node)).toEqual([{ user: { handle: member.handle }, status: 'GOING', attended: true }]);
    expect(codeOf(await member.client.send(`query ($o: ID!) { eventAttendees(occurrenceId: $o) { edges { cursor } } }`, { o: event.nextOccurrence.id }))).toBe('FORBIDDEN');
  });
});

describe('reminders', () => {
  it('reach those going exactly once, even when the job runs twice, and not after the date moved', async () => {
    const event = await create({ title: 'Reminder test meetup' });
    const [going, interested] = await quickMembers(t, 2, 'r');
    await gqlAs(t.url, going.cookie, RSVP, { o: event.nextOccurrence.id, s: 'GOING' });
    await gqlAs(t.url, interested.cookie, RSVP, { o: event.nextOccurrence.id, s: 'INTERESTED' });
    const jobs = t.app.get(JobsService);
    const data = { occurrenceId: event.nextOccurrence.id, startsAt: event.startsAt, minutesBefore: 60 };
    const stale = { ...data, startsAt: new Date(Date.parse(event.startsAt) + 3600_000).toISOString() };
    await db.transaction(async (m) => {
      await jobs.enqueue(m, REMINDER_JOB, data, { startAfter: new Date(Date.now() + 1000) });
      await jobs.enqueue(m, REMINDER_JOB, data, { startAfter: new Date(Date.now() + 1500) });
      await jobs.enqueue(m, REMINDER_JOB, stale, { startAfter: new Date(Date.now() + 1000) });
    });
    const count = async (userId: string) =>
      Number((await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'EVENT_REMINDER' AND data->>'eventId' = $2`, [userId, event.id]))[0].n);
    const deadline = Date.now() + 20_000;
    while ((await count(going.id)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await count(going.id)).toBe(1);
    expect(await count(interested.id)).toBe(0);
  });
});

const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('capacity under concurrency on two instances (REDIS_URL)', () => {
  it('gives exactly the places there are to 220 members answering at once, and waitlists the rest in commit order without gaps', async () => {
    const a = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    const b = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    try {
      const event = await create({ title: 'Hugely popular meetup', capacity: 40 });
      const members = await quickMembers(a, 220, 'c');
      const results = await Promise.all(
        members.map((m, i) => gqlAs<{ rsvpEvent: { id: string } }>((i % 2 ? a : b).url, m.cookie, RSVP, { o: event.nextOccurrence.id, s: 'GOING' })),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      const rows: Array<{ status: string; waitlist_seq: string | null; updated_at: Date }> = await db.query(
        `SELECT status, waitlist_seq, updated_at FROM event_rsvps WHERE occurrence_id = $1 ORDER BY updated_at`,
        [event.nextOccurrence.id],
      );
      expect(rows.filter((r) => r.status === 'GOING')).toHaveLength(40);
      const waiting = rows.filter((r) => r.status === 'WAITLISTED');
      expect(waiting).toHaveLength(180);
      // Sequence numbers are 1…180 and follow the order the transactions took the lock (and committed).
      expect(waiting.map((r) => Number(r.waitlist_seq))).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
      // Everyone going answered before everyone waiting.
      const lastGoing = Math.max(...rows.filter((r) => r.status === 'GOING').map((r) => new Date(r.updated_at).getTime()));
      expect(new Date(waiting[0].updated_at).getTime()).toBeGreaterThanOrEqual(lastGoing);
      const [occurrence] = await db.query(`SELECT going_count, waitlist_count FROM event_occurrences WHERE id = $1`, [event.nextOccurrence.id]);
      expect(occurrence).toEqual({ going_count: 40, waitlist_count: 180 });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
