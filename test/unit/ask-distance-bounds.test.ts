// The typo search's shortcuts must never change its answers: the character-set bound never exceeds the true
// edit distance, and the table (reused between calls) gives the same distance as a plain recursive definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterSet, distanceLowerBound, editDistance } from '../../server/text/distance.ts';
import { plainDistance } from '../helpers/editDistance.ts';

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
