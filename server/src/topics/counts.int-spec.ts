import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';

/*
 * The count matrix. Every count, total and aggregate that a guest, a member and a moderator can
 * reach is recorded, staff then act where those people cannot read, and every figure is recorded
 * again: none may move. The admin, who reads everywhere, records the same figures and must see
 * them move, so the matrix cannot pass by counting nothing.
 */

/** Figures by what a person would read on the page, e.g. 'category "x" says N topics'. */
type Figures = Record<string, number | null>;

/** What the figures are about: the tags, search words, people and topics of one case. */
interface Scope {
  tags: string[];
  words: string[];
  handles: string[];
  topicIds: string[];
}

let t: TestApp;
let admin: GqlClient;
let guest: GqlClient;
/** A member reading public categories, with something read and something unread. */
let member: Person;
/** A member who writes the public topics. */
let author: Person;
/** Staff, but not allowed to read the vault. */
let moderator: Person;
/** Reads and writes in the vault with the admin. */
let manager: Person;
let lobby: { id: string; slug: string };
let vault: { id: string; slug: string };

const CACHE_REFRESH_MS = 2100; // categories (with their counters) are cached for two seconds

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const suffix = () => Math.random().toString(36).slice(2, 8);

async function data<T>(client: GqlClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await client.send<T>(query, variables);
  if (!res.data) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function signInAdmin(): Promise<GqlClient> {
  const client = new GqlClient(t.url);
  await data(client, `mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  return client;
}

async function createCategory(name: string, readRoles?: string[]): Promise<{ id: string; slug: string }> {
  const slug = `${name.toLowerCase()}-${suffix()}`;
  const i: Record<string, unknown> = { name, slug };
  if (readRoles) Object.assign(i, { readRoles, postRoles: readRoles.filter((r) => r !== 'GUEST') });
  const res = await data<{ createCategory: { id: string; slug: string } }>(admin, `mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id slug } }`, { i });
  return res.createCategory;
}

async function createTag(prefix: string): Promise<string> {
  const name = `${prefix}-${suffix()}`;
  await data(admin, `mutation ($n: String!) { createTag(name: $n) { name } }`, { n: name });
  return name;
}

const adminAsPerson = (client: GqlClient): Person => ({ client, id: '', handle: 'admin', cookie: '' });

async function react(p: GqlClient, postId: string, reaction = 'LIKE'): Promise<void> {
  await data(p, `mutation ($p: ID!, $r: Reaction!) { react(postId: $p, reaction: $r) { id } }`, { p: postId, r: reaction });
}

type Page = { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** How many items a paged list holds, walking it to the end as a client scrolling through would. */
async function walk(client: GqlClient, field: string, query: string, variables: Record<string, unknown>): Promise<number | null> {
  let count = 0;
  let after: string | null = null;
  for (let page = 0; page < 40; page++) {
    const res: { data: Record<string, Page> | null; errors?: unknown } = await client.send<Record<string, Page>>(query, { ...variables, after });
    if (!res.data) return null; // refused (e.g. a guest asking for NEW): recorded as "no figure"
    count += res.data[field]!.edges.length;
    if (!res.data[field]!.pageInfo.hasNextPage) return count;
    after = res.data[field]!.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end within 40 pages`);
}

