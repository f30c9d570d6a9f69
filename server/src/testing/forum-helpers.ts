import { DataSource } from 'typeorm';
import { GqlClient, uniqueHandle, type TestApp } from './test-app.js';

export interface Person {
  client: GqlClient;
  id: string;
  handle: string;
  cookie: string;
}

/** Signs up a new person (optionally promoted to a role) with their own cookie jar. */
export async function person(t: TestApp, role?: 'MODERATOR' | 'COMMUNITY_MANAGER' | 'ADMIN', prefix = 'p'): Promise<Person> {
  const client = new GqlClient(t.url, `203.0.113.${Math.floor(Math.random() * 250) + 1}`);
  const handle = uniqueHandle(prefix);
  const res = await client.send<{ signUp: { user: { id: string } } }>(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
    i: { email: `${handle}@example.com`, handle, displayName: `Person ${handle}`, password: 'forum-test-password' },
  });
  if (!res.data) throw new Error(`sign up failed: ${JSON.stringify(res.errors)}`);
  if (role) await t.app.get(DataSource).query(`UPDATE users SET role = $1, trust_level = 'LEADER' WHERE id = $2`, [role, res.data.signUp.user.id]);
  return { client, id: res.data.signUp.user.id, handle, cookie: client.cookieHeader(t.url) };
}

export async function categoryId(client: GqlClient, slug: string): Promise<string> {
  const res = await client.send<{ category: { id: string } }>(`query ($s: String!) { category(slug: $s) { id } }`, { s: slug });
  if (!res.data) throw new Error(`no category ${slug}: ${JSON.stringify(res.errors)}`);
  return res.data.category.id;
}

export const CREATE_TOPIC = `mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id title kind tags replyCount firstPost { id bodyHtml } } }`;
export const CREATE_POST = `mutation ($i: CreatePostInput!) { createPost(input: $i) { id postNumber bodyHtml voice replyToPostId } }`;

export async function topic(
  p: Person,
  category: string,
  overrides: Partial<{ title: string; body: string; kind: string; tags: string[]; asBrand: boolean }> = {},
): Promise<{ id: string; firstPostId: string }> {
  const res = await p.client.send<{ createTopic: { id: string; firstPost: { id: string } } }>(CREATE_TOPIC, {
    i: { categoryId: category, title: 'A topic about widgets', body: 'What do you think about widgets?', ...overrides },
  });
  if (!res.data) throw new Error(`createTopic failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.createTopic.id, firstPostId: res.data.createTopic.firstPost.id };
}

export async function reply(p: Person, topicId: string, body = 'A reply with some thoughts.', extra: Record<string, unknown> = {}): Promise<{ id: string; postNumber: number }> {
  const res = await p.client.send<{ createPost: { id: string; postNumber: number } }>(CREATE_POST, { i: { topicId, body, ...extra } });
  if (!res.data) throw new Error(`createPost failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPost;
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}
