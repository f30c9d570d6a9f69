import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Flags remember whose content (or who) they are about, so a member's record lists the flags they
 * received by an index instead of joining every flag to posts and topics.
 */
export class FlagOwners1764160000000 implements MigrationInterface {
  name = 'FlagOwners1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE flags ADD COLUMN owner_id uuid REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`
      UPDATE flags f SET owner_id = CASE f.target_type
        WHEN 'USER' THEN f.target_id
        WHEN 'POST' THEN (SELECT author_id FROM posts WHERE id = f.target_id)
        WHEN 'TOPIC' THEN (SELECT author_id FROM topics WHERE id = f.target_id)
      END`);
    await q.query(`CREATE INDEX flags_owner_idx ON flags (owner_id, created_at DESC, id DESC) WHERE owner_id IS NOT NULL`);
    await q.query(`CREATE INDEX flags_flagger_page_idx ON flags (flagger_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX flags_flagger_page_idx`);
    await q.query(`ALTER TABLE flags DROP COLUMN owner_id`);
  }
}
