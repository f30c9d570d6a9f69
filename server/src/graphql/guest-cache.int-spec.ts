import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { categoryId, person, topic, type Person } from '../testing/forum-helpers.js';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * The shared answers for signed-out readers. The cache keeps answers for a minute here, so a
 * change made behind the server's back (straight in the database) shows whether an answer came
 * from it; the server itself never writes that way.
 */
const LIST = `query Latest($first: Int) { topics(sort: LATEST, first: $first) { edges { node { id title } } } }`;

let t: TestApp;
let db: DataSource;
let member: Person;
let moderator: Person;
let general: string;
let staffOnly: string;
let shown: string;

const titles = async (client: GqlClient, query = LIST, variables: Record<string, unknown> = { first: 50 }) => {
  const res = await client.send<{ topics: { edges: Array<{ node: { id: string; title: string } }> } }>(query, variables);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return new Map(res.data.topics.edges.map((e) => [e.node.id, e.node.title]));
};
const rename = (id: string, title: string) => db.query(`UPDATE topics SET title = $2 WHERE id = $1`, [id, title]);

beforeAll(async () => {
  t = await startTestApp({ env: { GUEST_CACHE_MS: '60000' } });
  db = t.app.get(DataSource);
  member = await person(t, undefined, 'gcm');
  moderator = await person(t, 'MODERATOR', 'gcmod');
  const admin = await person(t, 'ADMIN', 'gcadm');
  general = await categoryId(member.client, 'off-topic');
  const created = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: 'Staff room', slug: `staff-${Date.now().toString(36)}`, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] },
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  staffOnly = created.data.createCategory.id;
  shown = (await topic(member, general, { title: 'Widgets for everyone' })).id;
});
afterAll(async () => {
  await t?.close();
});

describe('answers shared by signed-out readers', () => {
  it('gives a second signed-out reader the first one\'s answer; signed-in readers always get their own', async () => {
    const guest = new GqlClient(t.url, '198.51.100.7');
    expect((await titles(guest)).get(shown)).toBe('Widgets for everyone');
    await rename(shown, 'Renamed behind the server');
    // Another address, same query and variables: the kept answer.
    expect((await titles(new GqlClient(t.url, '198.51.100.8'))).get(shown)).toBe('Widgets for everyone');
    expect((await titles(member.client)).get(shown)).toBe('Renamed behind the server');
    // Other variables are another answer.
    expect((await titles(guest, LIST, { first: 49 })).get(shown)).toBe('Renamed behind the server');
  });

  it('is emptied by any mutation, and never serves a signed-in reader\'s answer to a guest', async () => {
    const secret = (await topic(moderator, staffOnly, { title: 'Staff-only plans' })).id;
    // The moderator's own list shows the staff topic; a guest's never does.
    expect((await titles(moderator.client)).get(secret)).toBe('Staff-only plans');
    const guest = new GqlClient(t.url, '198.51.100.9');
    const seen = await titles(guest);
    expect(seen.has(secret)).toBe(false);
    // The createTopic mutation above emptied the cache: the rename is visible now.
    expect(seen.get(shown)).toBe('Renamed behind the server');

    const hide = await moderator.client.send(`mutation ($id: ID!) { hideTopic(topicId: $id, reason: "Off topic") { id } }`, { id: shown });
    expect(hide.errors).toBeUndefined();
    expect((await titles(guest)).has(shown)).toBe(false);
  });

  it('keeps nothing for operations off the public list, or answers with errors', async () => {
    const other = (await topic(member, general, { title: 'A second widget topic' })).id;
    const guest = new GqlClient(t.url, '198.51.100.10');
    const mixed = `query { topics(sort: LATEST, first: 50) { edges { node { id title } } } me { id } }`;
    expect((await titles(guest, mixed, {})).get(other)).toBe('A second widget topic');
    await rename(other, 'Changed again');
    expect((await titles(guest, mixed, {})).get(other)).toBe('Changed again');

    // `shown` was hidden above: a guest is told it does not exist, and that answer is not kept.
    const TOPIC = `query ($id: ID!) { topic(id: $id) { id title } }`;
    const refused = await guest.send(TOPIC, { id: shown });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await db.query(`UPDATE topics SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1`, [shown]);
    expect((await guest.send<{ topic: { title: string } }>(TOPIC, { id: shown })).data?.topic.title).toBe('Renamed behind the server');
  });
});
