import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import {
  AcceptAnswerDocument,
  CloseTopicDocument,
  CreatePostDocument,
  DeletePostDocument,
  DeleteTopicDocument,
  EditPostDocument,
  HidePostDocument,
  HideTopicDocument,
  LockTopicDocument,
  MarkTopicReadDocument,
  MoveTopicDocument,
  PinTopicDocument,
  PostsDocument,
  ReactDocument,
  RestorePostDocument,
  RestoreTopicDocument,
  SetWatchLevelDocument,
  TopicDocument,
  TopicUpdatesDocument,
  UnacceptAnswerDocument,
  UnhideTopicDocument,
  UnlockTopicDocument,
  UnpinTopicDocument,
  UnreactDocument,
  type Reaction,
  type TopicDetailFragment,
  type TopicPostFragment,
  type WatchLevel,
} from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { canModerate } from '../../lib/roles';
import { emitLive, onLive, onLiveReady, useLive } from '../../lib/socket';
import { toPage } from '../../lib/use-paged';
import { useSession } from '../accounts/use-session';
import { sendFlag, type FlagChoice, type FlagResult } from './flags';
import { fromLivePost, liveReactionCounts, mergeReactionCounts, withinEditWindow } from './live-post';

export type TopicDetail = TopicDetailFragment;
export type TopicPost = TopicPostFragment;

/** Someone typing a reply, until the moment the indicator expires. */
export interface Typer {
  id: string;
  handle: string;
  displayName: string;
  until: number;
}

const PAGE = 20;
/** How far back a catch-up reaches before the moment the page was last known up to date (clock differences). */
const CLOCK_MARGIN_MS = 30_000;
/** The API keeps changes for 24 hours; older gaps are filled by loading the topic again. */
const CATCH_UP_LIMIT_MS = 23 * 60 * 60 * 1000;
const TYPING_SHOWN_MS = 6000;
const TYPING_EMIT_MS = 2500;
const READ_DELAY_MS = 1000;
const MAX_PAGES_TO_END = 10;

const byNumber = (a: TopicPost, b: TopicPost) => a.postNumber - b.postNumber;

/**
 * A topic page's data: the topic, its posts (loaded from the first unread or a given post, with
 * earlier and later pages on demand), who is viewing and typing, and every action on it. It joins
 * the topic's live room while mounted, applies live events in place, and catches up with
 * `topicUpdates` after a reconnect.
 */
