import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { parse as parseCookie } from 'cookie';
import type { RemoteSocket, Server, Socket } from 'socket.io';
import {
  Permission,
  SessionEndReason,
  roleHasPermission,
  type ClientToServerEvents,
  type PingReply,
  type ServerToClientEvents,
  type TopicJoinReply,
  type TopicLeaveReply,
} from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { DomainEvents } from '../app-events.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { RequestContext, socketContexts, type AuthUser, type SocketData } from '../common/request-context.js';
import { QueueShareService } from '../moderation/queue-share.service.js';
import { PollsService } from '../polls/polls.service.js';
import { TopicAccessService, isUuid } from '../topics/topic-access.service.js';
import type { PostVisibility } from '../topics/visibility.js';
import { liveNotification, livePoll, livePost, reactionCounts, topicActivity } from './live-payloads.js';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const topicRoom = (topicId: string) => `topic:${topicId}`;
export const categoryRoom = (categoryId: string) => `category:${categoryId}`;
/** Staff who work the whole moderation queue. */
export const STAFF_ROOM = 'staff';
/** Moderators scoped to a category hear only about its queue items. */
export const staffCategoryRoom = (categoryId: string) => `staff:category:${categoryId}`;

const TYPING_INTERVAL_MS = 2000;
const MAX_TOPICS_PER_SOCKET = 20;
const PRESENCE_DEBOUNCE_MS = 300;

type AnySocket = LiveSocket | RemoteSocket<ServerToClientEvents, SocketData>;

