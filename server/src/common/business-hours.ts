import { DateTime, IANAZone } from 'luxon';

/**
 * Business hours: the times of the week a team answers, in one time zone, with holidays off. The
 * reply inbox counts a question's wait in them and the KPIs count response times in them, so a
 * question asked on Friday night has not waited all weekend.
 *
 * Times are wall-clock times of `timeZone` (Luxon turns them into instants, so a daylight-saving
 * change makes that day an hour shorter or longer, as the clock on the wall says).
 */
export interface BusinessHours {
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Open periods by ISO weekday (1 Monday … 7 Sunday); `start` before `end`, `HH:MM`, `end` may be `24:00`. */
  week: ReadonlyArray<{ day: number; start: string; end: string }>;
  /** Days off as local dates `YYYY-MM-DD`. */
  holidays: readonly string[];
}

/** Around the clock, every day, in UTC: what a community has until it sets its hours. */
export const ALWAYS_OPEN: BusinessHours = {
  timeZone: 'UTC',
  week: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })),
  holidays: [],
};

/** What is wrong with a schedule, as a reason code and the field it concerns. */
export interface BusinessHoursProblem {
  field: 'timeZone' | 'week' | 'holidays';
  reason: 'UNKNOWN_TIME_ZONE' | 'INVALID_TIME' | 'EMPTY_HOURS' | 'OVERLAPPING_HOURS' | 'INVALID_DATE' | 'TOO_MANY';
  message: string;
}

export const BUSINESS_HOURS_LIMITS = { periods: 28, holidays: 366 } as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The first problem of a schedule, or null when it is sound. */
export function businessHoursProblem(hours: BusinessHours): BusinessHoursProblem | null {
  if (!IANAZone.isValidZone(hours.timeZone)) return { field: 'timeZone', reason: 'UNKNOWN_TIME_ZONE', message: `"${hours.timeZone}" is not a time zone we know (use an IANA name such as Europe/Berlin).` };
  if (hours.week.length === 0) return { field: 'week', reason: 'EMPTY_HOURS', message: 'Give at least one open period in the week.' };
  if (hours.week.length > BUSINESS_HOURS_LIMITS.periods) return { field: 'week', reason: 'TOO_MANY', message: `At most ${BUSINESS_HOURS_LIMITS.periods} open periods a week.` };
  for (const period of hours.week) {
    if (!Number.isInteger(period.day) || period.day < 1 || period.day > 7) return { field: 'week', reason: 'INVALID_TIME', message: 'Days are 1 (Monday) to 7 (Sunday).' };
    if (!TIME.test(period.start) || !TIME.test(period.end) || period.start === '24:00') return { field: 'week', reason: 'INVALID_TIME', message: 'Times are HH:MM, from 00:00 to 24:00.' };
    if (minutes(period.start) >= minutes(period.end)) return { field: 'week', reason: 'EMPTY_HOURS', message: `An open period must end after it starts (${period.start}–${period.end}).` };
  }
  for (let day = 1; day <= 7; day++) {
    const periods = hours.week.filter((p) => p.day === day).sort((a, b) => minutes(a.start) - minutes(b.start));
    for (let i = 1; i < periods.length; i++) {
      if (minutes(periods[i]!.start) < minutes(periods[i - 1]!.end)) {
        return { field: 'week', reason: 'OVERLAPPING_HOURS', message: `Open periods overlap on day ${day} (${periods[i - 1]!.start}–${periods[i - 1]!.end} and ${periods[i]!.start}–${periods[i]!.end}).` };
      }
    }
  }
  if (hours.holidays.length > BUSINESS_HOURS_LIMITS.holidays) return { field: 'holidays', reason: 'TOO_MANY', message: `At most ${BUSINESS_HOURS_LIMITS.holidays} holidays.` };
  for (const date of hours.holidays) {
    if (!DATE.test(date) || !DateTime.fromISO(date, { zone: hours.timeZone }).isValid) return { field: 'holidays', reason: 'INVALID_DATE', message: `"${date}" is not a date (YYYY-MM-DD).` };
  }
  return null;
}