export function useTopic(topicId: () => string, startAt: () => number | null) {
  const session = useSession();
  const live = useLive();

  const topic = shallowRef<TopicDetail | null>(null);
  const posts = shallowRef<TopicPost[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const hasMore = ref(false);
  const loadingMore = ref(false);
  const moreError = shallowRef<ApiError | null>(null);
  /** Posts from this number on are loaded (the opening post always is). */
  const earliest = ref(1);
  const loadingEarlier = ref(false);
  const viewers = ref(0);
  const typers = ref<Typer[]>([]);
  /** Replies that arrived live beyond the pages loaded so far. */
  const unseen = ref(0);
  /** The post to bring into view once loaded: the first unread, or the one in the address. */
  const focusPost = ref<{ number: number; seq: number } | null>(null);
  /** What this person flagged from this page ("POST:<id>", "TOPIC:<id>"), until the page is reloaded. */
  const flagged = shallowRef<ReadonlySet<string>>(new Set());

  let cursor: string | null = null;
  let generation = 0;
  let currentId: string | null = null;
  let joinedId: string | null = null;
  let syncedAt = Date.now();
  let readUpTo = 0;
  let pendingRead = 0;
  let readTimer: ReturnType<typeof setTimeout> | null = null;
  let typingTimer: ReturnType<typeof setInterval> | null = null;
  let lastTypingEmit = 0;
  let focusSeq = 0;

  const me = computed(() => session.user.value);
  const moderator = computed(() => !!me.value && canModerate(me.value.role));

  /** Why the person cannot reply here, when they cannot. */
  const replyBlocked = computed((): 'guest' | 'locked' | 'category' | null => {
    const current = topic.value;
    if (!current) return null;
    if (!me.value) return 'guest';
    if (current.category && !current.category.viewerCanPost) return 'category';
    if (current.locked && !moderator.value) return 'locked';
    return null;
  });

  function find(id: string): TopicPost | null {
    return posts.value.find((p) => p.id === id) ?? null;
  }

  function upsert(post: TopicPost): void {
    const index = posts.value.findIndex((p) => p.id === post.id);
    if (index >= 0) {
      const copy = [...posts.value];
      copy[index] = post;
      posts.value = copy;
    } else {
      posts.value = [...posts.value, post].sort(byNumber);
    }
  }

  function patch(id: string, change: (post: TopicPost) => TopicPost): void {
    posts.value = posts.value.map((p) => (p.id === id ? change(p) : p));
  }

  function drop(id: string): void {
    posts.value = posts.value.filter((p) => p.id !== id);
  }

  function setTopic(change: Partial<TopicDetail>): void {
    if (topic.value) topic.value = { ...topic.value, ...change };
  }

  function focusOn(number: number | null): void {
    focusPost.value = number === null ? null : { number, seq: ++focusSeq };
  }

  // Loading

  async function load(): Promise<void> {
    const id = topicId();
    const start = startAt();
    const call = ++generation;
    if (currentId && currentId !== id) leave();
    if (topic.value?.id !== id) {
      topic.value = null;
      posts.value = [];
      viewers.value = 0;
      typers.value = [];
      flagged.value = new Set();
    }
    currentId = id;
    loading.value = true;
    error.value = null;
    moreError.value = null;
    unseen.value = 0;
    const startedAt = Date.now();
    try {
      const { topic: loaded } = await request(TopicDocument, { id });
      if (call !== generation) return;
      const lastRead = loaded.lastReadPostNumber ?? 0;
      const firstUnread = lastRead > 0 && lastRead < loaded.highestPostNumber ? lastRead + 1 : null;
      const target = start ?? firstUnread;
      const from = target !== null && target > PAGE ? target : 1;
      const page = toPage((await request(PostsDocument, { topicId: id, first: PAGE, fromPostNumber: from })).posts);
      if (call !== generation) return;
      let list = page.nodes;
      if (loaded.firstPost && !list.some((p) => p.id === loaded.firstPost!.id)) list = [loaded.firstPost, ...list];
      topic.value = loaded;
      posts.value = [...list].sort(byNumber);
      cursor = page.endCursor;
      hasMore.value = page.hasNextPage;
      earliest.value = from;
      syncedAt = startedAt;
      readUpTo = lastRead;
      pendingRead = 0;
      focusOn(target);
      join();
    } catch (e) {
      if (call === generation) error.value = toApiError(e);
    } finally {
      if (call === generation) loading.value = false;
    }
  }

  /**
   * The topic's own fields again (state, answers, title, category), keeping the posts. When the
   * topic is no longer there for this person (staff hid or deleted it), the page says so.
   */
  async function refreshTopic(): Promise<void> {
    const id = currentId;
    if (!id) return;
    try {
      const { topic: fresh } = await request(TopicDocument, { id });
      if (id === currentId) topic.value = fresh;
    } catch (e) {
      const failure = toApiError(e);
      if (failure.code === 'NOT_FOUND' && id === currentId) {
        ++generation;
        leave();
        topic.value = null;
        posts.value = [];
        error.value = failure;
      }
      /* otherwise the next event or reload will tell */
    }
  }

  async function loadMore(): Promise<void> {
    const id = currentId;
    if (!id || loading.value || loadingMore.value || !hasMore.value) return;
    const call = generation;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const page = toPage((await request(PostsDocument, { topicId: id, first: PAGE, after: cursor ?? undefined })).posts);
      if (call !== generation) return;
      const known = new Set(posts.value.map((p) => p.id));
      posts.value = [...posts.value, ...page.nodes.filter((p) => !known.has(p.id))].sort(byNumber);
      cursor = page.endCursor;
      hasMore.value = page.hasNextPage;
      if (!page.hasNextPage) unseen.value = 0;
    } catch (e) {
      if (call === generation) moreError.value = toApiError(e);
    } finally {
      if (call === generation) loadingMore.value = false;
    }
  }

  async function loadToEnd(): Promise<void> {
    for (let i = 0; i < MAX_PAGES_TO_END && hasMore.value && !moreError.value; i++) await loadMore();
  }

  /** Loads the page of replies before the earliest one shown. */
  async function loadEarlier(): Promise<void> {
    const id = currentId;
    if (!id || loadingEarlier.value || earliest.value <= 2) return;
    const call = generation;
    const before = earliest.value;
    const from = Math.max(2, before - PAGE);
    loadingEarlier.value = true;
    try {
      const page = toPage((await request(PostsDocument, { topicId: id, first: PAGE, fromPostNumber: from })).posts);
      if (call !== generation) return;
      const known = new Set(posts.value.map((p) => p.id));
      posts.value = [...posts.value, ...page.nodes.filter((p) => p.postNumber < before && !known.has(p.id))].sort(byNumber);
      earliest.value = from;
    } catch (e) {
      moreError.value = toApiError(e);
    } finally {
      if (call === generation) loadingEarlier.value = false;
    }
  }

  /** Brings a post into view: at once when it is loaded, else by loading from it. */
  async function goToPost(number: number): Promise<void> {
    if (posts.value.some((p) => p.postNumber === number) || number === 1) {
      focusOn(number);
      return;
    }
    await load();
  }

  // Live

  function canEdit(authorId: string | null, createdAt: string): boolean {
    const user = me.value;
    if (!user) return false;
    return moderator.value || (authorId === user.id && withinEditWindow(createdAt));
  }

  function join(): void {
    const id = currentId;
    if (!id || !live.connected.value) return;
    emitLive('topic.join', { topicId: id }, (reply) => {
      if (reply.ok && id === currentId) joinedId = id;
    });
  }

  function leave(): void {
    if (joinedId) emitLive('topic.leave', { topicId: joinedId });
    joinedId = null;
  }

  /** Applies what changed while the page was not listening. */
  async function catchUp(): Promise<void> {
    const id = currentId;
    if (!id || !topic.value) return;
    if (Date.now() - syncedAt > CATCH_UP_LIMIT_MS) {
      await load();
      return;
    }
    const since = new Date(syncedAt - CLOCK_MARGIN_MS).toISOString();
    const startedAt = Date.now();
    try {
      const { topicUpdates } = await request(TopicUpdatesDocument, { topicId: id, since });
      if (id !== currentId) return;
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
    const topicNow = currentId;
    const known = find(id);
    if (!topicNow || !known) return;
    try {
      const page = toPage((await request(PostsDocument, { topicId: topicNow, first: 1, fromPostNumber: known.postNumber })).posts);
      if (topicNow !== currentId) return;
      const post = page.nodes[0];
      if (post && post.id === id) upsert(post);
      else drop(id);
    } catch {
      if (moderator.value) patch(id, (p) => ({ ...p, deletedAt: p.deletedAt ?? new Date().toISOString() }));
      else drop(id);
    }
  }

  /** Fetches one post from the API: for what a live event cannot tell (who it replies to). */
  async function refreshPost(number: number): Promise<void> {
    const id = currentId;
    if (!id) return;
    try {
      const page = toPage((await request(PostsDocument, { topicId: id, first: 1, fromPostNumber: number })).posts);
      const post = page.nodes[0];
      if (id === currentId && post && post.postNumber === number && find(post.id)) upsert(post);
    } catch {
      /* the live copy stays */
    }
  }

  const subscriptions = [
    onLiveReady(() => {
      if (!currentId || !topic.value) return;
      join();
      void catchUp();
    }),
    onLive('post.created', ({ topicId: where, post: raw }) => {
      if (where !== currentId || !topic.value) return;
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
      if (where !== currentId) return;
      const known = find(raw.id);
      if (!known) return;
      const post = fromLivePost(raw, { existing: known, replyTarget: null, canEdit });
      if (post) upsert({ ...post, deletedAt: known.deletedAt });
    }),
    onLive('post.deleted', ({ topicId: where, postId }) => {
      if (where !== currentId || !topic.value) return;
      if (topic.value.acceptedPostId === postId) setTopic({ acceptedPostId: null, acceptedAnswer: null });
      if (!find(postId)) return;
      const known = find(postId)!;
      if (!known.hiddenReason && !known.deletedAt) setTopic({ replyCount: Math.max(0, topic.value.replyCount - 1) });
      if (moderator.value || (!!me.value && known.author?.id === me.value.id)) void recheckPost(postId);
      else drop(postId);
    }),
    onLive('post.reactions', ({ topicId: where, postId, reactions }) => {
      if (where !== currentId) return;
      patch(postId, (p) => ({ ...p, reactions: mergeReactionCounts(liveReactionCounts(reactions), p.reactions) }));
    }),
    onLive('topic.typing', ({ topicId: where, user }) => {
      if (where !== currentId || user.id === me.value?.id) return;
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
      if (where === currentId) viewers.value = count;
    }),
    onLive('topic.gone', ({ topicId: where }) => {
      // The server stopped sending this topic's events: ask what it is now (not found, or still
      // readable through another path, e.g. as its author).
      if (where === currentId) {
        joinedId = null;
        void refreshTopic();
      }
    }),
    onLive('topic.activity', ({ topicId: where, kind }) => {
      // Pins, locks, accepted answers and new titles reach topic pages as activity of the topic.
      if (where === currentId && kind === 'UPDATED') void refreshTopic();
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

  // Reading

  async function flushRead(): Promise<void> {
    if (readTimer) clearTimeout(readTimer);
    readTimer = null;
    const id = currentId;
    const number = pendingRead;
    if (!id || !me.value || number <= readUpTo) return;
    const previous = readUpTo;
    readUpTo = number;
    try {
      await request(MarkTopicReadDocument, { topicId: id, postNumber: number });
    } catch {
      readUpTo = previous;
    }
  }

  /** A post was seen on screen: read positions are sent a moment later, the furthest one only. */
  function markSeen(number: number): void {
    if (!me.value || number <= readUpTo || number <= pendingRead) return;
    pendingRead = number;
    if (readTimer) clearTimeout(readTimer);
    readTimer = setTimeout(() => void flushRead(), READ_DELAY_MS);
  }

  /** Tells the others in the topic that this person is typing (the server throttles too). */
  function typing(): void {
    const id = currentId;
    const now = Date.now();
    if (!id || !me.value || now - lastTypingEmit < TYPING_EMIT_MS) return;
    lastTypingEmit = now;
    emitLive('topic.typing', { topicId: id });
  }

  // Actions: each throws an ApiError the page shows.

  async function toggleReaction(post: TopicPost, reaction: Reaction): Promise<void> {
    const current = post.reactions.find((r) => r.reaction === reaction);
    const on = !current?.reactedByMe;
    const before = post.reactions;
    const optimistic = on
      ? current
        ? before.map((r) => (r.reaction === reaction ? { ...r, count: r.count + 1, reactedByMe: true } : r))
        : [...before, { reaction, count: 1, reactedByMe: true }]
      : before.map((r) => (r.reaction === reaction ? { ...r, count: Math.max(0, r.count - 1), reactedByMe: false } : r)).filter((r) => r.count > 0);
    patch(post.id, (p) => ({ ...p, reactions: optimistic }));
    try {
      const variables = { postId: post.id, reaction };
      const result = on ? (await request(ReactDocument, variables)).react : (await request(UnreactDocument, variables)).unreact;
      patch(post.id, (p) => ({ ...p, reactions: result.reactions }));
    } catch (e) {
      patch(post.id, (p) => ({ ...p, reactions: before }));
      throw toApiError(e);
    }
  }

  async function reply(input: { body: string; replyToPostId: string | null; asBrand: boolean }): Promise<TopicPost> {
    const id = currentId;
    if (!id) throw new Error('No topic');
    const { createPost } = await request(CreatePostDocument, {
      input: { topicId: id, body: input.body, asBrand: input.asBrand, replyToPostId: input.replyToPostId ?? undefined },
    });
    if (hasMore.value) await loadToEnd();
    if (!find(createPost.id)) {
      upsert(createPost);
      if (topic.value) setTopic({ replyCount: topic.value.replyCount + 1, highestPostNumber: Math.max(topic.value.highestPostNumber, createPost.postNumber) });
    } else {
      upsert(createPost);
    }
    readUpTo = Math.max(readUpTo, createPost.postNumber);
    focusOn(createPost.postNumber);
    return createPost;
  }

  /** A poll just attached to a post of this page (the post's own live event carries none). */
  function attachPoll(postId: string, poll: NonNullable<TopicPost['poll']>): void {
    patch(postId, (p) => ({ ...p, poll }));
  }

  async function edit(post: TopicPost, body: string, title: string | null): Promise<void> {
    const { editPost } = await request(EditPostDocument, { input: { postId: post.id, body, title: title ?? undefined } });
    upsert(editPost);
    if (title !== null) setTopic({ title: title.trim().replace(/\s+/g, ' ') });
  }

  async function remove(post: TopicPost): Promise<void> {
    const { deletePost } = await request(DeletePostDocument, { postId: post.id });
    if (topic.value?.acceptedPostId === post.id) setTopic({ acceptedPostId: null, acceptedAnswer: null });
    if (find(post.id)) setTopic({ replyCount: Math.max(0, (topic.value?.replyCount ?? 1) - 1) });
    if (moderator.value) upsert(deletePost);
    else drop(post.id);
  }

  /** Staff: brings back a deleted or hidden post. */
  async function restore(post: TopicPost): Promise<void> {
    const { restorePost } = await request(RestorePostDocument, { postId: post.id });
    upsert(restorePost);
    if (topic.value && post.deletedAt) setTopic({ replyCount: topic.value.replyCount + 1 });
  }

  /** Staff: hides a post from members, with a reason its author sees. */
  async function hidePost(post: TopicPost, reason: string): Promise<void> {
    upsert((await request(HidePostDocument, { postId: post.id, reason })).hidePost);
  }

  // Flags: one per thing; the page remembers what was flagged from it until it is reloaded.

  function isFlagged(kind: 'POST' | 'TOPIC', id: string): boolean {
    return flagged.value.has(`${kind}:${id}`);
  }

  async function flagPost(post: TopicPost, choice: FlagChoice): Promise<FlagResult> {
    const result = await sendFlag('POST', post.id, choice);
    flagged.value = new Set([...flagged.value, `POST:${post.id}`]);
    return result;
  }

  async function flagTopic(choice: FlagChoice): Promise<FlagResult> {
    const id = topicId();
    const result = await sendFlag('TOPIC', id, choice);
    flagged.value = new Set([...flagged.value, `TOPIC:${id}`]);
    return result;
  }

  async function accept(post: TopicPost): Promise<void> {
    topic.value = (await request(AcceptAnswerDocument, { postId: post.id })).acceptAnswer;
  }

  async function unaccept(post: TopicPost): Promise<void> {
    topic.value = (await request(UnacceptAnswerDocument, { postId: post.id })).unacceptAnswer;
  }

  async function pin(globally: boolean): Promise<void> {
    topic.value = (await request(PinTopicDocument, { topicId: topicId(), globally })).pinTopic;
  }

  async function unpin(): Promise<void> {
    topic.value = (await request(UnpinTopicDocument, { topicId: topicId() })).unpinTopic;
  }

  async function lock(): Promise<void> {
    topic.value = (await request(LockTopicDocument, { topicId: topicId() })).lockTopic;
  }

  async function unlock(): Promise<void> {
    topic.value = (await request(UnlockTopicDocument, { topicId: topicId() })).unlockTopic;
  }

  /** Staff: closes the topic to replies, with a reason. Reopening is unlocking. */
  async function close(reason: string): Promise<void> {
    topic.value = (await request(CloseTopicDocument, { topicId: topicId(), reason })).closeTopic;
  }

  /** Staff: hides the whole topic from members, with a reason its author sees. */
  async function hideTopic(reason: string): Promise<void> {
    topic.value = (await request(HideTopicDocument, { topicId: topicId(), reason })).hideTopic;
  }

  async function unhideTopic(): Promise<void> {
    topic.value = (await request(UnhideTopicDocument, { topicId: topicId() })).unhideTopic;
  }

  async function move(categoryId: string): Promise<void> {
    topic.value = (await request(MoveTopicDocument, { topicId: topicId(), categoryId })).moveTopic;
  }

  /** Staff: deletes the topic (staff still see it, and can restore it). */
  async function deleteTopic(): Promise<void> {
    topic.value = (await request(DeleteTopicDocument, { topicId: topicId() })).deleteTopic;
  }

  async function restoreTopic(): Promise<void> {
    topic.value = (await request(RestoreTopicDocument, { topicId: topicId() })).restoreTopic;
  }

  async function setWatchLevel(level: WatchLevel): Promise<void> {
    const before = topic.value?.watchLevel ?? null;
    setTopic({ watchLevel: level });
    try {
      const { setWatchLevel: saved } = await request(SetWatchLevelDocument, { targetType: 'TOPIC', targetId: topicId(), level });
      setTopic({ watchLevel: saved });
    } catch (e) {
      setTopic({ watchLevel: before });
      throw toApiError(e);
    }
  }

  // Another topic, or another post of this one, from the address; another person signed in.
  watch(topicId, () => void load());
  watch(startAt, (number) => {
    if (number !== null) void goToPost(number);
  });
  // (The first answer about who is signed in changes nothing: the topic was loaded with the same cookie.)
  watch(
    () => (session.status.value === 'ready' ? (me.value?.id ?? 'guest') : null),
    (now, before) => {
      if (before !== null && now !== before && topic.value) void load();
    },
  );
  void load();

  onBeforeUnmount(() => {
    void flushRead();
    leave();
    currentId = null;
    subscriptions.forEach((off) => off());
    if (typingTimer) clearInterval(typingTimer);
  });

  return {
    topic,
    posts,
    loading,
    error,
    hasMore,
    loadingMore,
    moreError,
    earliest,
    loadingEarlier,
    viewers,
    typers,
    unseen,
    focusPost,
    moderator,
    replyBlocked,
    flagged,
    load,
    loadMore,
    loadToEnd,
    loadEarlier,
    markSeen,
    typing,
    toggleReaction,
    attachPoll,
    reply,
    edit,
    remove,
    restore,
    hidePost,
    isFlagged,
    flagPost,
    flagTopic,
    accept,
    unaccept,
    pin,
    unpin,
    lock,
    unlock,
    close,
    hideTopic,
    unhideTopic,
    move,
    deleteTopic,
    restoreTopic,
    setWatchLevel,
  };
}

export type TopicState = ReturnType<typeof useTopic>;
