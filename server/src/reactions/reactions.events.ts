import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';

/** Events of reactions. */
export interface ReactionEvents {
  /** Reaction counts of a post changed. */
  'post.reactions': { post: PostEntity; topic: TopicEntity };
}
