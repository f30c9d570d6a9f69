import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, InboxChangedPayload, ServerToClientEvents } from '@townsquare/shared';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { InboxService } from './inbox.service.js';

/*
 * The team's reply inbox as staff work it: members' questions and ideas wait until the team
 * answers or an answer is accepted; a member writing after the team's last reply waits again;
 * staff claim (one winner at the same instant), release, dismiss and send topics by hand; waits
 * are counted in business hours against the target, and the staff on duty are told once when an
 * item is late. Scoped moderators see their categories only; members see nothing, live or not.
 */

let t: TestApp;
let db: DataSource;
let admin: Person;
let manager: Person;
let moderator: Person;
let asker: Person;
let help: string;
let talk: string;

const ITEM = `topicId reason waitingSince dueAt waitedSeconds state claimedUntil claimedBy { handle } topic { id title } waitingPost { id postNumber }`;
const LIST = `query ($f: InboxFilterInput) { replyInbox(filter: $f, first: 50) { edges { node { ${ITEM} } } pageInfo { hasNextPage } } }`;
const CLAIM = `mutation ($id: ID!) { claimInboxItem(topicId: $id) { ${ITEM} } }`;
const RELEASE = `mutation ($id: ID!) { releaseInboxItem(topicId: $id) { topicId claimedBy { handle } } }`;
const DISMISS = `mutation ($id: ID!) { dismissInboxItem(topicId: $id) }`;
const SEND = `mutation ($id: ID!) { sendToInbox(topicId: $id) { topicId reason } }`;
const SETTINGS = `mutation ($i: UpdateInboxSettingsInput!) { updateInboxSettings(input: $i) { targetMinutes claimMinutes businessHours { timeZone week { day start end } holidays } } }`;
const SUMMARY = `{ inboxSummary { open mine unclaimed overdue targetMinutes withinHours viewerOnDuty onDuty { handle } } }`;

interface ItemOut {
  topicId: string;
  reason: string;
  state: string;
  waitedSeconds: number;
  dueAt: string | null;
  claimedBy: { handle: string } | null;
  waitingPost: { id: string; postNumber: number } | null;
}

function refusal(res: GqlResult): { code: unknown; reason: unknown } {
  return { code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason };
}

async function items(p: Person, filter: Record<string, unknown> = {}): Promise<ItemOut[]> {
  const res = await p.client.send<{ replyInbox: { edges: Array<{ node: ItemOut }> } }>(LIST, { f: filter });
  if (!res.data) throw new Error(`replyInbox failed: ${JSON.stringify(res.errors)}`);
  return res.data.replyInbox.edges.map((e) => e.node);
}

/** The item of a topic in this file's categories (other files' items may fill the first page of the whole inbox). */
async function itemOf(p: Person, topicId: string): Promise<ItemOut | undefined> {
  const mine = [...(await items(p, { categoryId: help })), ...(await items(p, { categoryId: talk }))];
  return mine.find((i) => i.topicId === topicId);
}

async function newCategory(name: string): Promise<string> {
  const res = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: `${name} ${Math.random().toString(36).slice(2, 8)}`, slug: `${name.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}` },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCategory.id;
}

const question = (p: Person, category = help, title = 'How do I reset the widget?') => topic(p, category, { title, body: 'It keeps blinking red after the update.', kind: 'QUESTION' });
const ALWAYS = { timeZone: 'UTC', week: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })), holidays: [] as string[] };

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = await person(t, 'ADMIN', 'xadm');
  manager = await person(t, 'COMMUNITY_MANAGER', 'xcm');
  moderator = await person(t, 'MODERATOR', 'xmod');
  asker = await person(t, undefined, 'xask');
  help = await newCategory('Help');
  talk = await newCategory('Talk');
});
afterAll(async () => {
  await t?.close();
});

