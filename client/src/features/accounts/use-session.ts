import { computed, readonly, ref, shallowRef } from 'vue';
import { SessionEndReason, type SessionEndedPayload } from '@townsquare/shared';
import {
  AcceptGuidelinesDocument,
  ChangePasswordDocument,
  MeDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  type SessionUserFragment,
  type SignUpInput,
} from '../../lib/generated/graphql';
import { request, toApiError, type ApiError } from '../../lib/graphql';
import { isStaffRole } from '../../lib/roles';
import { connectLive, connectLiveSoon, onLive, reconnectLive } from '../../lib/socket';

export type SessionUser = SessionUserFragment;

/** `unknown` until the first answer to `me`; `error` when that first answer never came. */
type SessionStatus = 'unknown' | 'ready' | 'error';

const user = shallowRef<SessionUser | null>(null);
const status = ref<SessionStatus>('unknown');
const loadError = shallowRef<ApiError | null>(null);

let loading: Promise<void> | null = null;
let firstLoad: Promise<void> | null = null;
/** The sign-in, sign-up, sign-out or password change in flight, if any. */
let pendingChange: Promise<unknown> | null = null;
const lostListeners = new Set<(ended: SessionEndedPayload) => void>();

function track<T>(change: Promise<T>): Promise<T> {
  pendingChange = change;
  const clear = () => {
    if (pendingChange === change) pendingChange = null;
  };
  change.then(clear, clear);
  return change;
}

/** Asks the server who is signed in. Keeps the last known user when the server cannot be reached. */
function refresh(): Promise<void> {
  if (loading) return loading;
  loading = (async () => {
    try {
      const { me } = await request(MeDocument);
      user.value = me;
      status.value = 'ready';
      loadError.value = null;
    } catch (e) {
      loadError.value = toApiError(e);
      if (status.value === 'unknown') status.value = 'error';
    } finally {
      loading = null;
    }
  })();
  return loading;
}

/** Resolves once the first `me` answered (or failed), so route guards know who is asking. */
function ready(): Promise<void> {
  firstLoad ??= refresh();
  return firstLoad;
}

function becameSignedIn(next: SessionUser): void {
  user.value = next;
  status.value = 'ready';
  loadError.value = null;
  reconnectLive();
}

async function signIn(login: string, password: string): Promise<SessionUser> {
  const { signIn } = await track(request(SignInDocument, { input: { login: login.trim(), password } }));
  becameSignedIn(signIn.user);
  return signIn.user;
}

async function signUp(input: SignUpInput): Promise<SessionUser> {
  const { signUp } = await track(
    request(SignUpDocument, {
      input: { ...input, email: input.email.trim(), handle: input.handle.trim(), displayName: input.displayName.trim() },
    }),
  );
  becameSignedIn(signUp.user);
  return signUp.user;
}

async function signOut(): Promise<void> {
  try {
    await track(request(SignOutDocument));
  } catch (e) {
    // A session that already ended is as signed out as it gets.
    if (toApiError(e).code !== 'UNAUTHENTICATED') throw e;
  }
  user.value = null;
  status.value = 'ready';
  reconnectLive();
}

/** Changes the password; the server ends every other session and renews this one. */
async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await track(request(ChangePasswordDocument, { input: { currentPassword, newPassword } }));
  reconnectLive();
}

/**
 * Records that the signed-in person read and accepted a version of the guidelines, and keeps the
 * session's `guidelinesAccepted` in step so posting opens at once.
 */
async function acceptGuidelines(version: number): Promise<void> {
  const { acceptGuidelines: accepted } = await request(AcceptGuidelinesDocument, { version });
  const current = user.value;
  if (current) user.value = { ...current, guidelinesAccepted: Math.max(current.guidelinesAccepted ?? 0, accepted || version) };
}

/**
 * The server ended the session behind the live connection: signed out in another tab, or the
 * password changed, suspended. Waits for a change made here to finish (its answer carries the new
 * cookie), then asks who is signed in now.
 */
async function onSessionEnded(ended: SessionEndedPayload): Promise<void> {
  if (pendingChange) await pendingChange.catch(() => undefined);
  const before = user.value;
  await refresh();
  if (before && !user.value) lostListeners.forEach((listener) => listener(ended));
  // The server closed the connection along with the session; open it again as whoever we are now.
  connectLive();
}

/** The session end being handled, so one end told twice (the event, then a guest reconnect) is told once. */
let ending: Promise<void> | null = null;

function sessionEnded(ended: SessionEndedPayload): void {
  if (ending) return;
  ending = onSessionEnded(ended).finally(() => {
    ending = null;
  });
}

let started = false;

/** Loads the session and opens the live connection; called once when the app starts. */
export function startSession(): void {
  if (started) return;
  started = true;
  void ready();
  onLive('session.ended', sessionEnded);
  // A connection that comes back as a guest while this page thinks someone is signed in: the
  // session ended while the page was offline (a suspension is told with its reason just before).
  onLive('session.ready', ({ userId }) => {
    if (userId === null && user.value && !pendingChange) sessionEnded({ reason: SessionEndReason.SESSION_ENDED });
  });
  connectLiveSoon();
}

/** Calls `listener` when the server ends the session this page was signed in with, with why (and for a suspension, until when). */
export function onSessionLost(listener: (ended: SessionEndedPayload) => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

/** Who is signed in, shared by the whole app, with the actions that change it. */
export function useSession() {
  return {
    user: readonly(user),
    status: readonly(status),
    loadError: readonly(loadError),
    signedIn: computed(() => user.value !== null),
    isStaff: computed(() => user.value !== null && isStaffRole(user.value.role)),
    ready,
    refresh,
    signIn,
    signUp,
    signOut,
    changePassword,
    acceptGuidelines,
  };
}
