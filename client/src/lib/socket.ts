import { io, type Socket } from 'socket.io-client';
import { computed, readonly, ref } from 'vue';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { whenIdle } from './scheduling';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How the live channel is doing, as the header shows it. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/**
 * The one live connection of the app, to the same origin as the page. It carries the session
 * cookie, so after signing in or out it is reconnected to be known as the new user.
 */
const socket: LiveSocket = io({
  path: '/socket.io',
  withCredentials: true,
  autoConnect: false,
  // A WebSocket at once (one request, no long-polling handshake on the page's first load);
  // long-polling only where a WebSocket cannot be opened.
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
  reconnectionDelay: 1000,
  reconnectionDelayMax: 10_000,
});

const SERVER_CLOSE_RETRY_MS = 3000;

const state = ref<LiveState>('offline');
/** The user id the server attached to this connection (null for a guest), once it said so. */
const sessionUserId = ref<string | null | undefined>(undefined);

socket.on('session.ready', ({ userId }) => {
  sessionUserId.value = userId;
  state.value = 'live';
});
socket.on('disconnect', (reason) => {
  sessionUserId.value = undefined;
  if (reason === 'io client disconnect') {
    state.value = 'offline';
    return;
  }
  state.value = 'reconnecting';
  if (reason === 'io server disconnect') {
    // The server closed it on purpose (its session ended) and socket.io will not retry by itself.
    // The session usually reconnects right away after reading who is signed in now; this is the
    // fallback for any other server-side close.
    setTimeout(() => {
      if (!socket.active) socket.connect();
    }, SERVER_CLOSE_RETRY_MS);
  }
});
socket.io.on('reconnect_attempt', () => {
  state.value = 'reconnecting';
});
socket.on('connect_error', () => {
  if (socket.active) state.value = 'reconnecting';
  else state.value = 'offline';
});

/** Opens the connection if it is not open or opening. */
export function connectLive(): void {
  if (socket.connected || socket.active) return;
  state.value = 'connecting';
  socket.connect();
}

/**
 * Opens the connection once the browser is idle after the page's first load (half a second at
 * most): the page shows without it, and its first moments go to showing the page.
 */
export function connectLiveSoon(): void {
  if (socket.connected || socket.active) return;
  state.value = 'connecting';
  whenIdle(connectLive);
}

/** Closes and reopens the connection so the server reads the current session cookie. */
export function reconnectLive(): void {
  socket.disconnect();
  state.value = 'connecting';
  socket.connect();
}

/** The emitter seen without socket.io's per-event overloads, which a generic event name cannot pick. */
interface Listeners {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
}
const listeners = socket as unknown as Listeners;

/** Subscribes to a server event (typed by the shared event map); returns the function that unsubscribes. */
export function onLive<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
  listeners.on(event, handler);
  return () => {
    listeners.off(event, handler);
  };
}

/** Sends an event to the server (typed by the shared event map); dropped while disconnected. */
export function emitLive<E extends keyof ClientToServerEvents>(event: E, ...args: Parameters<ClientToServerEvents[E]>): void {
  if (!socket.connected) return;
  (socket.emit as unknown as (event: string, ...rest: unknown[]) => void)(event, ...args);
}

/**
 * Calls `handler` each time the server has authenticated a (re)connection: the moment to join
 * rooms again and to catch up on what was missed. Returns the function that unsubscribes.
 */
export function onLiveReady(handler: () => void): () => void {
  return onLive('session.ready', () => handler());
}

export function useLive() {
  return {
    state: readonly(state),
    connected: computed(() => state.value === 'live'),
    sessionUserId: readonly(sessionUserId),
  };
}
