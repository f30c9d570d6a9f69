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

/** The longest stretch the arithmetic walks, day by day; a wait longer than this counts as this. */
const MAX_DAYS = 3 * 366;

/** A schedule prepared for arithmetic: periods by weekday in minutes, holidays as a set. */
interface Compiled {
  zone: string;
  byDay: Array<Array<[number, number]>>;
  holidays: ReadonlySet<string>;
}

const compiled = new WeakMap<BusinessHours, Compiled>();
function compile(hours: BusinessHours): Compiled {
  let c = compiled.get(hours);
  if (!c) {
    const byDay: Array<Array<[number, number]>> = Array.from({ length: 8 }, () => []);
    for (const p of hours.week) byDay[p.day]!.push([minutes(p.start), minutes(p.end)]);
    for (const list of byDay) list.sort((a, b) => a[0] - b[0]);
    c = { zone: hours.timeZone, byDay, holidays: new Set(hours.holidays) };
    compiled.set(hours, c);
  }
  return c;
}

/** The open periods of one local day as instants (ms), in order; none on holidays. */
function openPeriods(c: Compiled, day: DateTime): Array<[number, number]> {
  if (c.holidays.has(day.toISODate()!)) return [];
  const start = day.startOf('day');
  return c.byDay[day.weekday]!.map(([from, to]) => {
    // Wall-clock minutes of the day: a daylight-saving change moves the instant, not the minute.
    const at = (m: number) => (m >= 1440 ? start.plus({ days: 1 }) : start.set({ hour: Math.floor(m / 60), minute: m % 60 })).toMillis();
    return [at(from), at(to)] as [number, number];
  });
}

/** Business time between two instants, in milliseconds (0 when `to` is not after `from`). */
export function businessMillisBetween(from: Date, to: Date, hours: BusinessHours): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const c = compile(hours);
  let day = DateTime.fromMillis(a, { zone: c.zone }).startOf('day');
  let total = 0;
  for (let i = 0; i <= MAX_DAYS && day.toMillis() < b; i++, day = day.plus({ days: 1 })) {
    for (const [start, end] of openPeriods(c, day)) {
      const lo = Math.max(start, a);
      const hi = Math.min(end, b);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}

/**
 * The instant at which `millis` of business time have passed since `from` (for a target: when a
 * question becomes late). Null if the schedule never reaches it within three years.
 */
export function addBusinessMillis(from: Date, millis: number, hours: BusinessHours): Date | null {
  const a = from.getTime();
  let left = Math.max(0, millis);
  const c = compile(hours);
  let day = DateTime.fromMillis(a, { zone: c.zone }).startOf('day');
  for (let i = 0; i <= MAX_DAYS; i++, day = day.plus({ days: 1 })) {
    for (const [start, end] of openPeriods(c, day)) {
      const lo = Math.max(start, a);
      if (end <= lo) continue;
      if (end - lo >= left) return new Date(lo + left);
      left -= end - lo;
    }
  }
  return null;
}

/** Whether the team is within its hours at `at`, and when that next changes (null: never within three years). */
export function businessClock(at: Date, hours: BusinessHours): { open: boolean; changesAt: Date | null } {
  const t = at.getTime();
  const c = compile(hours);
  let day = DateTime.fromMillis(t, { zone: c.zone }).startOf('day');
  // Adjacent periods (one ending at 24:00, the next starting at 00:00) are one open stretch.
  let open: boolean | null = null;
  let openUntil = t;
  for (let i = 0; i <= MAX_DAYS; i++, day = day.plus({ days: 1 })) {
    for (const [start, end] of openPeriods(c, day)) {
      if (end <= t) continue;
      if (open === null) {
        if (start > t) return { open: false, changesAt: new Date(start) };
        open = true;
        openUntil = end;
        continue;
      }
      if (start > openUntil) return { open: true, changesAt: new Date(openUntil) };
      openUntil = Math.max(openUntil, end);
    }
    // Open for more than a week on end: open around the clock.
    if (open && i >= 8) return { open: true, changesAt: null };
  }
  return open ? { open: true, changesAt: null } : { open: false, changesAt: null };
}