const TOPICS = `query ($c: ID, $s: TopicSort, $f: TopicFilter, $tag: String, $h: String, $after: String) {
  topics(categoryId: $c, sort: $s, filter: $f, tag: $tag, authorHandle: $h, first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const SEARCH = `query ($q: String!, $tag: String, $after: String) {
  search(query: $q, tag: $tag, first: 50, after: $after) { edges { node { post { id } } } pageInfo { hasNextPage endCursor } } }`;
const QUEUE = `query ($after: String) { moderationQueue(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const MEMBER_FLAGS = `query ($u: ID!, $d: FlagDirection, $after: String) { memberFlags(userId: $u, direction: $d, first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const USER_POSTS = `query ($h: String!, $after: String) { userPosts(handle: $h, first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/** Every count the viewer can reach about the scope, keyed by what they would read on the page. */
async function figures(viewer: GqlClient, scope: Scope, options: { signedIn: boolean; staff: boolean }): Promise<Figures> {
  const f: Figures = {};
  for (const tag of scope.tags) {
    const { tags } = await data<{ tags: Array<{ name: string; topicCount: number }> }>(viewer, `query ($p: String!) { tags(prefix: $p) { name topicCount } }`, { p: tag });
    f[`the tag suggestion "${tag}" says N topics`] = tags.find((x) => x.name === tag)?.topicCount ?? null;
    f[`the tag page "${tag}" lists N topics`] = await walk(viewer, 'topics', TOPICS, { tag });
  }

  const { categories } = await data<{ categories: Array<{ slug: string; topicCount: number; postCount: number; unreadCount: number | null; newCount: number | null }> }>(
    viewer,
    `{ categories { slug topicCount postCount unreadCount newCount } }`,
  );
  f['the home page lists N categories'] = categories.length;
  for (const c of categories) {
    f[`the home page says category "${c.slug}" has N topics`] = c.topicCount;
    f[`the home page says category "${c.slug}" has N posts`] = c.postCount;
    f[`the home page says category "${c.slug}" has N unread topics`] = c.unreadCount;
    f[`the home page says category "${c.slug}" has N new topics`] = c.newCount;
  }
  for (const slug of [lobby.slug, vault.slug]) {
    const res = await viewer.send<{ category: { topicCount: number; postCount: number; unreadCount: number | null; newCount: number | null } }>(
      `query ($s: String!) { category(slug: $s) { topicCount postCount unreadCount newCount } }`,
      { s: slug },
    );
    const c = res.data?.category ?? null;
    f[`the category page "${slug}" says N topics`] = c?.topicCount ?? null;
    f[`the category page "${slug}" says N posts`] = c?.postCount ?? null;
    f[`the category page "${slug}" says N unread`] = c?.unreadCount ?? null;
    f[`the category page "${slug}" says N new`] = c?.newCount ?? null;
  }

  for (const sort of ['LATEST', 'NEW', 'HOT', 'TOP', 'UNANSWERED']) {
    f[`the lobby's ${sort} list shows N topics`] = await walk(viewer, 'topics', TOPICS, { c: lobby.id, s: sort });
  }
  if (options.signedIn) {
    for (const filter of ['NEW', 'UNREAD']) {
      f[`the ${filter} list shows N topics`] = await walk(viewer, 'topics', TOPICS, { f: filter });
      f[`the lobby's ${filter} list shows N topics`] = await walk(viewer, 'topics', TOPICS, { c: lobby.id, f: filter });
    }
  }

  for (const word of scope.words) {
    f[`a search for "${word}" finds N posts`] = await walk(viewer, 'search', SEARCH, { q: word });
    for (const tag of scope.tags) f[`a search for "${word}" tagged "${tag}" finds N posts`] = await walk(viewer, 'search', SEARCH, { q: word, tag });
  }

  for (const handle of scope.handles) {
    f[`${handle}'s profile lists N posts`] = await walk(viewer, 'userPosts', USER_POSTS, { h: handle });
    f[`${handle}'s topic list shows N topics`] = await walk(viewer, 'topics', TOPICS, { h: handle });
    if (options.staff) {
      const { user } = await data<{ user: { id: string; standing: { postCount: number; flagsReceived: number; flagsReceivedAgreed: number; flagsGiven: number } | null } | null }>(
        viewer,
        `query ($h: String!) { user(handle: $h) { id standing { postCount flagsReceived flagsReceivedAgreed flagsGiven } } }`,
        { h: handle },
      );
      f[`${handle}'s staff record says N posts`] = user?.standing?.postCount ?? null;
      f[`${handle}'s staff record says N flags received`] = user?.standing?.flagsReceived ?? null;
      f[`${handle}'s staff record says N flags given`] = user?.standing?.flagsGiven ?? null;
      for (const direction of ['RECEIVED', 'GIVEN']) {
        f[`${handle}'s staff record lists N flags ${direction.toLowerCase()}`] = user ? await walk(viewer, 'memberFlags', MEMBER_FLAGS, { u: user.id, d: direction }) : null;
      }
    }
  }

  for (const id of scope.topicIds) {
    const res = await viewer.send<{ topic: { replyCount: number; reactionCount: number; unreadCount: number | null } }>(
      `query ($id: ID!) { topic(id: $id) { replyCount reactionCount unreadCount } }`,
      { id },
    );
    const shown = res.data?.topic ?? null;
    if (!shown) expect(codeOf(res)).toBe('NOT_FOUND');
    f[`topic ${id} says N replies`] = shown?.replyCount ?? null;
    f[`topic ${id} says N reactions`] = shown?.reactionCount ?? null;
    f[`topic ${id} says N unread posts`] = shown?.unreadCount ?? null;
  }

  if (options.staff) {
    const { staffOverview } = await data<{ staffOverview: { categoryCount: number } }>(viewer, `{ staffOverview { categoryCount } }`);
    f['the staff front page says N categories'] = staffOverview.categoryCount;
    const { moderationSummary } = await data<{ moderationSummary: { openCount: number } }>(viewer, `{ moderationSummary { openCount } }`);
    f['the moderation queue says N items wait'] = moderationSummary.openCount;
    f['the moderation queue lists N items'] = await walk(viewer, 'moderationQueue', QUEUE, {});
  }
  return f;
}

/** The figures that differ (a figure not shown at all counts as null). */
const movedKeys = (before: Figures, after: Figures) => Object.keys({ ...before, ...after }).filter((k) => (before[k] ?? null) !== (after[k] ?? null));

/** The figures that moved, each as the viewer would notice it. */
function moved(before: Figures, after: Figures): string[] {
  return movedKeys(before, after).map((k) => `${k}: ${before[k] ?? 'nothing'} → ${after[k] ?? 'nothing'}`);
}

interface Viewer {
  who: string;
  client: () => GqlClient;
  signedIn: boolean;
  staff: boolean;
}

const VIEWERS: Viewer[] = [
  { who: 'a guest', client: () => guest, signedIn: false, staff: false },
  { who: 'a member', client: () => member.client, signedIn: true, staff: false },
  { who: 'a moderator who may not read the vault', client: () => moderator.client, signedIn: true, staff: true },
];

/** The people who read but do not moderate: the guest and the member. */
const READERS = VIEWERS.slice(0, 2);

/** The readers' figures, once the categories' cache has caught up with the last change. */
async function readersSee(scope: Scope): Promise<Map<string, Figures>> {
  await sleep(CACHE_REFRESH_MS);
  const out = new Map<string, Figures>();
  for (const v of READERS) out.set(v.who, await figures(v.client(), scope, v));
  return out;
}

async function record(scope: Scope): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  for (const v of VIEWERS) out.set(v.who, await figures(v.client(), scope, v));
  out.set('the admin', await figures(admin, scope, { signedIn: true, staff: true }));
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAdmin();
  guest = new GqlClient(t.url);
  member = await person(t, undefined, 'cmem');
  author = await person(t, undefined, 'cauth');
  moderator = await person(t, 'MODERATOR', 'cmod');
  manager = await person(t, 'COMMUNITY_MANAGER', 'cmgr');
  lobby = await createCategory('Lobby');
  // Staff-only: neither GUEST nor MEMBER nor MODERATOR may read it (ADMIN always may).
  vault = await createCategory('Vault', ['COMMUNITY_MANAGER']);
});
afterAll(async () => {
  await t.close();
});

// Counters are kept by delta on every path (create, reply, hide, show, delete, restore, move, remove a
// member): after each case they must equal a count from the rows, or some reader sees a wrong figure.
afterEach(async () => {
  const drift: Array<{ slug: string }> = await t.app.get(DataSource).query(
    `SELECT c.slug FROM categories c
       CROSS JOIN LATERAL (SELECT coalesce(sum(topic_count), 0) AS topic_count, coalesce(sum(post_count), 0) AS post_count FROM category_counters WHERE category_id = c.id) n
     WHERE c.id = ANY($1::uuid[]) AND (
       n.topic_count <> (SELECT count(*) FROM topics t WHERE t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL)
       OR n.post_count <> (SELECT count(*) FROM topics t JOIN posts p ON p.topic_id = t.id WHERE t.category_id = c.id
            AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'))`,
    [[lobby.id, vault.id]],
  );
  const topics: Array<{ title: string }> = await t.app.get(DataSource).query(
    `SELECT t.title FROM topics t WHERE t.category_id = ANY($1::uuid[]) AND (
       t.reply_count <> (SELECT count(*) FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED')
       OR t.reaction_count <> (SELECT coalesce(sum(v.value::int), 0) FROM posts p, jsonb_each_text(p.reactions) v
            WHERE p.topic_id = t.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'))`,
    [[lobby.id, vault.id]],
  );
  expect({
    categoriesWhoseCountersDrifted: drift.map((d) => d.slug),
    topicsWhoseCountersDrifted: topics.map((d) => d.title),
  }).toEqual({ categoriesWhoseCountersDrifted: [], topicsWhoseCountersDrifted: [] });
});

describe('counts never reveal what the reader cannot read', () => {
  it('a staff-only topic with a tag, replies, reactions and an accepted answer moves no figure a guest, member or moderator sees', async () => {
    const tag = await createTag('cnt');
    const word = `quokka${suffix().replace(/\d/g, 'q')}`;
    // Something public to count: a tagged topic the member has read, then a reply they have not.
    const open = await topic(author, lobby.id, { title: 'A public quokka topic', body: `All about the ${word}.`, tags: [tag], kind: 'QUESTION' });
    await data(member.client, `mutation ($t: ID!) { markTopicRead(topicId: $t) }`, { t: open.id });
    const answer = await reply(author, open.id, `A public answer on the ${word}.`);
    await react(member.client, answer.id);
    const scope: Scope = { tags: [tag], words: [word], handles: ['admin', manager.handle, author.handle], topicIds: [open.id] };

    await sleep(CACHE_REFRESH_MS);
    const before = await record(scope);
    expect(before.get('a guest')![`the tag suggestion "${tag}" says N topics`]).toBe(1);
    expect(before.get('a member')![`the home page says category "${lobby.slug}" has N unread topics`]).toBe(1);

    const staffAdmin = adminAsPerson(admin);
    const secret = await topic(staffAdmin, vault.id, { title: 'A staff-only quokka question', body: `Staff talk about the ${word}.`, tags: [tag], kind: 'QUESTION' });
    const staffAnswer = await reply(manager, secret.id, `The staff answer on the ${word}.`);
    await reply(staffAdmin, secret.id, `Thanks, noted about the ${word}.`);
    await react(manager.client, secret.firstPostId);
    await react(admin, staffAnswer.id, 'THANKS');
    await data(admin, `mutation ($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: staffAnswer.id });
    const flagged = await data<{ flag: { itemId: string } }>(manager.client, `mutation ($t: ID!) { flag(input: { targetType: TOPIC, targetId: $t, reason: OFF_TOPIC }) { itemId } }`, {
      t: secret.id,
    });
    // Nor can a moderator kept out of the vault act on its queue item by id: for them it does not exist.
    const refused = await moderator.client.send(`mutation ($i: ResolveFlagsInput!) { resolveFlags(input: $i) { __typename } }`, {
      i: { itemId: flagged.flag.itemId, decision: 'DISAGREE' },
    });
    expect(codeOf(refused)).toBe('NOT_FOUND');
    await sleep(CACHE_REFRESH_MS);
    const after = await record(scope);

    for (const v of VIEWERS) {
      // Each entry is a figure this person would see change because of a topic they cannot open.
      expect({ who: v.who, noticed: moved(before.get(v.who)!, after.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });
    }
    // The admin reads the vault: the same figures move for them, so the ones above were really counted.
    expect(movedKeys(before.get('the admin')!, after.get('the admin')!)).toEqual(
      expect.arrayContaining([
        `the tag suggestion "${tag}" says N topics`,
        `the tag page "${tag}" lists N topics`,
        `the home page says category "${vault.slug}" has N topics`,
        `the home page says category "${vault.slug}" has N posts`,
        `the category page "${vault.slug}" says N topics`,
        `a search for "${word}" finds N posts`,
        `a search for "${word}" tagged "${tag}" finds N posts`,
        `${manager.handle}'s profile lists N posts`,
        `${manager.handle}'s staff record says N posts`,
        `admin's profile lists N posts`,
        `admin's topic list shows N topics`,
        `admin's staff record says N posts`,
        `admin's staff record says N flags received`,
        `admin's staff record lists N flags received`,
        `${manager.handle}'s staff record says N flags given`,
        `${manager.handle}'s staff record lists N flags given`,
        'the moderation queue says N items wait',
        'the moderation queue lists N items',
      ]),
    );
    expect(after.get('the admin')![`the home page says category "${vault.slug}" has N posts`]).toBe(3);
    // The staff front page counts the categories its reader may read: the vault not for the moderator.
    const { categories: all } = await data<{ categories: Array<{ readRoles: string[] }> }>(admin, `{ categories(includeArchived: true) { readRoles } }`);
    expect(after.get('the admin')!['the staff front page says N categories']).toBe(all.length);
    expect(after.get('a moderator who may not read the vault')!['the staff front page says N categories']).toBe(all.filter((c) => c.readRoles.includes('MODERATOR')).length);
  });

  it('a topic moved from a public category to a staff-only one leaves every count as if it were gone', async () => {
    const tag = await createTag('mov');
    const word = `wombat${suffix().replace(/\d/g, 'w')}`;
    const scope: Scope = { tags: [tag], words: [word], handles: [author.handle, manager.handle], topicIds: [] };
    const gone = await readersSee(scope);

    const moving = await topic(author, lobby.id, { title: 'A wombat topic about to move', body: `The ${word} burrows.`, tags: [tag] });
    await reply(manager, moving.id, `A ${word} reply from the team.`);
    await react(member.client, moving.firstPostId);
    scope.topicIds.push(moving.id);
    const present = await readersSee(scope);
    for (const v of READERS) {
      // While public, the topic is counted: the comparison below is not vacuous.
      expect(movedKeys(gone.get(v.who)!, present.get(v.who)!)).toEqual(
        expect.arrayContaining([`the tag suggestion "${tag}" says N topics`, `the home page says category "${lobby.slug}" has N topics`, `a search for "${word}" finds N posts`, `${author.handle}'s profile lists N posts`]),
      );
    }

    await data(admin, `mutation ($t: ID!, $c: ID!) { moveTopic(topicId: $t, categoryId: $c) { id } }`, { t: moving.id, c: vault.id });
    const after = await readersSee(scope);
    for (const v of READERS) expect({ who: v.who, noticed: moved(gone.get(v.who)!, after.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });
  });

  it('a hidden topic or reply counts as gone for readers until staff show it again', async () => {
    const tag = await createTag('hid');
    const word = `numbat${suffix().replace(/\d/g, 'n')}`;
    const kept = await topic(author, lobby.id, { title: 'A numbat topic that stays', body: `The ${word} stays.`, tags: [tag] });
    const scope: Scope = { tags: [tag], words: [word], handles: [author.handle], topicIds: [kept.id] };

    const base = await readersSee(scope);
    const doomed = await reply(author, kept.id, `A ${word} reply about to be hidden.`);
    await react(member.client, doomed.id, 'LOVE');
    const hiding = await topic(author, lobby.id, { title: 'A numbat topic about to hide', body: `The ${word} hides.`, tags: [tag] });
    const shown = await readersSee(scope);
    for (const v of READERS) {
      expect(movedKeys(base.get(v.who)!, shown.get(v.who)!)).toEqual(
        expect.arrayContaining([`the tag suggestion "${tag}" says N topics`, `the home page says category "${lobby.slug}" has N posts`, `topic ${kept.id} says N replies`, `topic ${kept.id} says N reactions`]),
      );
    }

    await data(moderator.client, `mutation ($t: ID!) { hideTopic(topicId: $t, reason: "Off topic") { id } }`, { t: hiding.id });
    await data(moderator.client, `mutation ($p: ID!) { hidePost(postId: $p, reason: "Rude") { id } }`, { p: doomed.id });
    const hidden = await readersSee(scope);
    for (const v of READERS) expect({ who: v.who, noticed: moved(base.get(v.who)!, hidden.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });

    await data(moderator.client, `mutation ($t: ID!) { unhideTopic(topicId: $t) { id } }`, { t: hiding.id });
    await data(moderator.client, `mutation ($p: ID!) { restorePost(postId: $p) { id } }`, { p: doomed.id });
    const back = await readersSee(scope);
    for (const v of READERS) expect({ who: v.who, noticed: moved(shown.get(v.who)!, back.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });
  });

  it('a removed member whose posts are hidden leaves the counts as if those posts were gone, until restored', async () => {
    const leaver = await person(t, undefined, 'cleav');
    const word = `bilby${suffix().replace(/\d/g, 'b')}`;
    const stays = await topic(author, lobby.id, { title: 'A bilby topic that stays', body: `The ${word} stays.` });
    const scope: Scope = { tags: [], words: [word], handles: [leaver.handle], topicIds: [stays.id] };

    const base = await readersSee(scope);
    await topic(leaver, lobby.id, { title: 'A bilby topic by someone leaving', body: `Their ${word} thoughts.` });
    await reply(leaver, stays.id, `A ${word} reply by someone leaving.`);
    const present = await readersSee(scope);
    for (const v of READERS) {
      expect(movedKeys(base.get(v.who)!, present.get(v.who)!)).toEqual(
        expect.arrayContaining([`the home page says category "${lobby.slug}" has N posts`, `topic ${stays.id} says N replies`, `a search for "${word}" finds N posts`]),
      );
    }

    const removed = await admin.send(`mutation ($u: ID!) { removeMember(userId: $u, hideContent: true, reason: "Spam") }`, { u: leaver.id });
    expect(removed.errors).toBeUndefined();
    const after = await readersSee(scope);
    for (const v of READERS) {
      // Removal hides posts, not topics: their topic stays listed (its opening post hidden), so topic
      // counts and lists still show it; every post count, search and profile is as before they wrote.
      const noticed = moved(base.get(v.who)!, after.get(v.who)!).filter((line) => !/N topics|N new/.test(line));
      expect({ who: v.who, noticed }).toEqual({ who: v.who, noticed: [] });
    }

    await data(admin, `mutation ($u: ID!) { restoreMember(userId: $u) }`, { u: leaver.id });
    const back = await readersSee(scope);
    for (const v of READERS) expect({ who: v.who, noticed: moved(present.get(v.who)!, back.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });
  });

  it('a reply or topic held for approval is counted for no reader (nor makes a topic unread) until approved', async () => {
    const held = `heldword${suffix().replace(/\d/g, 'h')}`;
    await data(admin, `mutation ($w: String!) { createWatchedWord(word: $w, action: REQUIRE_APPROVAL) { id } }`, { w: held });
    const tag = await createTag('pend');
    const read = await topic(author, lobby.id, { title: 'A topic everyone has read', body: 'Nothing held here yet.', tags: [tag] });
    await data(member.client, `mutation ($t: ID!) { markTopicRead(topicId: $t) }`, { t: read.id });
    const scope: Scope = { tags: [tag], words: [held], handles: [author.handle], topicIds: [read.id] };
    const base = await readersSee(scope);
    expect(base.get('a member')![`topic ${read.id} says N unread posts`]).toBe(0);

    const heldReply = await reply(author, read.id, `This mentions ${held} and waits for a moderator.`);
    const heldTopic = await topic(author, lobby.id, { title: 'A held topic', body: `This ${held} topic waits too.`, tags: [tag] });
    const waiting = await readersSee(scope);
    for (const v of READERS) expect({ who: v.who, noticed: moved(base.get(v.who)!, waiting.get(v.who)!) }).toEqual({ who: v.who, noticed: [] });

    const db = t.app.get(DataSource);
    for (const target of [heldReply.id, heldTopic.firstPostId]) {
      const [item]: Array<{ id: string }> = await db.query(`SELECT id FROM moderation_items WHERE target_id = $1 AND kind = 'PENDING_POST' AND status = 'OPEN'`, [target]);
      await data(moderator.client, `mutation ($i: ID!) { approvePost(itemId: $i) { status } }`, { i: item!.id });
    }
    const approved = await readersSee(scope);
    // Approved, they count like any other post and topic: the figures above were not blind to them.
    expect(approved.get('a member')![`topic ${read.id} says N unread posts`]).toBe(1);
    expect(movedKeys(base.get('a guest')!, approved.get('a guest')!)).toEqual(
      expect.arrayContaining([
        `the tag suggestion "${tag}" says N topics`,
        `the home page says category "${lobby.slug}" has N topics`,
        `the home page says category "${lobby.slug}" has N posts`,
        `topic ${read.id} says N replies`,
      ]),
    );
    expect(movedKeys(base.get('a member')!, approved.get('a member')!)).toEqual(
      expect.arrayContaining([`the home page says category "${lobby.slug}" has N unread topics`, `the lobby's UNREAD list shows N topics`, `the home page says category "${lobby.slug}" has N new topics`]),
    );
  });
});
