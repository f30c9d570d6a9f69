import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing email as a transactional outbox: a message is written in the transaction that causes
 * it (nothing is sent for work that rolls back, nothing is lost if the process dies after the
 * commit) and a delivery loop sends it, retrying with backoff.
 */
export class MailOutbox1764210000000 implements MigrationInterface {
  name = 'MailOutbox1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        text_body text NOT NULL,
        about_type varchar(32),
        about_id uuid,
        attempts integer NOT NULL DEFAULT 0,
        send_after timestamptz NOT NULL DEFAULT now(),
        last_error varchar(1000),
        sent_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (send_after) WHERE sent_at IS NULL AND failed_at IS NULL`);
    await q.query(`CREATE INDEX mail_outbox_about_idx ON mail_outbox (about_type, about_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
