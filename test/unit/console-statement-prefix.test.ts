// The statement shape's reading of the CYPHER prefix and the first keyword (server/console/statement.ts): what
// counts as a version or an option, what ends the prefix, which token is the keyword; and positions at and past
// the ends of the text.
import { describe, expect, it } from 'vitest';
import { positionAt, positionInOriginal, statementShape } from '../../server/console/statement.ts';

const mode = (text: string) => statementShape(text)?.mode;

describe('the CYPHER prefix', () => {
  it('skips a prefix with no version and no option before the keyword', () => {
    expect(statementShape('CYPHER PROFILE RETURN 1')).toEqual({
      mode: 'PROFILE',
      planText: 'EXPLAIN CYPHER         RETURN 1',
      runText: 'PROFILE CYPHER         RETURN 1',
      shift: 8,
    });
  });

  it('skips the prefix in any case, with a version, options and repeats', () => {
    expect(mode('cypher 5 profile RETURN 1')).toBe('PROFILE');
    expect(mode('Cypher runtime=slotted planner = cost explain RETURN 1')).toBe('EXPLAIN');
    expect(mode('CYPHER 5 runtime=slotted CYPHER 25 PROFILE RETURN 1')).toBe('PROFILE');
  });

  it('takes only a number as the version: a word after CYPHER is an option or the keyword', () => {
    expect(mode('CYPHER runtime=slotted PROFILE RETURN 1')).toBe('PROFILE');
    expect(mode('CYPHER EXPLAIN RETURN 1')).toBe('EXPLAIN');
    expect(mode("CYPHER '5' PROFILE RETURN 1")).toBe('RUN');
  });

  it('takes only a plain word before "=" as an option name', () => {
    expect(mode('CYPHER `runtime`=slotted PROFILE RETURN 1')).toBe('RUN');
    expect(mode("CYPHER 'runtime'=slotted PROFILE RETURN 1")).toBe('RUN');
  });

  it('reads a word before a trailing "=" with nothing after as the keyword, not as an option', () => {
    expect(mode('CYPHER PROFILE=')).toBe('PROFILE');
    expect(mode('CYPHER EXPLAIN =')).toBe('EXPLAIN');
  });

  it('runs a text that is only a prefix as it is', () => {
    expect(statementShape('CYPHER')).toEqual({ mode: 'RUN', planText: 'EXPLAIN CYPHER', runText: 'CYPHER', shift: 8 });
    expect(mode('CYPHER 5')).toBe('RUN');
    expect(mode('CYPHER 5 runtime=slotted')).toBe('RUN');
  });
});

describe('the keyword', () => {
  it('is a plain word: a quoted name, a string or a parameter is never EXPLAIN or PROFILE', () => {
    expect(mode('`PROFILE`')).toBe('RUN');
    expect(mode('CYPHER 5 `explain`')).toBe('RUN');
    expect(mode("'PROFILE'")).toBe('RUN');
    expect(mode('$PROFILE')).toBe('RUN');
  });

  it('blanks out only the PROFILE word, however it is written', () => {
    expect(statementShape('/* c */ ProFile\nRETURN 1')).toEqual({
      mode: 'PROFILE',
      planText: 'EXPLAIN /* c */        \nRETURN 1',
      runText: 'PROFILE /* c */        \nRETURN 1',
      shift: 8,
    });
  });
});

describe('positions', () => {
  it('clamps an offset past the end to the end of the text', () => {
    expect(positionAt('ab\ncd', 99)).toEqual({ offset: 5, line: 2, column: 3 });
    expect(positionAt('ab\ncd', 5)).toEqual({ offset: 5, line: 2, column: 3 });
    expect(positionAt('ab\ncd', -3)).toEqual({ offset: 0, line: 1, column: 1 });
  });

  it('counts lines and columns from 1, a column after the last line feed', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt('ab\ncd', 2)).toEqual({ offset: 2, line: 1, column: 3 });
    expect(positionAt('ab\ncd', 3)).toEqual({ offset: 3, line: 2, column: 1 });
    expect(positionAt('a\n\n\nb', 4)).toEqual({ offset: 4, line: 4, column: 1 });
  });

  it('maps a position on the planned text back by the shift, for a PROFILE too', () => {
    const text = 'PROFILE\nMATCH (n) RETURN m';
    const shape = statementShape(text)!;
    expect(positionInOriginal(text, shape, { offset: 8 + 25, line: 2, column: 18 })).toEqual({ offset: 25, line: 2, column: 18 });
  });
});
