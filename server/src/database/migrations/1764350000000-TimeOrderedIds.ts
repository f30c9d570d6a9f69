import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables written on every post: a new row's id is time-ordered (see `uuid_time_ordered`). */
const TABLES = ['posts', 'topics', 'notifications'];

/**
 * New posts, topics and notifications get time-ordered ids (UUID version 7: the creation time in
 * milliseconds, then random bits), as posts written by the server already do. A random id puts
 * each new row's primary-key entry on a random page of an index that grows with the community, so
 * every reply dirtied (and after each checkpoint wrote whole to the WAL) a page no other reply
 * touched; time-ordered ids all land at the index's right edge. Ids stay UUIDs, and existing rows
 * keep theirs. The function works on every PostgreSQL this runs on (13 and later have
 * gen_random_uuid; 18's own uuidv7 is not needed).
 */
export class TimeOrderedIds1764350000000 implements MigrationInterface {
  name = 'TimeOrderedIds1764350000000';

  async up(q: QueryRunner): Promise<void> {
    // A random version 4 UUID (its variant bits are already those of version 7) with the first 48
    // bits replaced by the Unix time in milliseconds and the version nibble turned from 4 into 7.
    await q.query(`
      CREATE FUNCTION uuid_time_ordered() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
        SELECT encode(
          set_bit(set_bit(
            overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
            52, 1), 53, 1),
          'hex')::uuid
      $$`);
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} ALTER COLUMN id SET DEFAULT uuid_time_ordered()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP FUNCTION uuid_time_ordered()`);
  }
}
