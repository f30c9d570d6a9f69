import { inject, type InjectionKey } from 'vue';
import type { TopicState } from './use-topic';

/** What a topic page shares with the posts it shows: the topic's state and actions. */
export const TOPIC_STATE: InjectionKey<TopicState> = Symbol('topic-state');

export function useTopicState(): TopicState {
  const state = inject(TOPIC_STATE);
  if (!state) throw new Error('useTopicState() outside a topic page');
  return state;
}
