import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { CREATE_POST, CREATE_TOPIC, categoryId, countRows, person, reply, topic, type Person } from '../testing/forum-helpers.js';

let t: TestApp;
let db: DataSource;
let questions: string;
let announcements: string;
let member: Person;
let other: Person;
let moderator: Person;
let manager: Person;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  member = await person(t);
  other = await person(t);
  moderator = await person(t, 'MODERATOR', 'mod');
  manager = await person(t, 'COMMUNITY_MANAGER', 'cm');
  questions = await categoryId(member.client, 'questions');
  announcements = await categoryId(member.client, 'announcements');
});
afterAll(async () => {
  await t.close();
});

const TOPIC = `query ($id: ID!) { topic(id: $id) { id title kind replyCount locked pinned answered acceptedPostId highestPostNumber
  lastReadPostNumber unreadCount author { handle } category { slug } firstPost { bodyHtml } acceptedAnswer { id } officialAnswer { id voice author { handle } } } }`;
const POSTS = `query ($id: ID!, $first: Int, $after: String) { posts(topicId: $id, first: $first, after: $after) {
  edges { cursor node { id postNumber body bodyHtml voice deletedAt revision author { handle } reactions { reaction count reactedByMe } replyTo { id } } }
  pageInfo { hasNextPage endCursor } } }`;