/**
 * The live channel. A connection is authenticated by a socket.io middleware from the session
 * cookie before it is accepted, so `connect` on the client means ready. It joins its user's and
 * session's rooms and the rooms of the categories it may read; `topic.join` adds a topic's room
 * after the same access check as reading it.
 *
 * Rooms only say who might be interested. Who receives an event is decided when it is sent: the
 * people behind the room's connections are read from their live sessions (current role, scope,
 * suspension, sign-out) and the one access rule is applied to the topic and post as they are now.
 * A connection that may no longer read a topic is also taken out of its room. Events of one topic
 * (or one user, or the queue) are sent in the order they happened on this instance. With the Redis
 * adapter every room spans every instance. There is no socket.io state recovery: a reconnecting
 * client is authenticated afresh and catches up through `topicUpdates`, which applies current
 * permissions.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly unsubscribe: Array<() => void> = [];
  private readonly lastTyping = new WeakMap<LiveSocket, number>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly queues = new Map<string, Promise<void>>();

  @WebSocketServer()
  server: LiveServer;

  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly access: TopicAccessService,
    private readonly scopes: ModerationScopeService,
    private readonly queueShares: QueueShareService,
    private readonly polls: PollsService,
    events: DomainEvents,
  ) {
    const on = events.subscribe.bind(events);
    this.unsubscribe.push(
      on('sessions.revoked', ({ sessionIds, reason, sanction }) => {
        for (const id of sessionIds) {
          this.server?.to(sessionRoom(id)).emit('session.ended', { reason, ...sanction });
          this.server?.in(sessionRoom(id)).disconnectSockets(true);
        }
      }),
      on('post.created', ({ post, topic, topicCreated }) => {
        this.serially(topicRoom(topic.id), async () => {
          await this.toTopicReaders(topic, post, {
            toTopic: async (to) => to.emit('post.created', { topicId: topic.id, post: livePost(post, await this.withAuthor(post.authorId)) }),
            toList: (to) => to.emit('topic.activity', topicActivity(topic, topicCreated ? 'CREATED' : 'REPLIED')),
          });
        });
      }),
      on('post.updated', ({ post, topic }) => {
        this.serially(topicRoom(topic.id), async () => {
          await this.toTopicReaders(topic, post, {
            toTopic: async (to) => to.emit('post.updated', { topicId: topic.id, post: livePost(post, await this.withAuthor(post.authorId)) }),
          });
        });
      }),
      on('post.restored', ({ post, topic }) => {
        this.serially(topicRoom(topic.id), async () => {
          await this.toTopicReaders(topic, post, {
            toTopic: async (to) => to.emit('post.created', { topicId: topic.id, post: livePost(post, await this.withAuthor(post.authorId)) }),
          });
        });
      }),
      on('post.deleted', ({ post, topic }) => {
        // Those who may still see the deleted post (its category's moderators) and those who saw it
        // before both need to hear that it went: the topic's readers are told, the post not checked.
        this.serially(topicRoom(topic.id), () =>
          this.toTopicReaders(topic, null, { toTopic: (to) => to.emit('post.deleted', { topicId: topic.id, postId: post.id, postNumber: post.postNumber }) }),
        );
      }),
      on('post.reactions', ({ post, topic }) => {
        this.serially(topicRoom(topic.id), () =>
          this.toTopicReaders(topic, post, { toTopic: (to) => to.emit('post.reactions', { topicId: topic.id, postId: post.id, reactions: reactionCounts(post) }) }),
        );
      }),
      on('poll.updated', ({ poll, post, topicId }) => {
        // Readers of the post hear the poll; its counts only those who may see them now (see PollsService.resultsShownTo).
        this.serially(topicRoom(topicId), () =>
          this.toTopicReaders(
            { id: topicId },
            post,
            { toTopic: (to, resultsVisible) => to.emit('poll.updated', { topicId, postId: poll.postId, poll: livePoll(poll, resultsVisible) }) },
            undefined,
            (people) => this.polls.resultsShownTo(people, poll),
          ),
        );
      }),
      on('idea.updated', (idea) => {
        // The idea's public state, to the readers of its topic as they are now.
        this.serially(topicRoom(idea.topicId), () => this.toTopicReaders({ id: idea.topicId }, null, { toTopic: (to) => to.emit('idea.updated', idea) }));
      }),
      on('topic.updated', ({ topic }) => {
        // Readers of the topic's page are in its category's room too; those who lost it hear `topic.gone`.
        this.serially(topicRoom(topic.id), () => this.toTopicReaders(topic, null, { toList: (to) => to.emit('topic.activity', topicActivity(topic, 'UPDATED')) }));
      }),
      on('moderation.queue.updated', (payload) => {
        // Items in a category reach its scoped moderators too; items in none (join requests, members) only unscoped staff.
        // Each hears it only if the item is in their share of the queue, with their share's open count.
        const rooms = payload.categoryId ? [STAFF_ROOM, staffCategoryRoom(payload.categoryId)] : [STAFF_ROOM];
        this.serially(STAFF_ROOM, async () => {
          const conns = await this.connections(rooms, (people) => this.queueShares.liveCounts(people, payload.categoryId));
          const byCount = new Map<number, string[]>();
          for (const c of conns) if (c.verdict !== null) byCount.set(c.verdict, [...(byCount.get(c.verdict) ?? []), c.id]);
          for (const [openCount, ids] of byCount) this.server.to(ids).emit('moderation.queue.updated', { ...payload, openCount });
        });
      }),
      on('inbox.changed', (payload) => {
        // To staff who may work the reply inbox in the topic's category, as they are now.
        this.serially(STAFF_ROOM, async () => {
          const conns = await this.connections([STAFF_ROOM, staffCategoryRoom(payload.categoryId)], (people) => this.inboxWorkers(people, payload.categoryId));
          const ids = conns.filter((c) => c.verdict).map((c) => c.id);
          if (ids.length > 0) this.server.to(ids).emit('inbox.changed', payload);
        });
      }),
      on('staff.access.changed', ({ userId }) => {
        void this.refreshStaffRooms(userId).catch((e: Error) => this.logger.warn(`staff rooms not refreshed: ${e.message}`));
      }),
      on('notification.created', ({ userId, notification, unreadCount }) => {
        this.serially(userRoom(userId), async () => {
          const { allowed } = await this.audience(userRoom(userId), async (people) => people.map((p) => p?.id === userId));
          if (allowed.length > 0) this.server.to(allowed).emit('notification.created', { notification: liveNotification(notification), unreadCount });
        });
      }),
    );
  }

  /** Runs deliveries of one key (a topic, a user, the queue) one after another, in the order they were asked for. */
  private serially(key: string, work: () => Promise<void>): void {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(work).catch((error: Error) => this.logger.warn(`live delivery for ${key} failed: ${error.message}`));
    this.queues.set(key, next);
    void next.then(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  /**
   * The connections in `rooms` (on every instance) with a verdict on each: `judge` gets, per
   * connection, its person now (null for a guest, undefined when its session has ended).
   */
  private async connections<V>(
    rooms: string | string[],
    judge: (people: Array<AuthUser | null | undefined>) => Promise<V[]>,
    except?: string,
  ): Promise<Array<{ id: string; rooms: Set<string>; verdict: V }>> {
    if (!this.server) return [];
    const sockets: AnySocket[] = (await this.server.in(rooms).fetchSockets()).filter((s) => s.id !== except);
    if (sockets.length === 0) return [];
    const live = await this.sessions.liveUsers(sockets.map((s) => s.data?.sessionId).filter((id): id is string => !!id));
    const verdicts = await judge(sockets.map((s) => (s.data?.sessionId ? live.get(s.data.sessionId) : null)));
    return sockets.map((s, i) => ({ id: s.id, rooms: s.rooms, verdict: verdicts[i]! }));
  }

  /** The ids of the connections in `rooms` whose people pass `allow` now. */
  private async audience(rooms: string | string[], allow: (people: Array<AuthUser | null | undefined>) => Promise<boolean[]>): Promise<{ allowed: string[] }> {
    return { allowed: (await this.connections(rooms, allow)).filter((c) => c.verdict).map((c) => c.id) };
  }

  /**
   * Sends to a topic's readers now: `toTopic` to the connections in its room that may read the
   * topic and the post, `toList` to those in its category's room that may read the topic. Those in
   * the topic's room that may no longer read the topic hear only `topic.gone` (nothing they did not
   * know) and leave the room. With `split`, the topic's readers are told in two groups, by what
   * `split` says of each person (e.g. whether they see a poll's counts): `toTopic` once per group.
   */
  private async toTopicReaders(
    topic: { id: string; categoryId?: string },
    post: PostVisibility | null,
    // toTopic may be async: what only its recipients need (a post's author) is read only when there are some.
    sends: { toTopic?: (to: ReturnType<LiveServer['to']>, group: boolean) => unknown; toList?: (to: ReturnType<LiveServer['to']>) => void },
    except?: string,
    split?: (people: Array<AuthUser | null | undefined>) => Promise<boolean[]>,
  ): Promise<void> {
    const room = topicRoom(topic.id);
    const listRoom = topic.categoryId && sends.toList ? categoryRoom(topic.categoryId) : null;
    const rooms = listRoom ? [room, listRoom] : [room];
    const conns = await this.connections(
      rooms,
      async (people) => {
        const [readers, groups] = await Promise.all([this.access.readersOf(people, topic.id, post), split ? split(people) : null]);
        return readers.map((r, i) => ({ ...r, group: groups ? groups[i]! : true }));
      },
      except,
    );
    const toTopic = conns.filter((c) => c.rooms.has(room) && c.verdict.post);
    const toList = listRoom ? conns.filter((c) => c.rooms.has(listRoom) && c.verdict.topic).map((c) => c.id) : [];
    const gone = conns.filter((c) => c.rooms.has(room) && !c.verdict.topic).map((c) => c.id);
    for (const group of [true, false]) {
      const ids = toTopic.filter((c) => c.verdict.group === group).map((c) => c.id);
      if (sends.toTopic && ids.length > 0) await sends.toTopic(this.server.to(ids), group);
    }
    if (sends.toList && toList.length > 0) sends.toList(this.server.to(toList));
    if (gone.length > 0) {
      this.server.to(gone).emit('topic.gone', { topicId: topic.id });
      this.server.in(gone).socketsLeave(room);
    }
  }

  /** Of these people, who may work the reply inbox in this category now (role and moderator scope). */
  private async inboxWorkers(people: Array<AuthUser | null | undefined>, categoryId: string): Promise<boolean[]> {
    const staff = people.filter((p): p is AuthUser => !!p && roleHasPermission(p.role, Permission.InboxWork));
    const scopes = await this.scopes.scopesOf(staff);
    return people.map((p) => {
      if (!p || !roleHasPermission(p.role, Permission.InboxWork)) return false;
      const scope = scopes.get(p.id);
      return scope?.kind === 'ALL' || (scope?.kind === 'CATEGORIES' && scope.categoryIds.has(categoryId));
    });
  }

  /** The staff rooms a person's connections belong in: the whole queue, their categories, or none. */
  private async staffRoomsOf(user: AuthUser): Promise<string[]> {
    if (!roleHasPermission(user.role, Permission.QueueModerate)) return [];
    const scope = await this.scopes.scopeOf(user);
    return scope.kind === 'CATEGORIES' ? [...scope.categoryIds].map(staffCategoryRoom) : [STAFF_ROOM];
  }

  /** After a role or scope change, moves the person's live connections (on every instance) to their new staff rooms. */
  private async refreshStaffRooms(userId: string): Promise<void> {
    const user = await this.accounts.findById(userId);
    const rooms = user ? await this.staffRoomsOf({ id: user.id, role: user.role, handle: user.handle }) : [];
    const sockets = (await this.server?.in(userRoom(userId)).fetchSockets()) ?? [];
    for (const socket of sockets) {
      for (const room of socket.rooms) if (room === STAFF_ROOM || room.startsWith('staff:category:')) socket.leave(room);
      if (rooms.length > 0) socket.join(rooms);
    }
  }

  private async withAuthor(authorId: string | null) {
    return authorId ? this.accounts.findById(authorId) : null;
  }

  /** The person behind a connection now, as a fresh context: null when its session has ended since it connected. */
  private async currentContext(socket: LiveSocket): Promise<RequestContext | null> {
    const { sessionId } = socket.data;
    const user = sessionId ? ((await this.sessions.liveUsers([sessionId])).get(sessionId) ?? null) : null;
    if (sessionId && !user) return null;
    return new RequestContext(user, user ? sessionId : null, socket.handshake.address, socket.handshake.headers['user-agent'] ?? null);
  }

  /**
   * Authentication runs before socket.io accepts the connection, so a message sent on `connect`
   * is handled as the signed-in person. Each later message gets a fresh context (current role and
   * scope); a connection whose session has ended is told so and closed.
   */
  afterInit(server: LiveServer): void {
    server.use((socket, next) => {
      const token = parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      this.sessions
        .resolve(token)
        .then((session) => {
          socket.data = { sessionId: session?.sessionId ?? null, userId: session?.user.id ?? null };
          socketContexts.set(
            socket,
            new RequestContext(session?.user ?? null, session?.sessionId ?? null, socket.handshake.address, socket.handshake.headers['user-agent'] ?? null),
          );
          next();
        })
        .catch((error: Error) => {
          this.logger.warn(`socket authentication failed: ${error.message}`);
          next(new Error('NOT_READY: the server could not check the session; try again'));
        });
    });
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    socket.use((_packet, next) => {
      this.currentContext(socket)
        .then((ctx) => {
          if (ctx) {
            socketContexts.set(socket, ctx);
            return next();
          }
          socket.emit('session.ended', { reason: SessionEndReason.SESSION_ENDED });
          socket.disconnect(true);
        })
        .catch((error: Error) => next(error));
    });
    socket.on('disconnecting', () => {
      for (const room of socket.rooms) if (room.startsWith('topic:')) this.schedulePresence(room.slice(6));
    });
    try {
      const ctx = socketContexts.get(socket) ?? RequestContext.guest(socket.handshake.address);
      const rooms = (await this.categories.readableIds(ctx)).map(categoryRoom);
      if (ctx.user && ctx.sessionId) rooms.push(userRoom(ctx.user.id), sessionRoom(ctx.sessionId));
      if (ctx.user) rooms.push(...(await this.staffRoomsOf(ctx.user)));
      await socket.join(rooms);
      if (!ctx.user) await this.tellSuspension(socket);
      socket.emit('session.ready', { userId: ctx.user?.id ?? null });
    } catch (error) {
      this.logger.error(`live connection set-up failed: ${(error as Error).message}`);
      socket.disconnect(true);
    }
  }

  /**
   * A page coming back (a reconnect after the network dropped) with the cookie of a member
   * suspended meanwhile is told so, until when and why, as an open page is at the moment of the
   * suspension.
   */
  private async tellSuspension(socket: LiveSocket): Promise<void> {
    const token = parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
    const sanction = token ? await this.sessions.suspensionOf(token) : null;
    if (sanction) socket.emit('session.ended', { reason: SessionEndReason.SUSPENDED, ...sanction });
  }

  @Public()
  @SubscribeMessage('ping')
  ping(@ConnectedSocket() _socket: LiveSocket): PingReply {
    return { at: new Date().toISOString() };
  }

  /** Joins a topic's room when the person may read the topic. */
  @Public()
  @SubscribeMessage('topic.join')
  async joinTopic(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<TopicJoinReply> {
    const ctx = socketContexts.get(socket);
    if (!ctx) return { ok: false, code: 'NOT_READY' };
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    if (!isUuid(topicId)) return { ok: false, code: 'BAD_USER_INPUT' };
    const joined = [...socket.rooms].filter((r) => r.startsWith('topic:'));
    if (joined.length >= MAX_TOPICS_PER_SOCKET && !socket.rooms.has(topicRoom(topicId))) return { ok: false, code: 'RATE_LIMITED' };
    try {
      await this.access.readableTopic(ctx, topicId);
    } catch {
      return { ok: false, code: 'NOT_FOUND' };
    }
    await socket.join(topicRoom(topicId));
    this.schedulePresence(topicId);
    return { ok: true };
  }

  @Public()
  @SubscribeMessage('topic.leave')
  async leaveTopic(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<TopicLeaveReply> {
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    if (!socket.rooms.has(topicRoom(topicId))) return { ok: false };
    await socket.leave(topicRoom(topicId));
    this.schedulePresence(topicId);
    return { ok: true };
  }

  /** Tells the others in the topic that this member is typing (at most every two seconds); not while silenced. */
  @Allow(Permission.PostCreate)
  @SubscribeMessage('topic.typing')
  async typing(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<void> {
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    const user = socketContexts.get(socket)?.user;
    if (!user || !socket.rooms.has(topicRoom(topicId))) return;
    const now = Date.now();
    if (now - (this.lastTyping.get(socket) ?? 0) < TYPING_INTERVAL_MS) return;
    this.lastTyping.set(socket, now);
    const me = await this.accounts.findById(user.id);
    if (!me || (me.silencedUntil && me.silencedUntil.getTime() > now)) return;
    this.serially(topicRoom(topicId), () =>
      this.toTopicReaders({ id: topicId }, null, { toTopic: (to) => to.emit('topic.typing', { topicId, user: { id: me.id, handle: me.handle, displayName: me.displayName } }) }, socket.id),
    );
  }

  /**
   * Counts the connections viewing a topic that may read it, on every instance, and tells them, at
   * most once per PRESENCE_DEBOUNCE_MS per topic per instance: a burst of joins costs one count.
   */
  private schedulePresence(topicId: string): void {
    if (this.presenceTimers.has(topicId)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(topicId);
      this.serially(topicRoom(topicId), async () => {
        const conns = await this.connections(topicRoom(topicId), (people) => this.access.readersOf(people, topicId));
        const readers = conns.filter((c) => c.verdict.topic).map((c) => c.id);
        if (readers.length > 0) this.server.to(readers).emit('topic.presence', { topicId, viewers: readers.length });
      });
    }, PRESENCE_DEBOUNCE_MS);
    timer.unref();
    this.presenceTimers.set(topicId, timer);
  }

  onModuleDestroy(): void {
    this.unsubscribe.forEach((off) => off());
    this.presenceTimers.forEach((timer) => clearTimeout(timer));
    this.presenceTimers.clear();
  }
}
