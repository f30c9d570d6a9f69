import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic } from '../testing/forum-helpers.js';

let t: TestApp;
let db: DataSource;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(async () => {
  await t.close();
});

/** The creation time a version 7 UUID carries (its first 48 bits, in milliseconds). */
function timeOf(id: string): number {
  return parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}

describe('time-ordered ids', () => {
  it('topics, posts and notifications get version 7 ids that carry their creation time', async () => {
    const author = await person(t);
    const replier = await person(t);
    const before = Date.now();
    const made = await topic(author, await categoryId(author.client, 'questions'), { title: 'Ids that follow the clock' });
    const answer = await reply(replier, made.id, 'A reply the author is told about.');
    const after = Date.now();
    const [notification] = await db.query(`SELECT id FROM notifications WHERE user_id = $1 AND post_id = $2`, [author.id, answer.id]);
    for (const id of [made.id, made.firstPostId, answer.id, notification.id as string]) {
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
      expect(timeOf(id)).toBeGreaterThanOrEqual(before - 1000);
      expect(timeOf(id)).toBeLessThanOrEqual(after + 1000);
    }
  });

  it('ids made later sort after ids made earlier', async () => {
    const rows: Array<{ id: string }> = [];
    for (let i = 0; i < 5; i++) {
      rows.push(...(await db.query(`SELECT uuid_time_ordered() AS id`)));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const ids = rows.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
