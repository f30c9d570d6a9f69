import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DayRange } from './kpi-period.js';

/** The per-day counters of `kpi_daily` counted from the forum's tables, by metric name. */
export const COUNTED_METRICS = ['new_members', 'visitors', 'active_members', 'contributing_members', 'topics', 'replies', 'reactions', 'ideas', 'rsvps', 'contest_entries'] as const;
/** The per-day counters of `kpi_daily` counted from `topic_response_times`: members' topics started that day, and how many got a reply. */
export const RESPONSE_METRICS = ['member_topics', 'member_topics_replied'] as const;
export const DAILY_METRICS = [...COUNTED_METRICS, ...RESPONSE_METRICS] as const;
export type DailyMetric = (typeof DAILY_METRICS)[number];

/** A signed-out reader with more requests than this in a day behaves like a robot and is not a visitor. */
export const VISITOR_MAX_REQUESTS = 500;
/** Days `visitor_days` keeps its rows (and the rollup recounts visitors); older days keep their count. */
export const VISITOR_DAYS_KEPT = 40;
/** Topics still waiting for a (team) reply are looked at again by the rollup for this many days. */
export const WAITING_DAYS = 30;
/** Topics kept per day as candidates for a period's top topics. */
export const TOP_TOPICS_PER_DAY = 10;

/** A topic's first replies, before the business-hours arithmetic. */
export interface ResponseCandidate {
  topicId: string;
  createdAt: Date;
  firstReplyAt: Date | null;
  firstTeamReplyAt: Date | null;
}

export interface ResponseTimeRow {
  topicId: string;
  createdAt: Date;
  firstReplyAt: Date | null;
  firstTeamReplyAt: Date | null;
  anySeconds: number | null;
  teamSeconds: number | null;
}

export interface ResponseFigures {
  topics: number;
  replied: number;
  answeredByTeam: number;
  withinTarget: number;
  anyMedian: number | null;
  anyP90: number | null;
  teamMedian: number | null;
  teamP90: number | null;
}

/** A UTC date as the instant its day starts, in SQL. */
const START = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'UTC')`;
/** Posts that count: approved, not deleted or hidden. */
const COUNTED_POST = `p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'`;
const LISTED_TOPIC = `t.deleted_at IS NULL AND t.hidden_at IS NULL`;

