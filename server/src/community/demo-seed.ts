import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Role, type TopicKindName } from '@townsquare/shared';
import { hashPassword } from '../accounts/passwords.js';
import { UserEntity } from '../accounts/user.entity.js';
import type { AppConfig, CommunityLanguage } from '../config/config.js';
import { renderMarkdown } from '@townsquare/markdown';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { CategoryEntity, type AccessRole } from '../categories/category.entity.js';
import { CommunityEntity } from './community.entity.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

const STAFF_ONLY = ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] as const;
const EVERYONE = ['GUEST', 'MEMBER', ...STAFF_ONLY] as const;
const MEMBERS = ['MEMBER', ...STAFF_ONLY] as const;

/** The demo community's texts in each language it can start in (COMMUNITY_LANGUAGE). */
interface SeedTexts {
  community: { name: string; description: string; brandName: string };
  categories: Record<DemoSlug, { name: string; description: string }>;
  adminName: string;
  welcome: { title: string; body: string };
  introductions: { title: string; body: string };
}

type DemoSlug = 'announcements' | 'questions' | 'ideas' | 'events' | 'off-topic';

/** Slugs (the URLs) are the same in every language; names and descriptions follow it. */
const CATEGORY_SHAPE: Array<{ slug: DemoSlug; color: string; postRoles?: AccessRole[] }> = [
  { slug: 'announcements', color: '#dc2626', postRoles: [...STAFF_ONLY] },
  { slug: 'questions', color: '#2563eb' },
  { slug: 'ideas', color: '#16a34a' },
  { slug: 'events', color: '#9333ea' },
  { slug: 'off-topic', color: '#64748b' },
];

/** Where the introductions topic goes: a category every member may post in. */
const INTRODUCTIONS_CATEGORY: DemoSlug = 'off-topic';

export const SEED_TEXTS: Record<CommunityLanguage, SeedTexts> = {
  en: {
    community: {
      name: 'Northwind Community',
      description: 'Where Northwind customers help each other, share ideas and hear first from the team.',
      brandName: 'Northwind',
    },
    categories: {
      announcements: { name: 'Announcements', description: 'News from the Northwind team.' },
      questions: { name: 'Questions & Answers', description: 'Ask the community and the team; mark the answer that helped.' },
      ideas: { name: 'Ideas', description: 'Suggest improvements and vote on what we build next.' },
      events: { name: 'Events', description: 'Meetups, webinars and contests.' },
      'off-topic': { name: 'Off-topic', description: 'Everything else, kindly.' },
    },
    adminName: 'Community Admin',
    welcome: {
      title: 'Welcome to the Northwind Community',
      body: `Welcome to the Northwind Community!

This is the place to ask questions, share ideas and meet other Northwind customers. A few tips:

- Search before you ask: someone may have answered already.
- Mark the reply that solved your question as the answer.
- Be kind. The community guidelines apply to everyone.`,
    },
    introductions: {
      title: 'Introduce yourself',
      body: `New here? Say hello! Reply to this topic and tell us a little about yourself:

- who you are and where you are from,
- how you use Northwind products,
- what you hope to find or share in this community.

Your first reply is a great way to meet the team and other members.`,
    },
  },
  ru: {
    community: {
      name: 'Сообщество Northwind',
      description: 'Здесь клиенты Northwind помогают друг другу, делятся идеями и первыми узнают новости команды.',
      brandName: 'Northwind',
    },
    categories: {
      announcements: { name: 'Объявления', description: 'Новости от команды Northwind.' },
      questions: { name: 'Вопросы и ответы', description: 'Спросите сообщество и команду; отметьте ответ, который помог.' },
      ideas: { name: 'Идеи', description: 'Предлагайте улучшения и голосуйте за то, что мы сделаем дальше.' },
      events: { name: 'Мероприятия', description: 'Встречи, вебинары и конкурсы.' },
      'off-topic': { name: 'Обо всём', description: 'Всё остальное — доброжелательно.' },
    },
    adminName: 'Администратор сообщества',
    welcome: {
      title: 'Добро пожаловать в сообщество Northwind',
      body: `Добро пожаловать в сообщество Northwind!

Здесь можно задавать вопросы, делиться идеями и знакомиться с другими клиентами Northwind. Несколько советов:

- Прежде чем спросить, воспользуйтесь поиском: возможно, ответ уже есть.
- Отметьте ответ, который решил ваш вопрос.
- Будьте доброжелательны. Правила сообщества действуют для всех.`,
    },
    introductions: {
      title: 'Расскажите о себе',
      body: `Вы здесь впервые? Поздоровайтесь! Ответьте в этой теме и расскажите немного о себе:

- кто вы и откуда,
- как вы пользуетесь продуктами Northwind,
- что хотите найти или чем поделиться в сообществе.

Первый ответ — лучший способ познакомиться с командой и другими участниками.`,
    },
  },
};

