// Ask's linking at its boundaries: how many typos a name of each length may carry (typoAllowance: none under 4
// letters, one under 8, two from 8), and which words of a longer name stand for it alone (three letters or
// more). Each case sits on one side of a boundary, so moving a bound by one breaks a case.
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';
import { typoAllowance } from '../../server/text/distance.ts';

const entry = (key: string, name: string, aliases: string[] = [], labels = ['Entity', 'Company']): CatalogEntry => ({ id: `id-${key}`, key, name, labels, aliases });
const index = new EntityIndex([
  entry('kuaishou', 'Kuaishou'),
  entry('tencent', 'Tencent'),
  entry('ant-group', 'Ant Group'),
  entry('ma-yun', 'Ma Yun', [], ['Entity', 'Person']),
  entry('acme', 'Acme'),
  entry('bytedance', 'ByteDance'),
  entry('jd', 'JD'),
]);
const linked = (question: string) => index.findMentions(question).map((m) => ({ text: m.text, keys: m.candidates.map((c) => c.key), match: m.match, distance: m.distance }));

describe('typo allowance', () => {
  it('allows no typo under 4 letters, one under 8, two from 8', () => {
    expect([1, 3, 4, 7, 8, 20].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('links an 8-letter name with two typos: "Kuiashuo" is Kuaishou', () => {
    expect(linked('who invested in Kuiashuo')).toEqual([{ text: 'Kuiashuo', keys: ['kuaishou'], match: 'fuzzy', distance: 2 }]);
  });

  it('links a 7-letter name with one typo ("Tecent") but not with two ("Tnecnet")', () => {
    expect(linked('who owns Tecent')).toEqual([{ text: 'Tecent', keys: ['tencent'], match: 'fuzzy', distance: 1 }]);
    expect(linked('who owns Tnecent')).toEqual([{ text: 'Tnecent', keys: ['tencent'], match: 'fuzzy', distance: 1 }]);
    expect(linked('who owns Tnecnet')).toEqual([]);
  });

  it('links a 4-letter name with one typo ("Acne" is Acme), a 9-letter one with two, not with three', () => {
    expect(linked('who owns Acne')).toEqual([{ text: 'Acne', keys: ['acme'], match: 'fuzzy', distance: 1 }]);
    expect(linked('who owns BytDanse')).toEqual([{ text: 'BytDanse', keys: ['bytedance'], match: 'fuzzy', distance: 2 }]);
    expect(linked('who owns BitDanse')).toEqual([]);
  });

  it('links no 3-letter word by a typo, and never a name shorter than 4 letters', () => {
    expect(linked('who owns Acm')).toEqual([]);
    expect(linked('who owns JX')).toEqual([]);
    expect(linked('who owns JD')).toEqual([{ text: 'JD', keys: ['jd'], match: 'exact', distance: 0 }]);
  });
});

describe('partial names', () => {
  it('lets a 3-letter word of a longer name stand for it: "Ant", "Yun"', () => {
    expect(linked('who owns Ant')).toEqual([{ text: 'Ant', keys: ['ant-group'], match: 'partial', distance: 0 }]);
    expect(linked('what did Yun found')).toEqual([{ text: 'Yun', keys: ['ma-yun'], match: 'partial', distance: 0 }]);
  });

  it('does not let a 2-letter word stand for a longer name: "Ma"', () => {
    expect(linked('what did Ma found')).toEqual([]);
  });
});
