import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
} from '@nestjs/websockets';
import { parse as parseCookie } from 'cookie';
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { Public } from '../common/permissions.decorator.js';
import { RequestContext, type SocketData } from '../common/request-context.js';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * The live channel. A connection authenticates with the session cookie, joins its user's and its
 * session's rooms, and is told who it is with `session.ready`. Room-wide actions go through the
 * adapter, so with Redis they reach sockets on every instance.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 } })
export class RealtimeGateway implements OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly unsubscribe: Array<() => void> = [];

  @WebSocketServer()
  server: LiveServer;

  constructor(
    private readonly sessions: SessionsService,
    events: DomainEvents,
  ) {
    this.unsubscribe.push(
      events.subscribe('sessions.revoked', ({ sessionIds, reason }) => {
        for (const id of sessionIds) {
          this.server?.to(sessionRoom(id)).emit('session.ended', { reason });
          this.server?.in(sessionRoom(id)).disconnectSockets(true);
        }
      }),
    );
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    try {
      const token = parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const session = await this.sessions.resolve(token);
      socket.data.ctx = new RequestContext(
        session?.user ?? null,
        session?.sessionId ?? null,
        socket.handshake.address,
        socket.handshake.headers['user-agent'] ?? null,
      );
      if (session) await socket.join([userRoom(session.user.id), sessionRoom(session.sessionId)]);
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

  onModuleDestroy(): void {
    this.unsubscribe.forEach((off) => off());
  }
}
