import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff's member directory at scale: a trigram index answers "part of a handle, name or email"
 * without reading every member, and (created_at, id) pages newest first without sorting them all.
 * pg_trgm ships with PostgreSQL and is a trusted extension: a database owner may create it.
 */
export class MemberSearch1764190000000 implements MigrationInterface {
  name = 'MemberSearch1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX users_search_trgm_idx ON users USING gin ((lower(handle) || ' ' || lower(display_name) || ' ' || lower(email)) gin_trgm_ops)`);
    await q.query(`CREATE INDEX users_created_idx ON users (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_created_idx`);
    await q.query(`DROP INDEX users_search_trgm_idx`);
  }
}
