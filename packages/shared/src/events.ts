/** Typed map of the events the server sends over socket.io. */
export interface ServerToClientEvents {
  /** Sent once a connection is authenticated: the user's id, or null for a guest. */
  'session.ready': (payload: { userId: string | null }) => void;
  /** Sent when the session behind the connection has ended (sign-out elsewhere, password change). */
  'session.ended': (payload: { reason: string }) => void;
}

/** Typed map of the events a client may send. */
export interface ClientToServerEvents {
  /** Round-trip check; the server answers through the acknowledgement. */
  ping: (payload: Record<string, never>, ack: (reply: { at: string }) => void) => void;
}

export const SOCKET_EVENTS = {
  sessionReady: 'session.ready',
  sessionEnded: 'session.ended',
} as const;
