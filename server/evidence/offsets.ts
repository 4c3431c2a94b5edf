// Offset checks for evidence: a quote must be text.slice(start, end) exactly, inside one sentence, and the
// sentence index must be that sentence's. Offsets count UTF-16 code units (String.prototype.slice), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface EvidenceClaim {
  start: number;
  end: number;
  quote: string;
  sentence?: number;
}

/** Index of the sentence that holds [start, end) whole, or -1. Sentences are sorted and do not overlap. */
export function sentenceIndexOf(sentences: readonly Span[], start: number, end: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (start < sentence.start) high = middle - 1;
    else if (start >= sentence.end) low = middle + 1;
    else return end <= sentence.end ? middle : -1;
  }
  return -1;
}

/** Messages for sentence spans that are out of bounds, empty, unsorted or overlapping. */
export function checkSentenceSpans(textLength: number, sentences: readonly Span[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  sentences.forEach(({ start, end }, index) => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) problems.push(`sentence ${index}: start and end must be integers`);
    else if (start < 0 || end > textLength || start >= end) problems.push(`sentence ${index}: [${start}, ${end}) is not a non-empty span of the text (length ${textLength})`);
    else if (start < previousEnd) problems.push(`sentence ${index}: starts at ${start}, before the previous sentence ends (${previousEnd})`);
    else previousEnd = end;
  });
  return problems;
}

/** Messages for a claim that does not hold against the text and its sentences; empty when it holds. */
export function checkEvidence(text: string, sentences: readonly Span[], claim: EvidenceClaim): string[] {
  const { start, end, quote, sentence } = claim;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return [`offsets [${start}, ${end}) are not a non-empty span of the text (length ${text.length})`];
  }
  const problems: string[] = [];
  const actual = text.slice(start, end);
  if (actual !== quote) problems.push(`the quote is not the text at [${start}, ${end}), which reads "${shorten(actual)}"`);
  const index = sentenceIndexOf(sentences, start, end);
  if (index < 0) problems.push(`[${start}, ${end}) is not inside one sentence`);
  else if (sentence !== undefined && sentence !== index) problems.push(`the span is in sentence ${index}, not ${sentence}`);
  return problems;
}

/** Finds the n-th (0-based) occurrence of a quote; throws when it is missing, or ambiguous without `occurrence`. */
export function findQuote(text: string, quote: string, occurrence?: number): Span {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  if (found.length === 0) throw new Error(`Quote not found in the text: "${shorten(quote)}"`);
  if (occurrence === undefined && found.length > 1) throw new Error(`Quote occurs ${found.length} times; give its occurrence: "${shorten(quote)}"`);
  const start = found[occurrence ?? 0];
  if (start === undefined) throw new Error(`Quote occurs ${found.length} times, not ${(occurrence ?? 0) + 1}: "${shorten(quote)}"`);
  return { start, end: start + quote.length };
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
