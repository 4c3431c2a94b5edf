// The text rules at their edges (server/console/textRules.ts): a clause after `WITH *` and its kin, a refused word
// after a quoted name, words that only look like the start of LOAD CSV or IN TRANSACTIONS, dotted names that stop
// at anything but a name, the procedure allowlist asked in lower case, and what each refusal says.
import { describe, expect, it } from 'vitest';
import { CONSOLE_PROCEDURES } from '../../server/config.ts';
import { checkQueryText, type TextRulesContext } from '../../server/console/textRules.ts';
import { procedureMatcher } from '../../server/console/service.ts';

const context: TextRulesContext = {
  procedureAllowed: procedureMatcher(CONSOLE_PROCEDURES),
  functionAllowed: (name) => ['point.distance', 'vector.similarity.cosine'].includes(name),
};
const check = (text: string, on: TextRulesContext = context) => checkQueryText(text, on);

describe('a clause after a projection star', () => {
  it.each([
    ['WITH * CREATE (n)', 7],
    ['MATCH (n) with * DELETE n', 17],
    ['MATCH (n) WITH * CALL dbms.listConfig() YIELD name RETURN name', 22],
    ['WITH * LOAD CSV FROM $u AS l RETURN l', 7],
    ['MATCH (n) RETURN DISTINCT * UNION ALL MATCH (n) WITH * SET n.x = 1 RETURN n', 55],
    ['SHOW PROCEDURES YIELD * CALL db.createLabel("x")', 29],
    ['MATCH (n) WITH DISTINCT * CREATE (m)', 26],
    // Not Cypher (nothing but UNION, ORDER BY, SKIP or LIMIT follows RETURN *), refused all the same.
    ['MATCH (n) RETURN * DELETE n', 19],
  ])('refuses %s (at offset %i)', (text, offset) => {
    expect(check(text)).toMatchObject({ offset });
  });

  it('still reads a word after a product as a value, and lets an allowed procedure through after WITH *', () => {
    expect(check('WITH 2 AS set RETURN 3 * set, set*set')).toBeUndefined();
    expect(check('WITH 2 AS set RETURN -set, (set), [set] AS l, {a: set} AS m')).toBeUndefined();
    expect(check('MATCH (n) WITH * CALL db.labels() YIELD label RETURN label')).toBeUndefined();
    expect(check('MATCH (n) WITH * WHERE n.x = 1 RETURN *')).toBeUndefined();
  });
});

describe('clause positions', () => {
  it('reads a word after a quoted name as a clause, whatever the name says', () => {
    expect(check('WITH 1 AS `as` CREATE (n)')).toMatchObject({ offset: 15 });
    expect(check('WITH 1 AS `where` SET n.x = 1')).toMatchObject({ offset: 18 });
  });

  it('refuses a clause right after a procedure called without parentheses', () => {
    expect(check('CALL db.labels CREATE (n)')).toMatchObject({ offset: 15 });
  });
});

describe('words that only look like a refused form', () => {
  it('refuses LOAD only when CSV follows: a clause before a variable named csv passes, LOAD alone is left to Neo4j', () => {
    expect(check('WITH 1 AS csv RETURN csv')).toBeUndefined();
    expect(check('MATCH (n) RETURN n LOAD')).toBeUndefined();
  });

  it('looks for TRANSACTIONS only after IN: a clause after a subquery may name a variable transactions', () => {
    expect(check('CALL { RETURN 1 AS transactions } RETURN transactions')).toBeUndefined();
    expect(check('CALL { RETURN 1 AS concurrent } WITH concurrent RETURN concurrent')).toBeUndefined();
  });

  it('takes USER and BUILT as modifiers only with their partner right after, and skips nothing past them', () => {
    expect(check('SHOW USER alice FUNCTIONS')).toMatchObject({ offset: 0 });
    expect(check('SHOW BUILT x IN FUNCTIONS')).toMatchObject({ offset: 0 });
  });
});

describe('dotted names', () => {
  it('stops a name at anything but a name after the dot: a range after a variable is no function', () => {
    expect(check('WITH [1, 2, 3] AS list, 0 AS x RETURN list[x..(x + 2)]')).toBeUndefined();
  });

  it('checks a function by its whole name only, never by its later parts', () => {
    expect(check('RETURN vector.similarity.cosine([1.0], [1.0]) AS s')).toBeUndefined();
    expect(check('RETURN vector.similarity.other([1.0], [1.0]) AS s')).toMatchObject({ offset: 7 });
  });

  it('asks the allowlist with the procedure name in lower case', () => {
    const lowerOnly: TextRulesContext = { procedureAllowed: (name) => name === 'db.labels', functionAllowed: () => false };
    expect(check('CALL DB.Labels() YIELD label RETURN label', lowerOnly)).toBeUndefined();
    expect(check('CALL db.LABELS.x()', lowerOnly)).toMatchObject({ offset: 5 });
  });
});

describe('what a refusal says', () => {
  it('says the console only reads, for a write or an administration word', () => {
    expect(check('MATCH (n) SET n.x = 1')).toEqual({ message: 'SET writes to the graph: the console only reads.', offset: 10 });
    expect(check('STOP DATABASE neo4j')).toEqual({ message: 'STOP administers the DBMS: the console only reads.', offset: 0 });
  });

  it('names the first three words of a refused SHOW, not the whole text', () => {
    expect(check('SHOW USERS YIELD user AS u RETURN u')!.message).toMatch(/^SHOW USERS YIELD reveals the DBMS's administration/);
  });
});
