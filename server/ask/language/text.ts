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