/** The demo categories (English names): slugs, colours and who may post. */
export const DEMO_CATEGORIES = CATEGORY_SHAPE.map((c) => ({ ...c, ...SEED_TEXTS.en.categories[c.slug] }));

/**
 * Seeds a demo brand community into an empty database, in the community's language: the community,
 * its categories, an admin, a welcome topic and an introductions topic, in one transaction. Does nothing when the community exists.
 */
export async function seedDemoCommunity(dataSource: DataSource, config: AppConfig, logger: Logger): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (await manager.existsBy(CommunityEntity, { id: 1 })) return false;
    const texts = SEED_TEXTS[config.communityLanguage];
    await manager.insert(CommunityEntity, { id: 1, ...texts.community });
    const categories = await manager.save(
      CATEGORY_SHAPE.map((c, position) =>
        manager.create(CategoryEntity, { readRoles: [...EVERYONE], postRoles: [...MEMBERS], ...c, ...texts.categories[c.slug], position }),
      ),
    );
    const generated = !config.adminPassword;
    const password = config.adminPassword ?? randomBytes(12).toString('base64url');
    const admin = await manager.save(
      manager.create(UserEntity, {
        handle: 'admin',
        email: config.adminEmail ?? 'admin@example.com',
        displayName: texts.adminName,
        passwordHash: await hashPassword(password),
        role: Role.ADMIN,
        trustLevel: 'LEADER',
      }),
    );
    // A welcome pinned everywhere, and an open topic pinned in its category that a newcomer can answer first.
    const byslug = (slug: DemoSlug) => categories.find((c) => c.slug === slug)!;
    const seedTopic = async (category: CategoryEntity, text: { title: string; body: string }, kind: TopicKindName, pinnedGlobally: boolean) => {
      const now = new Date();
      const topic = await manager.save(
        manager.create(TopicEntity, {
          categoryId: category.id,
          authorId: admin.id,
          title: text.title,
          kind,
          tags: [],
          replyCount: 0,
          reactionCount: 0,
          postNumberSeq: 1,
          hotScore: 0,
          pinnedGlobally,
          pinnedAt: now,
          lastPosterId: admin.id,
          lastPostedAt: now,
          updatedAt: now,
        }),
      );
      const post = await manager.save(
        manager.create(PostEntity, {
          topicId: topic.id,
          postNumber: 1,
          authorId: admin.id,
          body: text.body,
          bodyHtml: renderMarkdown(text.body).html,
          asBrand: true,
          authorIsStaff: true,
          reactions: {},
        }),
      );
      await manager.update(TopicEntity, { id: topic.id }, { firstPostId: post.id, lastPostId: post.id });
      await CategoriesRepository.setCounts(manager, category.id, 1, 1);
    };
    await seedTopic(byslug('announcements'), texts.welcome, 'ANNOUNCEMENT', true);
    await seedTopic(byslug(INTRODUCTIONS_CATEGORY), texts.introductions, 'DISCUSSION', false);
    // The Ideas category is an ideas board from the start: ideas there get votes, statuses and the roadmap.
    const ideas = categories.find((c) => c.slug === 'ideas');
    if (ideas) await manager.query(`INSERT INTO idea_boards (category_id, created_by) VALUES ($1, $2)`, [ideas.id, admin.id]);
    logger.info({ categories: categories.length, admin: admin.handle, language: config.communityLanguage }, 'seeded the demo community');
    if (generated) {
      // Deliberately outside the structured log: shown once, never stored in plain text.
      process.stderr.write(
        `\n  ┌────────────────────────────────────────────────────────────┐\n` +
          `  │ Admin account created: ${admin.email} / handle "admin"\n` +
          `  │ Password (shown once): ${password}\n` +
          `  │ Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.\n` +
          `  └────────────────────────────────────────────────────────────┘\n\n`,
      );
    }
    return true;
  });
}
