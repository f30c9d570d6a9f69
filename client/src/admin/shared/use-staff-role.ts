import { computed, effectScope, shallowRef, watch, type ComputedRef, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Permission } from '@townsquare/shared';
import { useSession } from '../../features/accounts/use-session';
import { AdminMyScopeDocument, type AdminMyScopeQuery, type Role } from '../generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { flash, type Notice } from '../../lib/notices';
import { canOpen, roleCan, type AdminScreen } from '../access';
import { staffOnlyNotice } from '../staff-only';

/** A category a scoped moderator moderates. */
export type ScopeCategory = NonNullable<NonNullable<AdminMyScopeQuery['me']>['standing']>['moderatorCategories'][number];

/** Where the signed-in staff member may moderate: no categories means the whole community. */
export interface StaffScope {
  readonly categories: readonly ScopeCategory[];
}

const UNSCOPED: StaffScope = Object.freeze({ categories: Object.freeze([]) as readonly ScopeCategory[] });

/** The reason the server gives when a scoped moderator asks for something outside their categories. */
export const OUTSIDE_SCOPE = 'OUTSIDE_MODERATION_SCOPE';

/** The notice shown on the dashboard to a scoped moderator turned away from a screen. */
export const SCOPED_NOTICE: Omit<Notice, 'id' | 'survives'> = { key: 'admin.notices.outsideScope', tone: 'warning', testid: 'admin-scope-notice' };

// The scope, learnt once per signed-in moderator and shared by every screen. Other roles are never
// scoped (the server always answers "everywhere" for them), so they are not asked about it.

interface LoadedScope {
  userId: string;
  scope: StaffScope;
  /** The server could not be asked: treated as unscoped for now (it refuses what is outside the scope anyway), asked again on the next screen. */
  failed: boolean;
}

const loaded = shallowRef<LoadedScope | null>(null);
let inFlight: { userId: string; promise: Promise<void> } | null = null;

async function fetchScope(userId: string): Promise<void> {
  let next: LoadedScope;
  try {
    const { me } = await request(AdminMyScopeDocument);
    // Signed out or someone else meanwhile: the change of user starts their own load.
    if (!me || me.id !== userId) return;
    next = { userId, scope: { categories: me.standing?.moderatorCategories ?? [] }, failed: false };
  } catch {
    // A scope already known stays rather than be forgotten for a failed reload.
    if (loaded.value?.userId === userId && !loaded.value.failed) return;
    next = { userId, scope: UNSCOPED, failed: true };
  }
  if (useSession().user.value?.id === userId) loaded.value = next;
}

/** Loads a moderator's scope unless it is known; `again` asks even so (the scope may have changed). */
function loadScope(userId: string, again = false): Promise<void> {
  const known = loaded.value;
  if (!again && known?.userId === userId && !known.failed) return Promise.resolve();
  if (inFlight?.userId === userId) return inFlight.promise;
  const promise = fetchScope(userId).finally(() => {
    if (inFlight?.promise === promise) inFlight = null;
  });
  inFlight = { userId, promise };
  return promise;
}

let currentScope: ComputedRef<StaffScope | null> | null = null;

/** Starts following the signed-in user (once): a moderator's scope loads as soon as they are known. */
function scopeOfSignedIn(): ComputedRef<StaffScope | null> {
  if (currentScope) return currentScope;
  const session = useSession();
  // Detached: the shared state outlives whichever component asked first.
  return effectScope(true).run(() => {
    watch(
      () => [session.user.value?.id, session.user.value?.role] as const,
      ([id, role]) => {
        if (id && role === 'MODERATOR') void loadScope(id);
      },
      { immediate: true },
    );
    currentScope = computed((): StaffScope | null => {
      const user = session.user.value;
      if (!user) return null;
      if (user.role !== 'MODERATOR') return UNSCOPED;
      const known = loaded.value;
      return known?.userId === user.id ? known.scope : null;
    });
    return currentScope;
  })!;
}

function isScoped(role: Role | null | undefined, scope: StaffScope | null): boolean {
  return role === 'MODERATOR' && !!scope && scope.categories.length > 0;
}

/**
 * Resolves once the signed-in staff member's scope is known (loaded or given up on), for route
 * guards; answers whether they are a moderator limited to some categories.
 */
export async function ensureStaffScope(): Promise<boolean> {
  const scope = scopeOfSignedIn();
  const user = useSession().user.value;
  if (user?.role === 'MODERATOR') await loadScope(user.id);
  return isScoped(user?.role, scope.value);
}

/** Asks the server for the signed-in moderator's scope again, after it refused something as outside it. */
export async function reloadStaffScope(): Promise<boolean> {
  const scope = scopeOfSignedIn();
  const user = useSession().user.value;
  if (user?.role === 'MODERATOR') await loadScope(user.id, true);
  return isScoped(user?.role, scope.value);
}

/**
 * The signed-in staff member's role, their moderation scope and what they allow, for showing only
 * what can be used. `scope` is null until known; `scoped`: a moderator limited to some categories,
 * who cannot act on people, join requests or watched words (the server refuses those anyway).
 */
export function useStaffRole() {
  const session = useSession();
  const role = computed(() => session.user.value?.role ?? null);
  const scope: Readonly<Ref<StaffScope | null>> = scopeOfSignedIn();
  const scoped = computed(() => isScoped(role.value, scope.value));
  return {
    role,
    userId: computed(() => session.user.value?.id ?? null),
    scope,
    scoped,
    can: (permission: Permission) => roleCan(role.value, permission),
    canOpen: (screen: AdminScreen) => canOpen(role.value, screen, scoped.value),
    /** After a failed action: a refusal as outside the scope means the scope changed, so it is learnt again. */
    noteRefusal: (error: unknown) => {
      if (toApiError(error).reason === OUTSIDE_SCOPE) void reloadStaffScope();
    },
  };
}

/**
 * Follows up when the server refuses a screen's data. The server has the last word: an ended
 * session goes to sign-in, someone no longer staff goes home, a role that lost this screen goes
 * to the dashboard. A refusal for a moderator's category scope stays on the page as an error,
 * unless the scope (learnt again) no longer allows the screen at all.
 */
export function useRefusal(error: Readonly<Ref<ApiError | null>>, screen: AdminScreen): void {
  const session = useSession();
  const router = useRouter();
  const route = useRoute();
  watch(error, async (e) => {
    if (!e || (e.code !== 'FORBIDDEN' && e.code !== 'UNAUTHENTICATED')) return;
    if (e.reason === OUTSIDE_SCOPE) {
      const scoped = await reloadStaffScope();
      if (scoped && !canOpen(session.user.value?.role, screen, true)) {
        flash(SCOPED_NOTICE, { beforeNavigation: true });
        await router.replace({ name: 'admin-dashboard' });
      }
      return;
    }
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
