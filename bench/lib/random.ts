// A small seeded PRNG (sfc32, seeded through splitmix32) and the sampling helpers the generator needs.
// Same seed → same sequence on every machine, so a generated graph is reproducible byte for byte.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * Draws indexes 0..n-1 with probability proportional to a weight (Chung–Lu style): with weights (rank+1)^-beta,
 * expected degrees follow a power law with exponent 1 + 1/beta.
 */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      total += weights[i]!;
      this.cumulative[i] = total;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** An index drawn by weight; `below` restricts the draw to indexes < below. */
  sample(random: Random, below = this.cumulative.length): number {
    if (below <= 0) throw new Error('WeightedSampler: nothing to sample from.');
    const target = random.next() * this.cumulative[below - 1]!;
    let lo = 0;
    let hi = below - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf-like weights (rank+1)^-beta, shuffled so that heavy nodes are spread over the index range. */
export function powerLawWeights(count: number, beta: number, random: Random, shuffle = true): Float64Array {
  const weights = new Float64Array(count);
  for (let i = 0; i < count; i++) weights[i] = Math.pow(i + 1, -beta);
  if (shuffle) {
    for (let i = count - 1; i > 0; i--) {
      const j = random.int(i + 1);
      const t = weights[i]!;
      weights[i] = weights[j]!;
      weights[j] = t;
    }
  }
  return weights;
}
