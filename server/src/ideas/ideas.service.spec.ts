import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine } from '../common/csv.js';
import { isClosedStatus } from './ideas.repository.js';
import { voteLimitOf } from './ideas.service.js';

describe('open votes by trust level', () => {
  it('grows with trust, and an unknown level holds as few as a new member', () => {
    expect(['NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER'].map(voteLimitOf)).toEqual([3, 10, 20, 30, 50]);
    expect(voteLimitOf('SOMETHING_ELSE')).toBe(3);
  });
});

describe('closed statuses', () => {
  it('are done, declined and duplicate: those give votes back', () => {
    expect(['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'DUPLICATE'].filter((s) => isClosedStatus(s as never))).toEqual(['DONE', 'DECLINED', 'DUPLICATE']);
  });
});

describe('CSV cells', () => {
  it('quote every cell, double inner quotes, and defuse what a spreadsheet would run as a formula', () => {
    expect(csvLine(['a "b"', 3, null, '=SUM(A1)', '-1', new Date('2026-01-02T03:04:05Z')])).toBe('"a ""b""","3","","\'=SUM(A1)","\'-1","2026-01-02T03:04:05.000Z"\r\n');
    expect(csvCell('Тёмная тема, please')).toBe('"Тёмная тема, please"');
  });
});
