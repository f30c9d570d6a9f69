import { computed } from 'vue';
import { GuidelinesDocument, type GuidelinesQuery } from '../../lib/generated/graphql';
import { useQuery, type QueryState } from '../../lib/use-query';
import { useSession } from '../accounts/use-session';
import { useCommunity } from '../community/use-community';

let shared: QueryState<GuidelinesQuery> | null = null;

/** The current guidelines, loaded the first time something shows them and shared after that. */
export function useGuidelines() {
  shared ??= useQuery(GuidelinesDocument);
  const { data, loading, error, refetch } = shared;
  return { guidelines: computed(() => data.value?.guidelines ?? null), loading, error, refetch };
}

/** A silence "until" this year or later is indefinite. */
const INDEFINITE_YEAR = 9999;

export type PostingBlock = 'pending' | 'not-member' | 'silenced';

/**
 * Where the signed-in person stands: whether their join request waits, whether they were removed,
 * whether they are read-only for now, and whether they still have the guidelines to accept.
 */
export function useMembership() {
  const session = useSession();
  const { community, refetch: refetchCommunity } = useCommunity();
  const user = computed(() => session.user.value);

  const silencedUntil = computed(() => {
    const until = user.value?.silencedUntil;
    if (!until) return null;
    const date = new Date(until);
    return Number.isNaN(date.getTime()) || date.getTime() <= Date.now() ? null : until;
  });
  const silencedIndefinitely = computed(() => !!silencedUntil.value && new Date(silencedUntil.value).getUTCFullYear() >= INDEFINITE_YEAR);

  /** Why this person cannot post anywhere now, or null. */
  const postingBlock = computed((): PostingBlock | null => {
    const membership = user.value?.membership;
    if (!user.value) return null;
    if (membership === 'PENDING') return 'pending';
    if (membership === 'REMOVED' || membership === 'REJECTED') return 'not-member';
    if (silencedUntil.value) return 'silenced';
    return null;
  });

  /** A member (staff never need to) who has not accepted the guidelines in force. */
  const needsGuidelines = computed(() => {
    const current = community.value;
    if (!user.value || user.value.role !== 'MEMBER' || !current?.requireGuidelines || !current.guidelinesVersion) return false;
    return (user.value.guidelinesAccepted ?? 0) < current.guidelinesVersion;
  });

  /** After the server said the guidelines changed: loads the new version number and text. */
  async function refreshGuidelines(): Promise<void> {
    await Promise.all([refetchCommunity(), useGuidelines().refetch()]);
  }

  return { user, silencedUntil, silencedIndefinitely, postingBlock, needsGuidelines, refreshGuidelines };
}
