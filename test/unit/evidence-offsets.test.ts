// Offset checks: which sentence holds a span, whether a claim's quote is the text at its offsets, and finding
// a quote that must be unique.
import { describe, expect, it } from 'vitest';
import { checkEvidence, checkSentenceSpans, findQuote, sentenceIndexOf } from '../../server/evidence/offsets.ts';
import { splitSentences } from '../../server/evidence/sentences.ts';

const text = 'Ali owns Taobao. Meituan competes with Ele.me in food. Ali invested in Weibo.';
const sentences = splitSentences(text);

describe('evidence offsets', () => {
  it('finds the sentence holding a span, and none for a span across two', () => {
    const meituan = text.indexOf('Meituan');
    expect(sentenceIndexOf(sentences, meituan, meituan + 7)).toBe(1);
    expect(sentenceIndexOf(sentences, 0, 3)).toBe(0);
    expect(sentenceIndexOf(sentences, text.indexOf('Taobao'), meituan + 7)).toBe(-1);
    expect(sentenceIndexOf(sentences, text.length - 6, text.length)).toBe(2);
  });

  it('accepts a true claim and says what is wrong with a false one', () => {
    const start = text.indexOf('Meituan competes');
    const quote = 'Meituan competes with Ele.me';
    expect(checkEvidence(text, sentences, { start, end: start + quote.length, quote, sentence: 1 })).toEqual([]);
    expect(checkEvidence(text, sentences, { start: start + 1, end: start + 1 + quote.length, quote, sentence: 1 })[0]).toMatch(/not the text at/);
    expect(checkEvidence(text, sentences, { start, end: start + quote.length, quote, sentence: 0 })).toEqual(['the span is in sentence 1, not 0']);
    expect(checkEvidence(text, sentences, { start: 5, end: 500, quote: 'x' })[0]).toMatch(/not a non-empty span/);
    const across = text.slice(10, start + 7);
    expect(checkEvidence(text, sentences, { start: 10, end: start + 7, quote: across })).toEqual([`[10, ${start + 7}) is not inside one sentence`]);
  });

  it('finds a quote, and refuses one that is missing or ambiguous unless its occurrence is given', () => {
    expect(findQuote(text, 'Taobao')).toEqual({ start: 9, end: 15 });
    expect(() => findQuote(text, 'Alibaba')).toThrow(/not found/);
    expect(() => findQuote(text, 'Ali ')).toThrow(/occurs 2 times/);
    expect(findQuote(text, 'Ali ', 1).start).toBe(text.lastIndexOf('Ali '));
  });

  it('checks sentence spans for bounds, order and overlap', () => {
    expect(checkSentenceSpans(20, [{ start: 0, end: 5 }, { start: 6, end: 20 }])).toEqual([]);
    expect(checkSentenceSpans(20, [{ start: 0, end: 25 }])[0]).toMatch(/sentence 0/);
    expect(checkSentenceSpans(20, [{ start: 0, end: 10 }, { start: 5, end: 12 }])[0]).toMatch(/sentence 1: starts at 5/);
  });
});
