import type { Socket } from 'socket.io-client';
import { computed, readonly, ref } from 'vue';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { whenIdle } from './scheduling';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How the live channel is doing, as the header shows it. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

const SERVER_CLOSE_RETRY_MS = 3000;

const state = ref<LiveState>('offline');
/** The user id the server attached to this connection (null for a guest), once it said so. */
const sessionUserId = ref<string | null | undefined>(undefined);

type Handler = (...args: never[]) => void;
/** Subscriptions by event, kept here so that pages subscribe before the connection's code has loaded. */
const handlers = new Map<string, Set<Handler>>();

function dispatch(event: string, args: unknown[]): void {
  for (const handler of [...(handlers.get(event) ?? [])]) (handler as (...rest: unknown[]) => void)(...args);
}

/**
 * The one live connection of the app, to the same origin as the page. It carries the session
 * cookie, so after signing in or out it is reconnected to be known as the new user. Its code
 * (socket.io's client) loads when the connection is first opened, after the page has shown.
 */
let socket: LiveSocket | null = null;
let loading: Promise<LiveSocket> | null = null;

function loadSocket(): Promise<LiveSocket> {
  loading ??= import('socket.io-client').then(({ io }) => {
    const created: LiveSocket = io({
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
    created.onAny((event: string, ...args: unknown[]) => {
      // The channel's own state first, so subscribers to session.ready see it live.
      if (event === 'session.ready') {
        sessionUserId.value = (args[0] as { userId: string | null }).userId;
        state.value = 'live';
      }
      dispatch(event, args);
    });
    created.on('disconnect', (reason) => {
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
          if (!created.active) created.connect();
        }, SERVER_CLOSE_RETRY_MS);
      }
    });
    created.io.on('reconnect_attempt', () => {
      state.value = 'reconnecting';
    });
    created.on('connect_error', () => {
      if (created.active) state.value = 'reconnecting';
      else state.value = 'offline';
    });
    socket = created;
    return created;
  });
  loading.catch(() => {
    loading = null;
    state.value = 'offline';
  });
  return loading;
}

/** Opens the connection if it is not open or opening. */
export function connectLive(): void {
  if (socket?.connected || socket?.active) return;
  state.value = 'connecting';
  void loadSocket().then((live) => {
    if (!live.connected && !live.active) live.connect();
  });
}

/**
 * Opens the connection once the browser is idle after the page's first load (half a second at
 * most): the page shows without it, and its first moments go to showing the page.
 */
export function connectLiveSoon(): void {
  if (socket?.connected || socket?.active) return;
  state.value = 'connecting';
  whenIdle(connectLive);
}

/** Closes and reopens the connection so the server reads the current session cookie. */
export function reconnectLive(): void {
  state.value = 'connecting';
  void loadSocket().then((live) => {
    live.disconnect();
    state.value = 'connecting';
    live.connect();
  });
}

/** Subscribes to a server event (typed by the shared event map); returns the function that unsubscribes. */
export function onLive<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
  let set = handlers.get(event);
  if (!set) handlers.set(event, (set = new Set()));
  set.add(handler as Handler);
  return () => {
    set.delete(handler as Handler);
  };
}

/** Sends an event to the server (typed by the shared event map); dropped while disconnected. */
export function emitLive<E extends keyof ClientToServerEvents>(event: E, ...args: Parameters<ClientToServerEvents[E]>): void {
  if (!socket?.connected) return;
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
