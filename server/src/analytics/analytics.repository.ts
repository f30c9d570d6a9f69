import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DayRange } from './kpi-period.js';

/** The per-day counters of `kpi_daily`, by metric name. */
export const DAILY_METRICS = ['new_members', 'visitors', 'active_members', 'contributing_members', 'topics', 'replies', 'reactions', 'ideas', 'rsvps', 'contest_entries'] as const;
export type DailyMetric = (typeof DAILY_METRICS)[number];

/** A signed-out reader with more requests than this in a day behaves like a robot and is not a visitor. */
export const VISITOR_MAX_REQUESTS = 500;
/** Days `visitor_days` keeps its rows (and the rollup recounts visitors); older days keep their count. */
export const VISITOR_DAYS_KEPT = 40;
/** Topics still waiting for a (team) reply are looked at again by the rollup for this many days. */
const WAITING_DAYS = 30;

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
 * A CTE `bd (day, i)` naming the range (1-based `i`) each day belongs to, for an equality join
 * from day rows to ranges (ranges may overlap: the period's total and its buckets). Parameters $1
 * and $2 are the ranges' starts and ends, $3 and $4 the earliest start and the latest end.
 */
function bucketDays(ranges: readonly DayRange[]): { sql: string; params: unknown[] } {
  const starts = ranges.map((r) => r.start);
  const ends = ranges.map((r) => r.end);
  return {
    sql: `bd AS (SELECT d::date AS day, b.i::int AS i FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS b(s, e, i),
      generate_series(b.s, b.e - 1, interval '1 day') AS d)`,
    params: [starts, ends, starts.reduce((a, b) => (b < a ? b : a)), ends.reduce((a, b) => (b > a ? b : a))],
  };
}

/** Rows keyed by 1-based range index, in the ranges' order, `empty` where a range has none. */
function byRange<T extends { i: number }, V>(ranges: readonly DayRange[], rows: readonly T[], empty: V): Array<V | Omit<T, 'i'>> {
  const found = new Map(rows.map(({ i, ...rest }) => [i, rest]));
  return ranges.map((_, index) => found.get(index + 1) ?? empty);
}

/**
 * Every query of the KPI dashboard. The rollup statements read the forum's tables for a run of
 * UTC days and write this feature's own tables; the dashboard's reads touch only the rollups,
 * except the top topics (the topics started in the period, by their stored counters).
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
      [range.start, range.end, DAILY_METRICS],
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

  /** Recounts who wrote how many posts on each day; writing makes a member active that day. */
  async rollWriters(m: EntityManager, range: DayRange): Promise<void> {
    await m.query(`UPDATE member_activity_days SET posts = 0 WHERE day >= $1 AND day < $2 AND posts > 0`, [range.start, range.end]);
    await m.query(
      `INSERT INTO member_activity_days (day, user_id, posts)
       SELECT (p.created_at AT TIME ZONE 'UTC')::date, p.author_id, count(*) FROM posts p
       WHERE p.created_at >= ${START('$1')} AND p.created_at < ${START('$2')} AND p.author_id IS NOT NULL AND ${COUNTED_POST}
       GROUP BY 1, 2
       ON CONFLICT (day, user_id) DO UPDATE SET posts = EXCLUDED.posts`,
      [range.start, range.end],
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
   * Distinct active and contributing members (role MEMBER) in each range: one pass over the
   * range's days per range, members grouped first and their role looked up after.
   */
  async activeMembers(ranges: readonly DayRange[]): Promise<Array<{ active: number; contributing: number }>> {
    if (ranges.length === 0) return [];
    const rows: Array<{ i: number; active: number; contributing: number }> = await this.db.query(
      `SELECT b.i::int AS i, x.active, x.contributing
       FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS b(s, e, i)
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS active, count(*) FILTER (WHERE m.wrote)::int AS contributing
         FROM (SELECT a.user_id, bool_or(a.posts > 0) AS wrote FROM member_activity_days a WHERE a.day >= b.s AND a.day < b.e GROUP BY a.user_id) m
         JOIN users u ON u.id = m.user_id AND u.role = 'MEMBER'
       ) x
       ORDER BY b.i`,
      [ranges.map((r) => r.start), ranges.map((r) => r.end)],
    );
    return rows.map((r) => ({ active: r.active, contributing: r.contributing }));
  }

  /** Member topics started in each range, and how many of them got a reply. */
  async repliedTopics(ranges: readonly DayRange[]): Promise<Array<{ topics: number; replied: number }>> {
    const { sql, params } = bucketDays(ranges);
    const rows: Array<{ i: number; topics: number; replied: number }> = await this.db.query(
      `WITH ${sql}
       SELECT bd.i, count(*)::int AS topics, count(r.first_reply_at)::int AS replied
       FROM topic_response_times r JOIN bd ON bd.day = (r.created_at AT TIME ZONE 'UTC')::date
       WHERE r.created_at >= ${START('$3')} AND r.created_at < ${START('$4')}
       GROUP BY bd.i`,
      params,
    );
    return byRange(ranges, rows, { topics: 0, replied: 0 });
  }

  /** Response-time figures of the member topics started in the range (seconds of business time). */
  async responseFigures(range: DayRange, targetSeconds: number): Promise<ResponseFigures> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS topics, count(first_reply_at)::int AS replied, count(first_team_reply_at)::int AS "answeredByTeam",
         count(*) FILTER (WHERE team_reply_business_seconds <= $3)::int AS "withinTarget",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY any_reply_business_seconds) AS "anyMedian",
         percentile_cont(0.9) WITHIN GROUP (ORDER BY any_reply_business_seconds) AS "anyP90",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY team_reply_business_seconds) AS "teamMedian",
         percentile_cont(0.9) WITHIN GROUP (ORDER BY team_reply_business_seconds) AS "teamP90"
       FROM topic_response_times WHERE created_at >= ${START('$1')} AND created_at < ${START('$2')}`,
      [range.start, range.end, targetSeconds],
    );
    return row;
  }

  /** Members who wrote the most posts in the range. */
  async topContributors(range: DayRange, limit: number): Promise<Array<{ userId: string; handle: string; displayName: string; posts: number }>> {
    return this.db.query(
      `SELECT u.id AS "userId", u.handle, u.display_name AS "displayName", sum(a.posts)::int AS posts
       FROM member_activity_days a JOIN users u ON u.id = a.user_id
       WHERE a.day >= $1 AND a.day < $2 AND a.posts > 0 AND u.role = 'MEMBER'
       GROUP BY u.id ORDER BY posts DESC, u.handle LIMIT $3`,
      [range.start, range.end, limit],
    );
  }

  /** Topics started in the range with the most replies and reactions so far. */
  async topTopics(range: DayRange, limit: number): Promise<Array<{ topicId: string; title: string; replies: number; reactions: number }>> {
    return this.db.query(
      `SELECT t.id AS "topicId", t.title, t.reply_count AS replies, t.reaction_count AS reactions FROM topics t
       WHERE t.created_at >= ${START('$1')} AND t.created_at < ${START('$2')} AND t.deleted_at IS NULL AND ${LISTED_TOPIC}
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
