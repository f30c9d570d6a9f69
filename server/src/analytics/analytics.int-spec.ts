import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { ActivityRecorder } from './activity-recorder.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import { utcDay } from './kpi-period.js';

/*
 * The KPI dashboard as a community manager reads it, on a small community whose answers are known
 * by hand: a week in March 2025 (Monday 10th to Sunday 16th) beside the week before it, with the
 * team's business hours Monday–Friday 09:00–17:00 in Berlin (UTC+1 then) and a 60-minute target.
 *
 *   members  m1, m2 joined Mon 10th; m3 Wed 12th; m4 Wed 5th (previous week)
 *   T0  m4, Wed 5th 10:00Z, discussion; team reply 10:10Z                         (previous week)
 *   T1  m1, Mon 10th 09:00Z, question; m2 replies 09:30Z, team 10:00Z; m3 reacts Tue
 *   T2  m2, Fri 14th 15:00Z, question, an idea; team reply Mon 17th 08:30Z (next week)
 *   T3  m3, Wed 12th 12:00Z, question; m1 replies 12:06Z; no team reply (unanswered)
 *   T4  m1, Sat 15th 10:00Z, discussion, no reply
 *   T5  the manager, Tue 11th 08:00Z, in News
 *   m4 only read on Tue 11th; m1 answers GOING to a meetup on Thu 13th (m2 NOT_GOING, not
 *   counted); m1's reply to T3 is also a contest entry.
 *
 * Business time: T1 any 30 min, team 60 min (within target); T2 Fri 16:00–17:00 local and Mon
 * 09:00–09:30 local = 90 min; T3 any 6 min; T0 team 10 min.
 */

let t: TestApp;
let db: DataSource;
let kpis: AnalyticsService;
let admin: Person;
let manager: Person;
let moderator: Person;
let m1: Person, m2: Person, m3: Person, m4: Person;
let help: string;
let news: string;
const T: Record<string, string> = {};

const FIGURES = `newMembers visitors activeMembers contributingMembers contributorShare topics replies reactions ideas rsvps contestEntries contributions repliesPerTopic memberTopics topicsWithReplyShare`;
const PERIOD = `start end totals { ${FIGURES} } series { start end ${FIGURES} }
  responseTimes { topics replied answeredByTeam answeredWithinTarget withinTargetShare targetMinutes firstReplyMedianSeconds firstReplyP90Seconds firstTeamReplyMedianSeconds firstTeamReplyP90Seconds }
  topContributors { handle posts } topTopics { topicId replies reactions } busiestCategories { categoryId topics replies }`;
const KPIS = `query ($i: CommunityKpisInput!) { communityKpis(input: $i) { bucket timeZone unansweredNow computedAt current { ${PERIOD} } previous { ${PERIOD} } } }`;
const WEEK = { from: '2025-03-10T00:00:00Z', to: '2025-03-17T00:00:00Z', bucket: 'DAY', timeZone: 'UTC' };

type Figures = Record<string, number | null>;
interface PeriodOut {
  start: string;
  end: string;
  totals: Figures;
  series: Array<Figures & { start: string; end: string }>;
  responseTimes: Record<string, number | null>;
  topContributors: Array<{ handle: string; posts: number }>;
  topTopics: Array<{ topicId: string; replies: number; reactions: number }>;
  busiestCategories: Array<{ categoryId: string; topics: number; replies: number }>;
}
interface KpisOut {
  unansweredNow: number;
  computedAt: string | null;
  current: PeriodOut;
  previous: PeriodOut;
}

async function read(p: Person, input: Record<string, unknown> = WEEK): Promise<GqlResult<{ communityKpis: KpisOut }>> {
  return p.client.send<{ communityKpis: KpisOut }>(KPIS, { i: input });
}
function refusal(res: GqlResult): { code: unknown; reason: unknown } {
  return { code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason };
}

