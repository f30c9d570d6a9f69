import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups behind the staff KPI dashboard, kept current by background jobs so the dashboard reads a
 * few thousand small rows however large the forum grows. Days are UTC calendar dates.
 *
 * - `kpi_daily`: one counter per day and metric (new members, visitors, topics, replies, …).
 * - `kpi_category_days`: topics and replies per category and day (busiest categories).
 * - `kpi_rollups`: when each day was last computed (the dashboard recomputes a stale today).
 * - `member_activity_days`: who was active on a day (a signed-in request, or a post), and how
 *   many posts they wrote that day; distinct counts per week or month are taken from it.
 * - `topic_response_times`: per topic started by a member, when it got its first reply and its
 *   first team reply, and those waits in business-hours seconds (percentiles are taken at read time).
 * - `visitor_days` / `visitor_salts`: unique signed-out readers per day, as a salted hash only; a
 *   day's salt is random and deleted soon after the day ends, so a hash can never be recomputed
 *   from an address. Neither table holds an address or a user agent.
 *
 * Also an index on `posts (created_at)` and `reactions (created_at)`: the rollup reads one day of
 * posts and reactions at a time.
 */
export class CommunityKpis1764310000000 implements MigrationInterface {
  name = 'CommunityKpis1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_daily (
        day date NOT NULL,
        metric varchar(32) NOT NULL,
        value bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (day, metric)
      )`);
    await q.query(`
      CREATE TABLE kpi_category_days (
        day date NOT NULL,
        category_id uuid NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
        topics integer NOT NULL DEFAULT 0,
        replies integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, category_id)
      )`);
    await q.query(`
      CREATE TABLE kpi_rollups (
        day date PRIMARY KEY,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE member_activity_days (
        day date NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        posts integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, user_id)
      )`);
    await q.query(`
      CREATE TABLE topic_response_times (
        topic_id uuid PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        first_reply_at timestamptz,
        first_team_reply_at timestamptz,
        any_reply_business_seconds integer,
        team_reply_business_seconds integer
      )`);
    await q.query(`CREATE INDEX topic_response_times_created_idx ON topic_response_times (created_at)`);
    // Topics still waiting for a reply or a team reply: the rollup looks at them again.
    await q.query(`CREATE INDEX topic_response_times_waiting_idx ON topic_response_times (created_at) WHERE first_team_reply_at IS NULL OR first_reply_at IS NULL`);
    await q.query(`
      CREATE TABLE visitor_days (
        day date NOT NULL,
        visitor_hash bytea NOT NULL,
        requests integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, visitor_hash)
      )`);
    await q.query(`
      CREATE TABLE visitor_salts (
        day date PRIMARY KEY,
        salt bytea NOT NULL
      )`);
    // Posts by time, all of them (hidden and held too): the rollups read a day's posts, and the review
    // feed walks them in order from a staff member's mark (hence the id). Sorting a million posts'
    // keys in memory is several times faster than spilling to disk; the setting ends with the migration.
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX posts_created_idx ON posts (created_at, id)`);
    await q.query(`CREATE INDEX reactions_created_idx ON reactions (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reactions_created_idx`);
    await q.query(`DROP INDEX posts_created_idx`);
    await q.query(`DROP TABLE visitor_salts`);
    await q.query(`DROP TABLE visitor_days`);
    await q.query(`DROP TABLE topic_response_times`);
    await q.query(`DROP TABLE member_activity_days`);
    await q.query(`DROP TABLE kpi_rollups`);
    await q.query(`DROP TABLE kpi_category_days`);
    await q.query(`DROP TABLE kpi_daily`);
  }
}
