import type { PostVisibility } from '../topics/visibility.js';
import type { PollState } from './polls.repository.js';

/** Events of polls; the realtime gateway turns them into `poll.updated` for the topic's readers. */
export interface PollEvents {
  /** A poll was attached to a post, its votes changed, or it was closed: its state as committed. */
  'poll.updated': { poll: PollState; post: PostVisibility; topicId: string };
}
