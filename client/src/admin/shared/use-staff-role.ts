import { computed, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Permission } from '@townsquare/shared';
import { useSession } from '../../features/accounts/use-session';
import type { ApiError } from '../../lib/graphql';
import { flash } from '../../lib/notices';
import { canOpen, roleCan, type AdminScreen } from '../access';
import { staffOnlyNotice } from '../staff-only';

/** The signed-in staff member's role and what it allows, for showing only what can be used. */
export function useStaffRole() {
  const session = useSession();
  const role = computed(() => session.user.value?.role ?? null);
  return {
    role,
    userId: computed(() => session.user.value?.id ?? null),
    can: (permission: Permission) => roleCan(role.value, permission),
    canOpen: (screen: AdminScreen) => canOpen(role.value, screen),
  };
}

/**
 * Follows up when the server refuses a screen's data. The server has the last word: an ended
 * session goes to sign-in, someone no longer staff goes home, a role that lost this screen goes
 * to the dashboard. A refusal for a moderator's category scope stays on the page as an error.
 */
export function useRefusal(error: Readonly<Ref<ApiError | null>>, screen: AdminScreen): void {
  const session = useSession();
  const router = useRouter();
  const route = useRoute();
  watch(error, async (e) => {
    if (!e || (e.code !== 'FORBIDDEN' && e.code !== 'UNAUTHENTICATED')) return;
    if (e.reason === 'OUTSIDE_MODERATION_SCOPE') return;
    await session.refresh();
    if (!session.user.value) {
      flash({ key: 'notices.signInRequired', tone: 'info' }, { beforeNavigation: true });
      await router.replace({ path: '/signin', query: { redirect: route.fullPath } });
    } else if (!session.isStaff.value) {
      flash(staffOnlyNotice(true), { beforeNavigation: true });
      await router.replace('/');
    } else if (!canOpen(session.user.value.role, screen)) {
      flash({ key: 'admin.notices.notForRole', tone: 'warning', testid: 'admin-role-notice' }, { beforeNavigation: true });
      await router.replace({ name: 'admin-dashboard' });
    }
  });
}
