import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The flag weight that hides a post pending review becomes a community setting (null: the deployment's default). */
export class FlagThreshold1764180000000 implements MigrationInterface {
  name = 'FlagThreshold1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE community ADD COLUMN flag_hide_threshold double precision
        CHECK (flag_hide_threshold IS NULL OR (flag_hide_threshold >= 1 AND flag_hide_threshold <= 100))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community DROP COLUMN flag_hide_threshold`);
  }
}
