// Search text (server side, pure): safe Lucene queries with prefix and typo terms, the alias that matched, ranking.
import { describe, expect, it } from 'vitest';
import { bestMatch, buildLuceneQuery, digitsNeedle, escapeLucene, rankValue, typoPrefixes } from '../../server/graph/searchText.ts';
import { editDistance } from '../../server/text/distance.ts';

describe('buildLuceneQuery', () => {
  it('turns words into exact, prefix and fuzzy terms joined by AND', () => {
    expect(buildLuceneQuery('Youku')).toBe('(youku^4 OR youku* OR youku~1)');
    expect(buildLuceneQuery('jack ma')).toBe('(jack^4 OR jack* OR jack~1) AND (ma^4 OR ma*)');
    expect(buildLuceneQuery('Pinduoduoo')).toContain('pinduoduoo~2');
  });

  it('quotes Chinese words as phrases and escapes Lucene syntax', () => {
    expect(buildLuceneQuery('优酷')).toBe('"优酷"');
    expect(escapeLucene('a:b (c) "d" *e? ~f^ [g] {h} !i \\ /')).toBe('a\\:b \\(c\\) \\"d\\" \\*e\\? \\~f\\^ \\[g\\] \\{h\\} \\!i \\\\ \\/');
    expect(buildLuceneQuery('name:* OR')).toBe('(name\\:\\*^4 OR name\\:\\** OR name\\:\\*~1) AND (or^4 OR or*)');
    expect(buildLuceneQuery('  ')).toBeNull();
    expect(buildLuceneQuery('*** ???')).toBeNull();
  });
});

describe('rankValue and bestMatch', () => {
  it('ranks exact, prefix, word prefix, contained, typo', () => {
    expect(rankValue('chai', 'Chai')).toBe(0);
    expect(rankValue('harbour', 'Harbour Provisions')).toBe(1);
    expect(rankValue('hamilton', 'Todd Hamilton')).toBe(2);
    expect(rankValue('milt', 'Todd Hamilton')).toBe(3);
    expect(rankValue('hamiltn', 'Todd Hamilton')).toBe(4);
    expect(rankValue('tod hamilton', 'Todd Hamilton')).toBe(4);
    expect(rankValue('xyz', 'Todd Hamilton')).toBeNull();
    // Three letters are too few for a typo; accents do not count.
    expect(rankValue('chu', 'Chai')).toBeNull();
    expect(rankValue('guarana', 'Guaraná Fantástica')).toBe(1);
  });

  it('compares phone numbers by their digits, and numbers have no typos', () => {
    expect(rankValue('030 0074321', '030-0074321')).toBe(0);
    expect(rankValue('0074321', '(030) 007-4321')).toBe(3);
    expect(rankValue('10248', '10278')).toBeNull();
    expect(digitsNeedle('+44 20 7946 0101')).toBe('442079460101');
    expect(digitsNeedle('Todd')).toBeNull();
    expect(typoPrefixes('Hamiltn tod')).toEqual(['ham']);
  });

  it('prefers the caption, then the node\'s own keys, on equal rank', () => {
    expect(bestMatch('alfki', 'Alfreds Futterkiste', [{ value: 'ALFKI', source: 1 }])).toEqual({ rank: 0, value: 'ALFKI', source: 1 });
    expect(bestMatch('todd', 'Todd Hamilton', [{ value: 'Todd', source: 2 }])).toEqual({ rank: 0, value: 'Todd', source: 2 });
    expect(bestMatch('todd hamilton', 'Todd Hamilton', [{ value: 'Todd Hamilton', source: 2 }])).toEqual({ rank: 0, value: 'Todd Hamilton', source: 0 });
    expect(bestMatch('zzz', 'Todd', [])).toBeNull();
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
