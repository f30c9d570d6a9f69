import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/request-context.js';
import { returningRows } from '../common/transaction.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

/** The fields a new session is stored with (the token itself never is). */
export interface NewSession {
  userId: string;
  tokenHash: Buffer;
  expiresAt: Date;
  ip: string;
  userAgent: string | null;
}

/** A live session and its person, as a request resolves it. */
export interface LiveSessionRow {
  session_id: string;
  last_seen_at: Date;
  user_id: string;
  handle: string;
  role: AuthUser['role'];
}

/** A live session's person, by session id. */
export interface LiveUserRow {
  session_id: string;
  user_id: string;
  handle: string;
  role: AuthUser['role'];
}

/**
 * Every query of sessions (`sessions`). A session is live while it is neither revoked nor expired
 * and its person is neither suspended nor out of the community; both reads apply that one rule.
 * Writes take the caller's transaction when there is one.
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  /** Stores a session; its id. */
  async insert(session: NewSession, m: EntityManager = this.sessions.manager): Promise<string> {
    const inserted = await m.insert(SessionEntity, session);
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /** The live session with this token hash, and its person. */
  liveByTokenHash(tokenHash: Buffer): Promise<LiveSessionRow | undefined> {
    return this.sessions
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['s.id AS session_id', 's.last_seen_at AS last_seen_at', 'u.id AS user_id', 'u.handle AS handle', 'u.role AS role'])
      .where('s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now()', { hash: tokenHash })
      .andWhere('(u.suspended_until IS NULL OR u.suspended_until <= now())')
      .andWhere(`u.membership IN ('ACTIVE', 'PENDING')`)
      .getRawOne<LiveSessionRow>();
  }

  /**
   * The suspension that keeps an unexpired session with this token hash from being live (its end,
   * and the reason given with the latest suspension); undefined when there is none.
   */
  suspensionByTokenHash(tokenHash: Buffer): Promise<{ suspended_until: Date; reason: string | null } | undefined> {
    return this.sessions
      .query(
        `SELECT u.suspended_until,
                (SELECT reason FROM user_sanctions WHERE user_id = u.id AND kind = 'SUSPENSION' ORDER BY created_at DESC LIMIT 1) AS reason
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.suspended_until > now()`,
        [tokenHash],
      )
      .then((rows: Array<{ suspended_until: Date; reason: string | null }>) => rows[0]);
  }

  /** Marks a session seen now and slides its expiry to `expiresAt`. */
  async touch(sessionId: string, expiresAt: Date): Promise<void> {
    await this.sessions.update(sessionId, { lastSeenAt: new Date(), expiresAt });
  }

  /** The people behind those of these sessions that are live. */
  liveUsers(sessionIds: readonly string[]): Promise<LiveUserRow[]> {
    return this.sessions.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.handle, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
          AND (u.suspended_until IS NULL OR u.suspended_until <= now()) AND u.membership IN ('ACTIVE', 'PENDING')`,
      [sessionIds],
    );
  }

  /** Revokes one session unless it already is. */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes every live session of a person; their ids. */
  async revokeAllForUser(userId: string, m: EntityManager = this.sessions.manager): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(m, `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`, [userId]);
    return rows.map((r) => r.id);
  }
}
