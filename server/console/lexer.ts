// A small Cypher lexer: enough to see which words are keywords, which names are called, and where the
// strings and comments are, so the console's rules never mistake text inside a string for a clause.
// It does not parse Cypher (Neo4j does that); it only splits the text into tokens with their offsets.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'punct' | 'comment';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** For words and quoted names: the name itself (backticks removed, doubled backticks undone). */
  name: string;
  start: number;
  end: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;
const DIGIT = /[0-9]/;

/** Splits `text` into tokens. Unterminated strings, names and comments run to the end of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, name = '') => tokens.push({ kind, text: text.slice(start, end), name, start, end });

  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      push('comment', i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      push('comment', i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"') {
      const stop = endOfString(text, i, ch);
      push('string', i, stop);
      i = stop;
    } else if (ch === '`') {
      const [stop, name] = quotedName(text, i);
      push('quoted', i, stop, name);
      i = stop;
    } else if (ch === '$') {
      let stop = i + 1;
      if (text[stop] === '`') stop = quotedName(text, stop)[0];
      else while (stop < text.length && WORD_PART.test(text[stop]!)) stop++;
      push('parameter', i, stop);
      i = stop;
    } else if (DIGIT.test(ch)) {
      let stop = i + 1;
      while (stop < text.length && /[0-9a-zA-Z_]/.test(text[stop]!)) stop++;
      // A decimal point followed by a digit belongs to the number; "1..3" is a range, not a number.
      if (text[stop] === '.' && DIGIT.test(text[stop + 1] ?? '')) {
        stop++;
        while (stop < text.length && /[0-9a-zA-Z_]/.test(text[stop]!)) stop++;
      }
      push('number', i, stop);
      i = stop;
    } else if (WORD_START.test(ch)) {
      let stop = i + 1;
      while (stop < text.length && WORD_PART.test(text[stop]!)) stop++;
      push('word', i, stop, text.slice(i, stop));
      i = stop;
    } else {
      push('punct', i, i + 1);
      i++;
    }
  }
  return tokens;
}

function endOfString(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

function quotedName(text: string, start: number): [number, string] {
  let i = start + 1;
  let name = '';
  while (i < text.length) {
    if (text[i] === '`') {
      if (text[i + 1] === '`') {
        name += '`';
        i += 2;
        continue;
      }
      return [i + 1, name];
    }
    name += text[i];
    i++;
  }
  return [text.length, name];
}

/** The tokens that carry meaning: comments dropped. */
export function significant(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'comment');
}
