import { onBeforeUnmount } from 'vue';
import { useTopicActions } from './use-topic-actions';
import { useTopicLive } from './use-topic-live';
import { useTopicPosts } from './use-topic-posts';

export type { TopicDetail, TopicPost } from './use-topic-posts';
export type { Typer } from './use-topic-live';

/**
 * A topic page's data: the topic and its posts (use-topic-posts), live updates while the page is
 * mounted (use-topic-live), and every action on them (use-topic-actions).
 */
export function useTopic(topicId: () => string, startAt: () => number | null) {
  const topicPosts = useTopicPosts(topicId, startAt);
  const actions = useTopicActions(topicId, topicPosts);
  const live = useTopicLive(topicPosts);
  void topicPosts.load();
  // Last, after the read position is sent and the live room left.
  onBeforeUnmount(topicPosts.close);

  return { ...topicPosts.page, ...live, ...actions };
}

export type TopicState = ReturnType<typeof useTopic>;
