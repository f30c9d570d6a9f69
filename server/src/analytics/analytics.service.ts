import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALWAYS_OPEN, businessMillisBetween, type BusinessHours } from '../common/business-hours.js';
import { csvLine } from '../common/csv.js';
import { transaction } from '../common/transaction.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { InboxService } from '../inbox/inbox.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { badRebuildDays } from './analytics.errors.js';
import type { CommunityKpisInput, CommunityKpisObject, KpiFiguresObject, KpiPeriodObject } from './analytics.objects.js';
import { AnalyticsRepository, DAILY_METRICS, WAITING_DAYS, type DailyMetric, type ResponseTimeRow } from './analytics.repository.js';
import { addDays, KPI_LIMITS, kpiPeriods, utcDay, type DayRange } from './kpi-period.js';

export const KPI_ROLLUP_JOB = 'kpis.rollup';
export const KPI_NIGHTLY_JOB = 'kpis.nightly';
export const KPI_REBUILD_JOB = 'kpis.rebuild';
/** The most days a rebuild recomputes (three years). */
export const KPI_REBUILD_MAX_DAYS = 1100;
const TOP = 10;
/** Days one rollup transaction covers during a rebuild. */
const SLICE_DAYS = 31;

function alwaysOpen(hours: BusinessHours): boolean {
  if (hours.holidays.length > 0) return false;
  return [1, 2, 3, 4, 5, 6, 7].every((d) => hours.week.some((p) => p.day === d && p.start === '00:00' && p.end === '24:00'));
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round = (v: number | null) => (v === null ? null : Math.round(v));

/**
 * The community KPI dashboard. Figures come from rollups (`kpi_daily`, `member_activity_days`,
 * `topic_response_times`, `kpi_category_days`, `visitor_days`) that jobs keep current: today and
 * yesterday every 5 minutes, the last 3 days nightly, any number of days on request. When the
 * dashboard is read and today's rollup is older than KPI_FRESH_SECONDS, today is recomputed first.
 *
 * Definitions (days are UTC calendar days):
 * - new members: accounts created that are active members now;
 * - visitors: unique signed-out readers per day (see ActivityRecorder), summed over days;
 * - active members: distinct people with the MEMBER role (when their day was rolled up) who made a
 *   signed-in request or wrote; contributing members: those who wrote a topic or reply;
 *   contributor share = contributing ÷ active;
 * - contributions: topics, replies, reactions, RSVPs (not NOT_GOING) and contest entries (ideas
 *   are topics and are shown apart, not added twice);
 * - participation: replies ÷ topics, and the share of members' topics with a reply by someone else;
 * - response times: for topics started by members, the business time to the first reply by
 *   anyone but the author and to the first reply by staff; median and 90th percentile over the
 *   topics started in the period; within target = team reply within the inbox target ÷ all of them;
 * - top topics: topics started in the period with the most replies plus reactions now, chosen
 *   among each day's ten best as of the last rollup of that day (older days: the last nightly pass);
 * - unanswered now: open UNANSWERED inbox items of listed topics.
 */
@Injectable()
export class AnalyticsService {
  private readonly logger = new Logger(AnalyticsService.name);

  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly inbox: InboxService,
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.defineIdempotent(KPI_ROLLUP_JOB, async () => void (await this.recomputeRecent(2)), { retryLimit: 1 });
    jobs.defineIdempotent(KPI_NIGHTLY_JOB, async () => void (await this.nightly()), { retryLimit: 2 });
    jobs.defineIdempotent<{ days: number }>(KPI_REBUILD_JOB, async ({ days }) => void (await this.rebuild(days)), { retryLimit: 1, expireInSeconds: 3600 });
    if (config.env !== 'test') {
      // Tests call the rollups directly.
      jobs.every(KPI_ROLLUP_JOB, '*/5 * * * *');
      jobs.every(KPI_NIGHTLY_JOB, '40 0 * * *');
    }
  }

  // ---- rollups -----------------------------------------------------------------------------------

  /**
   * Recomputes every rollup of the days in `range` in one transaction. With `wait` false it gives
   * up (returns false) when another rollup is running, rather than queue behind it.
   */
  async recompute(range: DayRange, wait = true): Promise<boolean> {
    const settings = await this.inbox.settings();
    const hours = settings.businessHours ?? ALWAYS_OPEN;
    const open = alwaysOpen(hours);
    const seconds = (from: Date, to: Date | null) => (to === null ? null : Math.floor((open ? Math.max(0, to.getTime() - from.getTime()) : businessMillisBetween(from, to, hours)) / 1000));
    return transaction(this.db, async (m) => {
      if (!(await this.repository.lock(m, wait))) return false;
      await this.repository.rollWriters(m, range);
      await this.repository.rollReturns(m, range);
      await this.repository.rollCounters(m, range);
      await this.repository.rollCategories(m, range);
      await this.repository.rollTopTopics(m, range);
      const candidates = await this.repository.responseCandidates(m, range);
      const rows: ResponseTimeRow[] = candidates.map((c) => ({ ...c, anySeconds: seconds(c.createdAt, c.firstReplyAt), teamSeconds: seconds(c.createdAt, c.firstTeamReplyAt) }));
      await this.repository.saveResponseTimes(m, range, rows);
      // The range's days, and those of the older topics whose first replies were looked at again.
      await this.repository.rollResponseDays(m, range);
      await this.repository.rollResponseDays(m, { start: addDays(utcDay(), -WAITING_DAYS - 1), end: addDays(utcDay(), 1) });
      await this.repository.markComputed(m, range);
      return true;
    });
  }

  /** The last `days` days up to today (the scheduled passes), then forgets old visitor salts. */
  async recomputeRecent(days: number): Promise<void> {
    const today = utcDay();
    await this.recompute({ start: addDays(today, 1 - days), end: addDays(today, 1) });
    await this.repository.pruneVisitors();
  }

  /**
   * The nightly pass: the last three days, then every day's top topics over the longest period
   * and the one before it, so older days' candidates follow their topics' counts within a day.
   */
  async nightly(): Promise<void> {
    await this.recomputeRecent(3);
    const end = addDays(utcDay(), 1);
    await transaction(this.db, async (m) => {
      await this.repository.lock(m, true);
      await this.repository.rollTopTopics(m, { start: addDays(end, -2 * KPI_LIMITS.maxDays), end });
    });
  }

  /** Recomputes the last `days` days, a month at a time, oldest first. Returns the time taken in ms. */
  async rebuild(days: number): Promise<number> {
    if (!Number.isInteger(days) || days < 1 || days > KPI_REBUILD_MAX_DAYS) throw badRebuildDays(KPI_REBUILD_MAX_DAYS);
    const started = Date.now();
    const end = addDays(utcDay(), 1);
    for (let start = addDays(end, -days); start < end; start = addDays(start, SLICE_DAYS)) {
      const sliceEnd = addDays(start, SLICE_DAYS) < end ? addDays(start, SLICE_DAYS) : end;
      await this.recompute({ start, end: sliceEnd });
    }
    await this.repository.pruneVisitors();
    await this.repository.vacuum();
    this.logger.log(`KPI rollups rebuilt for ${days} days in ${Date.now() - started} ms`);
    return Date.now() - started;
  }

  /** Queues a rebuild of the last `days` days (the staff mutation). */
  async requestRebuild(days: number): Promise<boolean> {
    if (!Number.isInteger(days) || days < 1 || days > KPI_REBUILD_MAX_DAYS) throw badRebuildDays(KPI_REBUILD_MAX_DAYS);
    await this.jobs.send(KPI_REBUILD_JOB, { days }, { singletonKey: `kpis-rebuild-${days}` });
    return true;
  }

  /** Today's rollup, recomputed when older than KPI_FRESH_SECONDS (skipped while another rollup runs). */
  private async freshToday(): Promise<Date | null> {
    const today = utcDay();
    const at = await this.repository.computedAt(today);
    if (at && Date.now() - at.getTime() < this.config.kpiFreshSeconds * 1000) return at;
    const done = await this.recompute({ start: today, end: addDays(today, 1) }, false);
    return done ? this.repository.computedAt(today) : at;
  }

  // ---- the dashboard -----------------------------------------------------------------------------

  async dashboard(input: CommunityKpisInput): Promise<CommunityKpisObject> {
    const periods = kpiPeriods(input.from, input.to, input.bucket, input.timeZone?.trim() || 'UTC');
    const computedAt = periods.current.end > utcDay() ? await this.freshToday() : await this.repository.computedAt(utcDay());
    const settings = await this.inbox.settings();
    const [current, previous, unansweredNow] = await Promise.all([
      this.period(periods.current, settings.targetMinutes),
      this.period(periods.previous, settings.targetMinutes),
      this.inbox.unansweredCount(),
    ]);
    return { bucket: input.bucket, timeZone: periods.timeZone, current, previous, unansweredNow, computedAt };
  }

  private async period(range: DayRange & { buckets: DayRange[] }, targetMinutes: number): Promise<KpiPeriodObject> {
    const ranges = [range, ...range.buckets];
    const [daily, active, response, topContributors, topTopics, busiestCategories] = await Promise.all([
      this.repository.daily(range),
      this.repository.activeMembers(ranges),
      this.repository.responseFigures(range, targetMinutes * 60),
      this.repository.topContributors(range, TOP),
      this.repository.topTopics(range, TOP),
      this.repository.busiestCategories(range, TOP),
    ]);
    const byDay = new Map<string, Partial<Record<DailyMetric, number>>>();
    for (const row of daily) {
      let day = byDay.get(row.day);
      if (!day) byDay.set(row.day, (day = {}));
      day[row.metric] = Number(row.value);
    }
    const figures = (r: DayRange, i: number): KpiFiguresObject => {
      const c = Object.fromEntries(DAILY_METRICS.map((metric) => [metric, 0])) as Record<DailyMetric, number>;
      for (let day = r.start; day < r.end; day = addDays(day, 1)) {
        const values = byDay.get(day);
        if (values) for (const metric of DAILY_METRICS) c[metric] += values[metric] ?? 0;
      }
      const a = active[i]!;
      return {
        newMembers: c.new_members,
        visitors: c.visitors,
        activeMembers: a.active,
        contributingMembers: a.contributing,
        contributorShare: share(a.contributing, a.active),
        topics: c.topics,
        replies: c.replies,
        reactions: c.reactions,
        ideas: c.ideas,
        rsvps: c.rsvps,
        contestEntries: c.contest_entries,
        contributions: c.topics + c.replies + c.reactions + c.rsvps + c.contest_entries,
        repliesPerTopic: share(c.replies, c.topics),
        memberTopics: c.member_topics,
        topicsWithReplyShare: share(c.member_topics_replied, c.member_topics),
      };
    };
    return {
      start: range.start,
      end: range.end,
      totals: figures(range, 0),
      series: range.buckets.map((b, i) => ({ start: b.start, end: b.end, ...figures(b, i + 1) })),
      responseTimes: {
        topics: response.topics,
        replied: response.replied,
        answeredByTeam: response.answeredByTeam,
        answeredWithinTarget: response.withinTarget,
        withinTargetShare: share(response.withinTarget, response.topics),
        targetMinutes,
        firstReplyMedianSeconds: round(response.anyMedian),
        firstReplyP90Seconds: round(response.anyP90),
        firstTeamReplyMedianSeconds: round(response.teamMedian),
        firstTeamReplyP90Seconds: round(response.teamP90),
      },
      topContributors,
      topTopics,
      busiestCategories,
    };
  }

  /** Every series of the dashboard as CSV: one line per bucket of both periods, every figure a column. */
  async csv(input: CommunityKpisInput): Promise<string> {
    const kpis = await this.dashboard(input);
    const columns = Object.keys(kpis.current.totals) as Array<keyof KpiFiguresObject>;
    let out = csvLine(['period', 'start', 'end', ...columns]);
    for (const [name, period] of [['current', kpis.current], ['previous', kpis.previous]] as const) {
      for (const point of period.series) out += csvLine([name, point.start, point.end, ...columns.map((c) => point[c])]);
      out += csvLine([`${name} total`, period.start, period.end, ...columns.map((c) => period.totals[c])]);
    }
    return out;
  }
}


