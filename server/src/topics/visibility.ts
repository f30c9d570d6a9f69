import { Permission, roleHasPermission } from '@townsquare/shared';
import type { AccessRole, CategoryEntity } from '../categories/category.entity.js';
import type { ModerationScope } from '../categories/moderation-scope.service.js';
import type { AuthUser } from '../common/request-context.js';
import type { PostEntity } from './post.entity.js';
import type { TopicEntity } from './topic.entity.js';

/**
 * Who may read what, as small pure predicates. Everything that decides whether a person sees a
 * topic or a post (a GraphQL read, a live event, a notification) comes through here, so the rule
 * is written once.
 */

/** The fields of a topic that decide who sees it. */
export type TopicVisibility = Pick<TopicEntity, 'id' | 'categoryId' | 'authorId' | 'hiddenAt' | 'deletedAt'>;
/** The fields of a post that decide who sees it. */
export type PostVisibility = Pick<PostEntity, 'authorId' | 'hiddenAt' | 'deletedAt' | 'approval'>;

export function isModerator(user: AuthUser | null): boolean {
  return !!user && roleHasPermission(user.role, Permission.ContentModerate);
}

export function covers(scope: ModerationScope, categoryId: string): boolean {
  return scope.kind === 'ALL' || (scope.kind === 'CATEGORIES' && scope.categoryIds.has(categoryId));
}

/** Whether the category's read roles include the person's role (those who may read all categories: every one). */
export function canReadCategory(user: AuthUser | null, category: Pick<CategoryEntity, 'readRoles'>): boolean {
  if (user && roleHasPermission(user.role, Permission.CategoryReadAll)) return true;
  return category.readRoles.includes((user ? user.role : 'GUEST') as AccessRole);
}

/** Whether everyone who may read the topic sees the post: not deleted, hidden or held for approval. */
export function isPublicPost(post: PostVisibility): boolean {
  return !post.deletedAt && !post.hiddenAt && post.approval === 'APPROVED';
}

/**
 * Those who moderate the post's category see everything in it; an author also sees their own
 * hidden or held (not deleted) posts.
 */
export function canSeePost(user: AuthUser | null, post: PostVisibility, moderates: boolean): boolean {
  if (isPublicPost(post) || moderates) return true;
  return !post.deletedAt && !!user && post.authorId === user.id;
}

export function canSeeTopic(user: AuthUser | null, topic: TopicVisibility, moderates: boolean): boolean {
  if (moderates) return true;
  if (topic.deletedAt) return false;
  return !topic.hiddenAt || (!!user && topic.authorId === user.id);
}

/** The whole rule for one reader: the category is readable, the topic and (when given) the post visible. */
export function mayRead(
  user: AuthUser | null,
  scope: ModerationScope,
  category: Pick<CategoryEntity, 'id' | 'readRoles'> | null,
  topic: TopicVisibility,
  post: PostVisibility | null = null,
): boolean {
  if (!category || category.id !== topic.categoryId || !canReadCategory(user, category)) return false;
  const moderates = isModerator(user) && covers(scope, topic.categoryId);
  return canSeeTopic(user, topic, moderates) && (!post || canSeePost(user, post, moderates));
}