describe('topics and replies', () => {
  it('a member starts a topic and replies; the list, the topic and its posts show them', async () => {
    const created = await topic(member, questions, { title: 'How do I reset my widget?', body: 'It **blinks** red.', kind: 'QUESTION' });
    const first = await db.query('SELECT body_html FROM posts WHERE id = $1', [created.firstPostId]);
    expect(first[0].body_html).toContain('<strong>blinks</strong>');
    const r = await reply(other, created.id, 'Hold the button for ten seconds.');
    expect(r.postNumber).toBe(2);
    const seen = await member.client.send<{ topic: Record<string, unknown> }>(TOPIC, { id: created.id });
    expect(seen.data!.topic).toMatchObject({ title: 'How do I reset my widget?', kind: 'QUESTION', replyCount: 1, highestPostNumber: 2, answered: false });
    const posts = await member.client.send<{ posts: { edges: Array<{ node: { postNumber: number; author: { handle: string } } }> } }>(POSTS, { id: created.id });
    expect(posts.data!.posts.edges.map((e) => [e.node.postNumber, e.node.author.handle])).toEqual([
      [1, member.handle],
      [2, other.handle],
    ]);
    const list = await new GqlClient(t.url).send<{ topics: { edges: Array<{ node: { id: string } }> } }>(
      `query ($c: ID!) { topics(categoryId: $c, sort: LATEST, first: 5) { edges { node { id } } } }`,
      { c: questions },
    );
    expect(list.data!.topics.edges[0]!.node.id).toBe(created.id);
  });

  it('a reply quoting a member shows their display name, linked to the quoted post, with the handle in its title', async () => {
    const author = await person(t, undefined, 'qa');
    await db.query('UPDATE users SET display_name = $1 WHERE id = $2', ['Mía <Quoted> & Co', author.id]);
    const { id, firstPostId } = await topic(author, questions, { title: 'Which widget lasts longest?', body: 'The blue ones, in our tests.' });
    const body = [
      `[quote="${author.handle.toUpperCase()}, post:${firstPostId}, topic:${id}/1"]\nThe blue ones, ping @${other.handle} and @no_such_member\n[/quote]`,
      '[quote="no_such_member"]\nWords of nobody we know\n[/quote]',
      'Mine too.',
    ].join('\n\n');
    const created = await other.client.send<{ createPost: { id: string; bodyHtml: string } }>(CREATE_POST, { i: { topicId: id, body } });
    expect(created.errors).toBeUndefined();
    const html = created.data!.createPost.bodyHtml;
    expect(html).toContain(
      `<div class="quote-author"><a class="quote-source" href="/t/${id}/1" title="@${author.handle}" rel="nofollow ugc noopener">Mía &lt;Quoted&gt; &amp; Co</a><span class="quote-said"></span></div>`,
    );
    // Someone who is not a member keeps the handle as written, as text; mentions in the quote link only members.
    expect(html).toContain('<div class="quote-author">no_such_member<span class="quote-said"></span></div>');
    expect(html).toContain(`<a class="mention" href="/u/${other.handle}" rel="nofollow ugc noopener">@${other.handle}</a> and @no_such_member`);
    // Readers get the stored HTML: the posts list shows the same.
    const posts = await new GqlClient(t.url).send<{ posts: { edges: Array<{ node: { id: string; bodyHtml: string } }> } }>(POSTS, { id });
    expect(posts.data!.posts.edges.find((e) => e.node.id === created.data!.createPost.id)!.node.bodyHtml).toBe(html);
  });

  it.each([
    ['title', { title: 'Shrt' }, 'TOO_SHORT'],
    ['title', { title: 'x'.repeat(201) }, 'TOO_LONG'],
    ['body', { body: '   ' }, 'REQUIRED'],
    ['body', { body: 'x'.repeat(50_001) }, 'TOO_LONG'],
    ['tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'TOO_MANY'],
    ['tags', { tags: ['no-such-tag'] }, 'UNKNOWN_TAG'],
    ['categoryId', { categoryId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('refuses a topic with a bad %s (%#) and stores nothing', async (field, overrides, reason) => {
    const [topics, posts] = [await countRows(t, 'topics'), await countRows(t, 'posts')];
    const res = await member.client.send(CREATE_TOPIC, { i: { categoryId: questions, title: 'A good title', body: 'Body', ...overrides } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await countRows(t, 'topics'), await countRows(t, 'posts')]).toEqual([topics, posts]);
  });

  it('accepts a 50,000-character body and a 200-character title', async () => {
    const res = await member.client.send(CREATE_TOPIC, { i: { categoryId: questions, title: 'T'.repeat(200), body: 'b'.repeat(50_000) } });
    expect(res.errors).toBeUndefined();
  });

  it('refuses a member in a staff-only category; staff post there', async () => {
    const before = await countRows(t, 'topics');
    const res = await member.client.send(CREATE_TOPIC, { i: { categoryId: announcements, title: 'Member announcement', body: 'Hi' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_POST_HERE' });
    expect(await countRows(t, 'topics')).toBe(before);
    await topic(moderator, announcements, { title: 'Staff announcement', kind: 'ANNOUNCEMENT' });
  });

  it('answers unknown ids and replies to other topics with clear codes, changing nothing', async () => {
    const { id } = await topic(member, questions);
    const elsewhere = await topic(other, questions);
    const before = await countRows(t, 'posts');
    const unknown = await member.client.send(CREATE_POST, { i: { topicId: '00000000-0000-4000-8000-000000000000', body: 'Hello' } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const garbage = await member.client.send(CREATE_POST, { i: { topicId: 'not-a-uuid', body: 'Hello' } });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'topicId' });
    const wrongReply = await member.client.send(CREATE_POST, { i: { topicId: id, body: 'Hi', replyToPostId: elsewhere.firstPostId } });
    expect(wrongReply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replyToPostId' });
    const empty = await member.client.send(CREATE_POST, { i: { topicId: id, body: '' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const guest = await new GqlClient(t.url).send(CREATE_POST, { i: { topicId: id, body: 'Guest reply' } });
    expect(codeOf(guest)).toBe('UNAUTHENTICATED');
    expect(await countRows(t, 'posts')).toBe(before);
  });

  it('locked topics refuse replies from members with TOPIC_LOCKED, not from staff; only staff lock', async () => {
    const { id } = await topic(member, questions);
    expect(codeOf(await member.client.send(`mutation ($t: ID!) { lockTopic(topicId: $t) { id } }`, { t: id }))).toBe('FORBIDDEN');
    await moderator.client.send(`mutation ($t: ID!) { lockTopic(topicId: $t) { locked } }`, { t: id });
    const refused = await other.client.send(CREATE_POST, { i: { topicId: id, body: 'Too late?' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOPIC_LOCKED' });
    expect(refused.errors?.[0]?.message).toMatch(/locked/);
    await reply(moderator, id, 'Staff can still post.');
    await moderator.client.send(`mutation ($t: ID!) { unlockTopic(topicId: $t) { locked } }`, { t: id });
    await reply(other, id, 'Open again.');
  });

  it('pinned topics lead the LATEST list of their category; globally pinned ones lead every list', async () => {
    const pinned = await topic(member, questions, { title: 'Pin me to the top' });
    await topic(member, questions, { title: 'A newer topic' });
    await moderator.client.send(`mutation ($t: ID!) { pinTopic(topicId: $t) { pinned } }`, { t: pinned.id });
    const list = await member.client.send<{ topics: { edges: Array<{ node: { id: string; pinned: boolean } }> } }>(
      `query ($c: ID!) { topics(categoryId: $c, first: 3) { edges { node { id pinned } } } }`,
      { c: questions },
    );
    expect(list.data!.topics.edges[0]!.node).toEqual({ id: pinned.id, pinned: true });
  });
});

describe('editing and deleting', () => {
  it('an author edits within the window and everyone sees the revision history; others cannot edit', async () => {
    const { id, firstPostId } = await topic(member, questions, { title: 'Original title here', body: 'First version' });
    const denied = await other.client.send(`mutation ($i: EditPostInput!) { editPost(input: $i) { id } }`, { i: { postId: firstPostId, body: 'Hijack' } });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    const edited = await member.client.send<{ editPost: { revision: number; bodyHtml: string } }>(
      `mutation ($i: EditPostInput!) { editPost(input: $i) { revision bodyHtml } }`,
      { i: { postId: firstPostId, body: 'Second version', title: 'Better title here' } },
    );
    expect(edited.data!.editPost.revision).toBe(2);
    const history = await new GqlClient(t.url).send<{ posts: { edges: Array<{ node: { revisions: Array<{ revision: number; body: string; title: string }> } }> } }>(
      `query ($id: ID!) { posts(topicId: $id) { edges { node { revisions { revision body title } } } } }`,
      { id },
    );
    expect(history.data!.posts.edges[0]!.node.revisions).toEqual([{ revision: 1, body: 'First version', title: 'Original title here' }]);
    const topicNow = await member.client.send<{ topic: { title: string } }>(TOPIC, { id });
    expect(topicNow.data!.topic.title).toBe('Better title here');
  });

  it('closes the edit window for authors after 24 hours but not for staff', async () => {
    const { id } = await topic(member, questions);
    const r = await reply(member, id, 'Old words');
    await db.query(`UPDATE posts SET created_at = now() - interval '2 days' WHERE id = $1`, [r.id]);
    const late = await member.client.send(`mutation ($i: EditPostInput!) { editPost(input: $i) { id } }`, { i: { postId: r.id, body: 'New words' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EDIT_WINDOW_CLOSED' });
    const staff = await moderator.client.send(`mutation ($i: EditPostInput!) { editPost(input: $i) { body } }`, { i: { postId: r.id, body: 'Staff fixed it' } });
    expect(staff.errors).toBeUndefined();
  });

  it('deletes softly: members no longer see the reply, staff do and can restore it', async () => {
    const { id } = await topic(member, questions);
    const r = await reply(other, id, 'I will regret this');
    expect(codeOf(await member.client.send(`mutation ($p: ID!) { deletePost(postId: $p) { id } }`, { p: r.id }))).toBe('FORBIDDEN');
    await other.client.send(`mutation ($p: ID!) { deletePost(postId: $p) { deletedAt } }`, { p: r.id });
    const asMember = await member.client.send<{ posts: { edges: Array<{ node: { id: string } }> } }>(POSTS, { id });
    expect(asMember.data!.posts.edges.map((e) => e.node.id)).not.toContain(r.id);
    const asStaff = await moderator.client.send<{ posts: { edges: Array<{ node: { id: string; deletedAt: string | null } }> } }>(POSTS, { id });
    expect(asStaff.data!.posts.edges.find((e) => e.node.id === r.id)?.node.deletedAt).toBeTruthy();
    expect(codeOf(await other.client.send(`mutation ($p: ID!) { restorePost(postId: $p) { id } }`, { p: r.id }))).toBe('FORBIDDEN');
    await moderator.client.send(`mutation ($p: ID!) { restorePost(postId: $p) { id } }`, { p: r.id });
    const again = await member.client.send<{ posts: { edges: Array<{ node: { id: string } }> } }>(POSTS, { id });
    expect(again.data!.posts.edges.map((e) => e.node.id)).toContain(r.id);
    const count = await member.client.send<{ topic: { replyCount: number } }>(TOPIC, { id });
    expect(count.data!.topic.replyCount).toBe(1);
  });
});

describe('reactions', () => {
  it('one of each kind per member per post, with counts, who reacted, and grouped notifications', async () => {
    const { id, firstPostId } = await topic(member, questions);
    const react = (p: Person, reaction: string, on = true) =>
      p.client.send<{ react?: { id: string }; unreact?: { id: string } }>(`mutation ($p: ID!, $r: Reaction!) { ${on ? 'react' : 'unreact'}(postId: $p, reaction: $r) { id } }`, {
        p: firstPostId,
        r: reaction,
      });
    await react(other, 'LIKE');
    await react(other, 'LIKE');
    await react(other, 'THANKS');
    await react(moderator, 'LIKE');
    const seen = await other.client.send<{ posts: { edges: Array<{ node: { reactions: unknown[]; reactors?: unknown } }> } }>(
      `query ($id: ID!) { posts(topicId: $id) { edges { node { reactions { reaction count reactedByMe } reactors(reaction: LIKE) { handle } } } } }`,
      { id },
    );
    const node = seen.data!.posts.edges[0]!.node as { reactions: unknown[]; reactors: Array<{ handle: string }> };
    expect(node.reactions).toEqual([
      { reaction: 'LIKE', count: 2, reactedByMe: true },
      { reaction: 'THANKS', count: 1, reactedByMe: true },
    ]);
    expect(node.reactors.map((u) => u.handle).sort()).toEqual([moderator.handle, other.handle].sort());
    await react(other, 'THANKS', false);
    const [{ reactions }] = await db.query('SELECT reactions FROM posts WHERE id = $1', [firstPostId]);
    expect(reactions).toEqual({ LIKE: 2, THANKS: 0 });
    const notes = await member.client.send<{ notifications: { edges: Array<{ node: { kind: string; actorCount: number; postId: string } }> } }>(
      `{ notifications(first: 10) { edges { node { kind actorCount postId } } } }`,
    );
    const grouped = notes.data!.notifications.edges.filter((e) => e.node.kind === 'REACTION' && e.node.postId === firstPostId);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.node.actorCount).toBe(3);
    const bad = await other.client.send(`mutation ($p: ID!) { react(postId: $p, reaction: HATE) { id } }`, { p: firstPostId });
    expect(codeOf(bad)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('questions, answers and the two voices', () => {
  it('the asker accepts a reply; others cannot; the answerer is notified; UNANSWERED drops it', async () => {
    const q = await topic(member, questions, { kind: 'QUESTION', title: 'Which cable fits the Widget Pro?' });
    const unanswered = async () =>
      (
        await member.client.send<{ topics: { edges: Array<{ node: { id: string } }> } }>(
          `query ($c: ID!) { topics(categoryId: $c, sort: UNANSWERED, first: 50) { edges { node { id } } } }`,
          { c: questions },
        )
      ).data!.topics.edges.map((e) => e.node.id);
    expect(await unanswered()).toContain(q.id);
    const answer = await reply(other, q.id, 'The USB-C one.');
    const denied = await other.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    const opening = await member.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: q.firstPostId });
    expect(opening.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CANNOT_ACCEPT_OPENING_POST' });
    await member.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    const seen = await other.client.send<{ topic: { answered: boolean; acceptedAnswer: { id: string } } }>(TOPIC, { id: q.id });
    expect(seen.data!.topic).toMatchObject({ answered: true, acceptedAnswer: { id: answer.id } });
    expect(await unanswered()).not.toContain(q.id);
    const notes = await other.client.send<{ notifications: { edges: Array<{ node: { kind: string; topicId: string } }> } }>(`{ notifications { edges { node { kind topicId } } } }`);
    expect(notes.data!.notifications.edges.some((e) => e.node.kind === 'ACCEPTED_ANSWER' && e.node.topicId === q.id)).toBe(true);
    const discussion = await topic(member, questions, { kind: 'DISCUSSION' });
    const r = await reply(other, discussion.id);
    const notQuestion = await member.client.send(`mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: r.id });
    expect(notQuestion.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_A_QUESTION' });
  });

  it('a community manager answers as the brand: official badge, brand shown to members, asker notified', async () => {
    const q = await topic(member, questions, { kind: 'QUESTION', title: 'Is there a firmware update?' });
    const denied = await other.client.send(CREATE_POST, { i: { topicId: q.id, body: 'As the brand!', asBrand: true } });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BRAND_VOICE_NOT_ALLOWED' });
    await reply(other, q.id, 'I think so.');
    const official = await reply(manager, q.id, 'Yes: version 2.1 ships on Monday.', { asBrand: true });
    const team = await reply(moderator, q.id, 'Adding to that, as a person.');
    const seen = await member.client.send<{ topic: { answered: boolean; officialAnswer: { id: string; voice: string; author: null } } }>(TOPIC, { id: q.id });
    expect(seen.data!.topic.officialAnswer).toEqual({ id: official.id, voice: 'BRAND', author: null });
    expect(seen.data!.topic.answered).toBe(true);
    const brandLast = await topic(member, questions, { kind: 'QUESTION', title: 'Brand has the last word' });
    await reply(manager, brandLast.id, 'Official words.', { asBrand: true });
    const lastAsMember = await member.client.send<{ topic: { lastPoster: null } }>(`query ($t: ID!) { topic(id: $t) { lastPoster { handle } } }`, { t: brandLast.id });
    expect(lastAsMember.data!.topic.lastPoster).toBeNull();
    const staffView = await moderator.client.send<{ topic: { officialAnswer: { author: { handle: string } } } }>(TOPIC, { id: q.id });
    expect(staffView.data!.topic.officialAnswer.author.handle).toBe(manager.handle);
    const posts = await member.client.send<{ posts: { edges: Array<{ node: { id: string; voice: string } }> } }>(POSTS, { id: q.id });
    expect(posts.data!.posts.edges.find((e) => e.node.id === team.id)?.node.voice).toBe('TEAM');
    const notes = await member.client.send<{ notifications: { edges: Array<{ node: { kind: string; postId: string } }> } }>(`{ notifications(first: 20) { edges { node { kind postId } } } }`);
    expect(notes.data!.notifications.edges.some((e) => e.node.kind === 'OFFICIAL_REPLY' && e.node.postId === official.id)).toBe(true);
  });
});

describe('visibility', () => {
  it('hides a staff-only category and everything in it from members and guests', async () => {
    const admin = new GqlClient(t.url);
    await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
    const created = await admin.send<{ createCategory: { id: string; slug: string } }>(
      `mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id slug } }`,
      { i: { name: 'Staff room', slug: `staff-${Date.now()}`, readRoles: ['MODERATOR', 'COMMUNITY_MANAGER'], postRoles: ['MODERATOR'] } },
    );
    const hidden = created.data!.createCategory;
    const secret = await topic(moderator, hidden.id, { title: 'Secret zebra plans', body: 'zebra zebra' });
    for (const viewer of [member.client, new GqlClient(t.url)]) {
      const cats = await viewer.send<{ categories: Array<{ slug: string }> }>(`{ categories { slug } }`);
      expect(cats.data!.categories.map((c) => c.slug)).not.toContain(hidden.slug);
      expect(codeOf(await viewer.send(`query ($s: String!) { category(slug: $s) { id } }`, { s: hidden.slug }))).toBe('NOT_FOUND');
      expect(codeOf(await viewer.send(TOPIC, { id: secret.id }))).toBe('NOT_FOUND');
      expect(codeOf(await viewer.send(POSTS, { id: secret.id }))).toBe('NOT_FOUND');
      const found = await viewer.send<{ search: { edges: unknown[] } }>(`{ search(query: "zebra") { edges { cursor } } }`);
      expect(found.data!.search.edges).toHaveLength(0);
    }
    const staffSearch = await moderator.client.send<{ search: { edges: unknown[] } }>(`{ search(query: "zebra") { edges { cursor } } }`);
    expect(staffSearch.data!.search.edges.length).toBeGreaterThan(0);
    const denied = await member.client.send(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, { i: { name: 'Mine', slug: 'mine-x' } });
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });
});
