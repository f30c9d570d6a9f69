import { computed, onBeforeUnmount, shallowRef } from 'vue';
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
  ReactDocument,
  RestorePostDocument,
  RestoreTopicDocument,
  SetWatchLevelDocument,
  UnacceptAnswerDocument,
  UnhideTopicDocument,
  UnlockTopicDocument,
  UnpinTopicDocument,
  UnreactDocument,
  type Reaction,
  type WatchLevel,
} from '../../lib/generated/graphql';
import { request, toApiError } from '../../lib/graphql';
import { sendFlag, type FlagChoice, type FlagResult } from './flags';
import type { TopicPost, TopicPosts } from './use-topic-posts';

const READ_DELAY_MS = 1000;

/**
 * What a person does on a topic page: reading (read positions), replying, reacting, editing,
 * flagging, and staff's actions on the topic and its posts. Each action throws an ApiError the
 * page shows, and changes the loaded topic and posts in place.
 */
export function useTopicActions(topicId: () => string, topicPosts: TopicPosts) {
  const { topic, hasMore, me, moderator, current, find, upsert, patch, drop, setTopic, focusOn, loadToEnd } = topicPosts;

  /** What this person flagged from this page ("POST:<id>", "TOPIC:<id>"), until the page is reloaded. */
  const flagged = shallowRef<ReadonlySet<string>>(new Set());

  let readUpTo = 0;
  let pendingRead = 0;
  let readTimer: ReturnType<typeof setTimeout> | null = null;

  topicPosts.on('cleared', () => {
    flagged.value = new Set();
  });
  topicPosts.on('loaded', (loaded) => {
    readUpTo = loaded.lastReadPostNumber ?? 0;
    pendingRead = 0;
  });

  /** Why the person cannot reply here, when they cannot. */
  const replyBlocked = computed((): 'guest' | 'locked' | 'category' | null => {
    const currentTopic = topic.value;
    if (!currentTopic) return null;
    if (!me.value) return 'guest';
    if (currentTopic.category && !currentTopic.category.viewerCanPost) return 'category';
    if (currentTopic.locked && !moderator.value) return 'locked';
    return null;
  });

  // Reading

  async function flushRead(): Promise<void> {
    if (readTimer) clearTimeout(readTimer);
    readTimer = null;
    const id = current();
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

  // Posts

  async function toggleReaction(post: TopicPost, reaction: Reaction): Promise<void> {
    const currentReaction = post.reactions.find((r) => r.reaction === reaction);
    const on = !currentReaction?.reactedByMe;
    const before = post.reactions;
    const optimistic = on
      ? currentReaction
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
    const id = current();
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

  // The topic

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

  onBeforeUnmount(() => void flushRead());

  return {
    replyBlocked,
    flagged,
    markSeen,
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
