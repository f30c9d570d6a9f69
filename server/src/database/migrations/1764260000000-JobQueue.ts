import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background work moves to a PostgreSQL job queue (pg-boss, in its own schema, which it migrates
 * itself on start). `job_runs` records each job whose database effects committed, in the same
 * transaction as those effects, so a job retried after a crash or an expiry does nothing twice.
 * Mail is delivered by queued jobs now: the outbox keeps each message and its status, and the
 * queue decides when to try again, so the outbox's own schedule column goes.
 */
export class JobQueue1764260000000 implements MigrationInterface {
  name = 'JobQueue1764260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_runs (
        job_id uuid PRIMARY KEY,
        queue text NOT NULL,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX job_runs_ran_at_idx ON job_runs (ran_at)`);
    await q.query(`DROP INDEX mail_outbox_due_idx`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN send_after`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN send_after timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (send_after) WHERE sent_at IS NULL AND failed_at IS NULL`);
    await q.query(`DROP TABLE job_runs`);
  }
}
