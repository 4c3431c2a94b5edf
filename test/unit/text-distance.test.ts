// Edit distance (server/text/distance.ts) on exact values: the early answer past a bound, strings longer than
// the reused rows, control characters that could be mistaken for the "no previous character" mark, and the
// character sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterSet, distanceLowerBound, editDistance } from '../../server/text/distance.ts';
import { plainDistance } from '../helpers/editDistance.ts';

describe('editDistance', () => {
  it('counts a transposition as one edit, and substitutions, insertions, deletions', () => {
    expect(editDistance('meituan', 'meitaun')).toBe(1);
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('abc', 'abcd')).toBe(1);
    expect(editDistance('abcd', 'abc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('answers bound + 1 as soon as the distance must exceed the bound', () => {
    // Lengths alone say it: 3 letters apart with a bound of 1.
    expect(editDistance('a', 'abcd', 1)).toBe(2);
    expect(editDistance('abcd', 'a', 0)).toBe(1);
    // Every cell of a row past the bound.
    expect(editDistance('aaaa', 'bbbb', 1)).toBe(2);
    expect(editDistance('aaaaaa', 'bbbbbb', 2)).toBe(3);
    // Within the bound: the distance itself.
    expect(editDistance('aaaa', 'aabb', 2)).toBe(2);
    expect(editDistance('ab', 'ab', 0)).toBe(0);
  });

  it('handles strings longer than the rows it keeps', () => {
    const long = 'k'.repeat(150);
    expect(editDistance(long, 'q'.repeat(150))).toBe(150);
    expect(editDistance(long, `${'k'.repeat(149)}q`)).toBe(1);
    expect(editDistance('x'.repeat(300), 'x'.repeat(299))).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('agrees with the plain table on strings with control characters, in any order of calls', () => {
    const text = fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u0002', 'x', 'y'), maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (pairs) => pairs.every(([a, b]) => editDistance(a, b) === plainDistance(a, b))), { numRuns: 500 });
    expect(editDistance('x', 'yx\u0001')).toBe(2);
    expect(editDistance('\u0001x', 'x\u0001')).toBe(1);
  });
});

describe('character sets', () => {
  it('sets one bit per character, folded onto 32 bits', () => {
    expect(characterSet('')).toBe(0);
    expect(characterSet('a')).toBe(1 << 1);
    expect(characterSet('ab')).toBe((1 << 1) | (1 << 2));
    expect(characterSet('aa')).toBe(1 << 1);
    expect(characterSet('A')).toBe(1 << 1);
    expect(characterSet('_')).toBe(1 << 31);
  });

  it('bounds the distance by half the differing bits, rounded up', () => {
    expect(distanceLowerBound(0, 0)).toBe(0);
    expect(distanceLowerBound(0b1, 0)).toBe(1);
    expect(distanceLowerBound(0b11, 0)).toBe(1);
    expect(distanceLowerBound(0b111, 0)).toBe(2);
    expect(distanceLowerBound(0b1010, 0b0101)).toBe(2);
    expect(distanceLowerBound(-1, 0)).toBe(16);
  });
});
