import { computed, ref, shallowRef, watch } from 'vue';
import { PostsDocument, TopicDocument, type TopicDetailFragment, type TopicPostFragment } from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { canModerate } from '../../lib/roles';
import { toPage } from '../../lib/use-paged';
import { useSession } from '../accounts/use-session';

export type TopicDetail = TopicDetailFragment;
export type TopicPost = TopicPostFragment;

/** What the other parts of a topic page hook into as its posts load. */
export interface TopicPostsHooks {
  /** The page stops showing the topic it was on (another topic, or this one went away). */
  left: () => void;
  /** Another topic is about to load: what belonged to the one before is cleared. */
  cleared: () => void;
  /** A topic loaded; the page is up to date with it as of `since`. */
  loaded: (topic: TopicDetail, since: number) => void;
}

const PAGE = 20;
const MAX_PAGES_TO_END = 10;

const byNumber = (a: TopicPost, b: TopicPost) => a.postNumber - b.postNumber;

/**
 * A topic and its posts: loaded from the first unread or a given post, with earlier and later
 * pages on demand, loaded again for another topic, another post of it or another person signed in.
 * The first load is the caller's, once everything that hooks into it is in place.
 */
export function useTopicPosts(topicId: () => string, startAt: () => number | null) {
  const session = useSession();

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
  /** Replies that arrived live beyond the pages loaded so far. */
  const unseen = ref(0);
  /** The post to bring into view once loaded: the first unread, or the one in the address. */
  const focusPost = ref<{ number: number; seq: number } | null>(null);

  let cursor: string | null = null;
  let generation = 0;
  let currentId: string | null = null;
  let focusSeq = 0;

  const hooks: { [K in keyof TopicPostsHooks]: Array<TopicPostsHooks[K]> } = { left: [], cleared: [], loaded: [] };

  function on<K extends keyof TopicPostsHooks>(event: K, hook: TopicPostsHooks[K]): void {
    hooks[event].push(hook);
  }

  const me = computed(() => session.user.value);
  const moderator = computed(() => !!me.value && canModerate(me.value.role));

  /** The topic the page shows now, or null once it left it. */
  function current(): string | null {
    return currentId;
  }

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

  function leave(): void {
    hooks.left.forEach((hook) => hook());
  }

  /** One post of a topic as the API shows it to this person now, by its number (null when it is not there). */
  async function fetchPost(id: string, number: number): Promise<TopicPost | null> {
    const page = toPage((await request(PostsDocument, { topicId: id, first: 1, fromPostNumber: number })).posts);
    return page.nodes[0] ?? null;
  }

  async function load(): Promise<void> {
    const id = topicId();
    const start = startAt();
    const call = ++generation;
    if (currentId && currentId !== id) leave();
    if (topic.value?.id !== id) {
      topic.value = null;
      posts.value = [];
      hooks.cleared.forEach((hook) => hook());
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
      focusOn(target);
      hooks.loaded.forEach((hook) => hook(loaded, startedAt));
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

  /** The page goes away: answers still on their way change nothing. */
  function close(): void {
    currentId = null;
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

  /** What the page itself reads and calls; the rest is for the parts that share these posts. */
  const page = { topic, posts, loading, error, hasMore, loadingMore, moreError, earliest, loadingEarlier, unseen, focusPost, moderator, load, loadMore, loadToEnd, loadEarlier };

  return { ...page, page, me, on, current, find, upsert, patch, drop, setTopic, focusOn, fetchPost, refreshTopic, close };
}

export type TopicPosts = ReturnType<typeof useTopicPosts>;
