// Ask's linking (server/ask/language/linking.ts) on exact answers: the closest names in order (the share of
// letters to change, a bonus for the same first three letters, ties by name), what resolve accepts around a
// name, typo readings that tie or beat each other, which names a lone word can stand for, and the order in which
// overlapping readings win.
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';

const entry = (key: string, name: string, aliases: string[] = [], labels = ['Entity', 'Company']): CatalogEntry => ({ id: `id-${key}`, key, name, labels, aliases });
const index = new EntityIndex([
  entry('meituan', 'Meituan', ['美团', 'X']),
  entry('meitu', 'Meitu'),
  entry('youku', 'Youku'),
  entry('tudou', 'Tudou'),
  entry('bilibili', 'Bilibili'),
  entry('bilibeli', 'Bilibeli'),
]);
const keys = (entries: readonly CatalogEntry[]) => entries.map((e) => e.key);
const linked = (question: string, on = index) => on.findMentions(question).map((m) => [m.text, m.match, m.distance, m.from, m.to, keys(m.candidates)]);

describe('closest', () => {
  it('orders names by the share of letters to change, three by default', () => {
    expect(keys(index.closest('Meituan'))).toEqual(['meituan', 'meitu', 'tudou']);
    expect(keys(index.closest('Meitu'))).toEqual(['meitu', 'meituan', 'tudou']);
    expect(keys(index.closest('Youk', 10))).toEqual(['youku', 'tudou', 'meituan', 'bilibeli', 'bilibili', 'meitu']);
    expect(keys(index.closest('Tudo', 1))).toEqual(['tudou']);
  });

  it('orders names equally far by name, and gives nothing for a text without letters', () => {
    expect(keys(index.closest('zzzz', 10))).toEqual(['bilibeli', 'bilibili', 'meitu', 'meituan', 'tudou', 'youku']);
    expect(keys(index.closest('Bili'))).toEqual(['bilibeli', 'bilibili', 'meitu']);
    expect(index.closest('...')).toEqual([]);
  });

  it('brings a name with the same first three letters a tenth closer', () => {
    // "Tenc": Tencent is 3 edits in 7 letters (0.43, less 0.1), Benco 2 in 5 (0.4) with another start.
    const two = new EntityIndex([entry('benco', 'Benco'), entry('tencent', 'Tencent')]);
    expect(keys(two.closest('Tenc'))).toEqual(['tencent', 'benco']);
  });

  it('keeps no name shorter than two letters: a one-letter alias brings its entity no closer', () => {
    expect(keys(index.closest('X'))).toEqual(['bilibeli', 'bilibili', 'meitu']);
  });
});

describe('resolve', () => {
  it('links a name alone, with a possessive, or among frame words', () => {
    expect(index.resolve('Meituan')).toMatchObject({ from: 0, to: 1, text: 'Meituan', match: 'exact' });
    expect(index.resolve("Meituan's")).toMatchObject({ from: 0, to: 2, text: "Meituan's", match: 'exact' });
    expect(index.resolve('the Meituan company')).toMatchObject({ from: 1, to: 2, start: 4, end: 11, text: 'Meituan', match: 'exact', distance: 0 });
    expect(keys(index.resolve('the Meituan company')!.candidates)).toEqual(['meituan']);
    expect(index.resolve('Meitaun')).toMatchObject({ text: 'Meitaun', match: 'fuzzy', distance: 1 });
  });

  it('links nothing for no words, two names, or a name with another word', () => {
    expect(index.resolve('')).toBeUndefined();
    expect(index.resolve('...')).toBeUndefined();
    expect(index.resolve('Meituan Youku')).toBeUndefined();
    expect(index.resolve('the Meituan deal')).toBeUndefined();
    expect(index.resolve('owner')).toBeUndefined();
  });
});

describe('typo readings', () => {
  it('keeps every name at the smallest distance, and drops those further', () => {
    expect(linked('Bilibxli')).toEqual([['Bilibxli', 'fuzzy', 1, 0, 1, ['bilibili', 'bilibeli']]]);
    expect(linked('Bilibilo')).toEqual([['Bilibilo', 'fuzzy', 1, 0, 1, ['bilibili']]]);
  });

  it('reads two misspelt names side by side', () => {
    expect(linked('Tudoo Youk')).toEqual([
      ['Tudoo', 'fuzzy', 1, 0, 1, ['tudou']],
      ['Youk', 'fuzzy', 1, 1, 2, ['youku']],
    ]);
  });

  it('reads no typo in a Chinese name or in a number', () => {
    const han = new EntityIndex([entry('ali', '阿里巴巴'), entry('plan', 'Plan 2018', ['2018'])]);
    expect(linked('阿里巴', han)).toEqual([]);
    expect(linked('2019', han)).toEqual([]);
    expect(linked('2018', han)).toEqual([['2018', 'exact', 0, 0, 1, ['plan']]]);
  });
});

