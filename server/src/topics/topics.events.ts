import type { PostEntity } from './post.entity.js';
import type { TopicEntity } from './topic.entity.js';

/** Events of topics and their posts; the realtime gateway turns them into live events. */
export interface TopicEvents {
  /** A post was written (the opening post of a new topic included: then `topicCreated`). */
  'post.created': { post: PostEntity; topic: TopicEntity; topicCreated: boolean };
  /** A post's text changed. */
  'post.updated': { post: PostEntity; topic: TopicEntity };
  /** A post was deleted (soft) or restored. */
  'post.deleted': { post: PostEntity; topic: TopicEntity };
  'post.restored': { post: PostEntity; topic: TopicEntity };
  /** A topic's state changed: pinned, locked, answer accepted, title edited. */
  'topic.updated': { topic: TopicEntity };
}
