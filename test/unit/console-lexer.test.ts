// The console's lexer on its own: comments end where Neo4j ends them (line feed and carriage return, nothing
// else), strings end at their own quote with a backslash taking any next character, names go on as Neo4j's do,
// and the characters Neo4j reads differently from how they look are found for refusal. Each expectation here
// was first observed on Neo4j 5.26 (test/integration/console-lexer-differential.test.ts checks it again there).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusedCharacter, significant, tokenize } from '../../server/console/lexer.ts';

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.text]);

describe('console lexer', () => {
  it('ends a // comment at a line feed or a carriage return', () => {
    expect(kinds('// x\rRETURN 1')).toEqual([['comment', '// x'], ['word', 'RETURN'], ['number', '1']]);
    expect(kinds('// x\r\nRETURN 1')).toEqual([['comment', '// x'], ['word', 'RETURN'], ['number', '1']]);
    expect(kinds('// x\nRETURN 1')).toEqual([['comment', '// x'], ['word', 'RETURN'], ['number', '1']]);
    expect(significant(tokenize("// x\rLOAD CSV FROM 'u' AS l RETURN l /*\n*/")).map((t) => t.text)).toEqual(['LOAD', 'CSV', 'FROM', "'u'", 'AS', 'l', 'RETURN', 'l']);
  });

  it('does not end a // comment at U+2028, U+2029 or U+0085 (Neo4j does not either), and finds them for refusal', () => {
    for (const separator of ['\u2028', '\u2029', '\u0085']) {
      expect(kinds(`// x${separator}RETURN 1`)).toEqual([['comment', `// x${separator}RETURN 1`]]);
      expect(refusedCharacter(`RETURN 1 // x${separator}`)).toBe(13);
    }
  });

  it('ends a block comment at the first */ after its opening', () => {
    expect(kinds('/*/ x */ a')).toEqual([['comment', '/*/ x */'], ['word', 'a']]);
    expect(kinds('/* // */ a /* \' */ b')).toEqual([['comment', '/* // */'], ['word', 'a'], ['comment', "/* ' */"], ['word', 'b']]);
  });

  it('ends a string at its own quote; a backslash takes the next character, whatever it is', () => {
    expect(kinds("RETURN 'it\\'s a SET'")).toEqual([['word', 'RETURN'], ['string', "'it\\'s a SET'"]]);
    expect(kinds('"a\\\\" b')).toEqual([['string', '"a\\\\"'], ['word', 'b']]);
    expect(kinds(`'a"b' "c'd"`)).toEqual([['string', `'a"b'`], ['string', `"c'd"`]]);
    expect(kinds("'a''b'")).toEqual([['string', "'a'"], ['string', "'b'"]]);
    expect(kinds("'// not a comment' x")).toEqual([['string', "'// not a comment'"], ['word', 'x']]);
  });

  it('reads backtick names with doubled backticks, and parameters', () => {
    const tokens = tokenize('RETURN 1 AS `a``b // c`, $`p q`, $p1');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'number', 'word', 'quoted', 'punct', 'parameter', 'punct', 'parameter']);
    expect(tokens[3]).toMatchObject({ name: 'a`b // c', start: 12, end: 23 });
  });

  it('reads the spaces Neo4j reads, and names with the characters Neo4j takes into them', () => {
    expect(kinds('a\u00a0b\u3000c\u2000d')).toEqual([['word', 'a'], ['word', 'b'], ['word', 'c'], ['word', 'd']]);
    expect(kinds('a$b a¢b _x ªb')).toEqual([['word', 'a$b'], ['word', 'a¢b'], ['word', '_x'], ['word', 'ªb']]);
    expect(kinds('¢b')).toEqual([['punct', '¢'], ['word', 'b']]);
    expect(kinds('😀')).toEqual([['punct', '😀']]);
  });

  it('finds every refused character: controls, C1, format characters, separators, lone surrogates', () => {
    for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1c, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xad, 0x200b, 0x200d, 0x202e, 0x2028, 0x2029, 0x2060, 0xfeff, 0xfff9, 0xd800, 0xdfff, 0xfffe]) {
      expect(refusedCharacter(`RETURN 'x${String.fromCharCode(code)}'`), code.toString(16)).toBe(9);
    }
    for (const ok of ['\t', '\n', '\r', ' ', '\u00a0', '\u3000', 'é', '中', '😀']) expect(refusedCharacter(`RETURN '${ok}'`)).toBe(-1);
  });

  it('keeps offsets that cover the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        let previous = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previous);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          previous = token.end;
        }
        expect(previous).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
