import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { person, reply } from '../testing/forum-helpers.js';
import { scratchDatabase } from '../testing/scratch.js';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { SEED_TEXTS } from './demo-seed.js';

/**
 * A community started with COMMUNITY_LANGUAGE=ru on an empty database of its own (the run's shared
 * database was seeded in English long ago): the seed speaks Russian, and its introductions topic
 * takes a new member's first reply with the trust-level limits on.
 */
let t: TestApp;
let db: Awaited<ReturnType<typeof scratchDatabase>>;

beforeAll(async () => {
  db = await scratchDatabase('seed_ru');
  t = await startTestApp({ databaseUrl: db.url, env: { COMMUNITY_LANGUAGE: 'ru', TRUST_LIMITS: 'on' } });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

type Topics = { topics: { edges: Array<{ node: { id: string; title: string; kind: string; pinned: boolean; pinnedGlobally: boolean; locked: boolean; category: { slug: string }; firstPost: { bodyHtml: string } } }> } };
const TOPICS = `{ topics(first: 10) { edges { node { id title kind pinned pinnedGlobally locked category { slug } firstPost { bodyHtml } } } } }`;

describe('the demo community in Russian', () => {
  it('names the community, its categories and its first topics in Russian', async () => {
    const guest = new GqlClient(t.url);
    const res = await guest.send<{ community: { name: string; description: string }; categories: Array<{ slug: string; name: string }> }>(
      `{ community { name description } categories { slug name } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.name).toBe('Сообщество Northwind');
    expect(res.data!.categories.map((c) => [c.slug, c.name])).toEqual([
      ['announcements', 'Объявления'],
      ['questions', 'Вопросы и ответы'],
      ['ideas', 'Идеи'],
      ['events', 'Мероприятия'],
      ['off-topic', 'Обо всём'],
    ]);
    const topics = await guest.send<Topics>(TOPICS);
    const byTitle = new Map(topics.data!.topics.edges.map((e) => [e.node.title, e.node]));
    expect([...byTitle.keys()].sort()).toEqual(['Добро пожаловать в сообщество Northwind', 'Расскажите о себе'].sort());
    expect(byTitle.get('Добро пожаловать в сообщество Northwind')).toMatchObject({ kind: 'ANNOUNCEMENT', pinnedGlobally: true, category: { slug: 'announcements' } });
    expect(byTitle.get('Добро пожаловать в сообщество Northwind')!.firstPost.bodyHtml).toContain('Прежде чем спросить');
    expect(byTitle.get('Расскажите о себе')).toMatchObject({ kind: 'DISCUSSION', pinned: true, locked: false, category: { slug: 'off-topic' } });
    expect(byTitle.get('Расскажите о себе')!.firstPost.bodyHtml).toContain('Поздоровайтесь');
    // Not one English sentence of the seed slipped through.
    expect(JSON.stringify(topics.data)).not.toContain(SEED_TEXTS.en.introductions.title);
  });

  it('lets a new member reply to the introductions topic', async () => {
    const newcomer = await person(t);
    const topics = await newcomer.client.send<Topics>(TOPICS);
    const intro = topics.data!.topics.edges.find((e) => e.node.title === 'Расскажите о себе')!.node;
    const answer = await reply(newcomer, intro.id, 'Привет! Я Аня из Казани, пользуюсь Northwind каждый день.');
    expect(answer.postNumber).toBe(2);
    const posts = await newcomer.client.send<{ posts: { edges: Array<{ node: { postNumber: number; bodyHtml: string } }> } }>(
      `query ($id: ID!) { posts(topicId: $id) { edges { node { postNumber bodyHtml } } } }`,
      { id: intro.id },
    );
    expect(posts.data!.posts.edges.map((e) => e.node.postNumber)).toEqual([1, 2]);
    expect(posts.data!.posts.edges[1]!.node.bodyHtml).toContain('Привет! Я Аня из Казани');
  });
});
