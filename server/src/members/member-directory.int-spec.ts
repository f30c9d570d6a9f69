import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { person } from '../testing/forum-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('member directory', () => {
  it('staff search and filter members by role and standing, paged; members cannot', async () => {
    const staff = await person(t, 'MODERATOR', 'dir');
    const target = await person(t, undefined, 'findme');
    await staff.client.send(`mutation ($u: ID!) { silenceUser(input: { userId: $u, reason: "quiet", until: "2999-01-01T00:00:00Z" }) { id } }`, { u: target.id });
    const found = await staff.client.send<{ members: { edges: Array<{ node: { handle: string; trustLevel: string; email: string } }> } }>(
      `query ($q: String) { members(filter: { query: $q, status: SILENCED }) { edges { node { handle trustLevel email } } } }`,
      { q: target.handle.slice(0, 10) },
    );
    expect(found.data!.members.edges.map((e) => e.node)).toEqual([{ handle: target.handle, trustLevel: 'NEW', email: `${target.handle}@example.com` }]);
    const mods = await staff.client.send<{ members: { edges: Array<{ node: { role: string } }>; pageInfo: { hasNextPage: boolean } } }>(
      `{ members(filter: { role: MODERATOR }, first: 1) { edges { node { role } } pageInfo { hasNextPage } } }`,
    );
    expect(mods.data!.members.edges.every((e) => e.node.role === 'MODERATOR')).toBe(true);
    expect(codeOf(await target.client.send(`{ members { edges { cursor } } }`))).toBe('FORBIDDEN');
  });
});
