// Statistics helpers of the benchmarks.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/lib/random.ts';
import { hillTailExponent, linearFit, median, percentile, round } from '../../bench/lib/stats.ts';
import { speedup, withLatestFigures, type Results } from '../../bench/report.ts';

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

describe('bench report', () => {
  const results: Results = {
    date: '2026-01-02T03:04:05.000Z',
    mode: 'quick',
    machine: { cpu: 'test cpu', cores: 2, memory_gb: 8, os: 'Linux', node: 'v20', load_average_at_start: [1, 2, 3] },
    api: [],
    render: [
      { library: 'sigma (ours)', nodes: 10, edges: 40, first_frame_ms: 10, frame_ms: 2, draw_ms: 1, frames: 5, status: 'ok' },
      { library: 'vis-network', nodes: 10, edges: 40, first_frame_ms: null, frame_ms: null, draw_ms: null, frames: 0, status: 'timeout', note: 'slow' },
    ],
    layout: [],
    notes: {},
  };

  it('gives a peer-over-ours ratio, or none when either did not draw', () => {
    expect(speedup(2, 5)).toBe(2.5);
    expect(speedup(null, 5)).toBeNull();
    expect(speedup(2, null)).toBeNull();
  });

  it("replaces only its own mode's figures in BENCHMARKS.md and keeps the prose", () => {
    const before = '# B\n\nprose\n\n<!-- results:quick:start -->\nold\n<!-- results:quick:end -->\n\n<!-- results:full:start -->\nfull figures\n<!-- results:full:end -->\n\nafter\n';
    const after = withLatestFigures(before, results);
    expect(after).not.toContain('\nold\n');
    expect(after).toContain('full figures');
    expect(after).toContain('prose');
    expect(after.trimEnd().endsWith('after')).toBe(true);
    expect(after).toContain('timeout: slow');
    expect(withLatestFigures(after, results)).toBe(after);
  });
});
