// Ask, the words: tokens (Latin, Chinese, possessives), lemmas, edit distance and frames.
import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from '../../server/text/distance.ts';
import { buildFrame } from '../../server/ask/language/frame.ts';
import { isVocabulary, lemmatize } from '../../server/ask/language/lexicon.ts';
import { EntityIndex } from '../../server/ask/language/linking.ts';
import { compactName, compactOf, tokenize } from '../../server/ask/language/text.ts';

describe('tokenize', () => {
  it('splits Latin words on punctuation, keeps offsets, and marks possessives', () => {
    const tokens = tokenize("Who owns JD.com's Jingdong?");
    expect(tokens.map((t) => [t.norm, t.kind])).toEqual([
      ['who', 'word'],
      ['owns', 'word'],
      ['jd', 'word'],
      ['com', 'word'],
      ["'s", 'possessive'],
      ['jingdong', 'word'],
    ]);
    const question = "Who owns JD.com's Jingdong?";
    for (const token of tokens) expect(question.slice(token.start, token.end)).toBe(token.raw);
  });

  it('makes every Chinese character a token and accepts curly apostrophes', () => {
    expect(tokenize('谁拥有优酷').map((t) => t.raw)).toEqual(['谁', '拥', '有', '优', '酷']);
    expect(tokenize('Ali’s rivals').map((t) => t.kind)).toEqual(['word', 'possessive', 'word']);
  });

  it('folds case and diacritics', () => {
    expect(tokenize('CAFÉ Über').map((t) => t.norm)).toEqual(['cafe', 'uber']);
  });

  it('compacts names on their letters, dropping a final possessive but not an inner one', () => {
    expect(compactName('Pin Duoduo')).toBe(compactName('Pinduoduo'));
    expect(compactName('Ele.me')).toBe('eleme');
    expect(compactOf(tokenize("Ali's"))).toBe('ali');
    expect(compactOf(tokenize("Tencent's holdings"))).not.toBe(compactName('Tencent Holdings'));
  });
});

describe('lemmatize', () => {
  it('maps inflections onto the cue words', () => {
    expect(lemmatize('competes')).toBe('compete');
    expect(lemmatize('competing')).toBe('compete');
    expect(lemmatize('subsidiaries')).toBe('subsidiary');
    expect(lemmatize('controlled')).toBe('control');
    expect(lemmatize('led')).toBe('lead');
    expect(lemmatize('rivals')).toBe('rival');
  });

  it('leaves other words alone and knows which words belong to the frame', () => {
    expect(lemmatize('youku')).toBe('youku');
    expect(isVocabulary('who')).toBe(true);
    expect(isVocabulary('own')).toBe(true);
    expect(isVocabulary('youku')).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('meituan', 'meitaun')).toBe(1);
    expect(editDistance('youku', 'youkou')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops past the bound', () => {
    expect(editDistance('alibaba', 'zzzzzzzzzz', 2)).toBe(3);
  });

  it('allows more typos in longer names, none in short ones', () => {
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });
});

describe('buildFrame', () => {
  const index = new EntityIndex([{ id: '1', key: 'acme', name: 'Acme', labels: ['Company'], aliases: [] }]);

  it('replaces names with slots and lemmatizes the rest, reading "who\'s" as "who is"', () => {
    const frame = buildFrame("Who's running Acme?", index);
    expect(frame.items.map((item) => (item.kind === 'word' ? item.lemma : `[${item.slot.text}]`))).toEqual(['who', 'be', 'run', '[Acme]']);
  });

  it('forgives one typo in a long frame word', () => {
    const frame = buildFrame('who compets with Acme', index);
    expect(frame.words()).toContain('compete');
  });

  it('keeps unknown words as unknown slots, telling names from stray words', () => {
    const frame = buildFrame('who currently owns Foobar', index);
    const unknown = frame.slots.filter((slot) => slot.match === 'unknown');
    expect(unknown.map((slot) => slot.text)).toEqual(['Foobar']);
    expect(frame.usableSlots().map((slot) => slot.text)).toEqual(['Foobar']);
  });
});
