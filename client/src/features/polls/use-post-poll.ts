import { computed, onBeforeUnmount, shallowRef, watch } from 'vue';
import { ClosePollDocument, PollDocument, RetractPollVoteDocument, VotePollDocument } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { onLive } from '../../lib/socket';
import { useSession } from '../accounts/use-session';
import { fromLivePoll, isNewer, type PollView } from './live-poll';

/** setTimeout's longest delay; a poll closing later is checked when the page is next loaded. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The poll of one post: what the page loaded, replaced by newer states from your own actions and
 * from live `poll.updated` events (a poll attached meanwhile included), and fetched again when its
 * closing time passes, since its results may then show to everyone.
 */
export function usePostPoll(postId: () => string, loaded: () => PollView | null) {
  const session = useSession();
  const poll = shallowRef<PollView | null>(loaded());
  let closeTimer: ReturnType<typeof setTimeout> | null = null;

  function adopt(next: PollView | null): void {
    if (next && isNewer(next, poll.value)) poll.value = next;
  }

  watch(loaded, adopt);

  const off = onLive('poll.updated', ({ postId: where, poll: raw }) => {
    if (where !== postId()) return;
    const next = fromLivePoll(raw, poll.value, !!session.user.value);
    if (next) poll.value = next;
  });

  watch(
    () => (poll.value && !poll.value.closed ? poll.value.closesAt : null),
    (closesAt) => {
      if (closeTimer) clearTimeout(closeTimer);
      closeTimer = null;
      if (!closesAt) return;
      const wait = new Date(closesAt).getTime() - Date.now() + 500;
      if (wait > MAX_TIMER_MS) return;
      closeTimer = setTimeout(() => void refresh(), Math.max(0, wait));
    },
    { immediate: true },
  );

  async function refresh(): Promise<void> {
    if (!poll.value) return;
    const { poll: fresh } = await request(PollDocument, { id: poll.value.id });
    adopt(fresh);
  }

  async function vote(optionIds: string[]): Promise<void> {
    if (!poll.value) return;
    adopt((await request(VotePollDocument, { pollId: poll.value.id, optionIds })).votePoll);
  }

  async function retract(): Promise<void> {
    if (!poll.value) return;
    adopt((await request(RetractPollVoteDocument, { pollId: poll.value.id })).retractPollVote);
  }

  async function close(): Promise<void> {
    if (!poll.value) return;
    adopt((await request(ClosePollDocument, { pollId: poll.value.id })).closePoll);
  }

  onBeforeUnmount(() => {
    off();
    if (closeTimer) clearTimeout(closeTimer);
  });

  return { poll, voted: computed(() => (poll.value?.myVote.length ?? 0) > 0), vote, retract, close, adopt };
}
