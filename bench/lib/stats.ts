// Pure statistics for the benchmarks: percentiles, medians, least-squares slopes and a tail-exponent estimate.

/** The p-th percentile (0..100) by linear interpolation between closest ranks; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile: p must be within 0..100, got ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (rank - lower);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Least-squares slope and intercept of y over x. */
export function linearFit(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length !== ys.length || xs.length < 2) throw new RangeError('linearFit: need two or more (x, y) pairs of equal length.');
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * Hill's estimator of a power-law tail exponent alpha (P(X ≥ x) ~ x^-(alpha-1)) from the k largest values.
 * Returns the exponent of the density, alpha, comparable with the usual "degree exponent".
 */
export function hillTailExponent(values: readonly number[], k: number): number {
  const sorted = [...values].filter((v) => v > 0).sort((a, b) => b - a);
  if (k < 2 || k >= sorted.length) throw new RangeError(`hillTailExponent: k must be within 2..${sorted.length - 1}.`);
  const threshold = sorted[k]!;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += Math.log(sorted[i]! / threshold);
  return 1 + k / sum;
}

/** Rounds for display and JSON: 3 significant digits below 100, integers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}
