import { computed, ref, watch } from 'vue';
import { UserPostsDocument, UserProfileDocument, type UserPostsQuery, type UserProfileQuery } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { useQuery } from '../../lib/use-query';
import { sendFlag, type FlagChoice, type FlagResult } from '../forum/flags';

export type Profile = NonNullable<UserProfileQuery['user']>;
export type ProfilePost = UserPostsQuery['userPosts']['edges'][number]['node'];

/**
 * A member's public profile by handle; `missing` when there is no such member. Others can flag
 * the member for the moderators; `flagged` remembers it until the page is reloaded.
 */
export function useProfile(handle: () => string) {
  const query = useQuery(UserProfileDocument, () => ({ handle: handle() }), {
    // Another member's page starts blank rather than showing the last one.
    keep: (data, { handle: wanted }) => !data.user || data.user.handle.toLowerCase() === wanted.toLowerCase(),
  });
  const { loading, error } = query;
  const profile = computed<Profile | null>(() => query.data.value?.user ?? null);
  /** No such member: told once the answer for this handle is in. */
  const missing = computed(() => !loading.value && !error.value && query.data.value?.user === null);
  const flaggedIds = ref<ReadonlySet<string>>(new Set());
  const flagged = computed(() => !!profile.value && flaggedIds.value.has(profile.value.id));

  async function flagMember(choice: FlagChoice): Promise<FlagResult> {
    const member = profile.value;
    if (!member) throw new Error('No profile');
    const result = await sendFlag('USER', member.id, choice);
    flaggedIds.value = new Set([...flaggedIds.value, member.id]);
    return result;
  }

  return { profile, missing, loading, error, flagged, load: query.refetch, flagMember };
}

/** A member's posts, newest first, page by page; loaded when `handle` gives one. */
export function useProfilePosts(handle: () => string | null) {
  const list = usePaged<ProfilePost>(async (after) => {
    const who = handle();
    if (!who) return { nodes: [], endCursor: null, hasNextPage: false };
    return toPage((await request(UserPostsDocument, { handle: who, first: 20, after })).userPosts);
  }, (p) => p.id);
  watch(handle, (who) => {
    if (who) void list.reload();
  }, { immediate: true });
  return list;
}
