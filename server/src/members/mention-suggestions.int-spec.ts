import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { codeOf, GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';

const SUGGEST = `query ($p: String!, $t: ID) { mentionSuggestions(prefix: $p, topicId: $t) { handle displayName } }`;

let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(async () => {
  await t.close();
});

async function suggest(p: Person, prefix: string, topicId?: string): Promise<string[]> {
  const res = await p.client.send<{ mentionSuggestions: Array<{ handle: string }> }>(SUGGEST, { p: prefix, t: topicId ?? null });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.mentionSuggestions.map((u) => u.handle);
}

describe('mention suggestions', () => {
  it('offer at most 8 members by handle or name prefix, those in the topic first, then the recently active; never the unmentionable or oneself', async () => {
    // Other test files share the database: a prefix of our own keeps their members out.
    const prefix = `mx${Math.random().toString(36).slice(2, 6)}`;
    const asker = await person(t, undefined, prefix);
    const others: Person[] = [];
    for (let i = 0; i < 11; i++) others.push(await person(t, undefined, prefix));
    const [early, late, recent, suspended, removed, pending] = others;
    await db.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [suspended.id]);
    await db.query(`UPDATE users SET membership = 'REMOVED' WHERE id = $1`, [removed.id]);
    await db.query(`UPDATE users SET membership = 'PENDING' WHERE id = $1`, [pending.id]);
    await db.query(`UPDATE users SET last_visit_on = current_date WHERE id = $1`, [recent.id]);

    const offTopic = await categoryId(asker.client, 'off-topic');
    const started = await topic(asker, offTopic, { body: 'Who knows widgets?' });
    await reply(early, started.id, 'I do, a bit.');
    await reply(late, started.id, 'Me too.');

    const inTopic = await suggest(asker, prefix.toUpperCase(), started.id);
    expect(inTopic).toHaveLength(8);
    // The latest poster in the topic first, then the other, then the one who visited today.
    expect(inTopic.slice(0, 3)).toEqual([late.handle, early.handle, recent.handle]);
    expect(inTopic).not.toContain(asker.handle);
    for (const hidden of [suspended, removed, pending]) expect(inTopic).not.toContain(hidden.handle);
    expect(new Set(inTopic).size).toBe(8);

    const anywhere = await suggest(asker, `@${prefix}`);
    expect(anywhere[0]).toBe(recent.handle);
    expect(anywhere).toHaveLength(8);

    // A name prefix finds a member whose handle does not start with it; a letter more narrows.
    await db.query(`UPDATE users SET display_name = $1 WHERE id = $2`, [`Zq${prefix} Smith`, early.id]);
    expect(await suggest(asker, `zq${prefix}`)).toEqual([early.handle]);
    expect(await suggest(asker, `${late.handle}`)).toEqual([late.handle]);
    // LIKE wildcards are letters here.
    expect(await suggest(asker, `${prefix}%`)).toEqual([]);
    expect(await suggest(asker, '')).toEqual([]);
  });

  it('are refused to guests, rank only a topic the asker may read, and are rate-limited', async () => {
    expect(codeOf(await new GqlClient(t.url).send(SUGGEST, { p: 'adm' }))).toBe('UNAUTHENTICATED');

    const moderator = await person(t, 'MODERATOR', 'mxmod');
    const member = await person(t, undefined, 'mxmem');
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const staffRoom = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Mention staff room', slug: `mention-staff-${Date.now()}`, readRoles: ['MODERATOR'], postRoles: ['MODERATOR'] },
    });
    const secret = await topic(moderator, staffRoom.data!.createCategory.id, { title: 'Staff only plans', body: 'Quiet here.' });
    expect(codeOf(await member.client.send(SUGGEST, { p: 'mxmod', t: secret.id }))).toBe('NOT_FOUND');
    expect(await suggest(moderator, moderator.handle.slice(0, 8), secret.id)).not.toContain(moderator.handle);

    expect(codeOf(await member.client.send(SUGGEST, { p: 'x'.repeat(51) }))).toBe('BAD_USER_INPUT');
    // 60 lookups a minute; the ones above count too.
    const burst = await Promise.all(Array.from({ length: 60 }, () => member.client.send(SUGGEST, { p: '' })));
    const refused = burst.filter((r) => codeOf(r) === 'RATE_LIMITED');
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.length - refused.length).toBeLessThanOrEqual(59);
    // Another member is counted apart.
    expect(await suggest(moderator, 'mxmod')).toEqual(expect.any(Array));
  });
});