describe('what waits for the team', () => {
  it('files a member\'s question and idea, not a discussion or a question staff asked', async () => {
    const q = await question(asker);
    const idea = await topic(asker, help, { title: 'Let the widget blink blue', body: 'Red is alarming.', kind: 'IDEA' });
    const chat = await topic(asker, help, { title: 'Show us your widgets', body: 'Mine is green.' });
    const staffAsked = await question(manager, help, 'Which widget colour do you like?');
    const got = await items(manager, { categoryId: help });
    expect(got.find((i) => i.topicId === q.id)).toMatchObject({ reason: 'UNANSWERED', state: 'ON_TIME', claimedBy: null, waitingPost: { id: q.firstPostId, postNumber: 1 } });
    expect(got.find((i) => i.topicId === idea.id)).toMatchObject({ reason: 'UNANSWERED' });
    expect(got.find((i) => i.topicId === chat.id)).toBeUndefined();
    expect(got.find((i) => i.topicId === staffAsked.id)).toBeUndefined();
    // Longest waiting first.
    expect(got.findIndex((i) => i.topicId === q.id)).toBeLessThan(got.findIndex((i) => i.topicId === idea.id));
  });

  it('a team reply answers it; a member writing after the team\'s last reply makes it wait again, from that reply', async () => {
    const q = await question(asker);
    await reply(await person(t), q.id, 'Have you tried turning it off and on?');
    expect(await itemOf(manager, q.id)).toMatchObject({ reason: 'UNANSWERED' });
    await reply(moderator, q.id, 'Hold the button for ten seconds.');
    expect(await itemOf(manager, q.id)).toBeUndefined();
    const followUp = await reply(asker, q.id, 'It still blinks.');
    expect(await itemOf(manager, q.id)).toMatchObject({ reason: 'FOLLOW_UP', waitingPost: { id: followUp.id } });
    // The first waiting post stays the one waited on when the member writes again.
    await reply(asker, q.id, 'Any news?');
    expect((await itemOf(manager, q.id))!.waitingPost!.id).toBe(followUp.id);
    await reply(manager, q.id, 'We are sending you a new one.', { asBrand: true });
    expect(await itemOf(manager, q.id)).toBeUndefined();
    // In a discussion the team never replied to, members talk among themselves.
    const chat = await topic(asker, talk, { title: 'Widgets at the beach' });
    await reply(await person(t), chat.id, 'Sand gets in.');
    expect(await itemOf(manager, chat.id)).toBeUndefined();
  });

  it('an accepted answer ends a question\'s wait', async () => {
    const q = await question(asker);
    const answer = await reply(await person(t), q.id, 'Update the firmware first.');
    const res = await asker.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    expect(res.errors).toBeUndefined();
    expect(await itemOf(manager, q.id)).toBeUndefined();
    expect(await db.query(`SELECT resolution FROM inbox_items WHERE topic_id = $1`, [q.id])).toEqual([{ resolution: 'ACCEPTED' }]);
  });
});

