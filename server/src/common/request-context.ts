import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { Socket } from 'socket.io';
import { Role } from '@townsquare/shared';

/** The signed-in person behind a request, as the session resolved it. */
export interface AuthUser {
  id: string;
  handle: string;
  role: Role;
}

/** Who is asking and from where; passed first to every service method. */
export class RequestContext {
  constructor(
    private currentUser: AuthUser | null,
    private currentSessionId: string | null,
    readonly ip: string,
    readonly userAgent: string | null,
    /** Present for HTTP requests: lets account operations set or clear the session cookie. */
    readonly res: Response | null = null,
  ) {}

  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * A DataLoader that lives as long as this request: every field resolver asking for the same kind
   * of row shares one batched query (no N+1). With `cache: false` it only batches what is asked in
   * the same tick, for rows a mutation later in the request may change.
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>, options: { cache?: boolean } = {}): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500, cache: options.cache ?? true });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  get user(): AuthUser | null {
    return this.currentUser;
  }

  get sessionId(): string | null {
    return this.currentSessionId;
  }

  /** After sign-up or sign-in: the rest of this request acts as the new session's user. */
  authenticate(user: AuthUser, sessionId: string): void {
    this.currentUser = user;
    this.currentSessionId = sessionId;
  }

  static guest(ip = 'internal'): RequestContext {
    return new RequestContext(null, null, ip, null);
  }

  requireUser(): AuthUser {
    if (!this.user) throw new Error('RequestContext.requireUser on a guest context: the guard should have refused');
    return this.user;
  }
}

declare module 'express' {
  interface Request {
    /** Set by the session middleware for every API request. */
    ctx?: RequestContext;
  }
}

/**
 * What a live connection carries in `socket.data`: plain values only, because the Redis adapter
 * copies them between instances. Who the person is now (role, scope) is read again when the
 * connection acts and whenever an event is sent to it, never taken from here.
 */
export interface SocketData {
  sessionId: string | null;
  userId: string | null;
}

/**
 * The RequestContext of a live connection's current message, refreshed before each message is
 * handled. Kept beside the socket rather than in `socket.data`, which must stay serialisable.
 */
export const socketContexts = new WeakMap<object, RequestContext>();

/** Reads the RequestContext of the current GraphQL request or socket message. */
export function contextFrom(execution: ExecutionContext): RequestContext {
  if (execution.getType<string>() === 'ws') {
    const socket = execution.switchToWs().getClient<Socket>();
    return socketContexts.get(socket) ?? RequestContext.guest();
  }
  if (execution.getType<string>() === 'graphql') {
    const req = GqlExecutionContext.create(execution).getContext<{ req: Request }>().req;
    return req.ctx ?? RequestContext.guest(req.ip);
  }
  const req = execution.switchToHttp().getRequest<Request>();
  return req.ctx ?? RequestContext.guest(req.ip);
}

/** The GraphQL context Apollo passes to every resolver (see GraphQLModule's `context`). */
export interface GqlContext {
  req: Request;
}

/**
 * The RequestContext from a resolver's third argument. Field resolvers that take
 * `(parent, args, context)` directly, without parameter decorators, are called by Nest without its
 * per-call parameter pipeline: on a list that is every field of every row.
 */
export function contextOf(gql: GqlContext): RequestContext {
  return gql.req.ctx ?? RequestContext.guest(gql.req.ip);
}

/** Parameter decorator: the RequestContext of this call. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => contextFrom(execution));
