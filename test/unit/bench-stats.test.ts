// Statistics helpers of the benchmarks.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/lib/random.ts';
import { hillTailExponent, linearFit, median, percentile, round } from '../../bench/lib/stats.ts';

describe('bench statistics', () => {
  it('takes percentiles by interpolating between ranks', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(percentile([10, 20], 99)).toBeCloseTo(19.9);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('fits a least-squares line', () => {
    const { slope, intercept } = linearFit([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(slope).toBeCloseTo(2);
    expect(intercept).toBeCloseTo(1);
    expect(() => linearFit([1], [1])).toThrow(RangeError);
  });

  it('recovers the exponent of a Pareto sample with the Hill estimator', () => {
    const random = createRandom(9);
    const alpha = 2.5;
    const sample = Array.from({ length: 50_000 }, () => Math.pow(1 - random.next(), -1 / (alpha - 1)));
    expect(hillTailExponent(sample, 2000)).toBeCloseTo(alpha, 0);
  });

  it('rounds for display', () => {
    expect(round(1234.5)).toBe(1235);
    expect(round(1.23456)).toBe(1.23);
  });
});
