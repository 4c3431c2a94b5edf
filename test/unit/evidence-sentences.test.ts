// The sentence splitter: offsets that slice back to each sentence, lines kept apart, abbreviations and
// closing quotes handled, Chinese full stops understood; and on the article itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/evidence/sentences.ts';
import { PROJECT_ROOT } from '../../server/config.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('gives offsets that slice back to each sentence, numbered in order', () => {
    const text = '  First one. Second one!  Third?\nA heading\n\nLast line.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one!', 'Third?', 'A heading', 'Last line.']);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('keeps abbreviations, decimals and dots inside words in the sentence', () => {
    expect(texts('Ele. Hungry lost to Meituan. Revenue was 153.751 billion.')).toEqual(['Ele. Hungry lost to Meituan.', 'Revenue was 153.751 billion.']);
    expect(texts('Mr. Ma met Dr. Li at Ele.me today. Then left.')).toEqual(['Mr. Ma met Dr. Li at Ele.me today.', 'Then left.']);
    expect(texts('Ali owns probe B. Probe B sells.')).toEqual(['Ali owns probe B.', 'Probe B sells.']);
    expect(texts('Buy in stores.Jingdong products too.')).toEqual(['Buy in stores.Jingdong products too.']);
  });

  it('ends a sentence after its closing quotes and on Chinese punctuation without a space', () => {
    expect(texts('He said “go.” Then he went.')).toEqual(['He said “go.”', 'Then he went.']);
    expect(texts('阿里巴巴很大。拼多多增长快！真的吗？')).toEqual(['阿里巴巴很大。', '拼多多增长快！', '真的吗？']);
  });

  it('splits the article into sentences that never cross a line and keep "Ele. Hungry" whole', () => {
    const article = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'seed', 'article.txt'), 'utf8');
    const sentences = splitSentences(article);
    expect(sentences.length).toBeGreaterThan(40);
    for (const s of sentences) {
      expect(article.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toContain('\n');
      expect(s.text).toBe(s.text.trim());
    }
    expect(sentences.some((s) => s.text.startsWith('Ele. Hungry was also at a disadvantage in the competition with Meituan'))).toBe(true);
    // Nothing but white space is left out between sentences.
    let covered = '';
    let at = 0;
    for (const s of sentences) {
      covered += article.slice(at, s.start).trim();
      at = s.end;
    }
    expect(covered + article.slice(at).trim()).toBe('');
  });
});
