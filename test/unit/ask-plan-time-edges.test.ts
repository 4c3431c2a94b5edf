// Ask's planner, time at its edges: the first and last month written as "2019-01" and "2019-12" (and no month
// 13), a time right next to a name's span, and periods that only look like a quarter or a month at one end
// written back as they are.
import { describe, expect, it } from 'vitest';
import { findTimes, formatPeriod } from '../../server/ask/plan/time.ts';

const labels = (question: string, taken: { start: number; end: number }[] = []) => findTimes(question, taken).map((t) => [t.label, t.from, t.to, t.start, t.end]);

describe('months written as numbers', () => {
  it('reads 2019-01 and 2019-12 as months, and 2019-13 as the year alone', () => {
    expect(labels('2019-01')).toEqual([['January 2019', '2019-01-01', '2019-02-01', 0, 7]]);
    expect(labels('2019-12')).toEqual([['December 2019', '2019-12-01', '2020-01-01', 0, 7]]);
    expect(labels('2019-13')).toEqual([['2019', '2019-01-01', '2020-01-01', 0, 4]]);
  });
});

describe('spans given (names)', () => {
  it('reads a time that begins where a name ends, or ends where one begins', () => {
    expect(labels('Acme 2019', [{ start: 0, end: 5 }])).toEqual([['2019', '2019-01-01', '2020-01-01', 5, 9]]);
    expect(labels('2019 Acme', [{ start: 4, end: 9 }])).toEqual([['2019', '2019-01-01', '2020-01-01', 0, 4]]);
  });
});

describe('periods written back', () => {
  it('leaves as it is a period that only starts or ends like a quarter', () => {
    expect(formatPeriod('FY2019-Q4')).toBe('FY2019-Q4');
    expect(formatPeriod('2019-Q4 (est.)')).toBe('2019-Q4 (est.)');
  });

  it('leaves as it is a period that only starts or ends like a month', () => {
    expect(formatPeriod('12020-06')).toBe('12020-06');
    expect(formatPeriod('2020-06 to 2020-09')).toBe('2020-06 to 2020-09');
  });
});
