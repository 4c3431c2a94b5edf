// The text rules word by word: every write and administration word refused where a clause starts, every word
// and operator after which such a word is only a value, every SHOW noun and modifier that may pass, and the
// function and procedure names. Each list is written out here, so a word dropped from the rules fails a case.
import { describe, expect, it } from 'vitest';
import { checkQueryText } from '../../server/console/textRules.ts';
import { procedureMatcher } from '../../server/console/service.ts';
import { CONSOLE_PROCEDURES } from '../../server/config.ts';

const context = { procedureAllowed: procedureMatcher(CONSOLE_PROCEDURES), functionAllowed: (name: string) => name === 'point.distance' };
const check = (text: string) => checkQueryText(text, context);

describe('refused words', () => {
  it.each(['CREATE', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH', 'NODETACH', 'INSERT', 'FOREACH', 'DROP', 'ALTER', 'GRANT', 'DENY', 'REVOKE'])(
    'refuses the write or administration word %s after a clause, in any case',
    (word) => {
      expect(check(`MATCH (n) ${word} x`)).toMatchObject({ offset: 10 });
      expect(check(`MATCH (n) ${word.toLowerCase()} x`)).toMatchObject({ offset: 10 });
      expect(check(`MATCH (n) ${word} x`)!.message).toContain(word === 'DETACH' || word === 'NODETACH' ? `${word} DELETE` : word);
    },
  );

  it.each(['START', 'STOP', 'ENABLE', 'RENAME', 'TERMINATE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN'])('refuses the administration word %s where a clause starts', (word) => {
    expect(check(`${word} DATABASE x`)).toMatchObject({ offset: 0 });
    expect(check(`RETURN 1 AS a ${word} x`)).toMatchObject({ offset: 14 });
    expect(check(`${word} x`)!.message).toContain(word);
  });

  it('refuses LOAD only before CSV, and USE anywhere a clause starts', () => {
    expect(check('LOAD CSV FROM $u AS r RETURN r')!.message).toContain('LOAD CSV');
    expect(check('WITH 1 AS load RETURN load')).toBeUndefined();
    expect(check('MATCH (n) USE other RETURN n')).toMatchObject({ offset: 10 });
    expect(check('MATCH (n) USE other RETURN n')!.message).toContain('USE');
  });

  it('refuses IN TRANSACTIONS after a subquery, with the batch size or CONCURRENT between', () => {
    expect(check('CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x')).toMatchObject({ offset: 23 });
    expect(check('CALL { RETURN 1 AS x } IN CONCURRENT TRANSACTIONS RETURN x')).toMatchObject({ offset: 23 });
    expect(check('CALL { RETURN 1 AS x } IN 3 CONCURRENT TRANSACTIONS RETURN x')!.message).toContain('IN TRANSACTIONS');
    expect(check('CALL { RETURN 1 AS x } IN $n ROWS TRANSACTIONS')).toMatchObject({ offset: 23 });
    // COUNT { … } IN [list] is an expression; IN after anything but "}" is never a batch.
    expect(check('MATCH (n) WHERE COUNT { (n)--() } IN [1, 2, 3, 4] RETURN n')).toBeUndefined();
    expect(check('WITH [1] AS transactions RETURN 1 IN transactions')).toBeUndefined();
  });
});

describe('words that are values', () => {
  it.each(['AS', 'RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'UNWIND', 'YIELD', 'DISTINCT', 'BY', 'THEN', 'ELSE', 'WHEN', 'CASE', 'IS', 'SKIP', 'LIMIT', 'OFFSET', 'CONTAINS', 'STARTS', 'ENDS'])(
    'reads a refused word after %s as a value',
    (leader) => {
      expect(check(`WITH 1 AS set RETURN 1 ${leader} set`)).toBeUndefined();
      expect(check(`WITH 1 AS set RETURN 1 ${leader.toLowerCase()} stop`)).toBeUndefined();
    },
  );

  it.each([',', '(', '[', '.', ':', '|', '&', '!', '+', '-', '*', '/', '%', '^', '=', '<', '>', '~'])('reads a refused word after "%s" as a value', (punct) => {
    expect(check(`WITH 1 AS set RETURN 1 ${punct} set`)).toBeUndefined();
  });

  it('reads a refused word after other punctuation, a number, a string or a parameter as a clause', () => {
    expect(check('MATCH (n) WHERE n.x = 1 } SET n.y = 1')).toMatchObject({ offset: 26 });
    expect(check('RETURN 1 ; CREATE ()')).toMatchObject({ offset: 11 });
    expect(check('RETURN 1 CREATE ()')).toMatchObject({ offset: 9 });
    expect(check("RETURN 'x' CREATE ()")).toMatchObject({ offset: 11 });
    expect(check('RETURN $p CREATE ()')).toMatchObject({ offset: 10 });
    expect(check('RETURN `q` CREATE ()')).toMatchObject({ offset: 11 });
  });

  it('reads a word before ":" as a map key or a label, never a clause', () => {
    expect(check('RETURN {set: 1, delete : 2}')).toBeUndefined();
    expect(check('MATCH (create:Thing) RETURN create')).toBeUndefined();
  });
});

describe('SHOW', () => {
  it.each(['INDEX', 'INDEXES', 'CONSTRAINT', 'CONSTRAINTS', 'FUNCTION', 'FUNCTIONS', 'PROCEDURE', 'PROCEDURES'])('lets SHOW %s through, in any case', (noun) => {
    expect(check(`SHOW ${noun}`)).toBeUndefined();
    expect(check(`show ${noun.toLowerCase()} YIELD *`)).toBeUndefined();
  });

  it.each(['ALL', 'RANGE', 'FULLTEXT', 'TEXT', 'POINT', 'VECTOR', 'LOOKUP', 'BTREE', 'NODE', 'RELATIONSHIP', 'REL', 'UNIQUE', 'UNIQUENESS', 'KEY', 'EXIST', 'EXISTS', 'EXISTENCE', 'PROPERTY', 'TYPE', 'PROP', 'BUILTIN', 'IN', 'DEFINED'])(
    'lets the modifier %s stand before the noun',
    (modifier) => {
      expect(check(`SHOW ${modifier} INDEXES`)).toBeUndefined();
    },
  );

  it('takes USER and BUILT as modifiers only with their partner word', () => {
    expect(check('SHOW USER DEFINED FUNCTIONS')).toBeUndefined();
    expect(check('SHOW BUILT IN FUNCTIONS')).toBeUndefined();
    expect(check('SHOW BUILT FUNCTIONS')).toMatchObject({ offset: 0 });
    expect(check('SHOW USER FUNCTIONS')).toMatchObject({ offset: 0 });
    expect(check('SHOW USER alice PRIVILEGES')).toMatchObject({ offset: 0 });
  });

  it('reads at most four modifiers before the noun', () => {
    expect(check('SHOW NODE PROPERTY UNIQUENESS KEY CONSTRAINTS')).toBeUndefined();
    expect(check('SHOW ALL NODE PROPERTY UNIQUENESS KEY CONSTRAINTS')).toMatchObject({ offset: 0 });
  });

  it('refuses every other SHOW, naming what was asked', () => {
    expect(check('SHOW CURRENT USER')!.message).toContain('SHOW CURRENT USER');
    expect(check('SHOW')).toMatchObject({ offset: 0 });
    expect(check('SHOW ALL')).toMatchObject({ offset: 0 });
    expect(check('RETURN 1 AS x UNION SHOW SERVERS')).toMatchObject({ offset: 20 });
  });
});

describe('procedures and functions', () => {
  it('refuses a CALL off the allowlist at the procedure name, and skips past an allowed one', () => {
    expect(check('CALL dbms.listConfig()')).toMatchObject({ offset: 5 });
    expect(check('CALL dbms.listConfig()')!.message).toContain('dbms.listConfig');
    expect(check('CALL db.labels() YIELD label RETURN label')).toBeUndefined();
    expect(check('CALL DB.LABELS()')).toBeUndefined();
    expect(check('CALL db . `labels` ()')).toBeUndefined();
    expect(check('CALL db.labels.hidden()')).toMatchObject({ offset: 5 });
    expect(check('CALL db.`createLabel`("x")')!.message).toContain('db.createLabel');
  });

  it('refuses a namespaced function that is neither built in nor allowed, at its first name', () => {
    expect(check('RETURN apoc.version() AS v')).toMatchObject({ offset: 7 });
    expect(check('RETURN apoc.version() AS v')!.message).toContain('apoc.version');
    expect(check('RETURN `apoc`.`version`()')).toMatchObject({ offset: 7 });
    expect(check('RETURN point.distance(a, b)')).toBeUndefined();
    expect(check('RETURN POINT.DISTANCE(a, b)')).toBeUndefined();
    // Property access and plain functions are not namespaced calls.
    expect(check('WITH {version: 1} AS apoc RETURN apoc.version')).toBeUndefined();
    expect(check('RETURN toUpper("a"), count(*)')).toBeUndefined();
    expect(check('RETURN n.apoc.version')).toBeUndefined();
  });

  it('checks a name only from its first part', () => {
    expect(check('RETURN x.apoc.version()')).toMatchObject({ offset: 7 });
  });
});
