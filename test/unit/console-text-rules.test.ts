// The console's text rules: write, admin, LOAD CSV, IN TRANSACTIONS and USE are refused where they are clauses,
// and only there (strings, comments, property keys, labels, map keys and variables pass).
import { describe, expect, it } from 'vitest';
import { checkQueryText } from '../../server/console/textRules.ts';
import { tokenize } from '../../server/console/lexer.ts';
import { procedureMatcher } from '../../server/console/service.ts';
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
  ])('lets %s through', (text) => {
    expect(check(text)).toBeUndefined();
  });

  it('keeps offsets of every token, strings and comments included', () => {
    const tokens = tokenize("MATCH (n) // c\nRETURN 'it''s' AS `a``b`");
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'punct', 'comment', 'word', 'string', 'string', 'word', 'quoted']);
    expect(tokens.at(-1)).toMatchObject({ name: 'a`b', start: 33 });
  });
});
