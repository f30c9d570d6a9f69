import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
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

  it('pages newest first by cursor without gaps or repeats, and finds a member by a part of their name or email', async () => {
    const staff = await person(t, 'MODERATOR', 'dirp');
    const prefix = `pg${Date.now().toString(36).slice(-6)}`;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await person(t, undefined, prefix)).handle);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GqlResult<{ members: { edges: Array<{ node: { handle: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }> = await staff.client.send(
        `query ($q: String!, $after: String) { members(filter: { query: $q }, first: 2, after: $after) { edges { node { handle } } pageInfo { endCursor hasNextPage } } }`,
        { q: prefix, after },
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.members.edges.map((e) => e.node.handle));
      if (!res.data!.members.pageInfo.hasNextPage) break;
      after = res.data!.members.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
    // Display names are "Person <handle>", emails "<handle>@example.com": both are searched.
    const byName = await staff.client.send<{ members: { edges: Array<{ node: { handle: string } }> } }>(
      `query ($q: String!) { members(filter: { query: $q }) { edges { node { handle } } } }`,
      { q: `PERSON ${made[2]}` },
    );
    expect(byName.data!.members.edges.map((e) => e.node.handle)).toEqual([made[2]]);
    const byEmail = await staff.client.send<{ members: { edges: Array<{ node: { handle: string } }> } }>(
      `query ($q: String!) { members(filter: { query: $q }) { edges { node { handle } } } }`,
      { q: `${made[3]}@example.com` },
    );
    expect(byEmail.data!.members.edges.map((e) => e.node.handle)).toEqual([made[3]]);
    expect(codeOf(await staff.client.send(`{ members(after: "bm90LWEtY3Vyc29y") { edges { cursor } } }`))).toBe('BAD_USER_INPUT');
  });
});
