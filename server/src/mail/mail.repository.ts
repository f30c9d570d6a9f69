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

/** A message not yet sent nor given up. */
export interface PendingMail {
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

/** Every query of the mail outbox (`mail_outbox`): each message and its delivery status. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes a message inside the caller's transaction; returns its id. */
  async insert(m: Pick<EntityManager, 'query'>, mail: OutboxMessage): Promise<string> {
    const [row] = await returningRows<{ id: string }>(m, `INSERT INTO mail_outbox (to_address, subject, text_body, about_type, about_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      mail.to,
      mail.subject,
      mail.text,
      mail.aboutType,
      mail.aboutId,
    ]);
    return row!.id;
  }

  /** The newest message about each of some things of one type. */
  latestAbout(aboutType: string, ids: readonly string[]): Promise<LatestMailRow[]> {
    return this.db.query(
      `SELECT DISTINCT ON (about_id) about_id, sent_at, failed_at, last_error FROM mail_outbox
        WHERE about_type = $1 AND about_id = ANY($2::uuid[]) ORDER BY about_id, created_at DESC`,
      [aboutType, [...ids]],
    );
  }

  /** A message still to send, with its attempts so far; null once sent or given up. */
  async pending(id: string): Promise<PendingMail | null> {
    const [row]: PendingMail[] = await this.db.query(
      `SELECT id, to_address, subject, text_body, attempts FROM mail_outbox WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Messages still to send that no delivery job names (written before deliveries were jobs). Two
   * instances starting at once may both queue one: a delivery skips a message already sent.
   */
  async pendingWithoutJob(queue: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT o.id FROM mail_outbox o
        WHERE o.sent_at IS NULL AND o.failed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.data->>'mailId' = o.id::text)
        ORDER BY o.created_at LIMIT 10000`,
      [queue],
    );
    return rows.map((r) => r.id);
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
  }

  /** Records a failed attempt; `giveUp` marks the message failed for good. */
  async markAttemptFailed(id: string, error: string, giveUp: boolean): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, failed_at = CASE WHEN $3 THEN now() END WHERE id = $1`, [id, error, giveUp]);
  }
}