/**
 * Every query of the KPI dashboard. The rollup statements read the forum's tables for a run of
 * UTC days and write this feature's own tables; the dashboard's reads touch only the rollups and
 * their indexes (and the few topics and members they name).
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- rollup ----------------------------------------------------------------------------------

  /** Holds the rollup lock for the rest of `m`'s transaction; false when another rollup holds it and `wait` is false. */
  async lock(m: EntityManager, wait: boolean): Promise<boolean> {
    const KEY = 7_246_311_310;
    if (wait) {
      await m.query(`SELECT pg_advisory_xact_lock(${KEY})`);
      return true;
    }
    const [{ ok }] = await m.query(`SELECT pg_try_advisory_xact_lock(${KEY}) AS ok`);
    return ok;
  }

  /**
   * Recounts every per-day counter of the days `range` covers (zero where nothing happened).
   * Active and contributing members of a day come from `member_activity_days`: roll the writers first.
   */
  async rollCounters(m: EntityManager, range: DayRange): Promise<void> {
    const lo = START('$1');
    const hi = START('$2');
    await m.query(
      `INSERT INTO kpi_daily (day, metric, value)
       SELECT d.day::date, mt.metric, coalesce(c.n, 0)
       FROM generate_series($1::date, $2::date - 1, interval '1 day') AS d(day)
       CROSS JOIN unnest($3::text[]) AS mt(metric)
       LEFT JOIN (
         SELECT (created_at AT TIME ZONE 'UTC')::date AS day, 'new_members' AS metric, count(*) AS n FROM users
           WHERE created_at >= ${lo} AND created_at < ${hi} AND membership = 'ACTIVE' GROUP BY 1
         UNION ALL
         SELECT day, 'visitors', count(*) FROM visitor_days WHERE day >= $1 AND day < $2 AND requests <= ${VISITOR_MAX_REQUESTS} GROUP BY 1
         UNION ALL
         SELECT a.day, 'active_members', count(*) FROM member_activity_days a JOIN users u ON u.id = a.user_id AND u.role = 'MEMBER'
           WHERE a.day >= $1 AND a.day < $2 GROUP BY 1
         UNION ALL
         SELECT a.day, 'contributing_members', count(*) FROM member_activity_days a JOIN users u ON u.id = a.user_id AND u.role = 'MEMBER'
           WHERE a.day >= $1 AND a.day < $2 AND a.posts > 0 GROUP BY 1
         UNION ALL
         SELECT (t.created_at AT TIME ZONE 'UTC')::date, 'topics', count(*) FROM topics t
           WHERE t.created_at >= ${lo} AND t.created_at < ${hi} AND ${LISTED_TOPIC} GROUP BY 1
         UNION ALL
         SELECT (p.created_at AT TIME ZONE 'UTC')::date, 'replies', count(*) FROM posts p
           WHERE p.created_at >= ${lo} AND p.created_at < ${hi} AND p.post_number > 1 AND ${COUNTED_POST} GROUP BY 1
         UNION ALL
         SELECT (created_at AT TIME ZONE 'UTC')::date, 'reactions', count(*) FROM reactions
           WHERE created_at >= ${lo} AND created_at < ${hi} GROUP BY 1
         UNION ALL
         SELECT (i.created_at AT TIME ZONE 'UTC')::date, 'ideas', count(*) FROM ideas i JOIN topics t ON t.id = i.topic_id
           WHERE i.created_at >= ${lo} AND i.created_at < ${hi} AND ${LISTED_TOPIC} GROUP BY 1
         UNION ALL
         SELECT (created_at AT TIME ZONE 'UTC')::date, 'rsvps', count(*) FROM event_rsvps
           WHERE created_at >= ${lo} AND created_at < ${hi} AND status <> 'NOT_GOING' GROUP BY 1
         UNION ALL
         SELECT (created_at AT TIME ZONE 'UTC')::date, 'contest_entries', count(*) FROM contest_entries
           WHERE created_at >= ${lo} AND created_at < ${hi} GROUP BY 1
       ) c ON c.day = d.day::date AND c.metric = mt.metric
       -- Visitors are recounted only while their rows are kept; older days keep the count they had.
       WHERE mt.metric <> 'visitors' OR d.day::date >= (now() AT TIME ZONE 'UTC')::date - ${VISITOR_DAYS_KEPT}
       ON CONFLICT (day, metric) DO UPDATE SET value = EXCLUDED.value`,
      [range.start, range.end, COUNTED_METRICS],
    );
  }

  /** Recounts topics and replies per category and day. */
  async rollCategories(m: EntityManager, range: DayRange): Promise<void> {
    const lo = START('$1');
    const hi = START('$2');
    await m.query(`DELETE FROM kpi_category_days WHERE day >= $1 AND day < $2`, [range.start, range.end]);
    await m.query(
      `INSERT INTO kpi_category_days (day, category_id, topics, replies)
       SELECT day, category_id, sum(topics), sum(replies) FROM (
         SELECT (t.created_at AT TIME ZONE 'UTC')::date AS day, t.category_id, count(*) AS topics, 0 AS replies FROM topics t
           WHERE t.created_at >= ${lo} AND t.created_at < ${hi} AND ${LISTED_TOPIC} GROUP BY 1, 2
         UNION ALL
         SELECT (p.created_at AT TIME ZONE 'UTC')::date, t.category_id, 0, count(*) FROM posts p JOIN topics t ON t.id = p.topic_id
           WHERE p.created_at >= ${lo} AND p.created_at < ${hi} AND p.post_number > 1 AND ${COUNTED_POST} AND ${LISTED_TOPIC} GROUP BY 1, 2
       ) x GROUP BY day, category_id`,
      [range.start, range.end],
    );
  }

  /**
   * Recounts who wrote how many posts on each day; writing makes a member active that day. Only
   * rows whose count changes are written (most do not, on the 5-minute pass).
   */
  async rollWriters(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(
      `WITH counts AS (
         SELECT (p.created_at AT TIME ZONE 'UTC')::date AS day, p.author_id AS user_id, count(*)::int AS posts FROM posts p
         WHERE p.created_at >= ${START('$1')} AND p.created_at < ${START('$2')} AND p.author_id IS NOT NULL AND ${COUNTED_POST}
         GROUP BY 1, 2
       ), gone AS (
         UPDATE member_activity_days a SET posts = 0
         WHERE a.day >= $1 AND a.day < $2 AND a.posts > 0 AND NOT EXISTS (SELECT 1 FROM counts c WHERE c.day = a.day AND c.user_id = a.user_id)
       )
       INSERT INTO member_activity_days (day, user_id, posts) SELECT day, user_id, posts FROM counts
       ON CONFLICT (day, user_id) DO UPDATE SET posts = EXCLUDED.posts WHERE member_activity_days.posts <> EXCLUDED.posts`,
      [range.start, range.end],
    );
  }

  /**
   * Recounts `kpi_member_returns` for the days of `range`: per day, the members (role MEMBER) active
   * (or contributing) that day by the day they last were before it. Roll the writers first.
   */
  async rollReturns(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(`DELETE FROM kpi_member_returns WHERE day >= $1 AND day < $2`, [range.start, range.end]);
    // Each member's previous days: within the range by window, before it by one index probe per member.
    await m.query(
      `INSERT INTO kpi_member_returns (day, kind, prev_day, members)
       WITH people AS (
         SELECT x.user_id,
           (SELECT max(b.day) FROM member_activity_days b WHERE b.user_id = x.user_id AND b.day < $1) AS prev,
           (SELECT max(b.day) FROM member_activity_days b WHERE b.user_id = x.user_id AND b.day < $1 AND b.posts > 0) AS prev_post
         FROM (SELECT DISTINCT a.user_id FROM member_activity_days a WHERE a.day >= $1 AND a.day < $2) x
         JOIN users u ON u.id = x.user_id AND u.role = 'MEMBER'
       ), days AS (
         SELECT a.day, a.posts > 0 AS wrote,
           coalesce(lag(a.day) OVER w, p.prev) AS prev,
           coalesce(max(a.day) FILTER (WHERE a.posts > 0) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), p.prev_post) AS prev_post
         FROM member_activity_days a JOIN people p ON p.user_id = a.user_id
         WHERE a.day >= $1 AND a.day < $2
         WINDOW w AS (PARTITION BY a.user_id ORDER BY a.day)
       )
       SELECT day, 'active', coalesce(prev, '-infinity'), count(*) FROM days GROUP BY day, prev
       UNION ALL
       SELECT day, 'contributing', coalesce(prev_post, '-infinity'), count(*) FROM days WHERE wrote GROUP BY day, prev_post`,
      [range.start, range.end],
    );
  }

  /** Keeps each day's top topics (by replies and reactions now) for the days of `range`. */
  async rollTopTopics(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(`DELETE FROM kpi_top_topics WHERE day >= $1 AND day < $2`, [range.start, range.end]);
    await m.query(
      `INSERT INTO kpi_top_topics (day, topic_id, score)
       SELECT day, id, score FROM (
         SELECT (t.created_at AT TIME ZONE 'UTC')::date AS day, t.id, t.reply_count + t.reaction_count AS score,
           row_number() OVER (PARTITION BY (t.created_at AT TIME ZONE 'UTC')::date ORDER BY t.reply_count + t.reaction_count DESC, t.created_at, t.id) AS n
         FROM topics t
         WHERE t.created_at >= ${START('$1')} AND t.created_at < ${START('$2')} AND ${LISTED_TOPIC}
       ) x WHERE n <= ${TOP_TOPICS_PER_DAY}`,
      [range.start, range.end],
    );
  }

  /**
   * Recounts members' topics and those with a reply per creation day, from `topic_response_times`,
   * for the days of `range` (the rollup passes its own days and those of topics still waiting).
   */
  async rollResponseDays(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(
      `INSERT INTO kpi_daily (day, metric, value)
       SELECT d.day::date, mt.metric, CASE mt.metric WHEN 'member_topics' THEN coalesce(c.topics, 0) ELSE coalesce(c.replied, 0) END
       FROM generate_series($1::date, $2::date - 1, interval '1 day') AS d(day)
       CROSS JOIN unnest($3::text[]) AS mt(metric)
       LEFT JOIN (
         SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS topics, count(first_reply_at) AS replied
         FROM topic_response_times WHERE created_at >= ${START('$1')} AND created_at < ${START('$2')} GROUP BY 1
       ) c ON c.day = d.day::date
       ON CONFLICT (day, metric) DO UPDATE SET value = EXCLUDED.value`,
      [range.start, range.end, RESPONSE_METRICS],
    );
  }

  /**
   * Topics started by members in the range, and older ones (up to 30 days) still waiting for a
   * first reply or a first team reply, with those replies' times. A reply is an approved post
   * after the opening one by someone other than the topic's author; a team reply is one by staff.
   */
  async responseCandidates(m: EntityManager, range: DayRange): Promise<ResponseCandidate[]> {
    const rows: Array<{ topicId: string; createdAt: Date; firstReplyAt: Date | null; firstTeamReplyAt: Date | null }> = await m.query(
      `SELECT t.id AS "topicId", t.created_at AS "createdAt",
         (SELECT min(p.created_at) FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 AND ${COUNTED_POST}
            AND p.author_id IS DISTINCT FROM t.author_id) AS "firstReplyAt",
         (SELECT min(p.created_at) FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 AND ${COUNTED_POST}
            AND p.author_is_staff) AS "firstTeamReplyAt"
       FROM topics t JOIN users u ON u.id = t.author_id
       WHERE u.role = 'MEMBER' AND ${LISTED_TOPIC}
         AND ((t.created_at >= ${START('$1')} AND t.created_at < ${START('$2')})
           OR t.id IN (SELECT topic_id FROM topic_response_times
                       WHERE (first_reply_at IS NULL OR first_team_reply_at IS NULL) AND created_at >= now() - interval '${WAITING_DAYS} days'))`,
      [range.start, range.end],
    );
    return rows;
  }

  /** Replaces the range's response-time rows (topics deleted or hidden since drop out) and updates the waiting ones. */
  async saveResponseTimes(m: EntityManager, range: DayRange, rows: readonly ResponseTimeRow[]): Promise<void> {
    await m.query(`DELETE FROM topic_response_times WHERE created_at >= ${START('$1')} AND created_at < ${START('$2')}`, [range.start, range.end]);
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await m.query(
        `INSERT INTO topic_response_times (topic_id, created_at, first_reply_at, first_team_reply_at, any_reply_business_seconds, team_reply_business_seconds)
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::int[])
         ON CONFLICT (topic_id) DO UPDATE SET first_reply_at = EXCLUDED.first_reply_at, first_team_reply_at = EXCLUDED.first_team_reply_at,
           any_reply_business_seconds = EXCLUDED.any_reply_business_seconds, team_reply_business_seconds = EXCLUDED.team_reply_business_seconds`,
        [chunk.map((r) => r.topicId), chunk.map((r) => r.createdAt), chunk.map((r) => r.firstReplyAt), chunk.map((r) => r.firstTeamReplyAt), chunk.map((r) => r.anySeconds), chunk.map((r) => r.teamSeconds)],
      );
    }
  }

  /**
   * Vacuums and analyses the rollup tables after a rebuild rewrote them, so the dashboard's reads
   * go on reading indexes alone (and are planned for the new row counts) without waiting for autovacuum.
   */
  async vacuum(): Promise<void> {
    await this.db.query(`VACUUM (ANALYZE) member_activity_days, topic_response_times, kpi_member_returns, kpi_top_topics, kpi_daily, kpi_category_days`);
  }

  async markComputed(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(
      `INSERT INTO kpi_rollups (day, computed_at) SELECT d::date, now() FROM generate_series($1::date, $2::date - 1, interval '1 day') d
       ON CONFLICT (day) DO UPDATE SET computed_at = EXCLUDED.computed_at`,
      [range.start, range.end],
    );
  }

  /** When `day` was last computed, or null. */
  async computedAt(day: string): Promise<Date | null> {
    const rows: Array<{ at: Date }> = await this.db.query(`SELECT computed_at AS at FROM kpi_rollups WHERE day = $1`, [day]);
    return rows[0]?.at ?? null;
  }

  // ---- recording -------------------------------------------------------------------------------

  /** Marks these people active on `day` (those still there). */
  async recordMembers(day: string, userIds: readonly string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO member_activity_days (day, user_id) SELECT $1::date, u.id FROM users u WHERE u.id = ANY($2::uuid[])
       ON CONFLICT (day, user_id) DO NOTHING`,
      [day, userIds],
    );
  }

  /** The salt of `day`, made now when it has none. */
  async saltOf(day: string, fresh: Buffer): Promise<Buffer> {
    await this.db.query(`INSERT INTO visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING`, [day, fresh]);
    const [{ salt }] = await this.db.query(`SELECT salt FROM visitor_salts WHERE day = $1`, [day]);
    return salt;
  }

  /** Adds requests to the day's visitor hashes. */
  async recordVisitors(day: string, hashes: readonly Buffer[], requests: readonly number[]): Promise<void> {
    await this.db.query(
      `INSERT INTO visitor_days (day, visitor_hash, requests) SELECT $1::date, h, n FROM unnest($2::bytea[], $3::int[]) AS x(h, n)
       ON CONFLICT (day, visitor_hash) DO UPDATE SET requests = visitor_days.requests + EXCLUDED.requests`,
      [day, hashes, requests],
    );
  }

  /** Forgets salts of days over (yesterday's is kept for requests still being written) and old visitor rows. */
  async pruneVisitors(): Promise<void> {
    await this.db.query(`DELETE FROM visitor_salts WHERE day < (now() AT TIME ZONE 'UTC')::date - 1`);
    await this.db.query(`DELETE FROM visitor_days WHERE day < (now() AT TIME ZONE 'UTC')::date - ${VISITOR_DAYS_KEPT}`);
  }

  // ---- the dashboard -----------------------------------------------------------------------------

  async daily(range: DayRange): Promise<Array<{ day: string; metric: DailyMetric; value: number }>> {
    return this.db.query(`SELECT day::text AS day, metric, value::float8 AS value FROM kpi_daily WHERE day >= $1 AND day < $2`, [range.start, range.end]);
  }

  /**
   * Distinct active and contributing members (role MEMBER) in each range, from `kpi_member_returns`:
   * a member counts once, on the first day in the range they were active (their previous active
   * day is before the range).
   */
  async activeMembers(ranges: readonly DayRange[]): Promise<Array<{ active: number; contributing: number }>> {
    if (ranges.length === 0) return [];
    const rows: Array<{ i: number; active: number; contributing: number }> = await this.db.query(
      `SELECT b.i::int AS i,
         coalesce(sum(r.members) FILTER (WHERE r.kind = 'active'), 0)::int AS active,
         coalesce(sum(r.members) FILTER (WHERE r.kind = 'contributing'), 0)::int AS contributing
       FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS b(s, e, i)
       LEFT JOIN kpi_member_returns r ON r.day >= b.s AND r.day < b.e AND r.prev_day < b.s
       GROUP BY b.i ORDER BY b.i`,
      [ranges.map((r) => r.start), ranges.map((r) => r.end)],
    );
    return rows.map((r) => ({ active: r.active, contributing: r.contributing }));
  }

  /** Response-time figures of the member topics started in the range (seconds of business time), from the index alone. */
  async responseFigures(range: DayRange, targetSeconds: number): Promise<ResponseFigures> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS topics, count(first_reply_at)::int AS replied, count(first_team_reply_at)::int AS "answeredByTeam",
         count(*) FILTER (WHERE team_reply_business_seconds <= $3)::int AS "withinTarget",
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY any_reply_business_seconds) AS "any",
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY team_reply_business_seconds) AS "team"
       FROM topic_response_times WHERE created_at >= ${START('$1')} AND created_at < ${START('$2')}`,
      [range.start, range.end, targetSeconds],
    );
    const { any, team, ...counts } = row as Omit<ResponseFigures, 'anyMedian' | 'anyP90' | 'teamMedian' | 'teamP90'> & { any: Array<number | null> | null; team: Array<number | null> | null };
    return { ...counts, anyMedian: any?.[0] ?? null, anyP90: any?.[1] ?? null, teamMedian: team?.[0] ?? null, teamP90: team?.[1] ?? null };
  }

  /** Members who wrote the most posts in the range (their posts summed from the index alone first). */
  async topContributors(range: DayRange, limit: number): Promise<Array<{ userId: string; handle: string; displayName: string; posts: number }>> {
    return this.db.query(
      `SELECT u.id AS "userId", u.handle, u.display_name AS "displayName", x.posts
       FROM (SELECT a.user_id, sum(a.posts)::int AS posts FROM member_activity_days a
             WHERE a.day >= $1 AND a.day < $2 AND a.posts > 0 GROUP BY a.user_id) x
       JOIN users u ON u.id = x.user_id AND u.role = 'MEMBER'
       ORDER BY x.posts DESC, u.handle LIMIT $3`,
      [range.start, range.end, limit],
    );
  }

  /**
   * Topics started in the range with the most replies and reactions so far: the best of the days'
   * kept top topics by their score at the rollup (five times as many as asked), ranked by their
   * counts now (still listed ones only).
   */
  async topTopics(range: DayRange, limit: number): Promise<Array<{ topicId: string; title: string; replies: number; reactions: number }>> {
    return this.db.query(
      `SELECT t.id AS "topicId", t.title, t.reply_count AS replies, t.reaction_count AS reactions
       FROM (SELECT topic_id FROM kpi_top_topics WHERE day >= $1 AND day < $2 ORDER BY score DESC, topic_id LIMIT $3 * 5) k
       JOIN topics t ON t.id = k.topic_id
       WHERE ${LISTED_TOPIC}
       ORDER BY t.reply_count + t.reaction_count DESC, t.created_at, t.id LIMIT $3`,
      [range.start, range.end, limit],
    );
  }

  /** Categories with the most topics and replies in the range. */
  async busiestCategories(range: DayRange, limit: number): Promise<Array<{ categoryId: string; name: string; topics: number; replies: number }>> {
    return this.db.query(
      `SELECT c.id AS "categoryId", c.name, sum(k.topics)::int AS topics, sum(k.replies)::int AS replies
       FROM kpi_category_days k JOIN categories c ON c.id = k.category_id
       WHERE k.day >= $1 AND k.day < $2
       GROUP BY c.id ORDER BY sum(k.topics + k.replies) DESC, c.name LIMIT $3`,
      [range.start, range.end, limit],
    );
  }
}
