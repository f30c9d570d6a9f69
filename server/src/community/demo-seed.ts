import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Role } from '@townsquare/shared';
import { hashPassword } from '../accounts/passwords.js';
import { UserEntity } from '../accounts/user.entity.js';
import type { AppConfig } from '../config/config.js';
import { renderMarkdown } from '@townsquare/markdown';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { CategoryEntity } from '../categories/category.entity.js';
import { CommunityEntity } from './community.entity.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

const STAFF_ONLY = ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'] as const;
const EVERYONE = ['GUEST', 'MEMBER', ...STAFF_ONLY] as const;
const MEMBERS = ['MEMBER', ...STAFF_ONLY] as const;

export const DEMO_CATEGORIES = [
  { slug: 'announcements', name: 'Announcements', color: '#dc2626', description: 'News from the Northwind team.', postRoles: [...STAFF_ONLY] },
  { slug: 'questions', name: 'Questions & Answers', color: '#2563eb', description: 'Ask the community and the team; mark the answer that helped.' },
  { slug: 'ideas', name: 'Ideas', color: '#16a34a', description: 'Suggest improvements and vote on what we build next.' },
  { slug: 'events', name: 'Events', color: '#9333ea', description: 'Meetups, webinars and contests.' },
  { slug: 'off-topic', name: 'Off-topic', color: '#64748b', description: 'Everything else, kindly.' },
];

const WELCOME = `Welcome to the Northwind Community!

This is the place to ask questions, share ideas and meet other Northwind customers. A few tips:

- Search before you ask: someone may have answered already.
- Mark the reply that solved your question as the answer.
- Be kind. The community guidelines apply to everyone.`;

/**
 * Seeds a demo brand community into an empty database: the community, its categories, an admin
 * and a welcome topic, in one transaction. Does nothing when the community exists.
 */
export async function seedDemoCommunity(dataSource: DataSource, config: AppConfig, logger: Logger): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (await manager.existsBy(CommunityEntity, { id: 1 })) return false;
    await manager.insert(CommunityEntity, {
      id: 1,
      name: 'Northwind Community',
      description: 'Where Northwind customers help each other, share ideas and hear first from the team.',
      brandName: 'Northwind',
    });
    const categories = await manager.save(
      DEMO_CATEGORIES.map((c, position) =>
        manager.create(CategoryEntity, { readRoles: [...EVERYONE], postRoles: [...MEMBERS], ...c, position }),
      ),
    );
    const generated = !config.adminPassword;
    const password = config.adminPassword ?? randomBytes(12).toString('base64url');
    const admin = await manager.save(
      manager.create(UserEntity, {
        handle: 'admin',
        email: config.adminEmail ?? 'admin@example.com',
        displayName: 'Community Admin',
        passwordHash: await hashPassword(password),
        role: Role.ADMIN,
        trustLevel: 'LEADER',
      }),
    );
    const topic = await manager.save(
      manager.create(TopicEntity, {
        categoryId: categories[0]!.id,
        authorId: admin.id,
        title: 'Welcome to the Northwind Community',
        kind: 'ANNOUNCEMENT',
        tags: [],
        replyCount: 0,
        reactionCount: 0,
        postNumberSeq: 1,
        hotScore: 0,
        pinnedGlobally: true,
        pinnedAt: new Date(),
        lastPosterId: admin.id,
        lastPostedAt: new Date(),
        updatedAt: new Date(),
      }),
    );
    const post = await manager.save(
      manager.create(PostEntity, {
        topicId: topic.id,
        postNumber: 1,
        authorId: admin.id,
        body: WELCOME,
        bodyHtml: renderMarkdown(WELCOME).html,
        asBrand: true,
        authorIsStaff: true,
        reactions: {},
      }),
    );
    await manager.update(TopicEntity, { id: topic.id }, { firstPostId: post.id, lastPostId: post.id });
    await CategoriesRepository.setCounts(manager, categories[0]!.id, 1, 1);
    // The Ideas category is an ideas board from the start: ideas there get votes, statuses and the roadmap.
    const ideas = categories.find((c) => c.slug === 'ideas');
    if (ideas) await manager.query(`INSERT INTO idea_boards (category_id, created_by) VALUES ($1, $2)`, [ideas.id, admin.id]);
    logger.info({ categories: categories.length, admin: admin.handle }, 'seeded the demo community');
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