/** How far the arithmetic reaches from the instants it is asked about; a wait longer than this counts as this. */
const MAX_DAYS = 3 * 366;
/** A table of days is built this far around the first instant asked about, and grown as needed. */
const MARGIN_DAYS = 30;

/**
 * A schedule prepared for arithmetic: periods by weekday in minutes, holidays as a set, and a
 * table of consecutive local days (their start instants, open periods as instants, and the business
 * time before each day), so that the business time between two instants is a difference of two
 * running totals, found by binary search, whatever the distance. The table is built with Luxon one
 * day at a time (a daylight-saving day gets its true length) and grows when asked about instants
 * outside it.
 */
class Compiled {
  readonly byDay: Array<Array<[number, number]>> = Array.from({ length: 8 }, () => []);
  readonly holidays: ReadonlySet<string>;
  /** Start instant of each day of the table, and one past the last day. */
  private starts: number[] = [];
  /** Business time from the table's first day up to the start of each day (one more entry than days). */
  private before: number[] = [];
  private periods: Array<Array<[number, number]>> = [];

  constructor(readonly zone: string, hours: BusinessHours) {
    for (const p of hours.week) this.byDay[p.day]!.push([minutes(p.start), minutes(p.end)]);
    for (const list of this.byDay) list.sort((a, b) => a[0] - b[0]);
    this.holidays = new Set(hours.holidays);
  }

  /** The open periods of one local day as instants, in order; none on holidays. */
  private openPeriods(day: DateTime): Array<[number, number]> {
    if (this.holidays.has(day.toISODate()!)) return [];
    return this.byDay[day.weekday]!.map(([from, to]) => {
      // Wall-clock minutes of the day: a daylight-saving change moves the instant, not the minute.
      const at = (m: number) => (m >= 1440 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Math.floor(m / 60), minute: m % 60 })).toMillis();
      return [at(from), at(to)] as [number, number];
    });
  }

  /** Builds the table over local days from `first` to `last` (inclusive). */
  private build(first: DateTime, last: DateTime): void {
    const starts: number[] = [];
    const before: number[] = [0];
    const periods: Array<Array<[number, number]>> = [];
    let day = first.startOf('day');
    const end = last.startOf('day').toMillis();
    while (day.toMillis() <= end) {
      const open = this.openPeriods(day);
      starts.push(day.toMillis());
      periods.push(open);
      before.push(before.at(-1)! + open.reduce((sum, [a, b]) => sum + (b - a), 0));
      day = day.plus({ days: 1 }).startOf('day');
    }
    starts.push(day.toMillis());
    this.starts = starts;
    this.before = before;
    this.periods = periods;
  }

  /** Makes sure the table covers the local days of these instants (and a margin around them). */
  private cover(...instants: number[]): void {
    const lo = Math.min(...instants);
    const hi = Math.max(...instants);
    if (this.starts.length > 0 && lo >= this.starts[0]! && hi < this.starts.at(-1)!) return;
    const from = Math.min(lo, this.starts[0] ?? lo);
    const to = Math.max(hi, this.starts.at(-1) ?? hi);
    this.build(DateTime.fromMillis(from, { zone: this.zone }).minus({ days: MARGIN_DAYS }), DateTime.fromMillis(to, { zone: this.zone }).plus({ days: MARGIN_DAYS }));
  }

  /** The index of the table's day that holds instant `t` (covered). */
  private dayOf(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Business time from the table's start up to instant `t` (covered). */
  private total(t: number): number {
    const i = this.dayOf(t);
    let sum = this.before[i]!;
    for (const [a, b] of this.periods[i]!) if (t > a) sum += Math.min(t, b) - a;
    return sum;
  }

  between(a: number, b: number): number {
    if (!(b > a)) return 0;
    const from = Math.max(a, b - MAX_DAYS * 86_400_000);
    this.cover(from, b);
    return this.total(b) - this.total(from);
  }

  add(from: number, millis: number): number | null {
    // Look a fortnight ahead first, then further, up to the limit.
    for (let days = 14; ; days = Math.min(MAX_DAYS, days * 4)) {
      this.cover(from, from + days * 86_400_000);
      if (this.before.at(-1)! - this.total(from) >= millis || days === MAX_DAYS) break;
    }
    const goal = this.total(from) + Math.max(0, millis);
    // The first day whose running total at its end reaches the goal.
    let lo = this.dayOf(from);
    let hi = this.periods.length - 1;
    if (this.before[hi + 1]! < goal) return null;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before[mid + 1]! >= goal) hi = mid;
      else lo = mid + 1;
    }
    // Counted from the start of that day: the goal is at or after `from`, whatever part of the day came before it.
    let left = goal - this.before[lo]!;
    for (const [a, b] of this.periods[lo]!) {
      if (b - a >= left) return a + left;
      left -= b - a;
    }
    return null;
  }

  /** The latest instant from which at least `millis` of business time have passed by `to`. */
  subtract(to: number, millis: number): number | null {
    // Look a fortnight back first, then further, up to the limit.
    for (let days = 14; ; days = Math.min(MAX_DAYS, days * 4)) {
      this.cover(to - days * 86_400_000, to);
      if (this.total(to) >= millis || days === MAX_DAYS) break;
    }
    const goal = this.total(to) - Math.max(0, millis);
    if (goal < 0) return null;
    // The day where the running total first goes past the goal: the instant it does is the answer.
    let lo = 0;
    let hi = this.dayOf(to);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.before[mid]! <= goal) lo = mid;
      else hi = mid - 1;
    }
    let left = goal - this.before[lo]!;
    for (let i = lo; i < this.periods.length; i++) {
      for (const [a, b] of this.periods[i]!) {
        if (b - a > left) return a + left;
        left -= b - a;
      }
    }
    return to;
  }

  clock(t: number): { open: boolean; changesAt: number | null } {
    this.cover(t, t + 9 * 86_400_000);
    // Adjacent periods (one ending at 24:00, the next starting at 00:00) are one open stretch.
    let open: boolean | null = null;
    let until = t;
    const first = this.dayOf(t);
    for (let i = first; i < this.periods.length && i <= first + 8; i++) {
      for (const [a, b] of this.periods[i]!) {
        if (b <= t) continue;
        if (open === null) {
          if (a > t) return { open: false, changesAt: a };
          open = true;
          until = b;
          continue;
        }
        if (a > until) return { open: true, changesAt: until };
        until = Math.max(until, b);
      }
    }
    // Open for more than a week on end: open around the clock. Never open within a week: closed, no change in sight.
    return { open: !!open, changesAt: null };
  }
}

