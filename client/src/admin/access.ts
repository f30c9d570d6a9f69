import { Permission, Role as SharedRole, roleHasPermission } from '@townsquare/shared';
import type { Role } from './generated/graphql';

/** The screens of the staff panel, in the order the navigation lists them. */
export const ADMIN_SCREENS = [
  'dashboard',
  'kpis',
  'queue',
  'inbox',
  'review',
  'join-requests',
  'members',
  'invitations',
  'guidelines',
  'watched-words',
  'categories',
  'feedback',
  'trust',
  'audit',
] as const;

export type AdminScreen = (typeof ADMIN_SCREENS)[number];

/**
 * The permission each screen needs. The server checks every operation again; this only keeps
 * people from being shown screens their role cannot use.
 */
export const SCREEN_PERMISSION: Readonly<Record<AdminScreen, Permission>> = {
  dashboard: Permission.StaffAreaAccess,
  kpis: Permission.KpiRead,
  queue: Permission.QueueModerate,
  inbox: Permission.InboxWork,
  review: Permission.ReviewFeed,
  'join-requests': Permission.QueueModerate,
  members: Permission.MemberModerate,
  invitations: Permission.MembershipManage,
  guidelines: Permission.GuidelinesManage,
  'watched-words': Permission.WatchedWordsManage,
  categories: Permission.CategoryManage,
  feedback: Permission.FeedbackManage,
  trust: Permission.SettingsManage,
  audit: Permission.AuditRead,
};

/** Whether a role holds a permission (the API's role names are the shared enum's keys). */
export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && roleHasPermission(SharedRole[role], permission);
}

/**
 * Screens a moderator limited to some categories does not get: what they handle is not tied to a
 * category (join requests), so only moderators of the whole community use them.
 */
export const CLOSED_TO_SCOPED_MODERATORS: ReadonlySet<AdminScreen> = new Set<AdminScreen>(['join-requests']);

/**
 * Whether someone can use a screen. `scoped`: they are a moderator limited to some categories
 * (left out, the role alone decides). Only moderators can be scoped; other roles ignore it.
 */
export function canOpen(role: Role | null | undefined, screen: AdminScreen, scoped = false): boolean {
  if (!roleCan(role, SCREEN_PERMISSION[screen])) return false;
  return !(scoped && role === 'MODERATOR' && CLOSED_TO_SCOPED_MODERATORS.has(screen));
}

export { Permission };