/** Moves a topic (and its opening post) to `at`. */
async function topicAt(id: string, at: string): Promise<void> {
  await db.query(`UPDATE topics SET created_at = $2 WHERE id = $1`, [id, at]);
  await db.query(`UPDATE posts SET created_at = $2 WHERE topic_id = $1 AND post_number = 1`, [id, at]);
}
async function replyAt(p: Person, topicId: string, at: string): Promise<string> {
  const post = await reply(p, topicId);
  await db.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [post.id, at]);
  return post.id;
}

async function newCategory(name: string): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `${name} ${Math.random().toString(36).slice(2, 8)}`, slug: `${name.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}` },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  kpis = t.app.get(AnalyticsService);
  admin = await person(t, 'ADMIN', 'kadm');
  manager = await person(t, 'COMMUNITY_MANAGER', 'kcm');
  moderator = await person(t, 'MODERATOR', 'kmod');
  [m1, m2, m3, m4] = [await person(t, undefined, 'km1'), await person(t, undefined, 'km2'), await person(t, undefined, 'km3'), await person(t, undefined, 'km4')];
  help = await newCategory('Help');
  news = await newCategory('News');

  const settings = await manager.client.send(
    `mutation ($i: UpdateInboxSettingsInput!) { updateInboxSettings(input: $i) { targetMinutes } }`,
    { i: { targetMinutes: 60, claimMinutes: 15, timeZone: 'Europe/Berlin', week: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })), holidays: [] } },
  );
  if (!settings.data) throw new Error(JSON.stringify(settings.errors));

  for (const [p, at] of [[m1, '2025-03-10T08:00:00Z'], [m2, '2025-03-10T08:00:00Z'], [m3, '2025-03-12T08:00:00Z'], [m4, '2025-03-05T08:00:00Z']] as const) {
    await db.query(`UPDATE users SET created_at = $2 WHERE id = $1`, [p.id, at]);
  }
  T.t0 = (await topic(m4, help, { title: 'Last week\'s widget chat' })).id;
  await topicAt(T.t0, '2025-03-05T10:00:00Z');
  await replyAt(manager, T.t0, '2025-03-05T10:10:00Z');

  const t1 = await topic(m1, help, { title: 'How do I reset the widget?', kind: 'QUESTION' });
  T.t1 = t1.id;
  await topicAt(T.t1, '2025-03-10T09:00:00Z');
  await replyAt(m2, T.t1, '2025-03-10T09:30:00Z');
  await replyAt(manager, T.t1, '2025-03-10T10:00:00Z');
  const reacted = await m3.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: t1.firstPostId });
  if (!reacted.data) throw new Error(JSON.stringify(reacted.errors));
  await db.query(`UPDATE reactions SET created_at = '2025-03-11T12:00:00Z' WHERE post_id = $1`, [t1.firstPostId]);

  T.t2 = (await topic(m2, help, { title: 'Widgets should blink blue', kind: 'QUESTION' })).id;
  await topicAt(T.t2, '2025-03-14T15:00:00Z');
  await db.query(`INSERT INTO ideas (topic_id, created_at) VALUES ($1, '2025-03-14T15:00:00Z')`, [T.t2]);
  await replyAt(manager, T.t2, '2025-03-17T08:30:00Z');

  T.t3 = (await topic(m3, help, { title: 'Why does the widget hum?', kind: 'QUESTION' })).id;
  await topicAt(T.t3, '2025-03-12T12:00:00Z');
  const m1Reply = await replyAt(m1, T.t3, '2025-03-12T12:06:00Z');

  T.t4 = (await topic(m1, help, { title: 'My widget collection' })).id;
  await topicAt(T.t4, '2025-03-15T10:00:00Z');
  T.t5 = (await topic(manager, news, { title: 'Widget 2.0 is out' })).id;
  await topicAt(T.t5, '2025-03-11T08:00:00Z');

  await db.query(`INSERT INTO member_activity_days (day, user_id) VALUES ('2025-03-11', $1)`, [m4.id]);
  // Thursday 13th: m1 is going to a meetup, m2 is not (not counted); m1's reply to T3 is also a contest entry.
  const [event] = await db.query(
    `INSERT INTO events (category_id, title, description, description_html, time_zone, starts_at, ends_at)
     VALUES ($1, 'Widget meetup', '', '', 'UTC', '2025-03-20T17:00:00Z', '2025-03-20T19:00:00Z') RETURNING id`,
    [help],
  );
  const [date] = await db.query(`INSERT INTO event_occurrences (event_id, rule_index, starts_at, ends_at) VALUES ($1, 0, '2025-03-20T17:00:00Z', '2025-03-20T19:00:00Z') RETURNING id`, [event.id]);
  await db.query(
    `INSERT INTO event_rsvps (occurrence_id, user_id, event_id, status, created_at) VALUES ($1, $2, $4, 'GOING', '2025-03-13T10:00:00Z'), ($1, $3, $4, 'NOT_GOING', '2025-03-13T11:00:00Z')`,
    [date.id, m1.id, m2.id, event.id],
  );
  const [contest] = await db.query(
    `INSERT INTO contests (topic_id, title, rules, rules_html, opens_at, closes_at, entry_kind, winner_count, selection, draw_algorithm, seed_commitment)
     VALUES ($1, 'Best widget tip', '', '', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z', 'TEXT', 1, 'RANDOM_DRAW', 'sha256', repeat('0', 64)) RETURNING id`,
    [T.t5],
  );
  await db.query(`INSERT INTO contest_entries (contest_id, post_id, user_id, created_at) VALUES ($1, $2, $3, '2025-03-12T12:06:00Z')`, [contest.id, m1Reply, m1.id]);
  await kpis.recompute({ start: '2025-03-01', end: '2025-03-20' });
});
afterAll(async () => {
  await t?.close();
});

