import rrulePkg from 'rrule';
import { LIMITS } from '@townsquare/shared';

const { RRule, Frequency } = rrulePkg;

/**
 * Time zones and recurrence, without a database. Instants are stored in UTC; wall-clock times
 * ("18:00") belong to the event's IANA zone. A recurrence is computed on wall-clock times in that
 * zone and each result converted to UTC on its own date, so 18:00 stays 18:00 local across a
 * daylight-saving change (the UTC instant moves by the change instead).
 */

/** A wall-clock time as the API takes it: `YYYY-MM-DDTHH:mm`. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone, as a "floating" UTC timestamp (ms). */
function wallOf(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The instant at which a zone's clocks show `wall` (a floating timestamp). A time skipped by a
 * daylight-saving jump moves forward by the jump, as calendars do; a repeated one takes the first.
 */
export function instantOf(wall: number, zone: string): Date {
  const offset1 = wallOf(wall, zone) - wall;
  const first = wall - offset1;
  const offset2 = wallOf(first, zone) - first;
  if (offset1 === offset2) return new Date(first);
  const second = wall - offset2;
  return new Date(wallOf(second, zone) === wall ? Math.min(first, second) : Math.max(first, second));
}

/** Parses `YYYY-MM-DDTHH:mm` to a floating timestamp; null when it is not such a time. */
export function parseLocal(text: string): number | null {
  const m = LOCAL.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(wall);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return wall;
}

/** `YYYY-MM-DDTHH:mm` of an instant in a zone. */
export function localText(instant: Date, zone: string): string {
  return new Date(wallOf(instant.getTime(), zone)).toISOString().slice(0, 16);
}

export type RuleProblem = 'INVALID' | 'UNBOUNDED' | 'TOO_MANY';

/** A recurrence rule checked for what we accept: RRULE properties only, ending by COUNT or UNTIL. */
export function checkRule(rule: string): { ok: true; rule: string } | { ok: false; problem: RuleProblem } {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (text.length === 0 || text.length > 500 || /DTSTART|TZID|[\r\n]/i.test(text)) return { ok: false, problem: 'INVALID' };
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch {
    return { ok: false, problem: 'INVALID' };
  }
  const allowed = [Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY];
  if (options.freq === undefined || !allowed.includes(options.freq)) return { ok: false, problem: 'INVALID' };
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 365)) return { ok: false, problem: 'INVALID' };
  if (!options.count && !options.until) return { ok: false, problem: 'UNBOUNDED' };
  try {
    // Some mistakes (an unknown weekday) only show when the rule runs.
    new RRule({ ...options, dtstart: new Date(Date.UTC(2030, 0, 1)) }).all((_d, i) => i < 2);
  } catch {
    return { ok: false, problem: 'INVALID' };
  }
  if (options.count && options.count > LIMITS.eventOccurrences.max) return { ok: false, problem: 'TOO_MANY' };
  return { ok: true, rule: text.toUpperCase() };
}

export interface PlannedOccurrence {
  /** Position in the rule's sequence (0 for the first), stable while the rule keeps its shape. */
  ruleIndex: number;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every occurrence of an event: one for a single event; for a recurring one, the rule's dates in
 * the event's zone, without those in `except` (instants of starts). Null when the rule gives more
 * than the limit.
 */
export function plan(startsAt: Date, endsAt: Date, zone: string, rule: string | null, except: readonly Date[] = []): PlannedOccurrence[] | null {
  const duration = endsAt.getTime() - startsAt.getTime();
  if (!rule) return [{ ruleIndex: 0, startsAt, endsAt }];
  const options = RRule.parseString(rule);
  // The rule runs on floating wall-clock times: `until` (a UTC instant in the rule) too.
  const until = options.until ? new Date(wallOf(options.until.getTime(), zone)) : null;
  const recurrence = new RRule({ ...options, dtstart: new Date(wallOf(startsAt.getTime(), zone)), until, tzid: null });
  const max = LIMITS.eventOccurrences.max;
  const walls = recurrence.all((_date, i) => i <= max);
  if (walls.length > max) return null;
  const skipped = new Set(except.map((d) => d.getTime()));
  const result: PlannedOccurrence[] = [];
  walls.forEach((wall, ruleIndex) => {
    const start = instantOf(wall.getTime(), zone);
    if (!skipped.has(start.getTime())) result.push({ ruleIndex, startsAt: start, endsAt: new Date(start.getTime() + duration) });
  });
  return result;
}
