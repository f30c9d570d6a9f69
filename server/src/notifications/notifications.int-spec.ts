import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { codeOf, GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { categoryId, person, reply, topic, type Person } from '../testing/forum-helpers.js';

let t: TestApp;
let asker: Person;
let helper: Person;
let questions: string;

const LIST = `query ($after: String, $first: Int, $u: Boolean) { notifications(first: $first, after: $after, unreadOnly: $u) {
  edges { node { id kind topicId postId postNumber topicTitle read actorCount } } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;
type List = { notifications: { edges: Array<{ node: { id: string; kind: string; topicId: string; read: boolean; postNumber: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } }; unreadNotificationCount: number };

beforeAll(async () => {
  t = await startTestApp();
  asker = await person(t);
  helper = await person(t);
  questions = await categoryId(asker.client, 'questions');
});
afterAll(async () => {
  await t.close();
});

describe('notifications', () => {
  it('notifies replies, mentions and quotes once each, never the actor, and pages through them', async () => {
    const { id, firstPostId } = await topic(asker, questions, { title: 'Notification topic one' });
    await reply(helper, id, 'A plain reply');
    await reply(helper, id, `Pinging @${asker.handle} and myself @${helper.handle}`);
    await reply(helper, id, `[quote="${asker.handle}, post:${firstPostId}"]What do you think[/quote]\n\nI agree.`);
    const res = await asker.client.send<List>(LIST, { first: 2 });
    expect(res.data!.unreadNotificationCount).toBe(3);
    const page2 = await asker.client.send<List>(LIST, { first: 2, after: res.data!.notifications.pageInfo.endCursor });
    const kinds = [...res.data!.notifications.edges, ...page2.data!.notifications.edges].map((e) => e.node.kind);
    expect(kinds).toEqual(['QUOTE', 'MENTION', 'REPLY']);
    expect(page2.data!.notifications.pageInfo.hasNextPage).toBe(false);
    const helperNotes = await helper.client.send<List>(LIST, {});
    expect(helperNotes.data!.notifications.edges.filter((e) => e.node.topicId === id)).toHaveLength(0);
  });

  it('names who did it (the latest reactor for grouped reactions), but never the person behind a brand post', async () => {
    const author = await person(t);
    const fans = [await person(t), await person(t)];
    const manager = await person(t, 'COMMUNITY_MANAGER', 'brand');
    const { id, firstPostId } = await topic(author, questions, { title: 'Who answered me?', kind: 'QUESTION' });
    await reply(helper, id, 'Here is what I know.');
    await reply(manager, id, 'The official answer.', { asBrand: true });
    for (const fan of fans) await fan.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: firstPostId });
    const res = await author.client.send<{ notifications: { edges: Array<{ node: { kind: string; actorCount: number; byBrand: boolean; actor: { handle: string; displayName: string } | null } }> } }>(
      `{ notifications(first: 10) { edges { node { kind actorCount byBrand actor { handle displayName } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const byKind = Object.fromEntries(res.data!.notifications.edges.map((e) => [e.node.kind, e.node]));
    expect(byKind.REPLY).toEqual({ kind: 'REPLY', actorCount: 1, byBrand: false, actor: { handle: helper.handle, displayName: `Person ${helper.handle}` } });
    expect(byKind.OFFICIAL_REPLY).toEqual({ kind: 'OFFICIAL_REPLY', actorCount: 1, byBrand: true, actor: null });
    expect(byKind.REACTION).toEqual({ kind: 'REACTION', actorCount: 2, byBrand: false, actor: { handle: fans[1]!.handle, displayName: `Person ${fans[1]!.handle}` } });
  });

  it('one notification per post and person, of the most specific kind: official answer > mention > quote > reply > watching', async () => {
    const owner = await person(t);
    const quoted = await person(t);
    const watcher = await person(t);
    const manager = await person(t, 'COMMUNITY_MANAGER', 'brand');
    const { id, firstPostId } = await topic(owner, questions, { title: 'Which kind wins?', kind: 'QUESTION' });
    const earlier = await reply(quoted, id, 'An earlier answer worth quoting.');
    await watcher.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: WATCHING) }`, { t: id });
    const kindsOn = async (p: Person, postId: string) => {
      const res = await p.client.send<{ notifications: { edges: Array<{ node: { kind: string; postId: string } }> } }>(`{ notifications(first: 50) { edges { node { kind postId } } } }`);
      return res.data!.notifications.edges.filter((e) => e.node.postId === postId).map((e) => e.node.kind);
    };
    // The brand answers the question, replying to the asker's post, mentioning and quoting them: one official answer.
    const official = await reply(manager, id, `[quote="${owner.handle}, post:${firstPostId}"]Which?[/quote]\n\n@${owner.handle} this one, and @${watcher.handle} too.`, { asBrand: true, replyToPostId: firstPostId });
    expect(await kindsOn(owner, official.id)).toEqual(['OFFICIAL_REPLY']);
    expect(await kindsOn(watcher, official.id)).toEqual(['MENTION']);
    // A member replying to someone's post and mentioning them: a mention.
    const mention = await reply(helper, id, `@${quoted.handle} I disagree.`, { replyToPostId: earlier.id });
    expect(await kindsOn(quoted, mention.id)).toEqual(['MENTION']);
    // Its author watches the topic: a reply to someone else is one they watch.
    expect(await kindsOn(owner, mention.id)).toEqual(['WATCHED_POST']);
    // Replying to a post while quoting it: a quote; the watcher hears of it as watching.
    const quote = await reply(helper, id, `[quote="${quoted.handle}, post:${earlier.id}"]worth quoting[/quote]\n\nIndeed.`, { replyToPostId: earlier.id });
    expect(await kindsOn(quoted, quote.id)).toEqual(['QUOTE']);
    expect(await kindsOn(watcher, quote.id)).toEqual(['WATCHED_POST']);
    // A plain reply to the topic: a reply to its owner, watching for the watcher.
    const plain = await reply(helper, id, 'Just adding a thought.');
    expect(await kindsOn(owner, plain.id)).toEqual(['REPLY']);
    expect(await kindsOn(watcher, plain.id)).toEqual(['WATCHED_POST']);
  });

  it('marks one and all read; only the owner can', async () => {
    const { id } = await topic(asker, questions, { title: 'Notification topic two' });
    await reply(helper, id);
    await reply(helper, id);
    const list = await asker.client.send<List>(LIST, { u: true });
    const first = list.data!.notifications.edges[0]!.node;
    expect(codeOf(await helper.client.send(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: first.id }))).toBe('NOT_FOUND');
    const marked = await asker.client.send<{ markNotificationRead: { read: boolean } }>(`mutation ($id: ID!) { markNotificationRead(id: $id) { read } }`, { id: first.id });
    expect(marked.data!.markNotificationRead.read).toBe(true);
    const all = await asker.client.send<{ markAllNotificationsRead: number }>(`mutation { markAllNotificationsRead }`);
    expect(all.data!.markAllNotificationsRead).toBeGreaterThan(0);
    expect((await asker.client.send<List>(LIST, {})).data!.unreadNotificationCount).toBe(0);
    expect(codeOf(await new GqlClient(t.url).send(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('watching a category brings new topics; muting a topic silences replies', async () => {
    const watcher = await person(t);
    await watcher.client.send(`mutation ($c: ID!) { setWatchLevel(targetType: CATEGORY, targetId: $c, level: WATCHING) }`, { c: questions });
    const { id } = await topic(asker, questions, { title: 'A topic for watchers' });
    const notes = await watcher.client.send<List>(LIST, {});
    expect(notes.data!.notifications.edges.map((e) => [e.node.kind, e.node.topicId])).toContainEqual(['NEW_TOPIC', id]);
    await reply(helper, id, 'A reply watchers hear about');
    const after = await watcher.client.send<List>(LIST, {});
    expect(after.data!.notifications.edges.filter((e) => e.node.topicId === id).map((e) => e.node.kind)).toEqual(['WATCHED_POST', 'NEW_TOPIC']);
    await asker.client.send(`mutation ($t: ID!) { setWatchLevel(targetType: TOPIC, targetId: $t, level: MUTED) }`, { t: id });
    const before = (await asker.client.send<List>(LIST, {})).data!.unreadNotificationCount;
    await reply(helper, id, `Muted, even with @${asker.handle}`);
    expect((await asker.client.send<List>(LIST, {})).data!.unreadNotificationCount).toBe(before);
    expect(codeOf(await watcher.client.send(`mutation { setWatchLevel(targetType: TOPIC, targetId: "00000000-0000-4000-8000-000000000000", level: WATCHING) }`))).toBe('NOT_FOUND');
  });

  it('does not notify a mention in a category the mentioned member cannot read', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const staffRoom = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Backstage', slug: `backstage-${Date.now()}`, readRoles: ['MODERATOR'], postRoles: ['MODERATOR'] },
    });
    const moderator = await person(t, 'MODERATOR', 'mod');
    const before = (await asker.client.send<List>(LIST, {})).data!.unreadNotificationCount;
    await topic(moderator, staffRoom.data!.createCategory.id, { title: 'About a member', body: `What about @${asker.handle}?` });
    expect((await asker.client.send<List>(LIST, {})).data!.unreadNotificationCount).toBe(before);
  });

  it('follows read access: a lost category drops its notifications from the list and the count, and notifies no more', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const made = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Soon private', slug: `soon-private-${Date.now()}`, readRoles: ['GUEST', 'MEMBER', 'MODERATOR'], postRoles: ['MEMBER', 'MODERATOR'] },
    });
    const room = made.data!.createCategory.id;
    const reader = await person(t);
    const { id, firstPostId } = await topic(reader, room, { title: 'My topic before the door closed' });
    await reply(helper, id, 'A reply the reader is told about');
    const before = (await reader.client.send<List>(LIST, {})).data!;
    expect(before.notifications.edges.map((e) => [e.node.kind, e.node.topicId])).toContainEqual(['REPLY', id]);
    const countBefore = before.unreadNotificationCount;

    const narrowed = await admin.send(`mutation ($i: UpdateCategoryInput!) { updateCategory(input: $i) { id } }`, { i: { id: room, readRoles: ['MODERATOR'] } });
    expect(narrowed.errors).toBeUndefined();
    const after = (await reader.client.send<List>(LIST, {})).data!;
    expect(after.notifications.edges.filter((e) => e.node.topicId === id)).toEqual([]);
    expect(after.unreadNotificationCount).toBe(countBefore - 1);

    // A reaction to the reader's old post in the category they can no longer read stores nothing.
    const moderator = await person(t, 'MODERATOR', 'mod');
    const reacted = await moderator.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: LIKE) { id } }`, { p: firstPostId });
    expect(reacted.errors).toBeUndefined();
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND topic_id = $2 AND kind = 'REACTION'`, [reader.id, id]);
    expect(count).toBe(0);
  });
});

describe('tags and profiles', () => {
  it('staff create tags, members cannot; a profile lists a member\'s posts', async () => {
    const moderator = await person(t, 'MODERATOR', 'mod');
    expect(codeOf(await asker.client.send(`mutation { createTag(name: "member-tag") { name } }`))).toBe('FORBIDDEN');
    const name = `tag-${Date.now().toString(36)}`;
    const made = await moderator.client.send<{ createTag: { name: string } }>(`mutation ($n: String!) { createTag(name: $n) { name } }`, { n: name });
    expect(made.data!.createTag.name).toBe(name);
    expect(codeOf(await moderator.client.send(`mutation ($n: String!) { createTag(name: $n) { name } }`, { n: name }))).toBe('CONFLICT');
    expect((await moderator.client.send(`mutation { createTag(name: "Bad Tag!") { name } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    await topic(asker, questions, { title: 'Tagged by a member', tags: [name] });
    const tags = await asker.client.send<{ tags: Array<{ name: string; topicCount: number }> }>(`query ($p: String!) { tags(prefix: $p) { name topicCount } }`, { p: name });
    expect(tags.data!.tags).toEqual([{ name, topicCount: 1 }]);
    const { id } = await topic(helper, questions, { title: 'Profile posts topic' });
    const r1 = await reply(asker, id, 'First profile reply');
    const r2 = await reply(asker, id, 'Second profile reply');
    const posts = await new GqlClient(t.url).send<{ userPosts: { edges: Array<{ node: { id: string } }> } }>(
      `query ($h: String!) { userPosts(handle: $h, first: 2) { edges { node { id } } } }`,
      { h: asker.handle },
    );
    expect(posts.data!.userPosts.edges.map((e) => e.node.id)).toEqual([r2.id, r1.id]);
  });
});
