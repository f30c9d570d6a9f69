import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CursorKey } from '../common/pagination.js';
import { returningRows, transaction } from '../common/transaction.js';

export type JoinRequestStatusValue = 'PENDING' | 'APPROVED' | 'REJECTED';

/** One version of the guidelines. */
export interface GuidelinesRow {
  version: number;
  body: string;
  bodyHtml: string;
  createdAt: Date;
}

/** A join request with who asks. */
export interface JoinRequestRow {
  userId: string;
  handle: string;
  displayName: string;
  email: string;
  message: string;
  status: JoinRequestStatusValue;
  createdAt: Date;
}

/** A join request in the staff list: its own id (the cursor's) and the reason given when decided. */
export interface JoinRequestListRow extends JoinRequestRow {
  id: string;
  reason: string | null;
}

export interface InvitationRow {
  id: string;
  email: string | null;
  token: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

/** Every query of membership: guidelines and their acceptance, join requests, invitations. */
@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return transaction(this.db, work);
  }

  // ---- guidelines

  async latestGuidelines(): Promise<GuidelinesRow | null> {
    const [row]: Array<{ version: number; body: string; body_html: string; created_at: Date }> = await this.db.query(
      `SELECT version, body, body_html, created_at FROM guidelines ORDER BY version DESC LIMIT 1`,
    );
    return row ? { version: row.version, body: row.body, bodyHtml: row.body_html, createdAt: row.created_at } : null;
  }

  async latestGuidelinesVersion(): Promise<number | null> {
    const [row]: Array<{ version: number | null }> = await this.db.query(`SELECT max(version) AS version FROM guidelines`);
    return row?.version ?? null;
  }

  /** Publishes the next version; the table lock keeps version numbers gapless under concurrency. */
  async insertGuidelines(m: EntityManager, body: string, bodyHtml: string, createdBy: string): Promise<{ version: number; createdAt: Date }> {
    await m.query(`LOCK TABLE guidelines IN EXCLUSIVE MODE`);
    const [row]: Array<{ version: number; created_at: Date }> = await m.query(
      `INSERT INTO guidelines (version, body, body_html, created_by) SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM guidelines RETURNING version, created_at`,
      [body, bodyHtml, createdBy],
    );
    return { version: row!.version, createdAt: row!.created_at };
  }

  // ---- join requests

  /** Decides a person's pending request; false when there was none pending. */
  async decideJoinRequest(m: EntityManager, userId: string, status: 'APPROVED' | 'REJECTED', reason: string | null, decidedBy: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      m,
      `UPDATE join_requests SET status = $2, reason = $3, decided_by = $4, decided_at = now() WHERE user_id = $1 AND status = 'PENDING' RETURNING id`,
      [userId, status, reason, decidedBy],
    );
    return rows.length > 0;
  }

  /** Requests of one status, oldest first, by keyset on (created_at to the millisecond, id). */
  async joinRequests(status: JoinRequestStatusValue, cursor: CursorKey | null, limit: number): Promise<JoinRequestListRow[]> {
    const params: unknown[] = [status, limit];
    let where = 'j.status = $1';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (date_trunc('milliseconds', j.created_at), j.id) > ($3::timestamptz, $4::uuid)`;
    }
    return this.db.query(
      `SELECT j.id, j.user_id AS "userId", j.message, j.status, j.reason, j.created_at AS "createdAt", u.handle, u.display_name AS "displayName", u.email
         FROM join_requests j JOIN users u ON u.id = j.user_id
       WHERE ${where} ORDER BY date_trunc('milliseconds', j.created_at), j.id LIMIT $2`,
      params,
    );
  }

  /** Each person's join request (any status). */
  joinRequestsOf(userIds: readonly string[]): Promise<JoinRequestRow[]> {
    return this.db.query(
      `SELECT j.user_id AS "userId", u.handle, u.display_name AS "displayName", u.email, j.message, j.status, j.created_at AS "createdAt"
         FROM join_requests j JOIN users u ON u.id = j.user_id WHERE j.user_id = ANY($1::uuid[])`,
      [[...userIds]],
    );
  }

  // ---- invitations

  async insertInvitation(m: EntityManager, invitation: { tokenHash: Buffer; email: string | null; createdBy: string; expiresAt: Date }): Promise<{ id: string; createdAt: Date }> {
    const [row]: Array<{ id: string; created_at: Date }> = await m.query(
      `INSERT INTO invitations (token_hash, email, created_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
      [invitation.tokenHash, invitation.email, invitation.createdBy, invitation.expiresAt],
    );
    return { id: row!.id, createdAt: row!.created_at };
  }

  /** Invitations newest first, by keyset on (created_at to the millisecond, id); tokens are never read back. */
  async invitations(cursor: CursorKey | null, limit: number): Promise<InvitationRow[]> {
    const rows: Array<{ id: string; email: string | null; expires_at: Date; used_at: Date | null; created_at: Date }> = await this.db.query(
      `SELECT id, email, expires_at, used_at, created_at FROM invitations
       ${cursor ? `WHERE (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::uuid)` : ''}
       ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $1`,
      cursor ? [limit, cursor[0], cursor[1]] : [limit],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, token: null, expiresAt: r.expires_at, usedAt: r.used_at, createdAt: r.created_at }));
  }
}
