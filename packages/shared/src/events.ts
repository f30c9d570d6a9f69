import type { ReactionKind } from './limits.js';
import type { Role } from './permissions.js';

// The socket.io contract: every event's name and payload, for the server's gateway and the client
// alike. Times travel as ISO 8601 strings.

/** Why the server ended a session's live connections; the client words its notice by it. */
export enum SessionEndReason {
  SIGNED_OUT = 'SIGNED_OUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  SUSPENDED = 'SUSPENDED',
  /** Removed from the community by staff. */
  REMOVED = 'REMOVED',
  /** The join request was declined. */
  MEMBERSHIP_REJECTED = 'MEMBERSHIP_REJECTED',
  /** The session was found ended when the connection next sent something. */
  SESSION_ENDED = 'SESSION_ENDED',
}

export interface SessionReadyPayload {
  /** The connection's user, or null for a guest. */
  userId: string | null;
}

export interface SessionEndedPayload {
  reason: SessionEndReason;
  /** For SUSPENDED: when the suspension ends (ISO 8601), null when it has no end. */
  until?: string | null;
  /** For SUSPENDED: the reason the moderator gave, which the member is told. */
  moderatorReason?: string | null;
}

/** Who wrote a live post; null on the post when it was written as the brand. */
export interface LivePostAuthor {
  id: string;
  handle: string;
  displayName: string;
  role: Role;
}

/** A reaction and how many people gave it (only reactions with a positive count are listed). */
export interface LiveReactionCount {
  reaction: ReactionKind;
  count: number;
}

/** Who a post speaks for: a member, a staff member as themselves, or the brand. */
export type LivePostVoice = 'MEMBER' | 'TEAM' | 'BRAND';

/** A post as live events carry it: the fields a topic page shows. */
export interface LivePost {
  id: string;
  topicId: string;
  postNumber: number;
  /** Markdown source. */
  body: string;
  /** Rendered, sanitised HTML. */
  bodyHtml: string;
  replyToPostId: string | null;
  createdAt: string;
  editedAt: string | null;
  revision: number;
  voice: LivePostVoice;
  author: LivePostAuthor | null;
  reactions: LiveReactionCount[];
}

export interface PostCreatedPayload {
  topicId: string;
  post: LivePost;
}

export interface PostUpdatedPayload {
  topicId: string;
  post: LivePost;
}

export interface PostDeletedPayload {
  topicId: string;
  postId: string;
  postNumber: number;
}

export interface PostReactionsPayload {
  topicId: string;
  postId: string;
  reactions: LiveReactionCount[];
}

/** One option of a live poll; `votes` is null when the receiving person may not see results yet. */
export interface LivePollOption {
  id: string;
  label: string;
  votes: number | null;
}

/**
 * A poll as live events carry it: everything but the receiving person's own choice (the page keeps
 * that). Never any voter's name. `revision` grows with every change: a page ignores an older one.
 */
export interface LivePoll {
  id: string;
  postId: string;
  question: string | null;
  kind: 'SINGLE' | 'MULTIPLE';
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: 'ALWAYS' | 'AFTER_VOTE';
  closesAt: string | null;
  /** When it closed (by hand or at `closesAt`); null while open. */
  closedAt: string | null;
  voterCount: number;
  /** Whether the receiving person sees the counts (`votes` on each option). */
  resultsVisible: boolean;
  revision: number;
  options: LivePollOption[];
}

export interface PollUpdatedPayload {
  topicId: string;
  postId: string;
  poll: LivePoll;
}

/** An idea's public state after a vote, a status change, an official response or a merge (never staff notes). */
export interface IdeaUpdatedPayload {
  topicId: string;
  status: string;
  voteCount: number;
  /** Grows with every change: an update with a lower revision than the one shown is older; ignore it. */
  revision: number;
  mergedIntoTopicId: string | null;
  officialResponse: { body: string; at: string } | null;
  statusChangedAt: string | null;
}

export interface TopicTypingPayload {
  topicId: string;
  user: { id: string; handle: string; displayName: string };
}

export interface TopicPresencePayload {
  topicId: string;
  /** Connections viewing the topic that may read it, on every instance. */
  viewers: number;
}

/** What happened to a topic, for lists: a new topic, a new reply, or a change of state or title. */
export type TopicActivityKind = 'CREATED' | 'REPLIED' | 'UPDATED';

/** What lists hear about a topic: enough to move it and show its title. */
export interface TopicActivityPayload {
  topicId: string;
  categoryId: string;
  kind: TopicActivityKind;
  lastPostedAt: string;
  replyCount: number;
  title: string;
}

export interface TopicGonePayload {
  topicId: string;
}

/** What a moderation queue item holds. */
export type LiveQueueItemKind = 'FLAGGED' | 'PENDING_POST' | 'JOIN_REQUEST';

export interface ModerationQueueUpdatedPayload {
  itemId: string;
  status: 'OPEN' | 'RESOLVED';
  kind: LiveQueueItemKind;
  /** The item's category; null for items in none (join requests, members). */
  categoryId: string | null;
  /** Open items in the receiving person's share of the queue. */
  openCount: number;
}

/** Why someone was notified (the `NotificationKind` of the GraphQL schema). */
export type LiveNotificationKind =
  | 'REPLY'
  | 'MENTION'
  | 'QUOTE'
  | 'REACTION'
  | 'ACCEPTED_ANSWER'
  | 'OFFICIAL_REPLY'
  | 'WATCHED_POST'
  | 'NEW_TOPIC'
  | 'STAFF_WARNING'
  | 'POST_HIDDEN'
  | 'CONTEST_WON'
  | 'EVENT_PROMOTED'
  | 'EVENT_REMINDER'
  | 'EVENT_CHANGED'
  | 'EVENT_CANCELLED'
  | 'IDEA_STATUS'
  | 'INBOX_OVERDUE'
  | 'FLAG_OUTCOME';

