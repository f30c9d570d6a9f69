import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups that let the KPI dashboard read a period without counting raw rows.
 *
 * - `kpi_member_returns`: for each day, how many members were active (or contributing) that day
 *   and had last been so on `prev_day` (`-infinity`: never before). The distinct members of any
 *   run of days [s, e) are then the rows with s ≤ day < e and prev_day < s: every member counted
 *   once, on their first day in the run. A year is about a thousand rows.
 * - `kpi_top_topics`: each day's ten topics with the most replies and reactions, the candidates
 *   for a period's top topics (ranked again by their current counts when read).
 * - `member_activity_days (user_id, day) INCLUDE (posts)` finds a member's previous active or
 *   contributing day, and sums a period's posts per member from the index alone (a skip scan);
 *   `topic_response_times (created_at)` now carries the response-time columns so the
 *   percentiles read the index alone too; `inbox_items (reason)` of open items counts the
 *   unanswered ones without reading the rows.
 * - `inbox_items_open_idx` is made again with the claim and category columns in it, so the
 *   inbox's counts read that index alone (on installs whose reply-inbox migration made it without).
 *
 * The new rollups are filled here from the existing ones for the days already rolled up; the
 * two per-day counts of members' topics (`member_topics`, `member_topics_replied`) too.
 */
export class KpiReadRollups1764330000000 implements MigrationInterface {
  name = 'KpiReadRollups1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_member_returns (
        day date NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('active', 'contributing')),
        prev_day date NOT NULL,
        members int NOT NULL,
        PRIMARY KEY (day, kind, prev_day)
      )`);
    await q.query(`
      CREATE TABLE kpi_top_topics (
        day date NOT NULL,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        score int NOT NULL,
        PRIMARY KEY (day, topic_id)
      )`);
    await q.query(`CREATE INDEX kpi_top_topics_topic_idx ON kpi_top_topics (topic_id)`);
    await q.query(`CREATE INDEX member_activity_days_user_idx ON member_activity_days (user_id, day) INCLUDE (posts)`);
    await q.query(`CREATE INDEX inbox_items_open_reason_idx ON inbox_items (reason) WHERE closed_at IS NULL`);
    await q.query(`DROP INDEX inbox_items_open_idx`);
    await q.query(`CREATE INDEX inbox_items_open_idx ON inbox_items (waiting_since, topic_id) INCLUDE (category_id, claimed_by, claimed_until) WHERE closed_at IS NULL`);
    await q.query(`DROP INDEX topic_response_times_created_idx`);
    await q.query(`CREATE INDEX topic_response_times_created_idx ON topic_response_times (created_at)
      INCLUDE (first_reply_at, first_team_reply_at, any_reply_business_seconds, team_reply_business_seconds)`);

    // Backfill from what the earlier rollups hold.
    await q.query(`
      INSERT INTO kpi_member_returns (day, kind, prev_day, members)
      WITH days AS (
        SELECT a.day, a.posts > 0 AS wrote, lag(a.day) OVER w AS prev,
          max(a.day) FILTER (WHERE a.posts > 0) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_post
        FROM member_activity_days a JOIN users u ON u.id = a.user_id AND u.role = 'MEMBER'
        WINDOW w AS (PARTITION BY a.user_id ORDER BY a.day)
      )
      SELECT day, 'active', coalesce(prev, '-infinity'), count(*) FROM days GROUP BY day, prev
      UNION ALL
      SELECT day, 'contributing', coalesce(prev_post, '-infinity'), count(*) FROM days WHERE wrote GROUP BY day, prev_post`);
    await q.query(`
      INSERT INTO kpi_top_topics (day, topic_id, score)
      SELECT day, id, score FROM (
        SELECT (t.created_at AT TIME ZONE 'UTC')::date AS day, t.id, t.reply_count + t.reaction_count AS score,
          row_number() OVER (PARTITION BY (t.created_at AT TIME ZONE 'UTC')::date ORDER BY t.reply_count + t.reaction_count DESC, t.created_at, t.id) AS n
        FROM topics t
        WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.created_at >= (SELECT min(day) FROM kpi_rollups)::timestamp AT TIME ZONE 'UTC'
      ) x WHERE n <= 10`);
    await q.query(`
      INSERT INTO kpi_daily (day, metric, value)
      SELECT r.day, m.metric, CASE m.metric WHEN 'member_topics' THEN coalesce(c.topics, 0) ELSE coalesce(c.replied, 0) END
      FROM kpi_rollups r CROSS JOIN (VALUES ('member_topics'), ('member_topics_replied')) AS m(metric)
      LEFT JOIN (
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS topics, count(first_reply_at) AS replied
        FROM topic_response_times GROUP BY 1
      ) c ON c.day = r.day
      ON CONFLICT (day, metric) DO UPDATE SET value = EXCLUDED.value`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM kpi_daily WHERE metric IN ('member_topics', 'member_topics_replied')`);
    await q.query(`DROP INDEX topic_response_times_created_idx`);
    await q.query(`CREATE INDEX topic_response_times_created_idx ON topic_response_times (created_at)`);
    await q.query(`DROP INDEX inbox_items_open_idx`);
    await q.query(`CREATE INDEX inbox_items_open_idx ON inbox_items (waiting_since, topic_id) WHERE closed_at IS NULL`);
    await q.query(`DROP INDEX inbox_items_open_reason_idx`);
    await q.query(`DROP INDEX member_activity_days_user_idx`);
    await q.query(`DROP TABLE kpi_top_topics`);
    await q.query(`DROP TABLE kpi_member_returns`);
  }
}
