import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff hide whole topics (restorably) with a reason the author sees, as they hide posts. */
export class TopicHiding1764200000000 implements MigrationInterface {
  name = 'TopicHiding1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE topics ADD COLUMN hidden_reason varchar(500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE topics DROP COLUMN hidden_reason`);
  }
}
