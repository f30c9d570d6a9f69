import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';

/** A message to write to the outbox. */
export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  aboutType: string | null;
  aboutId: string | null;
}

/** A message a delivery pass claimed: its attempt already counted and its next one pushed forward. */
export interface ClaimedMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  attempts: number;
}

/** The latest message about one thing, as its delivery status needs it. */
export interface LatestMailRow {
  about_id: string;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}

/** Every query of the mail outbox (`mail_outbox`). */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes a message inside the caller's transaction. */
  async insert(m: Pick<EntityManager, 'query'>, mail: OutboxMessage): Promise<void> {
    await m.query(`INSERT INTO mail_outbox (to_address, subject, text_body, about_type, about_id) VALUES ($1, $2, $3, $4, $5)`, [
      mail.to,
      mail.subject,
      mail.text,
      mail.aboutType,
      mail.aboutId,
    ]);
  }

  /** The newest message about each of some things of one type. */
  latestAbout(aboutType: string, ids: readonly string[]): Promise<LatestMailRow[]> {
    return this.db.query(
      `SELECT DISTINCT ON (about_id) about_id, sent_at, failed_at, last_error FROM mail_outbox
        WHERE about_type = $1 AND about_id = ANY($2::uuid[]) ORDER BY about_id, created_at DESC`,
      [aboutType, [...ids]],
    );
  }

  /**
   * Claims up to `batch` due messages with SKIP LOCKED (so instances never share one), counting the
   * attempt and moving the next one forward with backoff (30 s doubling, at most an hour) first.
   */
  claimDue(batch: number): Promise<ClaimedMail[]> {
    return returningRows<ClaimedMail>(
      this.db,
      `UPDATE mail_outbox SET attempts = attempts + 1, send_after = now() + make_interval(secs => least(3600, 30 * power(2, attempts)))
        WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND send_after <= now()
                      ORDER BY send_after LIMIT ${Math.trunc(batch)} FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, text_body, attempts`,
      [],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
  }

  /** Records a failed attempt; `giveUp` marks the message failed for good. */
  async markAttemptFailed(id: string, error: string, giveUp: boolean): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET last_error = $2, failed_at = CASE WHEN $3 THEN now() END WHERE id = $1`, [id, error, giveUp]);
  }
}
