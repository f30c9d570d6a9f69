import type { NavigationGuard, RouteRecordRaw, RouteRecordSingleView } from 'vue-router';
import { useSession } from '../features/accounts/use-session';
import { flash } from '../lib/notices';
import { canOpen, type AdminScreen } from './access';
import { loadAdminMessages } from './i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** The staff screen a route belongs to: picks the navigation entry and the permission it needs. */
    adminScreen?: AdminScreen;
  }
}

/**
 * Lets a staff member into a screen only when their role can use it; others land on the
 * dashboard with a notice. A moderator's category scope is learnt before their first screen (so
 * the screen shows only what the scope allows), and a scoped moderator is kept out of screens
 * that are not tied to a category. Who is not staff at all never gets here: the staff-only guard
 * (`requiresStaff`, inherited from /admin) turns them away first. The server checks again.
 */
function screenGuard(screen: AdminScreen): NavigationGuard {
  return async () => {
    const session = useSession();
    await session.ready();
    if (session.status.value !== 'ready' || !session.isStaff.value) return true;
    const role = session.user.value?.role;
    if (!canOpen(role, screen)) {
      flash({ key: 'admin.notices.notForRole', tone: 'warning', testid: 'admin-role-notice' }, { beforeNavigation: true });
      return { name: 'admin-dashboard' };
    }
    if (role !== 'MODERATOR') return true;
    // With the panel's code, not in the bundle every visitor downloads.
    const { ensureStaffScope, SCOPED_NOTICE } = await import('./shared/use-staff-role');
    if (canOpen(role, screen, await ensureStaffScope())) return true;
    flash(SCOPED_NOTICE, { beforeNavigation: true });
    return { name: 'admin-dashboard' };
  };
}

function screen(path: string, name: string, adminScreen: AdminScreen, component: RouteRecordSingleView['component'], title: string): RouteRecordRaw {
  return { path, name, component, meta: { title, adminScreen }, beforeEnter: screenGuard(adminScreen) };
}

/**
 * The staff panel, loaded on demand (most visitors never open it): a layout with the side
 * navigation and one child route per screen, all behind the staff-only guard.
 */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    component: () => import('./shell/StaffLayout.vue'),
    meta: { requiresStaff: true },
    // Runs after the staff-only guard: only staff download the panel's texts.
    beforeEnter: async () => {
      await loadAdminMessages();
      return true;
    },
    children: [
      screen('', 'admin-dashboard', 'dashboard', () => import('./dashboard/DashboardPage.vue'), 'admin.titles.dashboard'),
      screen('queue', 'admin-queue', 'queue', () => import('./queue/QueuePage.vue'), 'admin.titles.queue'),
      screen('inbox', 'admin-inbox', 'inbox', () => import('./inbox/InboxPage.vue'), 'admin.titles.inbox'),
      screen('review', 'admin-review', 'review', () => import('./review/ReviewPage.vue'), 'admin.titles.review'),
      screen('join-requests', 'admin-join-requests', 'join-requests', () => import('./join-requests/JoinRequestsPage.vue'), 'admin.titles.joinRequests'),
      screen('members', 'admin-members', 'members', () => import('./members/MembersPage.vue'), 'admin.titles.members'),
      screen('members/:handle', 'admin-member', 'members', () => import('./members/MemberRecordPage.vue'), 'admin.titles.member'),
      screen('invitations', 'admin-invitations', 'invitations', () => import('./invitations/InvitationsPage.vue'), 'admin.titles.invitations'),
      screen('guidelines', 'admin-guidelines', 'guidelines', () => import('./guidelines/GuidelinesPage.vue'), 'admin.titles.guidelines'),
      screen('watched-words', 'admin-watched-words', 'watched-words', () => import('./watched-words/WatchedWordsPage.vue'), 'admin.titles.watchedWords'),
      screen('categories', 'admin-categories', 'categories', () => import('./categories/CategoriesPage.vue'), 'admin.titles.categories'),
      screen('feedback', 'admin-feedback', 'feedback', () => import('./feedback/FeedbackPage.vue'), 'admin.titles.feedback'),
      screen('kpis', 'admin-kpis', 'kpis', () => import('./kpis/KpisPage.vue'), 'admin.titles.kpis'),
      screen('trust', 'admin-trust', 'trust', () => import('./trust/TrustPage.vue'), 'admin.titles.trust'),
      screen('audit', 'admin-audit', 'audit', () => import('./audit/AuditLogPage.vue'), 'admin.titles.audit'),
    ],
  },
];
