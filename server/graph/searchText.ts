// Pure helpers for search: the person's words → a safe Lucene query (prefix and small-typo terms), and how well a
// value matches them (exact, prefix, word prefix, contained, typo; phone numbers by their digits).
import { editDistance } from '../text/distance.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const HAS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

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

/** How well one value matches what the person typed: 0 exact, 1 prefix, 2 a word starts with it, 3 contained, 4 typo. */
export type MatchRank = 0 | 1 | 2 | 3 | 4;

/** Lower case, one space between words, accents dropped ("Guaraná" matches "guarana"). */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const digitsOf = (text: string) => text.replace(/[\s\-().+]/g, '');

/** The typed words' typo allowance: none below 4 letters, one below 8, two from 8. */
export const typoAllowance = (needle: string) => (needle.length >= 8 ? 2 : needle.length >= 4 ? 1 : 0);

/** A phone-number-like needle: its digits (for "01632 961037" against "(01632) 961037"), else null. */
export function digitsNeedle(needle: string): string | null {
  const digits = digitsOf(needle);
  return /^\d{5,}$/.test(digits) ? digits : null;
}

/** First letters of the typed words, for a scan to keep values whose words start alike (typo candidates). */
export function typoPrefixes(needle: string): string[] {
  return normalise(needle)
    .split(' ')
    .filter((word) => word.length >= 4)
    .map((word) => word.slice(0, 3));
}

export function rankValue(needle: string, value: string): MatchRank | null {
  const n = normalise(needle);
  const v = normalise(value);
  if (!n || !v) return null;
  if (v === n) return 0;
  if (v.startsWith(n)) return 1;
  if (v.includes(` ${n}`)) return 2;
  if (v.includes(n)) return 3;
  const digits = digitsNeedle(n);
  if (digits) return digitsOf(v) === digits ? 0 : digitsOf(v).includes(digits) ? 3 : null; // numbers have no typos
  const allowed = typoAllowance(n);
  if (allowed === 0) return null;
  // A typo: the typed words against the same number of consecutive words of the value, or against its start.
  const words = v.split(' ');
  const count = n.split(' ').length;
  for (let i = 0; i + count <= words.length; i++) {
    if (editDistance(n, words.slice(i, i + count).join(' '), allowed) <= allowed) return 4;
  }
  if (editDistance(n, v.slice(0, n.length), allowed) <= allowed) return 4;
  return null;
}

/** Where a value comes from: 0 the caption, 1 a key of the node's own (customerID on a Customer), 2 another key. */
export type ValueSource = 0 | 1 | 2;

export interface RankedMatch {
  rank: MatchRank;
  /** The value that matched best. */
  value: string;
  source: ValueSource;
}

/** The best match among a node's caption and its other values: best rank, then the caption, then its own keys. */
export function bestMatch(needle: string, caption: string, values: readonly { value: string; source: ValueSource }[]): RankedMatch | null {
  let best: RankedMatch | null = null;
  const consider = (value: string, source: ValueSource) => {
    const rank = rankValue(needle, value);
    if (rank !== null && (!best || rank < best.rank || (rank === best.rank && source < best.source))) best = { rank, value, source };
  };
  consider(caption, 0);
  for (const { value, source } of values) consider(value, value === caption ? 0 : source);
  return best;
}
