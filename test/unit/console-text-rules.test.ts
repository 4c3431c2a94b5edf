// The console's text rules: write, admin, LOAD CSV, IN TRANSACTIONS and USE are refused where they are clauses,
// and only there (strings, comments, property keys, labels, map keys and variables pass).
import { describe, expect, it } from 'vitest';
import { checkQueryText } from '../../server/console/textRules.ts';
import { tokenize } from '../../server/console/lexer.ts';
import { checkConsoleText, procedureMatcher } from '../../server/console/service.ts';
import fc from 'fast-check';
import { CONSOLE_PROCEDURES } from '../../server/config.ts';

const context = {
  procedureAllowed: procedureMatcher(CONSOLE_PROCEDURES),
  functionAllowed: (name: string) => ['point.distance', 'date.truncate', 'vector.similarity.cosine'].includes(name),
};
const check = (text: string) => checkQueryText(text, context);

describe('console text rules', () => {
  it.each([
    ['CREATE (n)', 0],
    ['create (n)', 0],
    ["MATCH (n) WHERE n.name = 'x' SET n.y = 1", 29],
    ['MATCH (n) REMOVE n.name', 10],
    ['MATCH (n) DELETE n', 10],
    ['MATCH (n) DETACH DELETE n', 10],
    ['MATCH (n) NODETACH DELETE n', 10],
    ['MERGE (n:X)', 0],
    ['FOREACH (i IN [1] | CREATE ())', 0],
    ['UNWIND [1] AS i CALL { CREATE () } IN TRANSACTIONS', 23],
    ['UNWIND [1] AS i CALL { RETURN 1 AS one } IN 2 CONCURRENT TRANSACTIONS RETURN one', 41],
    ['CALL { CREATE () }', 7],
    ['LOAD CSV FROM "file:///etc/passwd" AS row RETURN row', 0],
    ['WITH 1 AS x LOAD /* hidden */ CSV WITH HEADERS FROM $url AS row RETURN row', 12],
    ['CREATE INDEX i FOR (n:X) ON (n.y)', 0],
    ['DROP CONSTRAINT c', 0],
    ['GRANT ROLE admin TO bob', 0],
    ['START DATABASE neo4j', 0],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 0],
    ['SHOW USERS', 0],
    ['SHOW CURRENT USER', 0],
    ['SHOW ROLES', 0],
    ['SHOW PRIVILEGES', 0],
    ['SHOW DATABASES', 0],
    ['SHOW SETTINGS', 0],
    ['SHOW TRANSACTIONS', 0],
    ['USE system SHOW USERS', 0],
    ['CALL dbms.listConfig()', 5],
    ['CALL `db`.`createLabel`("X")', 5],
    ['MATCH (n) CALL { CALL db.createProperty("p") } RETURN n', 22],
    ['RETURN apoc.text.join(["a"], ",")', 7],
    ['SHOW USERS YIELD user AS index', 0],
    ['SHOW USERS YIELD user AS index RETURN index', 0],
    ['SHOW USER index PRIVILEGES', 0],
    ['SHOW USER DEFINED PRIVILEGES', 0],
    ['SHOW ALL ROLES YIELD role AS constraints', 0],
    ['SHOW DATABASES YIELD name AS procedures', 0],
    ['SHOW SETTINGS YIELD name AS functions WHERE functions STARTS WITH "server"', 0],
    ['SHOW TRANSACTIONS YIELD transactionId AS indexes', 0],
    ['REVOKE ROLE admin FROM bob', 0],
    ['DENY READ {*} ON GRAPH * TO PUBLIC', 0],
    ['ALTER USER neo4j SET PASSWORD "x"', 0],
    ['ALTER DATABASE neo4j SET ACCESS READ ONLY', 0],
    ['STOP DATABASE neo4j', 0],
    ['RENAME ROLE a TO b', 0],
    ['RENAME ALIAS a TO b', 0],
    ['TERMINATE TRANSACTION "neo4j-transaction-1"', 0],
    ['TERMINATE /* c */ TRANSACTIONS "neo4j-transaction-1"', 0],
    ['ENABLE SERVER "x"', 0],
    ['DRYRUN REALLOCATE DATABASES', 0],
    ['DEALLOCATE DATABASES FROM SERVER "x"', 0],
    ['// x\rLOAD CSV FROM "http://127.0.0.1/x" AS l RETURN l /*\n*/', 5],
    ['// x\r\nCALL dbms.listConfig() /*\n*/', 11],
    ['CALL { CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name } RETURN name', 19],
    ['CALL { CALL { LOAD CSV FROM $u AS l RETURN l } RETURN l } RETURN l', 14],
    ['RETURN 1 AS x UNION CALL dbms.listConfig() YIELD name AS x RETURN x', 25],
    ['RETURN 1 AS x UNION ALL SHOW USERS YIELD user AS x RETURN x', 24],
    ['MATCH (n) RETURN n UNION MATCH (n) SET n.x = 1 RETURN n', 35],
    ["RETURN 'it\\'s' AS s SET x.y = 1", 20],
  ])('refuses %s (at offset %i)', (text, offset) => {
    const refusal = check(text);
    expect(refusal).toBeDefined();
    expect(refusal!.offset).toBe(offset);
  });

  it.each([
    'MATCH (n) RETURN n',
    "RETURN 'CREATE (n) SET n.x = 1; LOAD CSV' AS text",
    '// CREATE (n)\nMATCH (n) /* DELETE n */ RETURN n',
    'MATCH (n) RETURN n.set, n.create, n.delete',
    'MATCH (n:Create)-[:DELETE]->(m:Set) RETURN n',
    'RETURN {create: 1, set: 2, load: 3} AS m',
    'WITH 1 AS set RETURN set',
    'MATCH (start)-->(end) RETURN start, end',
    'MATCH (n) WHERE COUNT { (n)--() } IN [1, 2] RETURN n',
    'SHOW INDEXES',
    'SHOW ALL CONSTRAINTS YIELD name',
    'SHOW FUNCTIONS',
    'SHOW PROCEDURES YIELD name',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.index.fulltext.queryNodes("entity_names", $q) YIELD node RETURN node',
    'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c',
    'RETURN point.distance(point({x: 1, y: 2}), point({x: 3, y: 4})) AS d, toUpper("a") AS u',
    'RETURN `weird name`(1)',
    "RETURN 'it\\'s a SET' AS s",
    'RETURN "a \\" DELETE" AS s, 1 AS n',
    'SHOW USER DEFINED FUNCTIONS YIELD name RETURN name',
    'SHOW BUILT IN FUNCTIONS',
    'SHOW RANGE INDEXES YIELD name AS users',
    'SHOW NODE UNIQUENESS CONSTRAINTS',
    'SHOW EXISTENCE CONSTRAINTS',
    'SHOW PROCEDURES YIELD name AS user RETURN user',
    'MATCH (start)-->(stop) RETURN start, stop',
    'WITH 1 AS start, 2 AS rename RETURN start + rename AS terminate',
    'RETURN 1 AS x UNION RETURN 2 AS x',
    'CALL { CALL { RETURN 1 AS one } RETURN one } RETURN one',
    'RETURN 1 AS a // x\r, 2 AS b',
  ])('lets %s through', (text) => {
    expect(check(text)).toBeUndefined();
  });

  it('keeps offsets of every token, strings and comments included', () => {
    const tokens = tokenize("MATCH (n) // c\rRETURN 'it''s' AS `a``b`");
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'punct', 'comment', 'word', 'string', 'string', 'word', 'quoted']);
    expect(tokens.at(-1)).toMatchObject({ name: 'a`b', start: 33 });
  });
});

