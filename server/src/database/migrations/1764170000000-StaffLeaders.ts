import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff hold the LEADER trust level by their role. The Membership migration set it for staff who
 * existed then; the first admin seeded later and people promoted since kept NEW.
 */
export class StaffLeaders1764170000000 implements MigrationInterface {
  name = 'StaffLeaders1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE users SET trust_level = 'LEADER' WHERE role <> 'MEMBER' AND trust_level <> 'LEADER'`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the levels staff had before were wrong.
  }
}
