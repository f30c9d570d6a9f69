/** Payloads of live events; the changed object travels in the payload. */
export interface LivePost {
  id: string;
  topicId: string;
  postNumber: number;
}

/** Typed map of the events the server sends over socket.io. */
export interface ServerToClientEvents {
  /** Sent once a connection is authenticated: the user's id, or null for a guest. */
  'session.ready': (payload: { userId: string | null }) => void;
  /** Sent when the session behind the connection has ended (sign-out elsewhere, password change). */
  'session.ended': (payload: { reason: string }) => void;
  /** A reply (or opening post) appeared in a topic the socket has joined. */
  'post.created': (payload: { topicId: string; post: Record<string, unknown> & LivePost }) => void;
  /** A post was edited. */
  'post.updated': (payload: { topicId: string; post: Record<string, unknown> & LivePost }) => void;
  /** A post was deleted (soft). */
  'post.deleted': (payload: { topicId: string; postId: string; postNumber: number }) => void;
  /** Reaction counts of a post changed. */
  'post.reactions': (payload: { topicId: string; postId: string; reactions: Array<{ reaction: string; count: number }> }) => void;
  /** Someone is typing a reply in the topic. */
  'topic.typing': (payload: { topicId: string; user: { id: string; handle: string; displayName: string } }) => void;
  /** How many connections are viewing the topic. */
  'topic.presence': (payload: { topicId: string; viewers: number }) => void;
  /** Something changed in a topic (new topic, reply, lock, pin, accepted answer): lists update. */
  'topic.activity': (payload: { topicId: string; categoryId: string; kind: 'CREATED' | 'REPLIED' | 'UPDATED'; lastPostedAt: string; replyCount: number; title: string }) => void;
  /**
   * The connection's person may no longer read a topic it joined (moved, hidden, deleted, access
   * narrowed): it has left the topic's room and hears nothing more of it. Carries nothing but the id.
   */
  'topic.gone': (payload: { topicId: string }) => void;
  /** Staff only: the moderation queue changed (an item arrived, grew or was resolved). */
  'moderation.queue.updated': (payload: { itemId: string; status: 'OPEN' | 'RESOLVED'; kind: string; categoryId: string | null; openCount: number }) => void;
  /** A notification for the connection's user. */
  'notification.created': (payload: { notification: Record<string, unknown> & { id: string }; unreadCount: number }) => void;
}

/** Typed map of the events a client may send. */
export interface ClientToServerEvents {
  /** Round-trip check; the server answers through the acknowledgement. */
  ping: (payload: Record<string, never>, ack: (reply: { at: string }) => void) => void;
  /** Start receiving a topic's live events (refused for topics the user cannot read). */
  'topic.join': (payload: { topicId: string }, ack?: (reply: { ok: boolean; code?: string; viewers?: number }) => void) => void;
  /** Stop receiving a topic's live events. */
  'topic.leave': (payload: { topicId: string }, ack?: (reply: { ok: boolean }) => void) => void;
  /** The user is typing in the topic's composer (throttled by the server). */
  'topic.typing': (payload: { topicId: string }) => void;
}

export const SOCKET_EVENTS = {
  sessionReady: 'session.ready',
  sessionEnded: 'session.ended',
} as const;
