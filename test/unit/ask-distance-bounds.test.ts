// The typo search's shortcuts must never change its answers: the character-set bound never exceeds the true
// edit distance, and the table (reused between calls) gives the same distance as a plain recursive definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterSet, distanceLowerBound, editDistance } from '../../server/text/distance.ts';

/** Optimal string alignment distance, written plainly (slow, for checking). */
function plainDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom(...'abcdeyouk阿里巴12'), maxLength: 90 });

describe('edit distance shortcuts', () => {
  it('computes the same distance as the plain table, for long and short strings in any order', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === plainDistance(a, b)), { numRuns: 400 });
  });

  it('gives the distance within a bound, and more than the bound only when the distance is past it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, bound) => {
        const exact = plainDistance(a, b);
        const bounded = editDistance(a, b, bound);
        if (exact <= bound) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(bound);
      }),
      { numRuns: 400 },
    );
  });

  it('bounds from character sets never exceed the distance', () => {
    fc.assert(fc.property(word, word, (a, b) => distanceLowerBound(characterSet(a), characterSet(b)) <= plainDistance(a, b)), { numRuns: 600 });
    expect(distanceLowerBound(characterSet('meituan'), characterSet('meitaun'))).toBe(0);
    expect(distanceLowerBound(characterSet('abc'), characterSet('xyz'))).toBe(3);
  });
});
