// Question text → tokens. Latin words split on anything that is not a letter or digit ("JD.com" → jd, com),
// every Chinese character is a token of its own, "'s" is kept as a possessive marker, and a negative contraction
// is its verb and "n't" ("doesn't" → does, n't; "can't" → can, n't; "won't" → will, n't).
// Entity names go through the same tokenizer, so a name and a question always compare like with like.

export type TokenKind = 'word' | 'han' | 'possessive';

export interface Token {
  /** The text as typed. */
  raw: string;
  /** Lower case, compatibility-normalized, without diacritics. */
  norm: string;
  kind: TokenKind;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const TOKEN_PATTERN = /(\p{Script=Han})|(['’‘`´]s(?![\p{L}\p{N}]))|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

export function normalizeWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´']);
/** Contractions whose verb is not the word before "n't" without its n. */
const CONTRACTED_VERBS: Record<string, string> = { can: 'can', won: 'will', shan: 'shall', ain: 'be' };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind = match[1] ? 'han' : match[2] ? 'possessive' : 'word';
    const norm = kind === 'possessive' ? "'s" : normalizeWord(raw);
    if (!norm) continue;
    const token: Token = { raw, norm, kind, start, end: start + raw.length };
    const before = tokens.at(-1);
    if (norm === 't' && before && isNegativeContraction(text, before, token)) tokens.splice(-1, 1, ...splitContraction(text, before, token));
    else tokens.push(token);
  }
  return tokens;
}

/** "doesn" + "'" + "t": a word ending in n, an apostrophe, then t. */
function isNegativeContraction(text: string, before: Token, t: Token): boolean {
  return before.kind === 'word' && before.norm.length > 1 && before.norm.endsWith('n') && before.end + 1 === t.start && APOSTROPHES.has(text[before.end]!);
}

function splitContraction(text: string, word: Token, t: Token): Token[] {
  const verb = CONTRACTED_VERBS[word.norm];
  const verbEnd = verb ? word.end : word.end - 1; // "can't": can + 't; "doesn't": does + n't
  return [
    { raw: text.slice(word.start, verbEnd), norm: verb ?? word.norm.slice(0, -1), kind: 'word', start: word.start, end: verbEnd },
    { raw: text.slice(verbEnd, t.end), norm: "n't", kind: 'word', start: verbEnd, end: t.end },
  ];
}

/**
 * The letters of a run of tokens without spaces: "Pin Duoduo" → "pinduoduo". A possessive inside stays (as "'s"),
 * so "Tencent's holdings" is not the name "Tencent Holdings"; one at the end is dropped ("Ali's" → "ali").
 */
export function compactOf(tokens: readonly Token[]): string {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'possessive') end--;
  return tokens
    .slice(0, end)
    .map((token) => token.norm)
    .join('');
}

/** The compact form of a name as it is stored in the graph. */
export function compactName(name: string): string {
  return compactOf(tokenize(name));
}
