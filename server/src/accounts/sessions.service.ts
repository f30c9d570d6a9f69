import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { SessionEndReason } from '@townsquare/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainEvents } from '../app-events.js';
import { restrictionEnd } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { afterCommit } from '../common/transaction.js';
import { BroadcastChannel } from '../redis/broadcast-channel.js';
import { REDIS } from '../redis/redis.module.js';
import type { SessionSanction } from './accounts.events.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

export const SESSION_COOKIE = 'ts_session';
/** How often a session's expiry slides forward while it is used. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;
/**
 * How long a resolved session is reused without asking the database. Sign-out, suspension,
 * removal, password and role changes drop it at once on every instance (through Redis when
 * several run); this bounds only what no event announces.
 */
const SESSION_CACHE_MS = 5000;
const SESSION_CACHE_MAX = 20_000;
/** Redis channel on which an instance tells the others which cached sessions to drop. */
const SESSIONS_CHANGED_CHANNEL = 'townsquare.sessions.changed';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export interface ResolvedSession {
  sessionId: string;
  user: AuthUser;
}

/**
 * Opaque server-side sessions: the cookie holds a random token, the database only its hash.
 * A resolved session is kept for a few seconds per instance, so a page's request costs no
 * session lookup; any change that ends a session or changes its person's role drops it.
 */
@Injectable()
export class SessionsService implements OnModuleDestroy {
  private readonly cache = new Map<string, { at: number; session: ResolvedSession | null }>();
  private readonly changes: BroadcastChannel;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
    @Inject(REDIS) redis: Redis | null,
  ) {
    this.unsubscribe = events.subscribe('staff.access.changed', ({ userId }) => this.forget({ userIds: [userId] }, true));
    this.changes = new BroadcastChannel(redis, SESSIONS_CHANGED_CHANNEL, (message) => {
      try {
        this.forget(JSON.parse(message) as { sessionIds?: string[]; userIds?: string[] }, false);
      } catch {
        this.cache.clear();
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe();
    await this.changes.close();
  }

  /** Drops cached sessions by id or by person, here and (when `broadcast`) on every other instance. */
  private forget(which: { sessionIds?: string[]; userIds?: string[] }, broadcast: boolean): void {
    const sessionIds = new Set(which.sessionIds ?? []);
    const userIds = new Set(which.userIds ?? []);
    for (const [key, entry] of this.cache) {
      const s = entry.session;
      if (s && (sessionIds.has(s.sessionId) || userIds.has(s.user.id))) this.cache.delete(key);
    }
    if (broadcast) this.changes.publish(JSON.stringify(which));
  }

  private ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  }

  /** Creates a session for `userId` and returns the token for the cookie. */
  async create(
    userId: string,
    meta: { ip: string; userAgent: string | null },
    manager?: EntityManager,
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs());
    const id = await this.sessions.insert(
      { userId, tokenHash: hashToken(token), expiresAt, ip: meta.ip.slice(0, 64), userAgent: meta.userAgent?.slice(0, 512) ?? null },
      manager,
    );
    return { id, token, expiresAt };
  }

  /** The live session behind a cookie token, or null when unknown, revoked or expired. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const key = hashToken(token).toString('base64');
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < SESSION_CACHE_MS) return cached.session;
    const session = await this.lookUp(token);
    if (this.cache.size >= SESSION_CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { at: Date.now(), session });
    return session;
  }

  private async lookUp(token: string): Promise<ResolvedSession | null> {
    const row = await this.sessions.liveByTokenHash(hashToken(token));
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(row.session_id, new Date(Date.now() + this.ttlMs()));
      // A day visited counts toward trust levels; checked at most hourly per session.
      await this.users.recordVisit(row.user_id);
    }
    return { sessionId: row.session_id, user: { id: row.user_id, handle: row.handle, role: row.role } };
  }

  /**
   * Why a cookie's session no longer signs anyone in when its person is suspended: until when and
   * the moderator's reason, for a page that comes back after the suspension to say why. Null
   * otherwise (unknown, signed out, expired, or live).
   */
  async suspensionOf(token: string | undefined): Promise<SessionSanction | null> {
    if (!token || token.length > 100) return null;
    const row = await this.sessions.suspensionByTokenHash(hashToken(token));
    return row ? { until: restrictionEnd(new Date(row.suspended_until)), moderatorReason: row.reason } : null;
  }

  /**
   * The people behind sessions that are still live (same rules as `resolve`), by session id: what
   * a live connection may do is decided from this at the moment it acts or an event is sent, so a
   * role lowered, a suspension or a sign-out counts at once.
   */
  async liveUsers(sessionIds: readonly string[]): Promise<Map<string, AuthUser>> {
    const ids = [...new Set(sessionIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.sessions.liveUsers(ids);
    return new Map(rows.map((r) => [r.session_id, { id: r.user_id, handle: r.handle, role: r.role }]));
  }

  async revoke(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.sessions.revoke(sessionId);
    this.forget({ sessionIds: [sessionId] }, true);
    this.events.publish('sessions.revoked', { sessionIds: [sessionId], reason });
  }

  /** Ends every session of a user: on password change, removal, or suspension (with its end and reason). */
  async revokeAllForUser(userId: string, reason: SessionEndReason, manager?: EntityManager, sanction?: SessionSanction): Promise<string[]> {
    const sessionIds = await this.sessions.revokeAllForUser(userId, manager);
    // Dropped now and again after the caller's transaction commits: a request between the two
    // would otherwise cache the session as still live.
    const forget = () => this.forget({ sessionIds, userIds: [userId] }, true);
    forget();
    if (manager) afterCommit(manager, forget);
    else forget();
    // Told once the caller's transaction commits: a page that hears it asks at once who is signed
    // in, and must not be answered from the state before the change.
    const tell = () => this.events.publish('sessions.revoked', { sessionIds, reason, ...(sanction && { sanction }) });
    if (sessionIds.length > 0) {
      if (manager) afterCommit(manager, tell);
      else tell();
    }
    return sessionIds;
  }

  /** Secure when configured (production) or when the request itself arrived over HTTPS. */
  private secure(res: Response): boolean {
    return this.config.cookieSecure || res.req.secure;
  }

  setCookie(res: Response | null, token: string, expiresAt: Date): void {
    res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure(res),
      path: '/',
      expires: expiresAt,
    });
  }

  clearCookie(res: Response | null): void {
    res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure(res), path: '/' });
  }
}
