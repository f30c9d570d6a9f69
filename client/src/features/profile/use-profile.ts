import { computed, ref, shallowRef, watch } from 'vue';
import { UserPostsDocument, UserProfileDocument, type UserPostsQuery, type UserProfileQuery } from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';
import { sendFlag, type FlagChoice, type FlagResult } from '../forum/flags';

export type Profile = NonNullable<UserProfileQuery['user']>;
export type ProfilePost = UserPostsQuery['userPosts']['edges'][number]['node'];

/**
 * A member's public profile by handle; `missing` when there is no such member. Others can flag
 * the member for the moderators; `flagged` remembers it until the page is reloaded.
 */
export function useProfile(handle: () => string) {
  const profile = shallowRef<Profile | null>(null);
  const missing = ref(false);
  const flaggedIds = ref<ReadonlySet<string>>(new Set());
  const flagged = computed(() => !!profile.value && flaggedIds.value.has(profile.value.id));
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let generation = 0;

  async function load(): Promise<void> {
    const call = ++generation;
    loading.value = true;
    error.value = null;
    missing.value = false;
    if (profile.value && profile.value.handle.toLowerCase() !== handle().toLowerCase()) profile.value = null;
    try {
      const { user } = await request(UserProfileDocument, { handle: handle() });
      if (call !== generation) return;
      profile.value = user;
      missing.value = user === null;
    } catch (e) {
      if (call === generation) error.value = toApiError(e);
    } finally {
      if (call === generation) loading.value = false;
    }
  }

  async function flagMember(choice: FlagChoice): Promise<FlagResult> {
    const member = profile.value;
    if (!member) throw new Error('No profile');
    const result = await sendFlag('USER', member.id, choice);
    flaggedIds.value = new Set([...flaggedIds.value, member.id]);
    return result;
  }

  watch(handle, () => void load(), { immediate: true });
  return { profile, missing, loading, error, flagged, load, flagMember };
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
