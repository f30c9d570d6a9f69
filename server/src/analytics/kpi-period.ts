import { DateTime, IANAZone } from 'luxon';
import { periodInverted, periodTooLong, tooManyBuckets, unknownTimeZone } from './analytics.errors.js';

export type KpiBucketSize = 'DAY' | 'WEEK' | 'MONTH';

export const KPI_LIMITS = {
  /** The longest period answered, in days (two years and a leap day). */
  maxDays: 731,
  /** The most buckets in one series. */
  maxBuckets: 366,
} as const;

/** A run of calendar days, `start` inclusive and `end` exclusive, as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}

/** A period cut into buckets, and the period of the same length just before it, cut the same way. */
export interface KpiPeriods {
  timeZone: string;
  bucket: KpiBucketSize;
  current: DayRange & { buckets: DayRange[] };
  previous: DayRange & { buckets: DayRange[] };
}

const iso = (d: DateTime) => d.toISODate()!;

function cut(start: DateTime, end: DateTime, bucket: KpiBucketSize): DayRange[] {
  const out: DayRange[] = [];
  let at = start;
  while (at < end) {
    const next = bucket === 'DAY' ? at.plus({ days: 1 }) : bucket === 'WEEK' ? at.startOf('week').plus({ weeks: 1 }) : at.startOf('month').plus({ months: 1 });
    const stop = next < end ? next : end;
    out.push({ start: iso(at), end: iso(stop) });
    at = stop;
  }
  return out;
}

/**
 * The calendar days a period covers and its buckets. The period runs from the day of `from` to
 * the day of the last instant before `to`, both in `timeZone` (so from Monday 00:00 to the next
 * Monday 00:00 is seven days). Weeks start on Monday (ISO) and months on the 1st; a first or last
 * bucket cut by the period's edge is shorter. The previous period has as many days and ends the
 * day before the period starts. Throws the dashboard's BAD_USER_INPUT errors.
 */
export function kpiPeriods(from: Date, to: Date, bucket: KpiBucketSize, timeZone = 'UTC'): KpiPeriods {
  if (!(to.getTime() > from.getTime())) throw periodInverted();
  if (!IANAZone.isValidZone(timeZone)) throw unknownTimeZone(timeZone);
  // Calendar dates only from here on: a UTC zone avoids daylight-saving gaps in day arithmetic.
  const startLocal = DateTime.fromJSDate(from, { zone: timeZone });
  const lastLocal = DateTime.fromJSDate(new Date(to.getTime() - 1), { zone: timeZone });
  const start = DateTime.fromISO(iso(startLocal), { zone: 'UTC' });
  const end = DateTime.fromISO(iso(lastLocal), { zone: 'UTC' }).plus({ days: 1 });
  const days = Math.round(end.diff(start, 'days').days);
  if (days > KPI_LIMITS.maxDays) throw periodTooLong(KPI_LIMITS.maxDays);
  const buckets = cut(start, end, bucket);
  if (buckets.length > KPI_LIMITS.maxBuckets) throw tooManyBuckets(buckets.length, KPI_LIMITS.maxBuckets);
  const prevStart = start.minus({ days });
  return {
    timeZone,
    bucket,
    current: { start: iso(start), end: iso(end), buckets },
    previous: { start: iso(prevStart), end: iso(start), buckets: cut(prevStart, start, bucket) },
  };
}

/** Today's date in UTC, the rollups' calendar. */
export function utcDay(at = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** `day` plus `n` days (calendar days, so plain UTC date arithmetic). */
export function addDays(day: string, n: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + n);
  return at.toISOString().slice(0, 10);
}