describe('claims', () => {
  it('gives an item to exactly one of two staff claiming at the same instant, and to the other once the claim lapses', async () => {
    const q = await question(asker);
    const [a, b] = await Promise.all([manager.client.send(CLAIM, { id: q.id }), moderator.client.send(CLAIM, { id: q.id })]);
    const won = [a, b].filter((r) => !r.errors);
    const lost = [a, b].filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(refusal(lost[0]!)).toEqual({ code: 'CONFLICT', reason: 'CLAIMED_BY_OTHER' });
    const winner = won[0] === a ? manager : moderator;
    const loser = winner === manager ? moderator : manager;
    // Everyone sees who holds it.
    expect((await itemOf(loser, q.id))!.claimedBy).toEqual({ handle: winner.handle });
    expect(lost[0]!.errors![0]!.message).toContain(`@${winner.handle}`);
    // Claiming again extends one's own claim; after it lapses, the other may take it.
    expect((await winner.client.send(CLAIM, { id: q.id })).errors).toBeUndefined();
    await db.query(`UPDATE inbox_items SET claimed_until = now() - interval '1 second' WHERE topic_id = $1`, [q.id]);
    expect((await itemOf(winner, q.id))!.claimedBy).toBeNull();
    expect((await loser.client.send<{ claimInboxItem: ItemOut }>(CLAIM, { id: q.id })).data!.claimInboxItem.claimedBy).toEqual({ handle: loser.handle });
    // Only the holder (or a community manager) releases it.
    const other = await person(t, 'MODERATOR', 'xmod2');
    expect(refusal(await other.client.send(RELEASE, { id: q.id }))).toEqual({ code: 'CONFLICT', reason: 'NOT_CLAIMED' });
    expect((await manager.client.send<{ releaseInboxItem: { claimedBy: null } }>(RELEASE, { id: q.id })).data!.releaseInboxItem.claimedBy).toBeNull();
    expect(await db.query(`SELECT claimed_by FROM inbox_items WHERE topic_id = $1`, [q.id])).toEqual([{ claimed_by: null }]);
  });

  it('a reply from the team ends the claim with the wait', async () => {
    const q = await question(asker);
    await manager.client.send(CLAIM, { id: q.id });
    await reply(manager, q.id, 'Answered from the inbox.', { asBrand: true });
    expect(await db.query(`SELECT closed_at IS NOT NULL AS closed, claimed_by, resolution FROM inbox_items WHERE topic_id = $1`, [q.id])).toEqual([{ closed: true, claimed_by: null, resolution: 'ANSWERED' }]);
    expect(refusal(await moderator.client.send(CLAIM, { id: q.id }))).toEqual({ code: 'CONFLICT', reason: 'NOT_WAITING' });
  });
});

