// Ask's linking (server/ask/language/linking.ts) where scripts, possessives and figures meet: a Chinese character
// is never a typo for a Latin letter, a name may begin with "'s" ("'s-Hertogenbosch"), a figure is linked by its
// own name when no question word is in it, figures of one name are all offered, and resolve refuses two names
// even when the second is made of question words.
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';

const FIGURE = ['Entity', 'Figure'];
const entry = (key: string, name: string, labels = ['Entity', 'Company']): CatalogEntry => ({ id: `id-${key}`, key, name, labels, aliases: [] });
const linked = (index: EntityIndex, question: string) =>
  index.findMentions(question).map((m) => [m.text, m.match, m.distance, m.from, m.to, m.candidates.map((c) => c.key)]);

describe('Chinese and Latin letters', () => {
  const index = new EntityIndex([entry('youku', 'Youku'), entry('acloud', '阿Cloud')]);

  it('never reads a Chinese character as a typo for a Latin letter', () => {
    expect(linked(index, '优ouku')).toEqual([['ouku', 'fuzzy', 1, 1, 2, ['youku']]]);
  });

  it('never reads a name with a Chinese character from its Latin letters with a typo', () => {
    expect(linked(index, 'Cloud')).toEqual([]);
    expect(linked(index, '阿Cloud')).toEqual([['阿Cloud', 'exact', 0, 0, 2, ['acloud']]]);
  });
});

describe('possessives', () => {
  const index = new EntityIndex([entry('city', "'s-Hertogenbosch"), entry('youku', 'Youku'), entry('tudou', 'Tudou')]);

  it("finds a name that begins with 's exactly in a question", () => {
    expect(linked(index, "trains to 's-Hertogenbosch")).toEqual([["'s-Hertogenbosch", 'exact', 0, 2, 4, ['city']]]);
  });

  it("still reads a name before 's without it", () => {
    expect(linked(index, "Youku's Tudou")).toEqual([
      ['Youku', 'exact', 0, 0, 1, ['youku']],
      ['Tudou', 'exact', 0, 2, 3, ['tudou']],
    ]);
  });
});

describe('figures', () => {
  const index = new EntityIndex([
    entry('widgets', 'Acme Widgets', FIGURE),
    entry('own-widgets', "Acme's Widgets", FIGURE),
    entry('q4-a', 'Acme revenue Q4', FIGURE),
    entry('q4-b', 'Acme revenue Q4', FIGURE),
  ]);

  it('links a figure by its whole name when no question word is in it, possessive or not', () => {
    expect(linked(index, 'Acme Widgets')).toEqual([['Acme Widgets', 'exact', 0, 0, 2, ['widgets']]]);
    expect(linked(index, "Acme's Widgets")).toEqual([["Acme's Widgets", 'exact', 0, 0, 3, ['own-widgets']]]);
    expect(index.resolve("Acme Widgets's")).toMatchObject({ from: 0, to: 3, text: "Acme Widgets's", match: 'exact' });
  });

  it('offers every figure of a name read with a question word in it, spelt right or with a typo', () => {
    expect(linked(index, 'Acme revenue Q4')).toEqual([['Acme revenue Q4', 'fuzzy', 0, 0, 3, ['q4-a', 'q4-b']]]);
    expect(linked(index, 'Acme revenue Q5')).toEqual([['Acme revenue Q5', 'fuzzy', 1, 0, 3, ['q4-a', 'q4-b']]]);
  });
});

describe('resolve', () => {
  const index = new EntityIndex([entry('meituan', 'Meituan'), entry('owner', 'Company Owner')]);

  it('refuses two names even when the second is made of question words', () => {
    expect(index.resolve('the Meituan company owner')).toBeUndefined();
    expect(index.resolve('the Meituan company')).toMatchObject({ from: 1, to: 2, text: 'Meituan', match: 'exact' });
  });
});
