// Sentence splitting for evidence: a document's text cut into sentences with exact character offsets
// (UTF-16 code units, the same as String.prototype.slice), so that a quote and its sentence can be located.
// Rules: every line is split separately (headings and captions stand alone); a sentence ends at . ! ? (with any
// closing quotes after it) followed by white space, or at 。！？ directly; known abbreviations do not end one.

export interface SentenceSpan {
  index: number;
  /** Offset of the first character in the document text. */
  start: number;
  /** Offset just after the last character (exclusive). */
  end: number;
  text: string;
}

/** Words that end with a full stop without ending the sentence. "Ele." is the article's "Ele. Hungry" (饿了么). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'jr', 'sr', 'ele']);
const LATIN_END = new Set(['.', '!', '?']);
const CJK_END = new Set(['。', '！', '？']);
const CLOSERS = new Set(['"', '\'', '”', '’', ')', '）', '」', '』', '»']);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** The word just before position `dot` (letters and inner dots), lower-cased: "Ele" in "Ele. Hungry". */
function wordBefore(line: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(line[i - 1]!)) i--;
  return line.slice(i, dot).toLowerCase();
}

function endsSentence(line: string, i: number): number | undefined {
  const ch = line[i]!;
  if (CJK_END.has(ch)) {
    let end = i + 1;
    while (end < line.length && CLOSERS.has(line[end]!)) end++;
    return end;
  }
  if (!LATIN_END.has(ch)) return undefined;
  let end = i + 1;
  while (end < line.length && (CLOSERS.has(line[end]!) || LATIN_END.has(line[end]!))) end++;
  if (end < line.length && !isSpace(line[end])) return undefined;
  if (ch === '.') {
    const word = wordBefore(line, i);
    // (A single capital letter is not taken for an initial: "plan B. Then" ends a sentence as often as "J. Smith" does not.)
    if (ABBREVIATIONS.has(word)) return undefined;
  }
  return end;
}

/** Splits one line (at `offset` in the document) and appends its sentences. */
function splitLine(line: string, offset: number, out: SentenceSpan[]): void {
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && isSpace(line[from])) from++;
    while (to > from && isSpace(line[to - 1])) to--;
    if (to > from) out.push({ index: out.length, start: offset + from, end: offset + to, text: line.slice(from, to) });
  };
  for (let i = 0; i < line.length; i++) {
    const end = endsSentence(line, i);
    if (end === undefined) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, line.length);
}

export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    splitLine(line, offset, sentences);
    offset += line.length + 1;
  }
  return sentences;
}
