// Pure helpers for search: the person's words → a safe Lucene query (prefix and small-typo terms), the alias
// that matched, and the merge of full-text and substring results into one ranked list.
import { editDistance } from '../text/distance.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** "aliba grop" → `(aliba^4 OR aliba* OR aliba~1) AND (grop^4 OR grop* OR grop~1)`; Chinese words become phrases. */
export function buildLuceneQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.replace(LUCENE_SPECIAL, '').length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    if (HAS_CJK.test(word)) return `"${word.replace(/["\\]/g, '')}"`;
    const term = escapeLucene(word.toLowerCase());
    const bare = word.replace(LUCENE_SPECIAL, '');
    const fuzzy = bare.length >= 8 ? '~2' : bare.length >= 4 ? '~1' : '';
    return fuzzy ? `(${term}^4 OR ${term}* OR ${term}${fuzzy})` : `(${term}^4 OR ${term}*)`;
  });
  return clauses.join(' AND ');
}

/** Which alias the person most likely meant, or null when the caption itself matches best. */
export function matchedAlias(query: string, caption: string, aliases: readonly string[]): string | null {
  const needle = query.trim().toLowerCase();
  if (!needle) return null;
  const score = (value: string) => {
    const v = value.toLowerCase();
    if (v === needle) return 0;
    if (v.startsWith(needle)) return 1;
    if (v.includes(needle)) return 2;
    return 3 + editDistance(needle, v.slice(0, needle.length + 2));
  };
  let best: string | null = null;
  let bestScore = score(caption);
  for (const alias of aliases) {
    if (alias === caption) continue;
    const s = score(alias);
    if (s < bestScore) {
      best = alias;
      bestScore = s;
    }
  }
  return best;
}

export interface RankedId {
  id: string;
  score: number;
}

/**
 * One ranking from two sources: substring matches by rank (0 exact, 1 prefix, 2 contained) and full-text scores.
 * Exact and prefix matches come first, then full-text (fuzzy) matches, then mere containment.
 */
export function mergeRankings(contains: { id: string; rank: number }[], fulltext: { id: string; score: number }[]): RankedId[] {
  const byId = new Map<string, number>();
  const add = (id: string, score: number) => byId.set(id, (byId.get(id) ?? 0) + score);
  contains.forEach(({ id, rank }) => add(id, rank === 0 ? 1000 : rank === 1 ? 500 : 20));
  const top = Math.max(1e-9, ...fulltext.map((f) => f.score));
  fulltext.forEach(({ id, score }) => add(id, 100 * (score / top)));
  return [...byId.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
