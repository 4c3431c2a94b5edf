// The console lexer's tokens in full (kind, text, name, offsets) at the edges of each kind: numbers with several
// digits, decimals and ranges; the first and last letters and digits of ASCII in names; tabs; slashes and stars
// that open no comment; texts that end inside a comment, a string or a quoted name.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../server/console/lexer.ts';

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.text]);
const token = (kind: Token['kind'], text: string, start: number, name = ''): Token => ({ kind, text, name, start, end: start + text.length });

describe('numbers', () => {
  it('reads every digit and letter of a number, and nothing after it', () => {
    expect(tokenize('12 AS x9')).toEqual([token('number', '12', 0), token('word', 'AS', 3, 'AS'), token('word', 'x9', 6, 'x9')]);
    expect(kinds('0x1F,1e3 1_000 7Za')).toEqual([['number', '0x1F'], ['punct', ','], ['number', '1e3'], ['number', '1_000'], ['number', '7Za']]);
    expect(kinds('9+0')).toEqual([['number', '9'], ['punct', '+'], ['number', '0']]);
    expect(tokenize('RETURN 42')).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('number', '42', 7)]);
  });

  it('takes a decimal point into a number only before a digit', () => {
    expect(kinds('1.5e3 AS x')).toEqual([['number', '1.5e3'], ['word', 'AS'], ['word', 'x']]);
    expect(kinds('[1..3]')).toEqual([['punct', '['], ['number', '1'], ['punct', '.'], ['punct', '.'], ['number', '3'], ['punct', ']']]);
    expect(kinds('1.x')).toEqual([['number', '1'], ['punct', '.'], ['word', 'x']]);
    expect(kinds('a1.b')).toEqual([['word', 'a1'], ['punct', '.'], ['word', 'b']]);
    expect(tokenize('1.')).toEqual([token('number', '1', 0), token('punct', '.', 1)]);
    expect(tokenize('10.25')).toEqual([token('number', '10.25', 0)]);
  });
});

describe('names', () => {
  it('starts and continues names with the first and last ASCII letters, and continues them with any digit', () => {
    expect(kinds('a z A Z _')).toEqual([['word', 'a'], ['word', 'z'], ['word', 'A'], ['word', 'Z'], ['word', '_']]);
    expect(kinds('za Za az aZ a0 a9 a_ a$')).toEqual([['word', 'za'], ['word', 'Za'], ['word', 'az'], ['word', 'aZ'], ['word', 'a0'], ['word', 'a9'], ['word', 'a_'], ['word', 'a$']]);
  });

  it('ends a name at the ASCII characters just outside the letters and digits', () => {
    expect(kinds('a@b a[b a`b` a{b a/b a:b')).toEqual([
      ['word', 'a'], ['punct', '@'], ['word', 'b'],
      ['word', 'a'], ['punct', '['], ['word', 'b'],
      ['word', 'a'], ['quoted', '`b`'],
      ['word', 'a'], ['punct', '{'], ['word', 'b'],
      ['word', 'a'], ['punct', '/'], ['word', 'b'],
      ['word', 'a'], ['punct', ':'], ['word', 'b'],
    ]);
  });

  it('gives a name only to words and quoted names', () => {
    expect(tokenize("n 'x' 1 $p , `q`")).toEqual([
      token('word', 'n', 0, 'n'),
      token('string', "'x'", 2),
      token('number', '1', 6),
      token('parameter', '$p', 8),
      token('punct', ',', 11),
      token('quoted', '`q`', 13, 'q'),
    ]);
  });

  it('reads a parameter as a word or as a quoted name, whichever follows the $', () => {
    expect(kinds('$p, $q1 $`a b`x')).toEqual([['parameter', '$p'], ['punct', ','], ['parameter', '$q1'], ['parameter', '$`a b`'], ['word', 'x']]);
  });
});

describe('spaces and punctuation', () => {
  it('reads a tab as a space', () => {
    expect(tokenize('a\tb')).toEqual([token('word', 'a', 0, 'a'), token('word', 'b', 2, 'b')]);
  });

  it('opens a block comment only at "/*": a slash or a star alone is punctuation', () => {
    expect(kinds('a / b')).toEqual([['word', 'a'], ['punct', '/'], ['word', 'b']]);
    expect(kinds('count(*) * 2')).toEqual([['word', 'count'], ['punct', '('], ['punct', '*'], ['punct', ')'], ['punct', '*'], ['number', '2']]);
    expect(kinds('a /b */ c')).toEqual([['word', 'a'], ['punct', '/'], ['word', 'b'], ['punct', '*'], ['punct', '/'], ['word', 'c']]);
  });
});

describe('texts that end inside a token', () => {
  it('runs an unterminated block comment, string or quoted name to the end of the text', () => {
    expect(tokenize('RETURN 1 /* open')).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('number', '1', 7), token('comment', '/* open', 9)]);
    expect(tokenize("RETURN 'open")).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('string', "'open", 7)]);
    expect(tokenize("RETURN 'ends in \\")).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('string', "'ends in \\", 7)]);
    expect(tokenize('RETURN `open')).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('quoted', '`open', 7, 'open')]);
    expect(tokenize('RETURN `a``')).toEqual([token('word', 'RETURN', 0, 'RETURN'), token('quoted', '`a``', 7, 'a`')]);
  });
});
