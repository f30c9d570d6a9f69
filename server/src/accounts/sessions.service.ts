import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainEvents } from '../common/domain-events.js';
import type { AuthUser } from '../common/request-context.js';
import { SessionEntity } from './session.entity.js';
import { returningRows } from '../common/transaction.js';
import { UserEntity } from './user.entity.js';

export const SESSION_COOKIE = 'ts_session';
/** How often a session's expiry slides forward while it is used. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export interface ResolvedSession {
  sessionId: string;
  user: AuthUser;
}

/** Opaque server-side sessions: the cookie holds a random token, the database only its hash. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  private ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  }

  /** Creates a session for `userId` and returns the token for the cookie. */
  async create(
    userId: string,
    meta: { ip: string; userAgent: string | null },
    manager: EntityManager = this.sessions.manager,
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs());
    const inserted = await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    });
    return { id: (inserted.identifiers[0] as { id: string }).id, token, expiresAt };
  }

  /** The live session behind a cookie token, or null when unknown, revoked or expired. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['s.id AS session_id', 's.last_seen_at AS last_seen_at', 'u.id AS user_id', 'u.handle AS handle', 'u.role AS role'])
      .where('s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now()', { hash: hashToken(token) })
      .andWhere('(u.suspended_until IS NULL OR u.suspended_until <= now())')
      .andWhere(`u.membership IN ('ACTIVE', 'PENDING')`)
      .getRawOne<{ session_id: string; last_seen_at: Date; user_id: string; handle: string; role: AuthUser['role'] }>();
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update(row.session_id, { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + this.ttlMs()) });
      // A day visited counts toward trust levels; checked at most hourly per session.
      await this.sessions.query(
        `UPDATE users SET days_visited = days_visited + 1, last_visit_on = current_date WHERE id = $1 AND last_visit_on IS DISTINCT FROM current_date`,
        [row.user_id],
      );
    }
    return { sessionId: row.session_id, user: { id: row.user_id, handle: row.handle, role: row.role } };
  }

  /**
   * The people behind sessions that are still live (same rules as `resolve`), by session id: what
   * a live connection may do is decided from this at the moment it acts or an event is sent, so a
   * role lowered, a suspension or a sign-out counts at once.
   */
  async liveUsers(sessionIds: readonly string[]): Promise<Map<string, AuthUser>> {
    const ids = [...new Set(sessionIds)];
    if (ids.length === 0) return new Map();
    const rows: Array<{ session_id: string; user_id: string; handle: string; role: AuthUser['role'] }> = await this.sessions.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.handle, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
          AND (u.suspended_until IS NULL OR u.suspended_until <= now()) AND u.membership IN ('ACTIVE', 'PENDING')`,
      [ids],
    );
    return new Map(rows.map((r) => [r.session_id, { id: r.user_id, handle: r.handle, role: r.role }]));
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.events.publish('sessions.revoked', { sessionIds: [sessionId], reason });
  }

  /** Ends every session of a user; used on password change (and later on suspension). */
  async revokeAllForUser(userId: string, reason: string, manager: EntityManager = this.sessions.manager): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(
      manager,
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    const sessionIds = rows.map((r) => r.id);
    if (sessionIds.length > 0) this.events.publish('sessions.revoked', { sessionIds, reason });
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
