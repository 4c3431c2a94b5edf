// A small Cypher lexer that reads the text as Neo4j 5.26 does: enough to see which words are keywords, which
// names are called, and where the strings and comments are, so the console's rules never mistake text inside a
// string for a clause, nor a clause for a comment. It does not parse Cypher (Neo4j does that); it only splits
// the text into tokens with their offsets. Characters on which our reading could differ from Neo4j's are not
// tokenised at all: `refusedCharacter` finds them and the console refuses the text (see the README's console
// section for how each rule was checked against Neo4j).

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

/**
 * Characters the console refuses anywhere in a text, strings and comments included:
 * - C0 controls other than tab, line feed and carriage return, DEL and the C1 controls (U+0085 among them);
 *   Neo4j reads most of them as invisible parts of a name ("a\u0001b" is the name "ab"), some as spaces;
 * - Unicode format characters (soft hyphen, zero-width space and joiners, bidirectional marks, U+FEFF…), which
 *   Neo4j also takes into names while they hide from a person's eye;
 * - U+2028 and U+2029, which look like line ends to an editor but do not end a `//` comment in Neo4j;
 * - lone surrogates and the noncharacters U+FFFE, U+FFFF.
 * A string that needs one of them travels as a parameter ($name), or written with a \uXXXX escape.
 */
const REFUSED_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Cs}]/u;

/** Offset of the first character the console refuses, or -1. One linear scan. */
export function refusedCharacter(text: string): number {
  const match = REFUSED_CHARACTER.exec(text);
  return match ? match.index : -1;
}

/** Whitespace as Neo4j reads it (checked one code point at a time against the DBMS), less the refused characters. */
const SPACE = /[\t\n\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** A `//` comment ends at a line feed or at a carriage return, and nowhere else (U+0085, U+2028, U+2029 do not). */
const LINE_END = /[\n\r]/g;
/** A name starts with a letter or an underscore and goes on with letters, digits, marks, connectors and currency signs ($ too). */
const WORD_START = /[\p{L}\p{Nl}\p{Pc}]/u;
const WORD_PART = /[\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Sc}]/u;
const NUMBER_PART = /[0-9a-zA-Z_]/;

// ASCII first, without a regular expression: most texts are ASCII, and the console's checks are on the hot path.
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || c === 10 || c === 13 || c === 9 : SPACE.test(text[i]!);
};
const isWordStart = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) || c === 95 : WORD_START.test(codePointAt(text, i));
};

/** Splits `text` into tokens. Unterminated strings, names and comments run to the end of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, name = '') => tokens.push({ kind, text: text.slice(start, end), name, start, end });

  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (isSpace(text, i)) {
      i++;
    } else if (ch === '/' && next === '/') {
      LINE_END.lastIndex = i;
      const stop = LINE_END.exec(text)?.index ?? text.length;
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
      else stop = endOfWord(text, stop);
      push('parameter', i, stop);
      i = stop;
    } else if (isAsciiDigit(text.charCodeAt(i))) {
      let stop = i + 1;
      while (stop < text.length && NUMBER_PART.test(text[stop]!)) stop++;
      // A decimal point followed by a digit belongs to the number; "1..3" is a range, not a number.
      if (text[stop] === '.' && isAsciiDigit(text.charCodeAt(stop + 1))) {
        stop++;
        while (stop < text.length && NUMBER_PART.test(text[stop]!)) stop++;
      }
      push('number', i, stop);
      i = stop;
    } else if (isWordStart(text, i)) {
      const stop = endOfWord(text, i);
      push('word', i, stop, text.slice(i, stop));
      i = stop;
    } else {
      const point = codePointAt(text, i);
      push('punct', i, i + point.length);
      i += point.length;
    }
  }
  return tokens;
}

/** The whole code point at `i` (two UTF-16 units for one beyond the BMP). */
function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

function endOfWord(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!(isAsciiLetter(c) || isAsciiDigit(c) || c === 95 || c === 36)) break;
      i++;
      continue;
    }
    const point = codePointAt(text, i);
    if (!WORD_PART.test(point)) break;
    i += point.length;
  }
  return i;
}

/** Neo4j's strings: a backslash takes the next character with it, whatever it is; the same quote ends the string. */
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
