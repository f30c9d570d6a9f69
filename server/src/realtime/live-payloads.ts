import type { LiveNotification, LivePoll, LivePost, LiveReactionCount, ReactionKind, TopicActivityKind, TopicActivityPayload } from '@townsquare/shared';
import type { UserEntity } from '../accounts/user.entity.js';
import type { NotificationObject } from '../notifications/notification.objects.js';
import type { PollState } from '../polls/polls.repository.js';
import { isClosed } from '../polls/polls.service.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';

/** The changed post as live events carry it: the fields a topic page shows. */
export function livePost(post: PostEntity, author: UserEntity | null): LivePost {
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

/** A post's reactions with a positive count (the reactions service stores only known reactions). */
export function reactionCounts(post: PostEntity): LiveReactionCount[] {
  return Object.entries(post.reactions ?? {})
    .filter(([, count]) => count > 0)
    .map(([reaction, count]) => ({ reaction: reaction as ReactionKind, count }));
}

/** What lists hear about a topic: enough to move it and show its title. */
export function topicActivity(topic: TopicEntity, kind: TopicActivityKind): TopicActivityPayload {
  return {
    topicId: topic.id,
    categoryId: topic.categoryId,
    kind,
    lastPostedAt: new Date(topic.lastPostedAt).toISOString(),
    replyCount: topic.replyCount,
    title: topic.title,
  };
}

/** A notification as the live channel carries it; its times as JSON writes a Date. */
export function liveNotification(n: NotificationObject): LiveNotification {
  return {
    id: n.id,
    kind: n.kind,
    topicId: n.topicId,
    postId: n.postId,
    postNumber: n.postNumber,
    topicTitle: n.topicTitle,
    actorCount: n.actorCount,
    actor: n.actor,
    byBrand: n.byBrand,
    reaction: n.reaction,
    reason: n.reason,
    eventId: n.eventId,
    eventOccurrenceId: n.eventOccurrenceId,
    eventTitle: n.eventTitle,
    eventStartsAt: n.eventStartsAt ? n.eventStartsAt.toJSON() : null,
    ideaStatus: n.ideaStatus,
    ideaMergedIntoTopicId: n.ideaMergedIntoTopicId,
    flagOutcome: n.flagOutcome,
    read: n.read,
    createdAt: n.createdAt.toJSON(),
    updatedAt: n.updatedAt.toJSON(),
  };
}

/** A poll as the live channel carries it: no voter's name ever; counts only when `resultsVisible`. */
export function livePoll(poll: PollState, resultsVisible: boolean): LivePoll {
  const closed = isClosed(poll);
  return {
    id: poll.id,
    postId: poll.postId,
    question: poll.question,
    kind: poll.multiple ? 'MULTIPLE' : 'SINGLE',
    maxChoices: poll.maxChoices,
    anonymous: poll.anonymous,
    resultsVisibility: poll.resultsVisibility,
    closesAt: poll.closesAt ? new Date(poll.closesAt).toISOString() : null,
    closedAt: poll.closedAt ? new Date(poll.closedAt).toISOString() : closed && poll.closesAt ? new Date(poll.closesAt).toISOString() : null,
    voterCount: poll.voterCount,
    resultsVisible,
    revision: poll.revision,
    options: poll.options.map((o) => ({ id: o.id, label: o.label, votes: resultsVisible ? o.voteCount : null })),
  };
}
