import { describe, expect, it } from '@jest/globals';
import { ALWAYS_OPEN, addBusinessMillis, businessClock, businessHoursProblem, businessMillisBetween, subtractBusinessMillis, type BusinessHours } from './business-hours.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

/** Monday to Friday, 9 to 17, in Berlin (UTC+1 in winter, UTC+2 in summer). */
const BERLIN: BusinessHours = { timeZone: 'Europe/Berlin', week: weekdays('09:00', '17:00'), holidays: ['2026-12-25'] };
/** Far from UTC: Auckland is UTC+13 in its summer (December). */
const AUCKLAND: BusinessHours = { timeZone: 'Pacific/Auckland', week: weekdays('08:00', '12:00').concat(weekdays('13:00', '18:00')), holidays: [] };

describe('business time between two instants', () => {
  it('counts only open hours within a day', () => {
    // Tuesday 8 Dec 2026, 08:00–10:30 Berlin (07:00–09:30 UTC): open from 09:00, so 1.5 h.
    expect(businessMillisBetween(new Date('2026-12-08T07:00:00Z'), new Date('2026-12-08T09:30:00Z'), BERLIN)).toBe(1.5 * HOUR);
  });

  it('skips the weekend: Friday 16:30 to Monday 09:30 is one hour', () => {
    expect(businessMillisBetween(new Date('2026-12-11T15:30:00Z'), new Date('2026-12-14T08:30:00Z'), BERLIN)).toBe(HOUR);
  });

  it('skips holidays: Christmas Day (a Friday) counts nothing', () => {
    // Thursday 24 Dec 16:00 Berlin → Monday 28 Dec 10:00 Berlin: 1 h on Thursday + 1 h on Monday.
    expect(businessMillisBetween(new Date('2026-12-24T15:00:00Z'), new Date('2026-12-28T09:00:00Z'), BERLIN)).toBe(2 * HOUR);
  });

  it('follows the wall clock across a daylight-saving change', () => {
    // Berlin moves to summer time on Sunday 29 March 2026. Friday 27 March 16:00 CET (15:00 UTC)
    // to Monday 30 March 10:00 CEST (08:00 UTC): 1 h + 1 h, though 65 hours passed, not 66.
    expect(businessMillisBetween(new Date('2026-03-27T15:00:00Z'), new Date('2026-03-30T08:00:00Z'), BERLIN)).toBe(2 * HOUR);
    // A day open around the clock that loses an hour is 23 hours long.
    const always: BusinessHours = { ...ALWAYS_OPEN, timeZone: 'Europe/Berlin' };
    expect(businessMillisBetween(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z'), always)).toBe(23 * HOUR);
  });

  it('uses the local day of a zone far from UTC, lunch break included', () => {
    // Monday 7 Dec 2026 in Auckland starts at Sunday 6 Dec 11:00 UTC. 11:00–14:00 local is
    // 22:00–01:00 UTC; open 11–12 and 13–14: two hours.
    expect(businessMillisBetween(new Date('2026-12-06T22:00:00Z'), new Date('2026-12-07T01:00:00Z'), AUCKLAND)).toBe(2 * HOUR);
    // Sunday in Auckland (Saturday evening UTC) counts nothing.
    expect(businessMillisBetween(new Date('2026-12-05T20:00:00Z'), new Date('2026-12-06T10:00:00Z'), AUCKLAND)).toBe(0);
  });

  it('is zero when the end is not after the start', () => {
    const at = new Date('2026-12-08T10:00:00Z');
    expect(businessMillisBetween(at, at, BERLIN)).toBe(0);
    expect(businessMillisBetween(at, new Date(at.getTime() - HOUR), BERLIN)).toBe(0);
  });
});

describe('adding business time', () => {
  it('finds when a 10-minute target is crossed, across the night and the weekend', () => {
    // Friday 11 Dec 16:55 Berlin: 5 minutes left that day, 5 more on Monday from 09:00.
    expect(addBusinessMillis(new Date('2026-12-11T15:55:00Z'), 10 * MIN, BERLIN)?.toISOString()).toBe('2026-12-14T08:05:00.000Z');
    // Asked on Saturday: due Monday 09:10.
    expect(addBusinessMillis(new Date('2026-12-12T12:00:00Z'), 10 * MIN, BERLIN)?.toISOString()).toBe('2026-12-14T08:10:00.000Z');
  });

  it('is the inverse of counting', () => {
    const from = new Date('2026-03-26T14:17:00Z');
    for (const minutes of [1, 10, 45, 8 * 60, 3 * 8 * 60 + 7]) {
      const due = addBusinessMillis(from, minutes * MIN, BERLIN)!;
      expect(businessMillisBetween(from, due, BERLIN)).toBe(minutes * MIN);
    }
  });
});

describe('subtracting business time', () => {
  it('finds the latest start that has waited at least so long: what is overdue by now', () => {
    // Monday 14 Dec 09:05 Berlin, 10 minutes back: Friday 16:55 (5 min on Monday, 5 on Friday).
    expect(subtractBusinessMillis(new Date('2026-12-14T08:05:00Z'), 10 * MIN, BERLIN)?.toISOString()).toBe('2026-12-11T15:55:00.000Z');
    // Monday 09:00 exactly, 1 minute back: anything up to Friday 16:59 has used a minute.
    expect(subtractBusinessMillis(new Date('2026-12-14T08:00:00Z'), MIN, BERLIN)?.toISOString()).toBe('2026-12-11T15:59:00.000Z');
    for (const minutes of [1, 10, 45, 8 * 60, 5 * 8 * 60 + 3]) {
      const to = new Date('2026-03-31T09:17:00Z');
      const from = subtractBusinessMillis(to, minutes * MIN, BERLIN)!;
      expect(businessMillisBetween(from, to, BERLIN)).toBe(minutes * MIN);
      // A moment later has not waited as long.
      expect(businessMillisBetween(new Date(from.getTime() + 1000), to, BERLIN)).toBeLessThan(minutes * MIN);
    }
  });

  it('counts a whole year of weeks exactly, across both daylight-saving changes', () => {
    // Monday 8 Dec 2025 00:00 to Monday 7 Dec 2026 00:00 Berlin: 52 weeks of five 8-hour days, no holiday in between.
    expect(businessMillisBetween(new Date('2025-12-07T23:00:00Z'), new Date('2026-12-06T23:00:00Z'), BERLIN)).toBe(52 * 5 * 8 * HOUR);
    // And back: the latest start that has waited those hours by then is that Monday's opening.
    expect(subtractBusinessMillis(new Date('2026-12-06T23:00:00Z'), 52 * 5 * 8 * HOUR, BERLIN)?.toISOString()).toBe('2025-12-08T08:00:00.000Z');
  });
});

describe('the clock', () => {
  it('says whether the team is in and when that changes', () => {
    expect(businessClock(new Date('2026-12-08T10:00:00Z'), BERLIN)).toEqual({ open: true, changesAt: new Date('2026-12-08T16:00:00Z') });
    expect(businessClock(new Date('2026-12-12T10:00:00Z'), BERLIN)).toEqual({ open: false, changesAt: new Date('2026-12-14T08:00:00Z') });
    expect(businessClock(new Date('2026-12-08T10:00:00Z'), ALWAYS_OPEN)).toEqual({ open: true, changesAt: null });
  });
});

describe('checking a schedule', () => {
  const problem = (hours: Partial<BusinessHours>) => businessHoursProblem({ ...BERLIN, ...hours })?.reason ?? null;
  it('accepts a sound one and names what is wrong with others', () => {
    expect(problem({})).toBeNull();
    expect(problem({ timeZone: 'Mars/Olympus_Mons' })).toBe('UNKNOWN_TIME_ZONE');
    expect(problem({ week: [] })).toBe('EMPTY_HOURS');
    expect(problem({ week: [{ day: 1, start: '10:00', end: '10:00' }] })).toBe('EMPTY_HOURS');
    expect(problem({ week: [{ day: 1, start: '09:00', end: '13:00' }, { day: 1, start: '12:00', end: '17:00' }] })).toBe('OVERLAPPING_HOURS');
    expect(problem({ week: [{ day: 8, start: '09:00', end: '13:00' }] })).toBe('INVALID_TIME');
    expect(problem({ week: [{ day: 1, start: '9:00', end: '13:00' }] })).toBe('INVALID_TIME');
    expect(problem({ holidays: ['2026-02-30'] })).toBe('INVALID_DATE');
    expect(problem({ week: [{ day: 1, start: '00:00', end: '24:00' }, { day: 2, start: '00:00', end: '12:00' }] })).toBeNull();
  });
});
