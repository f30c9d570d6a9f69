import { computed, ref, watch } from 'vue';
import { ROLES, Role as SharedRole } from '@townsquare/shared';
import {
  AdminLiftSilenceDocument,
  AdminLiftSuspensionDocument,
  AdminMemberDocument,
  AdminMemberFlagsDocument,
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
  type AdminMemberFlagFragment,
  type AdminMemberFragment,
  type AdminMemberPostsQuery,
  type AdminSanctionFragment,
  type FlagDirection,
  type Role,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useNow } from '../../lib/now';
import { toPage, usePaged } from '../../lib/use-paged';
import { useLoad, useQuery } from '../../lib/use-query';

export type Member = AdminMemberFragment;
export type Sanction = AdminSanctionFragment;
export type MemberPost = AdminMemberPostsQuery['userPosts']['edges'][number]['node'];
export type MemberFlag = AdminMemberFlagFragment;

export { FOREVER_YEAR, isIndefinite } from './durations';

/** Whether a role ranks above another (MEMBER < MODERATOR < COMMUNITY_MANAGER < ADMIN). */
export function outranks(a: Role, b: Role): boolean {
  return ROLES.indexOf(SharedRole[a]) > ROLES.indexOf(SharedRole[b]);
}

/**
 * A member's record for staff, by handle: who they are, their standing and sanctions, what staff
 * did about them, the flags on them and by them, their recent posts, and the actions staff take
 * on them. After each action the parts it changed are read again from the server.
 */
export function useMemberRecord(handle: () => string) {
  const query = useQuery(AdminMemberDocument, () => ({ handle: handle() }), {
    // Another member's record starts blank rather than showing the last one.
    keep: (data, { handle: wanted }) => !data.user || data.user.handle.toLowerCase() === wanted.toLowerCase(),
  });
  const { loading, error } = query;
  const member = computed((): Member | null => query.data.value?.user ?? null);
  /** No such member: told once the answer for this handle is in. */
  const missing = computed(() => !loading.value && !error.value && query.data.value?.user === null);
  const clock = useNow();

  const sanctionsQuery = useLoad(async (userId: string) => ({ userId, list: (await request(AdminMemberSanctionsDocument, { userId })).userSanctions }), () => member.value?.id ?? null, {
    keep: (data, userId) => data.userId === userId,
  });
  const sanctions = computed((): Sanction[] | null => (sanctionsQuery.data.value?.userId === member.value?.id ? (sanctionsQuery.data.value?.list ?? null) : null));

  const history = usePaged<AdminAuditEntryFragment>(async (after) => {
    const id = member.value?.id;
    if (!id) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(AdminMemberHistoryDocument, { targetId: id, first: 20, after })).auditLog);
  }, (e) => e.id);

  /** Which of the member's flags the Flags section shows. */
  const flagDirection = ref<FlagDirection>('RECEIVED');
  const flags = usePaged<MemberFlag>(async (after) => {
    const id = member.value?.id;
    if (!id) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(AdminMemberFlagsDocument, { userId: id, direction: flagDirection.value, first: 20, after })).memberFlags);
  }, (f) => f.id);

  const posts = usePaged<MemberPost>(async (after) => {
    const who = member.value?.handle;
    if (!who) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(AdminMemberPostsDocument, { handle: who, first: 10, after })).userPosts);
  }, (p) => p.id);

  // Each member's lists are read once they are known; another member's flags start with those received.
  watch(
    () => member.value?.id,
    (id) => {
      if (!id) return;
      flagDirection.value = 'RECEIVED';
      void Promise.all([history.reload(), flags.reload(), posts.reload()]);
    },
  );

  function loadSanctions(): Promise<void> {
    return sanctionsQuery.refetch();
  }

  /**
   * Reads the member again after an action, quietly: their standing (membership, restrictions,
   * moderated categories) and role come from the server rather than being guessed here.
   */
  async function reloadMember(): Promise<void> {
    const id = member.value?.id;
    try {
      const { user } = await request(AdminMemberDocument, { handle: handle() });
      if (user && user.id === id) setMember(user);
    } catch {
      // The action itself succeeded; the record shows what it had until the next load.
    }
  }

  /** What an action's answer says the member is now (if the record still shows them). */
  function setMember(user: Member): void {
    query.update((data) => (data.user?.id === user.id ? { user } : data));
  }

  function showFlags(direction: FlagDirection): void {
    if (flagDirection.value === direction) return;
    flagDirection.value = direction;
    void flags.reload();
  }

  /** Sanctions in force now (not lifted, not ended). */
  const active = computed(() => {
    const now = clock.now.value;
    const current = (kind: Sanction['kind']) =>
      sanctions.value?.find((s) => s.kind === kind && !s.liftedAt && !!s.endsAt && new Date(s.endsAt).getTime() > now) ?? null;
    return { silence: current('SILENCE'), suspension: current('SUSPENSION') };
  });

  /** Whether staff removed the member from the community (their standing says). */
  const removed = computed(() => member.value?.standing?.membership === 'REMOVED');

  /** The categories a moderator is limited to (empty: everywhere); null until the standing is known. */
  const moderatorScope = computed((): string[] | null => member.value?.standing?.moderatorCategories.map((c) => c.id) ?? null);

  function requireId(): string {
    const id = member.value?.id;
    if (!id) throw new Error('The member is not loaded.');
    return id;
  }

  async function afterSanction(): Promise<void> {
    await Promise.all([loadSanctions(), history.reload(), reloadMember()]);
  }

  return {
    member,
    missing,
    loading,
    error,
    sanctions,
    sanctionsError: sanctionsQuery.error,
    history,
    flags,
    flagDirection,
    showFlags,
    posts,
    active,
    removed,
    moderatorScope,
    load: query.refetch,
    reloadMember,
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
      if (member.value) setMember({ ...member.value, trustLevel: level });
      await history.reload();
    },
    async setRole(role: Role): Promise<void> {
      setMember((await request(AdminSetUserRoleDocument, { userId: requireId(), role })).setUserRole);
      await history.reload();
    },
    async setScope(categoryIds: string[]): Promise<void> {
      await request(AdminSetModeratorCategoriesDocument, { userId: requireId(), categoryIds });
      await Promise.all([history.reload(), reloadMember()]);
    },
    async remove(hideContent: boolean, reason: string): Promise<void> {
      await request(AdminRemoveMemberDocument, { userId: requireId(), hideContent, reason });
      await Promise.all([history.reload(), posts.reload(), reloadMember()]);
    },
    async restore(): Promise<void> {
      await request(AdminRestoreMemberDocument, { userId: requireId() });
      await Promise.all([history.reload(), posts.reload(), reloadMember()]);
    },
  };
}
