// The complexity limits at their exact bounds, with small limits passed in: a text exactly at a limit passes, one
// token past it is refused at that token; every opener, closer, operator sign and operator word counts (in any
// case), and nothing else does (strings, quoted names, parameters, comments).
import { describe, expect, it } from 'vitest';
import { checkComplexity, COMPLEXITY_LIMITS } from '../../server/console/complexity.ts';
import { significant, tokenize } from '../../server/console/lexer.ts';

const small = { depth: 3, tokens: 40, operators: 2, unions: 1 };
const check = (text: string, limits = small) => checkComplexity(significant(tokenize(text)), limits);
const ADVICE = 'pass large values as parameters ($name) and split the query';

describe('the token limit', () => {
  it('lets exactly the limit through and refuses the next token, at that token', () => {
    const limits = { ...small, tokens: 4 };
    expect(check('RETURN 1 AS x', limits)).toBeUndefined();
    expect(check('RETURN 1 AS x, y', limits)).toEqual({ message: `The query has more than 4 tokens, the console's limit: ${ADVICE}.`, offset: 13 });
  });
});

describe('the depth limit', () => {
  it('lets the limit through and refuses the opening past it, for each kind of bracket', () => {
    expect(check('RETURN ((( 1 )))')).toBeUndefined();
    const message = `The query nests parentheses, brackets or braces more than 3 deep, the console's limit: ${ADVICE}.`;
    expect(check('RETURN (((( 1 ))))')).toEqual({ message, offset: 10 });
    expect(check('RETURN [[[[ 1 ]]]]')).toEqual({ message, offset: 10 });
    expect(check('RETURN {a:{b:{c:{d: 1}}}}')).toEqual({ message, offset: 16 });
    expect(check('RETURN [({[ 1 ]})]')).toEqual({ message, offset: 10 });
  });

  it('closes a level at each closing parenthesis, bracket or brace', () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']]) {
      const siblings = `${open}${open}${open} 1 ${close}${close}${close}`;
      expect(check(`RETURN ${siblings} ${siblings} ${siblings}`), open).toBeUndefined();
    }
  });

  it('goes back one level per closing, from the depth reached', () => {
    // Depth 2, back to 1, then three more: 4 > 3.
    expect(check('RETURN (( 1 ) ((( 1 ))))')).toMatchObject({ offset: 16 });
  });

  it('never counts below zero: stray closings first do not make room for deeper nesting', () => {
    expect(check('))))) RETURN (((( 1 ))))')).toMatchObject({ offset: 16 });
  });
});

describe('the operator limit', () => {
  it.each(['+', '-', '*', '/', '%', '^', '=', '<', '>', '~', '|'])('counts the sign %s', (sign) => {
    expect(check(`RETURN a ${sign} b ${sign} c`)).toBeUndefined();
    const text = `RETURN a ${sign} b ${sign} c ${sign} d`;
    expect(check(text)).toEqual({ message: `The query has more than 2 operators, the console's limit: ${ADVICE}.`, offset: text.lastIndexOf(sign) });
  });

  it.each(['AND', 'OR', 'XOR', 'NOT', 'IN', 'STARTS', 'ENDS', 'CONTAINS', 'IS'])('counts the word %s, in any case', (word) => {
    const text = `RETURN a ${word} b ${word.toLowerCase()} c ${word} d`;
    expect(check(text)).toEqual({ message: `The query has more than 2 operators, the console's limit: ${ADVICE}.`, offset: text.lastIndexOf(word) });
  });

  it('counts no other punctuation, word, string, quoted name or parameter', () => {
    // Three of each, past the limit of 2 if any of them counted.
    for (const text of ['a.b.c.d', 'a, b, c, d', 'a:b:c:d', '; ; ;', '! ! !', '& & &', '? ? ?', 'x MATCH MATCH MATCH', "'and' 'or' 'in'", '`AND` `or` `IN`', '$OR $and $in', '$`IN` $`IS` $`NOT`']) {
      expect(check(`RETURN ${text}`), text).toBeUndefined();
    }
  });
});

describe('the UNION limit', () => {
  it('lets the limit through and refuses the UNION past it, in any case', () => {
    expect(check('RETURN 1 AS x UNION RETURN 2 AS x')).toBeUndefined();
    expect(check('RETURN 1 AS x UNION RETURN 2 AS x union RETURN 3 AS x')).toEqual({
      message: "The query has more than 1 UNION clauses, the console's limit: split it into several queries.",
      offset: 34,
    });
  });

  it('does not take a quoted `UNION` for one', () => {
    expect(check('RETURN 1 AS `UNION` UNION RETURN 2 AS `UNION`')).toBeUndefined();
  });
});

describe('the default limits', () => {
  it('are those the console documents', () => {
    expect(COMPLEXITY_LIMITS).toEqual({ depth: 50, tokens: 5_000, operators: 300, unions: 20 });
  });
});
