// Question text → tokens. Latin words split on anything that is not a letter or digit ("JD.com" → jd, com),
// every Chinese character is a token of its own, and "'s" is kept as a possessive marker.
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind = match[1] ? 'han' : match[2] ? 'possessive' : 'word';
    const norm = kind === 'possessive' ? "'s" : normalizeWord(raw);
    if (!norm) continue;
    tokens.push({ raw, norm, kind, start, end: start + raw.length });
  }
  return tokens;
}

/** The letters of a run of tokens with spaces and possessive markers left out: "Pin Duoduo's" → "pinduoduo". */
export function compactOf(tokens: readonly Token[]): string {
  return tokens
    .filter((token) => token.kind !== 'possessive')
    .map((token) => token.norm)
    .join('');
}

/** The compact form of a name as it is stored in the graph. */
export function compactName(name: string): string {
  return compactOf(tokenize(name));
}
