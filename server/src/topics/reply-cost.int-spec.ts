import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { CREATE_POST, person, topic, type Person } from '../testing/forum-helpers.js';
import pg from 'pg';

/*
 * What one reply costs the database. Replying is the busiest write: every statement it sends is
 * paid by every member who posts, and a statement per watcher or per mention would make a
 * popular topic slow to reply in. The count is the same for one recipient as for ten.
 */

let t: TestApp;
let db: DataSource;
let admin: GqlClient;
let author: Person;
let replier: Person;
let watchers: Person[];
let categoryId: string;

/** The SQL sent while one reply is written and its live delivery settles (as sql-counter counts it, with the text). */
async function statementsOfReply(topicId: string, body: string): Promise<string[]> {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = args[0] as string | { text?: string };
    const sql = (typeof text === 'string' ? text : (text?.text ?? '')).replace(/\s+/g, ' ').trim();
    // The job queue's workers poll on their own connections meanwhile: not the reply's statements.
    if (!/\bpgboss\./.test(sql)) sent.push(sql.slice(0, 80));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const res = await replier.client.send<{ createPost: { id: string } }>(CREATE_POST, { i: { topicId, body } });
    expect(res.errors).toBeUndefined();
    // Notifications go out after the commit, while the answer is on its way: let them finish.
    await new Promise((resolve) => setTimeout(resolve, 150));
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent;
}

/** The run with the fewest statements of three: a cache refresh (categories, watched words, trust settings) adds to any one. */
async function leastOfThree(topicId: string, body: (i: number) => string): Promise<string[]> {
  const runs: string[][] = [];
  for (let i = 0; i < 3; i++) runs.push(await statementsOfReply(topicId, body(i)));
  return runs.reduce((a, b) => (b.length < a.length ? b : a));
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  const res = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: 'Reply cost', slug: `reply-cost-${Date.now().toString(36)}` },
  });
  categoryId = res.data!.createCategory.id;
  author = await person(t, undefined, 'rcauth');
  replier = await person(t, undefined, 'rcrep');
  watchers = [];
  for (let i = 0; i < 8; i++) watchers.push(await person(t, undefined, 'rcwat'));
});
afterAll(async () => {
  await t.close();
});

describe('the cost of a reply', () => {
  it('sends as many SQL statements for ten recipients (watchers and mentions) as for one, and no more than today', async () => {
    const quiet = await topic(author, categoryId, { title: 'A quiet topic to reply in' });
    const busy = await topic(author, categoryId, { title: 'A busy topic to reply in' });
    for (const w of watchers.slice(0, 6)) {
      const set = await w.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: WATCHING) }`, { t: busy.id });
      expect(set.errors).toBeUndefined();
    }
    const mentions = watchers.slice(6).map((w) => `@${w.handle}`).join(' ');

    const one = await leastOfThree(quiet.id, (i) => `A plain reply number ${i}.`);
    const ten = await leastOfThree(busy.id, (i) => `Reply ${i} for the watchers, and ${mentions}.`);

    // Everyone the busy replies concerned was told: the author, six watchers, two mentioned.
    const [{ n }]: Array<{ n: number }> = await db.query(
      `SELECT count(DISTINCT user_id)::int AS n FROM notifications WHERE topic_id = $1`,
      [busy.id],
    );
    expect(n).toBe(9);
    // Mentions cost one lookup of the handles when rendering; recipients cost nothing per person.
    expect(ten.length).toBeLessThanOrEqual(one.length + 1);
    // The session, the topic, the poster's standing with the watched words, the audience, the write,
    // the live event's author and the recipients' unread counts: seven. A new statement in this path
    // should be a deliberate choice (the failure lists what was sent).
    expect({ statements: one.length, sql: one }).toEqual({ statements: Math.min(one.length, 7), sql: one });
  });

  it('writes the reply, its counters and its notifications in one statement (its own transaction)', async () => {
    const target = await topic(author, categoryId, { title: 'A topic counted by transactions' });
    const least = await leastOfThree(target.id, (i) => `Counting writes ${i}.`);
    const [row]: Array<{ reply_count: number; post_number_seq: number; last_post_id: string }> = await db.query(
      `SELECT reply_count, post_number_seq, last_post_id FROM topics WHERE id = $1`,
      [target.id],
    );
    expect(row).toMatchObject({ reply_count: 3, post_number_seq: 4 });
    const [last]: Array<{ id: string }> = await db.query(`SELECT id FROM posts WHERE topic_id = $1 AND post_number = 4`, [target.id]);
    expect(row!.last_post_id).toBe(last!.id);
    // No BEGIN or COMMIT: the write is a single statement, committed when it returns.
    expect(least.filter((sql) => /^(BEGIN|START TRANSACTION|COMMIT)\b/i.test(sql))).toEqual([]);
    expect(least.filter((sql) => /^WITH t AS \(\s*UPDATE topics/i.test(sql))).toHaveLength(1);
  });
});