describe('console text checks, in order', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return undefined;
    } catch (error) {
      return (error as { code?: string; details?: { position?: unknown } }).code;
    }
  };

  it('refuses a refused character anywhere with its position, before any other rule', () => {
    expect(() => checkConsoleText('RETURN 1 AS a,\n  2\u0085 AS b', context)).toThrow(expect.objectContaining({ code: 'CYPHER_REFUSED', position: { offset: 18, line: 2, column: 4 } }));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\u000b', '\u0085', '\u2028', '\u200b', '\ufeff', '\ud800'), fc.string({ maxLength: 20 }), (before, bad, after) => {
        expect(codeOf(() => checkConsoleText(`RETURN '${before}${bad}${after}'`, context))).toBe('CYPHER_REFUSED');
      }),
    );
  });

  it('refuses a text past a complexity limit, and an empty text as a validation error', () => {
    expect(codeOf(() => checkConsoleText('RETURN ' + '('.repeat(100) + '1' + ')'.repeat(100), context))).toBe('CYPHER_REFUSED');
    expect(codeOf(() => checkConsoleText('// only a comment\r', context))).toBe('VALIDATION_FAILED');
    expect(checkConsoleText('// x\rRETURN 1 AS a', context).shape.planText).toBe('EXPLAIN // x\rRETURN 1 AS a');
  });
});
