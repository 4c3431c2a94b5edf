// Ask's planner, time: every way a question names a day, a month, a quarter or a year read as the exact half-open
// range, its label and the figure periods inside it, at its place in the question; and dates and periods written
// back the way people write them.
import { describe, expect, it } from 'vitest';
import { findTimes, formatDate, formatPeriod } from '../../server/ask/plan/time.ts';

const months = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
const day = (iso: string, next: string, label: string, start: number, end: number) => ({ from: iso, to: next, label, periods: [iso], start, end });
const month = (year: number, m: number, next: string, label: string, start: number, end: number) => ({ from: `${year}-${String(m).padStart(2, '0')}-01`, to: next, label, periods: months(year, m, m), start, end });
const quarter = (year: number, q: number, start: number, end: number) => ({
  from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
  to: q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`,
  label: `Q${q} ${year}`,
  periods: [`${year}-Q${q}`, ...months(year, q * 3 - 2, q * 3)],
  start,
  end,
});
const year = (y: number, start: number, end: number) => ({ from: `${y}-01-01`, to: `${y + 1}-01-01`, label: String(y), periods: [String(y), `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, ...months(y, 1, 12)], start, end });

describe('times in questions', () => {
  it.each<[string, object[]]>([
    ['on 2020-02-29', [day('2020-02-29', '2020-03-01', '29 February 2020', 3, 13)]],
    ['the 3rd of March, 2021', [day('2021-03-03', '2021-03-04', '3 March 2021', 4, 22)]],
    ['on Sept. 9th, 2020', [day('2020-09-09', '2020-09-10', '9 September 2020', 3, 18)]],
    ['December 31 2019, 1 January 2020', [day('2019-12-31', '2020-01-01', '31 December 2019', 0, 16), day('2020-01-01', '2020-01-02', '1 January 2020', 18, 32)]],
    ['in 2019 Q1', [quarter(2019, 1, 3, 10)]],
    ['Q2 of 2018', [quarter(2018, 2, 0, 10)]],
    ['the first quarter of 2019', [quarter(2019, 1, 0, 25)]],
    [
      'the 2nd quarter of 2019, the 4th quarter of 2019, last quarter of 2019, 3rd quarter 2019',
      [quarter(2019, 2, 0, 23), quarter(2019, 4, 25, 48), quarter(2019, 4, 50, 70), quarter(2019, 3, 72, 88)],
    ],
    ['final quarter of 2019', [quarter(2019, 4, 0, 21)]],
    ['Dec., 2019', [month(2019, 12, '2020-01-01', 'December 2019', 0, 10)]],
    ['2019-06 or 2019-00 then Q4 2019', [month(2019, 6, '2019-07-01', 'June 2019', 0, 7), year(2019, 11, 15), quarter(2019, 4, 24, 31)]],
    ['2020年6月', [month(2020, 6, '2020-07-01', 'June 2020', 0, 7)]],
    ['2019年', [year(2019, 0, 5)]],
    ['jan 2019 and q3 2019 overlap 2019', [month(2019, 1, '2019-02-01', 'January 2019', 0, 8), quarter(2019, 3, 13, 20), year(2019, 29, 33)]],
    ['in 1899 and 2100, x2019 2019x', []],
  ])('%s', (question, ranges) => {
    expect(findTimes(question)).toEqual(ranges);
  });

  it('leaves alone the spans it is given (names) and reads the rest', () => {
    expect(findTimes('March 2019 in 2019', [{ start: 0, end: 5 }])).toEqual([year(2019, 6, 10), year(2019, 14, 18)]);
  });
});

describe('dates and periods written back', () => {
  it.each<[string, unknown, string]>([
    ['2019-06-05', 'year', '2019'],
    ['2019-06-01', 'month', 'June 2019'],
    ['2019-06-05', undefined, '5 June 2019'],
    ['2019-06-05T10:00:00Z', 'day', '5 June 2019'],
    ['2019-06', undefined, 'June 2019'],
    ['2019', undefined, '2019'],
    ['someday', undefined, 'someday'],
  ])('%s at %s precision: %s', (iso, precision, text) => {
    expect(formatDate(iso, precision)).toBe(text);
  });

  it.each([
    ['2019-Q4', 'Q4 2019'],
    ['2019-Q5', '2019-Q5'],
    ['2020-06', 'June 2020'],
    ['2020-06-09', '9 June 2020'],
    ['2020', '2020'],
    ['FY2020', 'FY2020'],
  ])('period %s: %s', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });
});
