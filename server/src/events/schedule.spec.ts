import { describe, expect, it } from '@jest/globals';
import { checkRule, instantOf, isTimeZone, localText, parseLocal, plan } from './schedule.js';

const berlin = 'Europe/Berlin';
const at = (local: string, zone = berlin) => instantOf(parseLocal(local)!, zone);

describe('event times in their own zone', () => {
  it('turns a Berlin wall-clock time into UTC on either side of a daylight-saving change', () => {
    expect(at('2026-03-26T18:00').toISOString()).toBe('2026-03-26T17:00:00.000Z'); // CET, UTC+1
    expect(at('2026-04-02T18:00').toISOString()).toBe('2026-04-02T16:00:00.000Z'); // CEST, UTC+2
    expect(localText(new Date('2026-04-02T16:00:00Z'), berlin)).toBe('2026-04-02T18:00');
  });

  it('moves a time skipped by the spring jump forward, as calendars do', () => {
    expect(at('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('refuses what is not a time or a zone', () => {
    expect(parseLocal('2026-02-30T10:00')).toBeNull();
    expect(parseLocal('tomorrow')).toBeNull();
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
  });
});

describe('recurrence rules', () => {
  it('keeps a weekly 18:00 at 18:00 local across the March change while UTC shifts by an hour', () => {
    const start = at('2026-03-19T18:00');
    const occurrences = plan(start, new Date(start.getTime() + 2 * 3600_000), berlin, 'FREQ=WEEKLY;COUNT=4')!;
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-03-19T17:00:00.000Z',
      '2026-03-26T17:00:00.000Z',
      '2026-04-02T16:00:00.000Z',
      '2026-04-09T16:00:00.000Z',
    ]);
    expect(occurrences.map((o) => localText(o.startsAt, berlin).slice(11))).toEqual(['18:00', '18:00', '18:00', '18:00']);
  });

  it('does the same in October, and leaves out an EXDATE', () => {
    const start = at('2026-10-15T18:00');
    const except = [at('2026-10-22T18:00')];
    const occurrences = plan(start, new Date(start.getTime() + 3600_000), berlin, 'FREQ=WEEKLY;UNTIL=20261106T000000Z', except)!;
    expect(occurrences.map((o) => [o.ruleIndex, o.startsAt.toISOString()])).toEqual([
      [0, '2026-10-15T16:00:00.000Z'],
      [2, '2026-10-29T17:00:00.000Z'],
      [3, '2026-11-05T17:00:00.000Z'],
    ]);
  });

  it('refuses a rule that never ends, a malformed one and one with too many dates', () => {
    expect(checkRule('FREQ=WEEKLY')).toEqual({ ok: false, problem: 'UNBOUNDED' });
    expect(checkRule('FREQ=SOMETIMES;COUNT=2')).toEqual({ ok: false, problem: 'INVALID' });
    expect(checkRule('hello')).toEqual({ ok: false, problem: 'INVALID' });
    expect(checkRule('FREQ=WEEKLY;BYDAY=XX;COUNT=3')).toEqual({ ok: false, problem: 'INVALID' });
    expect(checkRule('FREQ=MINUTELY;COUNT=5')).toEqual({ ok: false, problem: 'INVALID' });
    expect(checkRule('FREQ=DAILY;COUNT=500')).toEqual({ ok: false, problem: 'TOO_MANY' });
    expect(checkRule('RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6')).toEqual({ ok: true, rule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=6' });
    const start = at('2026-01-01T10:00');
    expect(plan(start, new Date(start.getTime() + 3600_000), berlin, 'FREQ=DAILY;UNTIL=20300101T000000Z')).toBeNull();
  });
});
