import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { TrustLevel } from './trust-settings.js';

/**
 * The reads of trust: its settings (kept on the community row), members' levels, the members a
 * background pass walks, and the advisory lock that lets one instance run it. Levels and activity
 * counters live on accounts' `users` table and are written through `AccountsService`.
 */
@Injectable()
export class TrustRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The stored trust settings as JSON (null or partial: defaults apply). */
  async storedSettings(): Promise<unknown> {
    const rows: Array<{ trust_settings: unknown }> = await this.db.query(`SELECT trust_settings FROM community WHERE id = 1`);
    return rows[0]?.trust_settings;
  }

  /** A member's level, null when there is no such member; `lock` holds their row until the transaction ends. */
  async levelOf(userId: string, m: Pick<EntityManager, 'query'> = this.db, lock = false): Promise<TrustLevel | null> {
    const [row]: Array<{ trust_level: TrustLevel }> = await m.query(`SELECT trust_level FROM users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [userId]);
    return row?.trust_level ?? null;
  }

  /** Up to `limit` active members below LEADER with ids after `after`, in id order. */
  async activeBelowLeader(after: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM users WHERE id > $1 AND trust_level <> 'LEADER' AND membership = 'ACTIVE' ORDER BY id LIMIT ${Math.trunc(limit)}`,
      [after],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Runs `work` holding a session-level advisory lock on one connection, or returns null at once
   * when another session holds it.
   */
  async exclusively<T>(lock: number, work: () => Promise<T>): Promise<T | null> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }]: Array<{ locked: boolean }> = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [lock]);
      if (!locked) return null;
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [lock]).catch(() => undefined);
      await runner.release();
    }
  }
}
