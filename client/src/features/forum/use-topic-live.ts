import { onBeforeUnmount, ref, watch } from 'vue';
import { TopicUpdatesDocument } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';
import { emitLive, onLive, onLiveReady, useLive } from '../../lib/socket';
import { fromLivePost, liveReactionCounts, mergeReactionCounts, withinEditWindow } from './live-post';
import type { TopicPosts } from './use-topic-posts';

/** Someone typing a reply, until the moment the indicator expires. */
export interface Typer {
  id: string;
  handle: string;
  displayName: string;
  until: number;
}

/** How far back a catch-up reaches before the moment the page was last known up to date (clock differences). */
const CLOCK_MARGIN_MS = 30_000;
/** The API keeps changes for 24 hours; older gaps are filled by loading the topic again. */
const CATCH_UP_LIMIT_MS = 23 * 60 * 60 * 1000;
const TYPING_SHOWN_MS = 6000;
const TYPING_EMIT_MS = 2500;

/**
 * A topic page's live side: it joins the topic's room once the topic is loaded, applies live
 * events to the loaded posts in place, shows who is viewing and typing, and catches up with
 * `topicUpdates` after a reconnect.
 */
export function useTopicLive(topicPosts: TopicPosts) {
  const { topic, hasMore, earliest, unseen, me, moderator, current, find, upsert, patch, drop, setTopic, fetchPost, load, refreshTopic } = topicPosts;
  const live = useLive();

  const viewers = ref(0);
  const typers = ref<Typer[]>([]);

  let joinedId: string | null = null;
  let syncedAt = Date.now();
  let typingTimer: ReturnType<typeof setInterval> | null = null;
  let lastTypingEmit = 0;

  function canEdit(authorId: string | null, createdAt: string): boolean {
    const user = me.value;
    if (!user) return false;
    return moderator.value || (authorId === user.id && withinEditWindow(createdAt));
  }

  function join(): void {
    const id = current();
    if (!id || !live.connected.value) return;
    emitLive('topic.join', { topicId: id }, (reply) => {
      if (reply.ok && id === current()) joinedId = id;
    });
  }

  function leave(): void {
    if (joinedId) emitLive('topic.leave', { topicId: joinedId });
    joinedId = null;
  }

  topicPosts.on('left', leave);
  topicPosts.on('cleared', () => {
    viewers.value = 0;
    typers.value = [];
  });
  topicPosts.on('loaded', (_loaded, since) => {
    syncedAt = since;
    join();
  });

  /** Applies what changed while the page was not listening. */
  async function catchUp(): Promise<void> {
    const id = current();
    if (!id || !topic.value) return;
    if (Date.now() - syncedAt > CATCH_UP_LIMIT_MS) {
      await load();
      return;
    }
    const since = new Date(syncedAt - CLOCK_MARGIN_MS).toISOString();
    const startedAt = Date.now();
    try {
      const { topicUpdates } = await request(TopicUpdatesDocument, { topicId: id, since });
      if (id !== current()) return;
      for (const post of topicUpdates) {
        const known = find(post.id);
        if (post.deletedAt && !moderator.value) {
          if (known) drop(post.id);
        } else if (known || (!hasMore.value && post.postNumber >= earliest.value)) {
          upsert(post);
        }
      }
      syncedAt = startedAt;
      await refreshTopic();
    } catch {
      /* a later reconnect tries again; the page still shows what it had */
    }
  }

  /**
   * A post went away for members (deleted, or hidden by staff or flags): staff and its author may
   * still see it, so they ask the API what it is now; everyone else drops it.
   */
  async function recheckPost(id: string): Promise<void> {
    const topicNow = current();
    const known = find(id);
    if (!topicNow || !known) return;
    try {
      const post = await fetchPost(topicNow, known.postNumber);
      if (topicNow !== current()) return;
      if (post && post.id === id) upsert(post);
      else drop(id);
    } catch {
      if (moderator.value) patch(id, (p) => ({ ...p, deletedAt: p.deletedAt ?? new Date().toISOString() }));
      else drop(id);
    }
  }

  /** Fetches one post from the API: for what a live event cannot tell (who it replies to). */
  async function refreshPost(number: number): Promise<void> {
    const id = current();
    if (!id) return;
    try {
      const post = await fetchPost(id, number);
      if (id === current() && post && post.postNumber === number && find(post.id)) upsert(post);
    } catch {
      /* the live copy stays */
    }
  }

  const subscriptions = [
    onLiveReady(() => {
      if (!current() || !topic.value) return;
      join();
      void catchUp();
    }),
    onLive('post.created', ({ topicId: where, post: raw }) => {
      if (where !== current() || !topic.value) return;
      const known = find(raw.id);
      if (!known) {
        setTopic({ replyCount: topic.value.replyCount + 1, highestPostNumber: Math.max(topic.value.highestPostNumber, raw.postNumber) });
        if (hasMore.value) {
          unseen.value += 1;
          return;
        }
      }
      const live = fromLivePost(raw, { existing: known, replyTarget: null, canEdit });
      if (!live) return;
      // A post arriving (new, approved or restored) is visible to everyone.
      const post = { ...live, hiddenReason: null, awaitingApproval: false };
      const target = post.replyToPostId ? find(post.replyToPostId) : null;
      if (target && !post.replyTo) post.replyTo = { id: target.id, postNumber: target.postNumber, author: target.author && { handle: target.author.handle, displayName: target.author.displayName } };
      upsert(post);
      if (post.replyToPostId && !post.replyTo) void refreshPost(post.postNumber);
      if (post.author) typers.value = typers.value.filter((t) => t.id !== post.author!.id);
      // A reply from the team answers a question (and the brand's first one is its official answer).
      if (!known && topic.value.kind === 'QUESTION' && post.voice !== 'MEMBER') void refreshTopic();
    }),
    onLive('post.updated', ({ topicId: where, post: raw }) => {
      if (where !== current()) return;
      const known = find(raw.id);
      if (!known) return;
      const post = fromLivePost(raw, { existing: known, replyTarget: null, canEdit });
      if (post) upsert({ ...post, deletedAt: known.deletedAt });
    }),
    onLive('post.deleted', ({ topicId: where, postId }) => {
      if (where !== current() || !topic.value) return;
      if (topic.value.acceptedPostId === postId) setTopic({ acceptedPostId: null, acceptedAnswer: null });
      if (!find(postId)) return;
      const known = find(postId)!;
      if (!known.hiddenReason && !known.deletedAt) setTopic({ replyCount: Math.max(0, topic.value.replyCount - 1) });
      if (moderator.value || (!!me.value && known.author?.id === me.value.id)) void recheckPost(postId);
      else drop(postId);
    }),
    onLive('post.reactions', ({ topicId: where, postId, reactions }) => {
      if (where !== current()) return;
      patch(postId, (p) => ({ ...p, reactions: mergeReactionCounts(liveReactionCounts(reactions), p.reactions) }));
    }),
    onLive('topic.typing', ({ topicId: where, user }) => {
      if (where !== current() || user.id === me.value?.id) return;
      const until = Date.now() + TYPING_SHOWN_MS;
      typers.value = [...typers.value.filter((t) => t.id !== user.id), { ...user, until }];
      typingTimer ??= setInterval(() => {
        const now = Date.now();
        typers.value = typers.value.filter((t) => t.until > now);
        if (typers.value.length === 0 && typingTimer) {
          clearInterval(typingTimer);
          typingTimer = null;
        }
      }, 1000);
    }),
    onLive('topic.presence', ({ topicId: where, viewers: count }) => {
      if (where === current()) viewers.value = count;
    }),
    onLive('topic.gone', ({ topicId: where }) => {
      // The server stopped sending this topic's events: ask what it is now (not found, or still
      // readable through another path, e.g. as its author).
      if (where === current()) {
        joinedId = null;
        void refreshTopic();
      }
    }),
    onLive('topic.activity', ({ topicId: where, kind }) => {
      // Pins, locks, accepted answers and new titles reach topic pages as activity of the topic.
      if (where === current() && kind === 'UPDATED') void refreshTopic();
    }),
  ];

  // While the connection is down, the page is up to date only until the moment it dropped.
  watch(
    () => live.state.value,
    (state, previous) => {
      if (previous === 'live' && state !== 'live' && joinedId) {
        syncedAt = Date.now();
        joinedId = null;
      }
    },
  );

  /** Tells the others in the topic that this person is typing (the server throttles too). */
  function typing(): void {
    const id = current();
    const now = Date.now();
    if (!id || !me.value || now - lastTypingEmit < TYPING_EMIT_MS) return;
    lastTypingEmit = now;
    emitLive('topic.typing', { topicId: id });
  }

  onBeforeUnmount(() => {
    leave();
    subscriptions.forEach((off) => off());
    if (typingTimer) clearInterval(typingTimer);
  });

  return { viewers, typers, typing };
}
