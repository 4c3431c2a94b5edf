// Ask's linking (server/ask/language/linking.ts) at the edges of its readings: names with digits (a word with
// digits at either end can be a partial name or carry a typo), how many words a typo reading may span, the
// two letters a partial name gives up against a typo reading, figures never reached by a lone word, the closest
// names' bonus for the first three letters only, and what resolve accepts on either side of a name.
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';

const entry = (key: string, name: string, labels = ['Entity', 'Company']): CatalogEntry => ({ id: `id-${key}`, key, name, labels, aliases: [] });
const index = new EntityIndex([
  entry('cainiao', 'Cainiao Network'),
  entry('networkz', 'Networkz'),
  entry('web3', 'Web3 Labs'),
  entry('print', 'Acme 3Dprint'),
  entry('wedo', 'Wedo3'),
  entry('safe', '360safe'),
  entry('four', 'Alpha Beta Gamma Delta'),
  entry('five', 'Zeta Eta Theta Iota Kappa'),
  entry('widget-sales', 'Acme Widget Sales', ['Entity', 'Figure']),
  entry('youku', 'Youku'),
  entry('youku-go', 'Youku Go'),
  entry('tencent', 'Tencent'),
  entry('denxia', 'Denxia'),
  entry('meituan', 'Meituan'),
]);
const linked = (question: string) => index.findMentions(question).map((m) => [m.text, m.match, m.distance, m.from, m.to, m.candidates.map((c) => c.key)]);

describe('names with digits', () => {
  it('lets a word with digits stand for its name, at the end or at the start', () => {
    expect(linked('Web3')).toEqual([['Web3', 'partial', 0, 0, 1, ['web3']]]);
    expect(linked('3Dprint')).toEqual([['3Dprint', 'partial', 0, 0, 1, ['print']]]);
  });

  it('reads a typo in a name that ends or starts with digits', () => {
    expect(linked('Wedo4')).toEqual([['Wedo4', 'fuzzy', 1, 0, 1, ['wedo']]]);
    expect(linked('360sape')).toEqual([['360sape', 'fuzzy', 1, 0, 1, ['safe']]]);
  });
});

describe('typo readings and partial names', () => {
  it('reads a typo across four words but not five', () => {
    expect(linked('Alpha Beta Gamma Detla')).toEqual([['Alpha Beta Gamma Detla', 'fuzzy', 1, 0, 4, ['four']]]);
    expect(linked('Zeta Eta Theta Iota Kapa')).toEqual([
      ['Zeta', 'partial', 0, 0, 1, ['five']],
      ['Eta', 'partial', 0, 1, 2, ['five']],
      ['Theta', 'partial', 0, 2, 3, ['five']],
      ['Iota', 'partial', 0, 3, 4, ['five']],
    ]);
  });

  it('gives a partial name two letters less: "Network" (7 − 2) ties with "Network X" (8 − 3) and the typo reading wins', () => {
    expect(linked('Network X')).toEqual([['Network X', 'fuzzy', 1, 0, 2, ['networkz']]]);
  });

  it('counts letters only: "Youku Geo" (8 − 3) ties with "Youku" (5) and the exact name wins', () => {
    expect(linked('Youku Geo')).toEqual([['Youku', 'exact', 0, 0, 1, ['youku']]]);
  });

  it('never lets a word of a figure stand for it', () => {
    expect(linked('Widget')).toEqual([]);
  });
});

describe('what is never a name', () => {
  it('does not link a word of the question even when an entity is called by it', () => {
    expect(new EntityIndex([entry('owner', 'Owner')]).findMentions('Owner')).toEqual([]);
  });

  it('lets only Latin words of a name stand for it: "Ant" is not "Ant 蚂蚁"', () => {
    expect(new EntityIndex([entry('ant', 'Ant 蚂蚁')]).findMentions('Ant')).toEqual([]);
  });

  it('reads a name split into at most two more pieces than the longest name has words', () => {
    const split = new EntityIndex([entry('pdd', 'Pinduoduo'), entry('ant', 'Ant Group')]);
    expect(split.findMentions('P in duo duo').map((m) => m.text)).toEqual(['P in duo duo']);
    expect(split.findMentions('P i n duo duo')).toEqual([]);
  });
});

describe('closest', () => {
  it('gives the bonus for the first three letters, not for the whole text', () => {
    // "Tenx": Tencent 4 edits in 7 (0.57, less 0.1 for "ten"), Denxia 3 in 6 (0.5).
    expect(index.closest('Tenx', 2).map((e) => e.key)).toEqual(['tencent', 'denxia']);
  });
});

describe('resolve', () => {
  it('refuses a name after a word that is not a frame word', () => {
    expect(index.resolve('Qwzx Meituan')).toBeUndefined();
  });

  it("accepts a possessive and a frame word after a name: \"Meituan's owner\"", () => {
    expect(index.resolve("Meituan's owner")).toMatchObject({ from: 0, to: 1, text: 'Meituan', match: 'exact' });
  });
});
