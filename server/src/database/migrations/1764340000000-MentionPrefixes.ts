import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mention suggestions look members up by the first letters of their handle or of their name as
 * they are typed. `text_pattern_ops` lets a B-tree answer `LIKE 'al%'` from its first letter on,
 * where the directory's trigram index needs three. The handle's existing unique index compares by
 * collation and cannot serve LIKE, so it gets a second one; the name gets its first.
 */
export class MentionPrefixes1764340000000 implements MigrationInterface {
  name = 'MentionPrefixes1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX users_handle_prefix_idx ON users (lower(handle) text_pattern_ops)`);
    await q.query(`CREATE INDEX users_name_prefix_idx ON users (lower(display_name) text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_name_prefix_idx`);
    await q.query(`DROP INDEX users_handle_prefix_idx`);
  }
}