describe('dismissing and sending by hand', () => {
  it('closes an item as needing no reply (audited), and sends any topic to the inbox once', async () => {
    const q = await question(asker);
    expect((await moderator.client.send(DISMISS, { id: q.id })).data).toEqual({ dismissInboxItem: true });
    expect(await itemOf(manager, q.id)).toBeUndefined();
    expect(refusal(await moderator.client.send(DISMISS, { id: q.id }))).toEqual({ code: 'CONFLICT', reason: 'NOT_WAITING' });
    expect(await db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [q.id])).toEqual([{ action: 'inbox.dismiss' }]);

    const chat = await topic(asker, talk, { title: 'Is the shop open on Sunday?' });
    expect((await moderator.client.send(SEND, { id: chat.id })).data).toEqual({ sendToInbox: { topicId: chat.id, reason: 'SENT' } });
    expect(refusal(await moderator.client.send(SEND, { id: chat.id }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_WAITING' });
    expect(await itemOf(manager, chat.id)).toMatchObject({ reason: 'SENT', waitingPost: null });
  });
});

describe('topics that go away', () => {
  it('takes a deleted topic\'s item out of the inbox and its counts', async () => {
    const openNow = async () => (await manager.client.send<{ inboxSummary: { open: number } }>(SUMMARY)).data!.inboxSummary.open;
    const q = await question(asker, help, 'A question that breaks the rules');
    const before = await openNow();
    expect(await itemOf(manager, q.id)).toBeDefined();
    expect((await moderator.client.send(`mutation ($t: ID!) { deleteTopic(topicId: $t) { id } }`, { t: q.id })).errors).toBeUndefined();
    const deadline = Date.now() + 5000;
    while ((await openNow()) !== before - 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await openNow()).toBe(before - 1);
    expect(await itemOf(manager, q.id)).toBeUndefined();
  });
});

describe('who sees the inbox', () => {
  it('refuses members and guests every inbox query and mutation', async () => {
    const q = await question(asker);
    for (const [query, vars] of [[LIST, {}], [SUMMARY, {}], [CLAIM, { id: q.id }], [DISMISS, { id: q.id }], [SEND, { id: q.id }], [`{ inboxSettings { targetMinutes } }`, {}]] as const) {
      expect(codeOf(await asker.client.send(query, vars))).toBe('FORBIDDEN');
    }
    expect(codeOf(await moderator.client.send(SETTINGS, { i: { targetMinutes: 5, claimMinutes: 5, ...ALWAYS } }))).toBe('FORBIDDEN');
  });

  it('shows a scoped moderator the items of their categories only, and refuses them the others', async () => {
    const scoped = await person(t, 'MODERATOR', 'xscope');
    await admin.client.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [talk] });
    const inHelp = await question(asker);
    const inTalk = await question(asker, talk, 'Where is the talk about widgets?');
    const seen = [...(await items(scoped, { categoryId: help })), ...(await items(scoped, { categoryId: talk })), ...(await items(scoped))].map((i) => i.topicId);
    expect(seen).toContain(inTalk.id);
    expect(seen).not.toContain(inHelp.id);
    expect(codeOf(await scoped.client.send(CLAIM, { id: inHelp.id }))).toBe('FORBIDDEN');
    expect((await scoped.client.send(CLAIM, { id: inTalk.id })).errors).toBeUndefined();
  });

  it('tells staff live, within their scope, and never members', async () => {
    const scoped = await person(t, 'MODERATOR', 'xlive');
    await admin.client.send(`mutation ($u: ID!, $c: [ID!]!) { setModeratorCategories(userId: $u, categoryIds: $c) }`, { u: scoped.id, c: [talk] });
    const connect = (cookie: string): Socket<ServerToClientEvents, ClientToServerEvents> =>
      io(t.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie }, reconnection: false });
    const sockets = [connect(manager.cookie), connect(scoped.cookie), connect(asker.cookie)];
    const seen = sockets.map(() => [] as InboxChangedPayload[]);
    await Promise.all(sockets.map((s) => new Promise((r) => s.once('session.ready', r))));
    sockets.forEach((s, i) => s.on('inbox.changed', (p) => seen[i]!.push(p)));
    try {
      const q = await question(asker);
      const deadline = Date.now() + 5000;
      while (!seen[0]!.some((p) => p.topicId === q.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(seen[0]!.find((p) => p.topicId === q.id)).toEqual({ topicId: q.id, categoryId: help });
      await manager.client.send(CLAIM, { id: q.id });
      await reply(manager, q.id, 'Answered.');
      while (seen[0]!.filter((p) => p.topicId === q.id).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(seen[0]!.filter((p) => p.topicId === q.id)).toHaveLength(3);
      await new Promise((r) => setTimeout(r, 200));
      expect(seen[1]!.filter((p) => p.topicId === q.id)).toHaveLength(0);
      expect(seen[2]).toHaveLength(0);
    } finally {
      sockets.forEach((s) => s.close());
    }
  });
});

describe('the target in business hours', () => {
  it('refuses schedules that are wrong and changes nothing', async () => {
    const before = await db.query(`SELECT target_minutes, claim_minutes, business_hours FROM inbox_settings`);
    const bad = async (patch: Record<string, unknown>) => refusal(await manager.client.send(SETTINGS, { i: { targetMinutes: 10, claimMinutes: 15, ...ALWAYS, ...patch } }));
    expect(await bad({ timeZone: 'Mars/Base' })).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TIME_ZONE' });
    expect(await bad({ week: [] })).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMPTY_HOURS' });
    expect(await bad({ week: [{ day: 1, start: '09:00', end: '13:00' }, { day: 1, start: '12:00', end: '18:00' }] })).toEqual({ code: 'BAD_USER_INPUT', reason: 'OVERLAPPING_HOURS' });
    expect(await bad({ week: [{ day: 1, start: '18:00', end: '09:00' }] })).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMPTY_HOURS' });
    expect(await bad({ holidays: ['2026-13-01'] })).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    expect(await bad({ targetMinutes: 0 })).toEqual({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
    expect(refusal(await manager.client.send(LIST, { f: { categoryId: 'not-a-category' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect(await db.query(`SELECT target_minutes, claim_minutes, business_hours FROM inbox_settings`)).toEqual(before);
  });

  it('counts waits only in business hours: outside them an old question is not late', async () => {
    const q = await question(asker);
    await db.query(`UPDATE inbox_items SET waiting_since = now() - interval '3 hours' WHERE topic_id = $1`, [q.id]);
    await manager.client.send(SETTINGS, { i: { targetMinutes: 10, claimMinutes: 15, ...ALWAYS } });
    expect(await itemOf(manager, q.id)).toMatchObject({ state: 'OVERDUE' });
    // Closed every day but for one minute in the far past of each day: three hours ago cannot have
    // used more than a minute or two of business time. A holiday today makes it none.
    const today = new Date().toISOString().slice(0, 10);
    const hour = new Date(Date.now() - 4 * 3600_000).getUTCHours();
    const slot = { start: `${String(hour).padStart(2, '0')}:00`, end: `${String(hour).padStart(2, '0')}:01` };
    const week = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, ...slot }));
    await manager.client.send(SETTINGS, { i: { targetMinutes: 10, claimMinutes: 15, timeZone: 'UTC', week, holidays: [today] } });
    const item = (await itemOf(manager, q.id))!;
    expect(item.state).toBe('ON_TIME');
    expect(item.waitedSeconds).toBe(0);
    await manager.client.send(SETTINGS, { i: { targetMinutes: 10, claimMinutes: 15, ...ALWAYS } });
  });

  it('tells the staff on duty once when an item crosses the target, and managers when nobody is on duty', async () => {
    await manager.client.send(SETTINGS, { i: { targetMinutes: 5, claimMinutes: 15, ...ALWAYS } });
    const service = t.app.get(InboxService);
    await service.notifyOverdue(); // what earlier tests left late
    const q = await question(asker, help, 'Why is my widget humming at night?');
    await db.query(`UPDATE inbox_items SET waiting_since = now() - interval '6 minutes' WHERE topic_id = $1`, [q.id]);
    expect((await moderator.client.send(`mutation { setInboxDuty(onDuty: true) }`)).data).toEqual({ setInboxDuty: true });
    const summary = (await moderator.client.send<{ inboxSummary: { viewerOnDuty: boolean; onDuty: Array<{ handle: string }>; overdue: number } }>(SUMMARY)).data!.inboxSummary;
    expect(summary.viewerOnDuty).toBe(true);
    expect(summary.onDuty.map((u) => u.handle)).toContain(moderator.handle);
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    expect(await service.notifyOverdue()).toBe(1);
    expect(await service.notifyOverdue()).toBe(0);
    const notices = async (p: Person) => db.query(`SELECT user_id FROM notifications WHERE kind = 'INBOX_OVERDUE' AND topic_id = $1 AND user_id = $2`, [q.id, p.id]);
    expect(await notices(moderator)).toHaveLength(1);
    expect(await notices(manager)).toHaveLength(0);
    expect(await notices(asker)).toHaveLength(0);

    // Off duty, nobody else on duty: the next late item goes to community managers and admins.
    await moderator.client.send(`mutation { setInboxDuty(onDuty: false) }`);
    const q2 = await question(asker, help, 'Why is my widget silent in the morning?');
    await db.query(`UPDATE inbox_items SET waiting_since = now() - interval '6 minutes' WHERE topic_id = $1`, [q2.id]);
    expect(await service.notifyOverdue()).toBe(1);
    const told = await db.query(`SELECT user_id FROM notifications WHERE kind = 'INBOX_OVERDUE' AND topic_id = $1`, [q2.id]);
    expect(told.map((r: { user_id: string }) => r.user_id)).toEqual(expect.arrayContaining([manager.id, admin.id]));
    expect(told.map((r: { user_id: string }) => r.user_id)).not.toContain(moderator.id);
    // A new wait (a member's follow-up after a team reply) may be late again, and is told again.
    await reply(manager, q2.id, 'Looking into it.');
    await reply(asker, q2.id, 'Thanks, still silent.');
    await db.query(`UPDATE inbox_items SET waiting_since = now() - interval '6 minutes' WHERE topic_id = $1`, [q2.id]);
    expect(await service.notifyOverdue()).toBe(1);
  });
});
