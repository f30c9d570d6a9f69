import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
} from '@nestjs/websockets';
import { parse as parseCookie } from 'cookie';
import type { Server, Socket } from 'socket.io';
import { Permission, roleHasPermission, type ClientToServerEvents, type ServerToClientEvents } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { RequestContext, type AuthUser, type SocketData } from '../common/request-context.js';
import { TopicAccessService, isUuid } from '../topics/topic-access.service.js';
import { livePost, reactionCounts } from './live-payloads.js';

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

/**
 * The live channel. A connection authenticates with the session cookie, joins its user's and
 * session's rooms and the rooms of the categories it may read; `topic.join` adds a topic's room
 * after the same access check as reading it. Domain events become socket events here, and only
 * here; with the Redis adapter every room spans every instance.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 } })
export class RealtimeGateway implements OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly unsubscribe: Array<() => void> = [];
  private readonly lastTyping = new WeakMap<LiveSocket, number>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();

  @WebSocketServer()
  server: LiveServer;

  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly access: TopicAccessService,
    private readonly scopes: ModerationScopeService,
    events: DomainEvents,
  ) {
    const on = events.subscribe.bind(events);
    this.unsubscribe.push(
      on('sessions.revoked', ({ sessionIds, reason }) => {
        for (const id of sessionIds) {
          this.server?.to(sessionRoom(id)).emit('session.ended', { reason });
          this.server?.in(sessionRoom(id)).disconnectSockets(true);
        }
      }),
      on('post.created', ({ post, topic, topicCreated }) => {
        void this.withAuthor(post.authorId).then((author) => {
          this.server?.to(topicRoom(topic.id)).emit('post.created', { topicId: topic.id, post: livePost(post, author) });
          this.server?.to(categoryRoom(topic.categoryId)).emit('topic.activity', {
            topicId: topic.id,
            categoryId: topic.categoryId,
            kind: topicCreated ? 'CREATED' : 'REPLIED',
            lastPostedAt: new Date(topic.lastPostedAt).toISOString(),
            replyCount: topic.replyCount,
            title: topic.title,
          });
        });
      }),
      on('post.updated', ({ post, topic }) => {
        void this.withAuthor(post.authorId).then((author) =>
          this.server?.to(topicRoom(topic.id)).emit('post.updated', { topicId: topic.id, post: livePost(post, author) }),
        );
      }),
      on('post.restored', ({ post, topic }) => {
        void this.withAuthor(post.authorId).then((author) =>
          this.server?.to(topicRoom(topic.id)).emit('post.created', { topicId: topic.id, post: livePost(post, author) }),
        );
      }),
      on('post.deleted', ({ post, topic }) => {
        this.server?.to(topicRoom(topic.id)).emit('post.deleted', { topicId: topic.id, postId: post.id, postNumber: post.postNumber });
      }),
      on('post.reactions', ({ post, topic }) => {
        this.server?.to(topicRoom(topic.id)).emit('post.reactions', { topicId: topic.id, postId: post.id, reactions: reactionCounts(post) });
      }),
      on('topic.updated', ({ topic }) => {
        this.server?.to(categoryRoom(topic.categoryId)).emit('topic.activity', {
          topicId: topic.id,
          categoryId: topic.categoryId,
          kind: 'UPDATED',
          lastPostedAt: new Date(topic.lastPostedAt).toISOString(),
          replyCount: topic.replyCount,
          title: topic.title,
        });
      }),
      on('moderation.queue.updated', (payload) => {
        // Items in a category reach its scoped moderators too; items in none (join requests, members) only unscoped staff.
        const rooms = payload.categoryId ? [STAFF_ROOM, staffCategoryRoom(payload.categoryId)] : [STAFF_ROOM];
        this.server?.to(rooms).emit('moderation.queue.updated', payload);
      }),
      on('staff.access.changed', ({ userId }) => {
        void this.refreshStaffRooms(userId).catch((e: Error) => this.logger.warn(`staff rooms not refreshed: ${e.message}`));
      }),
      on('notification.created', ({ userId, notification, unreadCount }) => {
        this.server?.to(userRoom(userId)).emit('notification.created', { notification, unreadCount });
      }),
    );
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

  async handleConnection(socket: LiveSocket): Promise<void> {
    try {
      const token = parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const session = await this.sessions.resolve(token);
      const ctx = new RequestContext(
        session?.user ?? null,
        session?.sessionId ?? null,
        socket.handshake.address,
        socket.handshake.headers['user-agent'] ?? null,
      );
      socket.data.ctx = ctx;
      const rooms = (await this.categories.readableIds(ctx)).map(categoryRoom);
      if (session) rooms.push(userRoom(session.user.id), sessionRoom(session.sessionId));
      if (session) rooms.push(...(await this.staffRoomsOf(session.user)));
      await socket.join(rooms);
      socket.on('disconnecting', () => {
        for (const room of socket.rooms) if (room.startsWith('topic:')) this.schedulePresence(room.slice(6));
      });
      socket.emit('session.ready', { userId: session?.user.id ?? null });
    } catch (error) {
      this.logger.error(`socket authentication failed: ${(error as Error).message}`);
      socket.disconnect(true);
    }
  }

  @Public()
  @SubscribeMessage('ping')
  ping(@ConnectedSocket() _socket: LiveSocket): { at: string } {
    return { at: new Date().toISOString() };
  }

  /** Joins a topic's room when the person may read the topic. */
  @Public()
  @SubscribeMessage('topic.join')
  async joinTopic(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<{ ok: boolean; code?: string }> {
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    if (!isUuid(topicId)) return { ok: false, code: 'BAD_USER_INPUT' };
    const joined = [...socket.rooms].filter((r) => r.startsWith('topic:'));
    if (joined.length >= MAX_TOPICS_PER_SOCKET && !socket.rooms.has(topicRoom(topicId))) return { ok: false, code: 'RATE_LIMITED' };
    try {
      await this.access.readableTopic(socket.data.ctx, topicId);
    } catch {
      return { ok: false, code: 'NOT_FOUND' };
    }
    await socket.join(topicRoom(topicId));
    this.schedulePresence(topicId);
    return { ok: true };
  }

  @Public()
  @SubscribeMessage('topic.leave')
  async leaveTopic(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<{ ok: boolean }> {
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    if (!socket.rooms.has(topicRoom(topicId))) return { ok: false };
    await socket.leave(topicRoom(topicId));
    this.schedulePresence(topicId);
    return { ok: true };
  }

  /** Tells the others in the topic that this member is typing (at most every two seconds). */
  @Allow(Permission.PostCreate)
  @SubscribeMessage('topic.typing')
  async typing(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: { topicId?: unknown }): Promise<void> {
    const topicId = typeof body?.topicId === 'string' ? body.topicId : '';
    const user = socket.data.ctx.user;
    if (!user || !socket.rooms.has(topicRoom(topicId))) return;
    const now = Date.now();
    if (now - (this.lastTyping.get(socket) ?? 0) < TYPING_INTERVAL_MS) return;
    this.lastTyping.set(socket, now);
    const me = await this.accounts.findById(user.id);
    if (!me) return;
    socket.to(topicRoom(topicId)).emit('topic.typing', { topicId, user: { id: me.id, handle: me.handle, displayName: me.displayName } });
  }

  /**
   * Counts the connections viewing a topic on every instance and tells them, at most once per
   * PRESENCE_DEBOUNCE_MS per topic per instance: a burst of joins costs one count, not one each.
   */
  private schedulePresence(topicId: string): void {
    if (this.presenceTimers.has(topicId)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(topicId);
      this.server
        .in(topicRoom(topicId))
        .fetchSockets()
        .then((sockets) => this.server.to(topicRoom(topicId)).emit('topic.presence', { topicId, viewers: sockets.length }))
        .catch((error: Error) => this.logger.warn(`presence count for ${topicId} failed: ${error.message}`));
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