describe('the week\'s figures, known by hand', () => {
  it('counts members, activity, contributions and participation for the period and the week before', async () => {
    const res = await read(manager);
    expect(res.errors).toBeUndefined();
    const { current, previous } = res.data!.communityKpis;
    expect(current).toMatchObject({ start: '2025-03-10', end: '2025-03-17' });
    expect(current.totals).toEqual({
      newMembers: 3, visitors: 0, activeMembers: 4, contributingMembers: 3, contributorShare: 0.75,
      topics: 5, replies: 3, reactions: 1, ideas: 1, rsvps: 1, contestEntries: 1, contributions: 11,
      repliesPerTopic: 0.6, memberTopics: 4, topicsWithReplyShare: 0.75,
    });
    expect(previous).toMatchObject({ start: '2025-03-03', end: '2025-03-10' });
    expect(previous.totals).toMatchObject({ newMembers: 1, activeMembers: 1, contributingMembers: 1, topics: 1, replies: 1, contributions: 2, memberTopics: 1, topicsWithReplyShare: 1 });
    expect(current.series.map((p) => p.start)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16']);
    expect(current.series[0]).toMatchObject({ end: '2025-03-11', newMembers: 2, topics: 1, replies: 2, activeMembers: 2, contributingMembers: 2 });
    expect(current.series[1]).toMatchObject({ topics: 1, reactions: 1, activeMembers: 1, contributingMembers: 0, contributorShare: 0 });
    expect(current.series[2]).toMatchObject({ newMembers: 1, topics: 1, replies: 1, activeMembers: 2, contributingMembers: 2 });
    expect(current.series[3]).toMatchObject({ rsvps: 1, contestEntries: 0, contributions: 1 });
    expect(current.series[2]).toMatchObject({ contestEntries: 1, contributions: 3 });
    expect(current.series[6]).toMatchObject({ topics: 0, activeMembers: 0, contributorShare: null, repliesPerTopic: null });
  });

  it('gives response times in business hours: median and 90th percentile, and the share within the target', async () => {
    const { current, previous } = (await read(manager)).data!.communityKpis;
    expect(current.responseTimes).toEqual({
      topics: 4, replied: 3, answeredByTeam: 2, answeredWithinTarget: 1, withinTargetShare: 0.25, targetMinutes: 60,
      // Any reply: 360, 1800, 5400 s. Team reply: 3600 (T1), 5400 (T2, over the weekend).
      firstReplyMedianSeconds: 1800, firstReplyP90Seconds: 4680, firstTeamReplyMedianSeconds: 4500, firstTeamReplyP90Seconds: 5220,
    });
    expect(previous.responseTimes).toMatchObject({ topics: 1, answeredByTeam: 1, answeredWithinTarget: 1, withinTargetShare: 1, firstTeamReplyMedianSeconds: 600 });
  });

  it('lists top contributors, top topics and the busiest categories of the period', async () => {
    const { current, previous } = (await read(manager)).data!.communityKpis;
    expect(current.topContributors).toEqual([{ handle: m1.handle, posts: 3 }, { handle: m2.handle, posts: 2 }, { handle: m3.handle, posts: 1 }]);
    expect(previous.topContributors).toEqual([{ handle: m4.handle, posts: 1 }]);
    expect(current.topTopics.map((x) => x.topicId)).toEqual([T.t1, T.t3, T.t2, T.t5, T.t4]);
    expect(current.topTopics[0]).toEqual({ topicId: T.t1, replies: 2, reactions: 1 });
    expect(current.busiestCategories).toEqual([{ categoryId: help, topics: 4, replies: 3 }, { categoryId: news, topics: 1, replies: 0 }]);
  });

  it('ranks the kept top topics by their counts now, and leaves out a topic hidden since the rollup', async () => {
    await db.query(`UPDATE topics SET reply_count = reply_count + 10 WHERE id = $1`, [T.t4]);
    await db.query(`UPDATE topics SET hidden_at = now() WHERE id = $1`, [T.t1]);
    try {
      const { current } = (await read(manager)).data!.communityKpis;
      expect(current.topTopics.map((x) => x.topicId)).toEqual([T.t4, T.t3, T.t2, T.t5]);
    } finally {
      await db.query(`UPDATE topics SET reply_count = reply_count - 10 WHERE id = $1`, [T.t4]);
      await db.query(`UPDATE topics SET hidden_at = NULL WHERE id = $1`, [T.t1]);
    }
  });

  it('counts distinct members of any run of days from the per-day rollup exactly as a direct count does', async () => {
    const runs = [['2025-03-01', '2025-03-20'], ['2025-03-10', '2025-03-12'], ['2025-03-11', '2025-03-17'], ['2025-03-12', '2025-03-13'], ['2025-03-05', '2025-03-11'], ['2025-03-18', '2025-03-20']];
    const got = await t.app.get(AnalyticsRepository).activeMembers(runs.map(([start, end]) => ({ start: start!, end: end! })));
    const direct: Array<{ active: number; contributing: number }> = [];
    for (const [start, end] of runs) {
      const [row] = await db.query(
        `SELECT count(DISTINCT a.user_id)::int AS active, count(DISTINCT a.user_id) FILTER (WHERE a.posts > 0)::int AS contributing
         FROM member_activity_days a JOIN users u ON u.id = a.user_id AND u.role = 'MEMBER' WHERE a.day >= $1 AND a.day < $2`,
        [start, end],
      );
      direct.push(row);
    }
    expect(got).toEqual(direct);
    expect(direct[0]).toEqual({ active: 4, contributing: 4 });
    // Members are active on several days of the fixture, so a sum of days would be wrong.
    const [{ days }] = await db.query(`SELECT sum(value)::int AS days FROM kpi_daily WHERE metric = 'active_members' AND day >= '2025-03-01' AND day < '2025-03-20'`);
    expect(days).toBeGreaterThan(4);
  });

  it('counts unanswered questions now, and weeks and months as distinct members, not sums', async () => {
    // Open UNANSWERED items (other test files share this database and leave some of their own).
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM inbox_items i WHERE i.closed_at IS NULL AND i.reason = 'UNANSWERED'`);
    const res = (await read(manager)).data!.communityKpis;
    expect(res.unansweredNow).toBe(n);
    expect(await db.query(`SELECT 1 FROM inbox_items WHERE topic_id = $1 AND closed_at IS NULL AND reason = 'UNANSWERED'`, [T.t3])).toHaveLength(1);
    // A question hidden by a moderator no longer counts (its item is closed then).
    const hidden = await moderator.client.send(`mutation ($id: ID!) { hideTopic(topicId: $id, reason: "Duplicate") { id } }`, { id: T.t3 });
    expect(hidden.errors).toBeUndefined();
    try {
      expect((await read(manager)).data!.communityKpis.unansweredNow).toBe(n - 1);
    } finally {
      await moderator.client.send(`mutation ($id: ID!) { unhideTopic(topicId: $id) { id } }`, { id: T.t3 });
    }
    const week = (await read(manager, { ...WEEK, bucket: 'WEEK' })).data!.communityKpis;
    expect(week.current.series).toHaveLength(1);
    expect(week.current.series[0]).toMatchObject({ start: '2025-03-10', end: '2025-03-17', activeMembers: 4, contributingMembers: 3 });
    const month = (await read(manager, { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z', bucket: 'WEEK' })).data!.communityKpis;
    // March 2025 starts on a Saturday: a short first week, then Monday-based weeks.
    expect(month.current.series.map((p) => [p.start, p.end])).toEqual([
      ['2025-03-01', '2025-03-03'], ['2025-03-03', '2025-03-10'], ['2025-03-10', '2025-03-17'], ['2025-03-17', '2025-03-24'], ['2025-03-24', '2025-03-31'], ['2025-03-31', '2025-04-01'],
    ]);
    expect(month.current.totals).toMatchObject({ activeMembers: 4, contributingMembers: 4, newMembers: 4 });
  });

  it('exports every series as CSV', async () => {
    const res = await manager.client.send<{ communityKpisCsv: string }>(`query ($i: CommunityKpisInput!) { communityKpisCsv(input: $i) }`, { i: WEEK });
    const lines = res.data!.communityKpisCsv.trim().split('\r\n');
    expect(lines[0]).toContain('"period","start","end","newMembers"');
    expect(lines).toHaveLength(1 + 8 + 8);
    expect(lines[1]).toMatch(/^"current","2025-03-10","2025-03-11","2",/);
    expect(lines[8]).toMatch(/^"current total","2025-03-10","2025-03-17","3",/);
  });
});

describe('visitors and active members, recorded off the request path', () => {
  const guestRequest = (ip: string, ua: string) =>
    request(t.url).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', ip).set('user-agent', ua).send({ query: '{ __typename }' });
  const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  const visitorsToday = async () => {
    await t.app.get(ActivityRecorder).flush();
    await kpis.recompute({ start: utcDay(), end: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) });
    const rows = await db.query(`SELECT value::int AS v FROM kpi_daily WHERE day = $1 AND metric = 'visitors'`, [utcDay()]);
    return rows[0]?.v ?? 0;
  };

  it('counts a browser once a day however often it asks; robots by user agent and by behaviour are not counted', async () => {
    const before = await visitorsToday();
    for (let i = 0; i < 4; i++) await guestRequest('198.51.100.7', BROWSER);
    await guestRequest('198.51.100.8', BROWSER);
    await guestRequest('198.51.100.9', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    await guestRequest('198.51.100.9', 'curl/8.5.0');
    expect(await visitorsToday()).toBe(before + 2);
    // More requests in a day than a person makes: a robot, whatever it claims.
    for (let i = 0; i < 501; i++) t.app.get(ActivityRecorder).visitor('198.51.100.10', BROWSER);
    expect(await visitorsToday()).toBe(before + 2);
    await guestRequest('198.51.100.7', BROWSER);
    expect(await visitorsToday()).toBe(before + 2);
  });

  it('keeps no address or user agent, and forgets old salts so hashes cannot be recomputed', async () => {
    const columns = await db.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('visitor_days', 'visitor_salts') ORDER BY 1, ordinal_position`);
    expect(columns.map((c: { table_name: string; column_name: string }) => `${c.table_name}.${c.column_name}`)).toEqual([
      'visitor_days.day', 'visitor_days.visitor_hash', 'visitor_days.requests', 'visitor_salts.day', 'visitor_salts.salt',
    ]);
    const rows: Array<{ h: Buffer }> = await db.query(`SELECT visitor_hash AS h FROM visitor_days`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { h } of rows) {
      expect(h).toHaveLength(32);
      expect(h.includes('198.51.100')).toBe(false);
      expect(h.includes('Mozilla')).toBe(false);
    }
    await db.query(`INSERT INTO visitor_salts (day, salt) VALUES ((now() AT TIME ZONE 'UTC')::date - 3, '\\x00')`);
    await kpis.recomputeRecent(2);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM visitor_salts WHERE day < (now() AT TIME ZONE 'UTC')::date - 1`);
    expect(n).toBe(0);
  });

  it('a signed-in request makes its member active today', async () => {
    await m4.client.send(`{ __typename }`);
    await t.app.get(ActivityRecorder).flush();
    expect(await db.query(`SELECT 1 FROM member_activity_days WHERE day = $1 AND user_id = $2`, [utcDay(), m4.id])).toHaveLength(1);
  });

  it('recomputes today when asked and the rollup is older than KPI_FRESH_SECONDS', async () => {
    await db.query(`UPDATE kpi_rollups SET computed_at = now() - interval '1 hour' WHERE day = $1`, [utcDay()]);
    const res = await read(manager, { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString(), bucket: 'DAY' });
    expect(res.errors).toBeUndefined();
    expect(Date.now() - Date.parse(res.data!.communityKpis.computedAt!)).toBeLessThan(30_000);
  });
});

describe('who may read, and bad input', () => {
  it('refuses members and moderators', async () => {
    expect(refusal(await read(m1)).code).toBe('FORBIDDEN');
    expect(refusal(await read(moderator)).code).toBe('FORBIDDEN');
    expect((await read(admin)).errors).toBeUndefined();
    const rebuild = await manager.client.send(`mutation { rebuildKpis(days: 3) }`);
    expect(refusal(rebuild).code).toBe('FORBIDDEN');
  });

  it('refuses a bad period with a stable reason and changes nothing', async () => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM kpi_rollups`);
    expect(refusal(await read(manager, { ...WEEK, from: WEEK.to, to: WEEK.from }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERIOD_INVERTED' });
    expect(refusal(await read(manager, { ...WEEK, from: '2020-01-01T00:00:00Z', bucket: 'MONTH' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERIOD_TOO_LONG' });
    expect(refusal(await read(manager, { ...WEEK, from: '2024-01-01T00:00:00Z' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_BUCKETS' });
    const zone = await read(manager, { ...WEEK, timeZone: 'Mars/Olympus' });
    expect(refusal(zone)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TIME_ZONE' });
    expect(zone.errors![0]!.message).toContain('Mars/Olympus');
    expect(refusal(await admin.client.send(`mutation { rebuildKpis(days: 0) }`))).toEqual({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM kpi_rollups`);
    expect(after).toBe(before);
  });

  it('an admin queues a rebuild', async () => {
    const res = await admin.client.send<{ rebuildKpis: boolean }>(`mutation { rebuildKpis(days: 2) }`);
    expect(res.data?.rebuildKpis).toBe(true);
  });
});
