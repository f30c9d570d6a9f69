import type { UserEntity } from '../accounts/user.entity.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { LivePost } from '@townsquare/shared';

/** The changed post as live events carry it: the fields a topic page shows. */
export function livePost(post: PostEntity, author: UserEntity | null): LivePost & Record<string, unknown> {
  const voice = post.asBrand ? 'BRAND' : post.authorIsStaff ? 'TEAM' : 'MEMBER';
  return {
    id: post.id,
    topicId: post.topicId,
    postNumber: post.postNumber,
    body: post.body,
    bodyHtml: post.bodyHtml,
    replyToPostId: post.replyToPostId,
    createdAt: new Date(post.createdAt).toISOString(),
    editedAt: post.editedAt ? new Date(post.editedAt).toISOString() : null,
    revision: post.revision,
    voice,
    author: author && !post.asBrand ? { id: author.id, handle: author.handle, displayName: author.displayName, role: author.role } : null,
    reactions: reactionCounts(post),
  };
}

export function reactionCounts(post: PostEntity): Array<{ reaction: string; count: number }> {
  return Object.entries(post.reactions ?? {})
    .filter(([, count]) => count > 0)
    .map(([reaction, count]) => ({ reaction, count }));
}
