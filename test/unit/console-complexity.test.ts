// Limits on the structure of a console text: nesting depth, tokens, operators and UNIONs, each refused at the
// token that goes past it; written queries stay far below.
import { describe, expect, it } from 'vitest';
import { checkComplexity, COMPLEXITY_LIMITS } from '../../server/console/complexity.ts';
import { significant, tokenize } from '../../server/console/lexer.ts';

const check = (text: string) => checkComplexity(significant(tokenize(text)));

describe('console complexity limits', () => {
  it('refuses nesting past the depth limit, at the opening that goes past it', () => {
    const deep = 'RETURN ' + '('.repeat(COMPLEXITY_LIMITS.depth + 1) + '1' + ')'.repeat(COMPLEXITY_LIMITS.depth + 1);
    expect(check(deep)).toMatchObject({ offset: 7 + COMPLEXITY_LIMITS.depth });
    expect(check('RETURN ' + '[{a: ('.repeat(20) + '1' + ')}]'.repeat(20))).toBeDefined();
    expect(check('RETURN ' + '('.repeat(COMPLEXITY_LIMITS.depth) + '1' + ')'.repeat(COMPLEXITY_LIMITS.depth))).toBeUndefined();
  });

  it('counts depth, not the number of brackets', () => {
    expect(check('RETURN ' + Array.from({ length: 200 }, () => '(1)').join(' + ').slice(0, 3000))).toBeUndefined();
  });

  it('refuses too many tokens, operators or UNIONs', () => {
    expect(check('RETURN [' + Array.from({ length: 3000 }, (_, i) => i).join(', ') + ']')).toMatchObject({ message: expect.stringContaining('tokens') });
    expect(check('RETURN ' + Array.from({ length: 400 }, (_, i) => i).join(' + '))).toMatchObject({ message: expect.stringContaining('operators') });
    expect(check('WITH 1 AS n RETURN ' + Array.from({ length: 400 }, (_, i) => `n = ${i}`).join(' OR '))).toBeDefined();
    expect(check(Array.from({ length: 22 }, (_, i) => `RETURN ${i} AS x`).join(' UNION '))).toMatchObject({ message: expect.stringContaining('UNION') });
  });

  it('lets written queries through, comments and strings not counted', () => {
    expect(check(Array.from({ length: 10 }, (_, i) => `MATCH (n:L${i})-[:R]->(m) WHERE n.x > 1 AND m.y <> 'z' RETURN n.a AS x`).join(' UNION ALL '))).toBeUndefined();
    expect(check('RETURN 1 /* ' + '((((('.repeat(1000) + ' */, "' + '+'.repeat(1000) + '"')).toBeUndefined();
  });
});