/** What the moderators decided on something a member flagged (the `FlagOutcome` of the GraphQL schema). */
export type LiveFlagOutcome = 'CONTENT_REMOVED' | 'AGREED' | 'DISMISSED';

/** A notification as the live channel carries it: the fields of the API's `Notification`. */
export interface LiveNotification {
  id: string;
  kind: LiveNotificationKind;
  topicId: string | null;
  postId: string | null;
  postNumber: number | null;
  topicTitle: string | null;
  actorCount: number;
  /** Who caused it, as they were named when it happened. */
  actor: { handle: string; displayName: string } | null;
  byBrand: boolean;
  reaction: string | null;
  reason: string | null;
  /** For event notifications: the event, its occurrence, title and start as the notice was made. */
  eventId: string | null;
  eventOccurrenceId: string | null;
  eventTitle: string | null;
  eventStartsAt: string | null;
  /** For IDEA_STATUS: the idea's status after the change, and the idea it was merged into when it became a duplicate. */
  ideaStatus: string | null;
  ideaMergedIntoTopicId: string | null;
  /** For FLAG_OUTCOME: what the moderators decided. */
  flagOutcome: LiveFlagOutcome | null;
  read: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NotificationCreatedPayload {
  notification: LiveNotification;
  /** The user's unread notifications, this one included. */
  unreadCount: number;
}

/** Typed map of the events the server sends over socket.io. */
export interface ServerToClientEvents {
  /** Sent once a connection is authenticated: the user's id, or null for a guest. */
  'session.ready': (payload: SessionReadyPayload) => void;
  /** Sent when the session behind the connection has ended (sign-out elsewhere, password change). */
  'session.ended': (payload: SessionEndedPayload) => void;
  /** A reply (or opening post) appeared in a topic the socket has joined. */
  'post.created': (payload: PostCreatedPayload) => void;
  /** A post was edited. */
  'post.updated': (payload: PostUpdatedPayload) => void;
  /** A post was deleted (soft). */
  'post.deleted': (payload: PostDeletedPayload) => void;
  /** Reaction counts of a post changed. */
  'post.reactions': (payload: PostReactionsPayload) => void;
  /** A poll in the topic was created, voted in or closed. */
  'poll.updated': (payload: PollUpdatedPayload) => void;
  /** The topic's idea got or lost a vote, changed status, got an official response, or took a duplicate's votes. */
  'idea.updated': (payload: IdeaUpdatedPayload) => void;
  /** Someone is typing a reply in the topic. */
  'topic.typing': (payload: TopicTypingPayload) => void;
  /** How many connections are viewing the topic. */
  'topic.presence': (payload: TopicPresencePayload) => void;
  /** Something changed in a topic (new topic, reply, lock, pin, accepted answer): lists update. */
  'topic.activity': (payload: TopicActivityPayload) => void;
  /**
   * The connection's person may no longer read a topic it joined (moved, hidden, deleted, access
   * narrowed): it has left the topic's room and hears nothing more of it. Carries nothing but the id.
   */
  'topic.gone': (payload: TopicGonePayload) => void;
  /** Staff only: the moderation queue changed (an item arrived, grew or was resolved). */
  'moderation.queue.updated': (payload: ModerationQueueUpdatedPayload) => void;
  /** A notification for the connection's user. */
  'notification.created': (payload: NotificationCreatedPayload) => void;
  /** Staff who work the reply inbox (in the topic's category's scope): an item arrived, was claimed, answered, dismissed or released. */
  'inbox.changed': (payload: InboxChangedPayload) => void;
}

/** Which topic's inbox item changed; the inbox reads the item again (what changed is for staff eyes only, like the item). */
export interface InboxChangedPayload {
  topicId: string;
  categoryId: string;
}

/**
 * Codes a live acknowledgement may carry. NOT_READY is retryable: the connection is still being
 * set up (it cannot happen once `connect` fired, since authentication runs before the connection
 * is accepted, but a client should retry rather than give up).
 */
export const LIVE_ACK_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED', 'NOT_READY'] as const;
export type LiveAckCode = (typeof LIVE_ACK_CODES)[number];

export interface PingReply {
  /** The server's clock. */
  at: string;
}

export interface TopicJoinPayload {
  topicId: string;
}

export interface TopicJoinReply {
  ok: boolean;
  code?: LiveAckCode;
  viewers?: number;
}

export interface TopicLeavePayload {
  topicId: string;
}

export interface TopicLeaveReply {
  ok: boolean;
}

export interface TopicTypingRequest {
  topicId: string;
}

/** Typed map of the events a client may send. */
export interface ClientToServerEvents {
  /** Round-trip check; the server answers through the acknowledgement. */
  ping: (payload: Record<string, never>, ack: (reply: PingReply) => void) => void;
  /** Start receiving a topic's live events (refused for topics the user cannot read). */
  'topic.join': (payload: TopicJoinPayload, ack?: (reply: TopicJoinReply) => void) => void;
  /** Stop receiving a topic's live events. */
  'topic.leave': (payload: TopicLeavePayload, ack?: (reply: TopicLeaveReply) => void) => void;
  /** The user is typing in the topic's composer (throttled by the server). */
  'topic.typing': (payload: TopicTypingRequest) => void;
}

export const SOCKET_EVENTS = {
  sessionReady: 'session.ready',
  sessionEnded: 'session.ended',
} as const;
