// Ask's planner, the stemmer at its edges: short words kept whole, the length below which a suffix is part of the
// word ("shed", "toys"), doubled letters undone only on a stem long enough ("added"), and the nouns that have no
// inflections at all ("news" is not a form of "new").
import { describe, expect, it } from 'vitest';
import { stemOf } from '../../server/ask/plan/words.ts';

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
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});