/** Schedules prepared recently, by their content (settings are read afresh for each request). */
const compiledCache = new Map<string, Compiled>();
function compile(hours: BusinessHours): Compiled {
  const key = JSON.stringify(hours);
  let c = compiledCache.get(key);
  if (!c) {
    c = new Compiled(hours.timeZone, hours);
    if (compiledCache.size >= 16) compiledCache.delete(compiledCache.keys().next().value!);
    compiledCache.set(key, c);
  }
  return c;
}

/** Business time between two instants, in milliseconds (0 when `to` is not after `from`). */
export function businessMillisBetween(from: Date, to: Date, hours: BusinessHours): number {
  return compile(hours).between(from.getTime(), to.getTime());
}

/**
 * The instant at which `millis` of business time have passed since `from` (for a target: when a
 * question becomes late). Null if the schedule never reaches it within three years.
 */
export function addBusinessMillis(from: Date, millis: number, hours: BusinessHours): Date | null {
  const at = compile(hours).add(from.getTime(), millis);
  return at === null ? null : new Date(at);
}

/** Whether the team is within its hours at `at`, and when that next changes (null: not within a week). */
export function businessClock(at: Date, hours: BusinessHours): { open: boolean; changesAt: Date | null } {
  const { open, changesAt } = compile(hours).clock(at.getTime());
  return { open, changesAt: changesAt === null ? null : new Date(changesAt) };
}

/**
 * The latest instant from which `millis` of business time have passed by `to`: whatever waits
 * since then or earlier has waited at least that long (for a target: everything overdue by now).
 * Null when the schedule holds less than that in the three years before `to`.
 */
export function subtractBusinessMillis(to: Date, millis: number, hours: BusinessHours): Date | null {
  const at = compile(hours).subtract(to.getTime(), millis);
  return at === null ? null : new Date(at);
}
