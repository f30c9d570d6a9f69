import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory's role filter ("all moderators") pages newest first by an index, not a scan of every member. */
export class MemberRoleIndex1764220000000 implements MigrationInterface {
  name = 'MemberRoleIndex1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX users_role_created_idx ON users (role, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_role_created_idx`);
  }
}