describe('partial names', () => {
  const catalog = new EntityIndex([
    entry('cainiao', 'Cainiao Network'),
    entry('long', 'One Two Three Four Five'),
    entry('rev', 'Acme revenue', [], ['Entity', 'Figure']),
    entry('acme', 'Acme'),
    entry('plan', 'Plan 2018'),
  ]);

  it('lets each word of three letters or more of a longer name stand for it', () => {
    expect(linked('Network', catalog)).toEqual([['Network', 'partial', 0, 0, 1, ['cainiao']]]);
    expect(linked('One Two Three Fuor Five', catalog)).toEqual([
      ['Two', 'partial', 0, 1, 2, ['long']],
      ['Three', 'partial', 0, 2, 3, ['long']],
      ['Five', 'partial', 0, 4, 5, ['long']],
    ]);
  });

  it('lets no number and no word of a figure stand for a name', () => {
    expect(linked('2018', catalog)).toEqual([]);
    expect(linked('revenue', catalog)).toEqual([]);
    expect(linked('Acme revenue', catalog)).toEqual([['Acme', 'exact', 0, 0, 1, ['acme']]]);
  });
});

describe('which entity a name means', () => {
  const catalog = new EntityIndex([
    entry('alipay', 'Alipay'),
    entry('ant', 'Ant Group', ['Alipay', 'Ant Financial']),
    entry('zhang-yong', 'Zhang Yong', [], ['Entity', 'Person']),
    entry('zhang-holdings', 'Zhang Yong Holdings Limited'),
  ]);

  it('prefers the entity whose name it is over one that has it as an alias', () => {
    expect(linked('Alipay', catalog)).toEqual([['Alipay', 'exact', 0, 0, 1, ['alipay']]]);
    expect(linked('Ant Financial', catalog)).toEqual([['Ant Financial', 'exact', 0, 0, 2, ['ant']]]);
  });

  it('lets a lone word stand for the shortest of the names that have it', () => {
    expect(linked('Zhang', catalog)).toEqual([['Zhang', 'partial', 0, 0, 1, ['zhang-yong']]]);
  });
});

describe('overlapping readings', () => {
  it('takes a longer name with one typo over a shorter exact one when it covers 3 letters more', () => {
    const catalog = new EntityIndex([entry('tencent', 'Tencent'), entry('video', 'Tencent Video'), entry('youku', 'Youku'), entry('youku-go', 'Youku Go')]);
    // "Tencent Vidoe": 12 letters less 3 for the typo beats "Tencent", 7.
    expect(linked('Tencent Vidoe', catalog)).toEqual([['Tencent Vidoe', 'fuzzy', 1, 0, 2, ['video']]]);
    // "Youku Ge": 7 letters less 3 loses to "Youku", 5.
    expect(linked('Youku Ge', catalog)).toEqual([['Youku', 'exact', 0, 0, 1, ['youku']]]);
  });

  it('finds both of two names next to each other, in the order of the question', () => {
    expect(linked('Meituan and Meitu')).toEqual([
      ['Meituan', 'exact', 0, 0, 1, ['meituan']],
      ['Meitu', 'exact', 0, 2, 3, ['meitu']],
    ]);
    expect(linked("Youku's Tudou")).toEqual([
      ['Youku', 'exact', 0, 0, 1, ['youku']],
      ['Tudou', 'exact', 0, 2, 3, ['tudou']],
    ]);
  });

  it('reads a name split into more pieces than it has words', () => {
    const split = new EntityIndex([entry('pdd', 'Pinduoduo'), entry('ant', 'Ant Group')]);
    expect(linked('P in duo duo', split)).toEqual([['P in duo duo', 'exact', 0, 0, 4, ['pdd']]]);
    expect(linked('Pin duo duo', split)).toEqual([['Pin duo duo', 'exact', 0, 0, 3, ['pdd']]]);
  });
});
