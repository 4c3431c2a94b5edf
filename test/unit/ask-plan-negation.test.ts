// Negated questions: a negative contraction is its verb and "n't" (language/text.ts), and an auxiliary "do" that
// only carries the negation is read (plan/clauses.ts), so "which people don't follow X" lists those who do NOT
// follow X — it once listed those who do, saying back only "don't".
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/ask/language/text.ts';
import { ent, label, list, read, step } from '../helpers/filmGraph.ts';

const notFollowingTom = list({ kind: 'minus', set: label('Person', 'people'), minus: step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent') });

describe('negative contractions', () => {
  it('splits a contraction into its verb and n’t, with offsets into the question', () => {
    const words = (text: string) => tokenize(text).map(({ raw, norm, start, end }) => [raw, norm, start, end]);
    expect(words("doesn't")).toEqual([['does', 'does', 0, 4], ["n't", "n't", 4, 7]]);
    expect(words('didn’t go')).toEqual([['did', 'did', 0, 3], ['n’t', "n't", 3, 6], ['go', 'go', 7, 9]]);
    expect(words("can't")).toEqual([['can', 'can', 0, 3], ["'t", "n't", 3, 5]]);
    expect(words("won't")).toEqual([['won', 'will', 0, 3], ["'t", "n't", 3, 5]]);
  });

  it('leaves other apostrophes alone: a possessive, a t after a space, a name ending in n', () => {
    expect(tokenize("Tencent's").map((t) => t.norm)).toEqual(['tencent', "'s"]);
    expect(tokenize("Lin 't").map((t) => t.norm)).toEqual(['lin', 't']);
    expect(tokenize("n't").map((t) => t.norm)).toEqual(['n', 't']);
  });

  it('reads "don’t", "do not" and "didn’t" before a verb as a negation of it', () => {
    for (const question of ["which people don't follow Tom Hanks?", 'which people do not follow Tom Hanks?', 'which people didn’t follow Tom Hanks?']) {
      const reading = read(question);
      expect(reading.plan, question).toEqual(notFollowingTom);
      expect(reading.unused, question).toEqual([]);
    }
  });

  it('still reads the question without a negation as it was', () => {
    expect(read('which people follow Tom Hanks?').plan).toEqual(list({ kind: 'and', sets: [label('Person', 'people'), step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent')] }));
  });
});
