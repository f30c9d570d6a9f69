import { computed, ref, shallowRef, watch } from 'vue';
import { ROLES, Role as SharedRole } from '@townsquare/shared';
import {
  AdminLiftSilenceDocument,
  AdminLiftSuspensionDocument,
  AdminMemberDocument,
  AdminMemberHistoryDocument,
  AdminMemberPostsDocument,
  AdminMemberSanctionsDocument,
  AdminRemoveMemberDocument,
  AdminRestoreMemberDocument,
  AdminSetLeaderDocument,
  AdminSetModeratorCategoriesDocument,
  AdminSetUserRoleDocument,
  AdminSilenceUserDocument,
  AdminSuspendUserDocument,
  AdminWarnUserDocument,
  type AdminAuditEntryFragment,
  type AdminMemberFragment,
  type AdminMemberPostsQuery,
  type AdminSanctionFragment,
  type Role,
} from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { useNow } from '../../lib/now';
import { toPage, usePaged } from '../../lib/use-paged';

export type Member = AdminMemberFragment;
export type Sanction = AdminSanctionFragment;
export type MemberPost = AdminMemberPostsQuery['userPosts']['edges'][number]['node'];

/** A sanction's end at or beyond this year means "indefinitely". */
export const FOREVER_YEAR = 9999;

export function isIndefinite(endsAt: string | null): boolean {
  return !!endsAt && new Date(endsAt).getUTCFullYear() >= FOREVER_YEAR;
}

/** Whether a role ranks above another (MEMBER < MODERATOR < COMMUNITY_MANAGER < ADMIN). */
export function outranks(a: Role, b: Role): boolean {
  return ROLES.indexOf(SharedRole[a]) > ROLES.indexOf(SharedRole[b]);
}

/**
 * A member's record for staff, by handle: who they are, their sanctions and standing, what staff
 * did about them, their recent posts, and the actions staff take on them. After each action the
 * parts it changed are read again from the server.
 */
export function useMemberRecord(handle: () => string) {
  const member = shallowRef<Member | null>(null);
  const missing = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const sanctions = shallowRef<Sanction[] | null>(null);
  const sanctionsError = shallowRef<ApiError | null>(null);
  const clock = useNow();
  let generation = 0;

  const history = usePaged<AdminAuditEntryFragment>(async (after) => {
    const id = member.value?.id;
    if (!id) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(AdminMemberHistoryDocument, { targetId: id, first: 20, after })).auditLog);
  }, (e) => e.id);

  const posts = usePaged<MemberPost>(async (after) => {
    const who = member.value?.handle;
    if (!who) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(AdminMemberPostsDocument, { handle: who, first: 10, after })).userPosts);
  }, (p) => p.id);

  async function loadSanctions(): Promise<void> {
    const id = member.value?.id;
    if (!id) return;
    try {
      sanctions.value = (await request(AdminMemberSanctionsDocument, { userId: id })).userSanctions;
      sanctionsError.value = null;
    } catch (e) {
      sanctionsError.value = toApiError(e);
    }
  }

  async function load(): Promise<void> {
    const call = ++generation;
    loading.value = true;
    error.value = null;
    missing.value = false;
    if (member.value && member.value.handle.toLowerCase() !== handle().toLowerCase()) {
      member.value = null;
      sanctions.value = null;
    }
    try {
      const { user } = await request(AdminMemberDocument, { handle: handle() });
      if (call !== generation) return;
      member.value = user;
      missing.value = user === null;
      if (user) await Promise.all([loadSanctions(), history.reload(), posts.reload()]);
    } catch (e) {
      if (call === generation) error.value = toApiError(e);
    } finally {
      if (call === generation) loading.value = false;
    }
  }

  watch(handle, () => void load(), { immediate: true });

  /** Sanctions in force now (not lifted, not ended). */
  const active = computed(() => {
    const now = clock.now.value;
    const current = (kind: Sanction['kind']) =>
      sanctions.value?.find((s) => s.kind === kind && !s.liftedAt && !!s.endsAt && new Date(s.endsAt).getTime() > now) ?? null;
    return { silence: current('SILENCE'), suspension: current('SUSPENSION') };
  });

  /** Whether the member was removed (the latest removal or restoration in their history says). */
  const removed = computed(() => {
    const last = history.items.value.find((e) => e.action === 'MEMBER_REMOVED' || e.action === 'MEMBER_RESTORED');
    return last?.action === 'MEMBER_REMOVED';
  });

  /** The categories a moderator is limited to, from the latest scoping in their history (empty: everywhere). */
  const moderatorScope = computed((): string[] | null => {
    const last = history.items.value.find((e) => e.action === 'MODERATOR_SCOPED');
    if (!last?.after) return history.loaded.value ? [] : null;
    try {
      const ids = (JSON.parse(last.after) as { categoryIds?: unknown }).categoryIds;
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  });

  function requireId(): string {
    const id = member.value?.id;
    if (!id) throw new Error('The member is not loaded.');
    return id;
  }

  async function afterSanction(): Promise<void> {
    await Promise.all([loadSanctions(), history.reload()]);
  }

  return {
    member,
    missing,
    loading,
    error,
    sanctions,
    sanctionsError,
    history,
    posts,
    active,
    removed,
    moderatorScope,
    load,
    loadSanctions,
    startClock: clock.start,
    stopClock: clock.stop,
    async warn(reason: string): Promise<void> {
      await request(AdminWarnUserDocument, { input: { userId: requireId(), reason } });
      await afterSanction();
    },
    async silence(until: Date, reason: string): Promise<void> {
      await request(AdminSilenceUserDocument, { input: { userId: requireId(), until: until.toISOString(), reason } });
      await afterSanction();
    },
    async suspend(until: Date | null, reason: string): Promise<void> {
      await request(AdminSuspendUserDocument, { input: { userId: requireId(), reason, ...(until ? { until: until.toISOString() } : {}) } });
      await afterSanction();
    },
    async liftSilence(): Promise<void> {
      await request(AdminLiftSilenceDocument, { userId: requireId() });
      await afterSanction();
    },
    async liftSuspension(): Promise<void> {
      await request(AdminLiftSuspensionDocument, { userId: requireId() });
      await afterSanction();
    },
    async setLeader(leader: boolean): Promise<void> {
      const level = (await request(AdminSetLeaderDocument, { userId: requireId(), leader })).setLeader;
      if (member.value) member.value = { ...member.value, trustLevel: level };
      await history.reload();
    },
    async setRole(role: Role): Promise<void> {
      member.value = (await request(AdminSetUserRoleDocument, { userId: requireId(), role })).setUserRole;
      await history.reload();
    },
    async setScope(categoryIds: string[]): Promise<void> {
      await request(AdminSetModeratorCategoriesDocument, { userId: requireId(), categoryIds });
      await history.reload();
    },
    async remove(hideContent: boolean, reason: string): Promise<void> {
      await request(AdminRemoveMemberDocument, { userId: requireId(), hideContent, reason });
      await Promise.all([history.reload(), posts.reload()]);
    },
    async restore(): Promise<void> {
      await request(AdminRestoreMemberDocument, { userId: requireId() });
      await Promise.all([history.reload(), posts.reload()]);
    },
  };
}
