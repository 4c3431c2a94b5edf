// Search text (server side, pure): safe Lucene queries with prefix and typo terms, the alias that matched, ranking.
import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, matchedAlias, mergeRankings } from '../../server/graph/searchText.ts';
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

describe('matchedAlias and edit distance', () => {
  it('names the alias the person typed, or null when the caption matches best', () => {
    expect(matchedAlias('优酷', 'Youku', ['Youku', '优酷', 'Youku Tudou'])).toBe('优酷');
    expect(matchedAlias('jack', 'Ma Yun', ['Ma Yun', 'Jack Ma', '马云'])).toBe('Jack Ma');
    expect(matchedAlias('youk', 'Youku', ['Youku Tudou'])).toBeNull();
    expect(matchedAlias('Pinduodou', 'Pinduoduo', ['PDD'])).toBeNull();
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('mergeRankings', () => {
  it('puts exact and prefix matches first, then full-text matches, then mere containment', () => {
    const ranked = mergeRankings(
      [
        { id: 'contained', rank: 2 },
        { id: 'exact', rank: 0 },
        { id: 'prefix', rank: 1 },
      ],
      [
        { id: 'fuzzy', score: 3 },
        { id: 'exact', score: 5 },
      ],
    );
    expect(ranked.map((r) => r.id)).toEqual(['exact', 'prefix', 'fuzzy', 'contained']);
  });
});
