// Ask's planner, the stemmer at its edges: short words kept whole, the length below which a suffix is part of the
// word ("shed", "toys"), doubled letters undone only on a stem long enough ("added"), and the nouns that have no
// inflections at all ("news" is not a form of "new").
import { describe, expect, it } from 'vitest';
import { labelNounOf } from '../../server/ask/plan/vocabulary.ts';
import { agentStemOf, stemOf } from '../../server/ask/plan/words.ts';

describe('stems at the edges', () => {
  it.each([
    // Three letters or fewer: the word is its own stem ("its" is not "it", "ads" not "ad").
    ['its', 'its'], ['ads', 'ads'], ['bed', 'bed'],
    // "-ed" on a word of four letters is part of the word.
    ['shed', 'shed'], ['used', 'used'],
    // A "y" left on three letters stays a "y"; a final "e" on three letters stays.
    ['toys', 'toy'], ['eyes', 'eye'], ['lies', 'lie'],
    // A doubled letter on a stem of three letters is the word's own ("add"), not a doubling.
    ['added', 'add'],
    // "-es" after x on four letters leaves the stem ("axes" → "ax"); "ches" inside a word is no ending.
    ['axes', 'ax'], ['orchestra', 'orchestra'],
    // Names that begin like an ending keep it ("IESEG", "Iedereen").
    ['IESEG', 'ieseg'], ['Iedereen', 'iedereen'],
    // "-ied" gives "i" even after another "i".
    ['skiied', 'skii'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it.each([['news', 'news'], ['series', 'series'], ['data', 'data'], ['media', 'media'], ['News', 'news']])('%s has no inflections: its stem is %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it('a News label is not what the word "new" names (nor a Series label "sery")', () => {
    expect([labelNounOf('News').stems, labelNounOf('Series').stems, stemOf('new'), stemOf('sery')]).toEqual([new Set(['news']), new Set(['series']), 'new', 'seri']);
  });

  it.each([['murderer', 'murder'], ['caterer', 'cater']])('the agent noun %s is made from %s (its last "-er", not the first)', (word, stem) => {
    expect(agentStemOf(word)).toBe(stem);
  });
});
