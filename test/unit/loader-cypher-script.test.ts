// Cypher scripts: statements split at ";" outside strings and comments, with their lines; Neo4j 4.x schema
// syntax translated; statements Neo4j 5 dropped refused with the replacement; cypher-shell lines handled.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, splitStatements, translateStatement } from '../../server/loader/cypherScript.ts';
import { hintFor } from '../../server/loader/scriptHints.ts';
import { prepareScript } from '../../server/loader/runScript.ts';
import { PROJECT_ROOT } from '../../server/config.ts';

describe('Cypher scripts', () => {
  it('splits at semicolons outside strings, quoted names and comments, keeping start lines', () => {
    const script = [
      '// a comment; not a statement',
      "CREATE (:A {note: 'x; y'});",
      '',
      'CREATE (:B {note: "it\'s; fine"}) /* ; */',
      'RETURN 1;',
      'MATCH (`odd;name`) RETURN 1',
    ].join('\n');
    expect(splitStatements(script).map((s) => [s.line, s.text])).toEqual([
      [2, "CREATE (:A {note: 'x; y'})"],
      [4, 'CREATE (:B {note: "it\'s; fine"})        \nRETURN 1'],
      [6, 'MATCH (`odd;name`) RETURN 1'],
    ]);
  });

  it('splits the Movies script into its four schema statements and one CREATE', () => {
    const movies = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'datasets', 'movies.cypher'), 'utf8');
    const statements = splitStatements(movies);
    expect(statements.map((s) => s.line).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(statements).toHaveLength(5);
    expect(statements[4]!.text.startsWith('CREATE (TheMatrix:Movie')).toBe(true);
  });

  it('translates Neo4j 4.x constraints and indexes to Neo4j 5 and says so', () => {
    expect(translateStatement('CREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE')).toMatchObject({
      text: 'CREATE CONSTRAINT IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE',
      note: expect.stringMatching(/translated Neo4j 4\.x syntax/),
    });
    expect(translateStatement('CREATE CONSTRAINT movie_title ON (m:Movie) ASSERT exists(m.title)').text).toBe(
      'CREATE CONSTRAINT movie_title IF NOT EXISTS FOR (m:Movie) REQUIRE m.title IS NOT NULL',
    );
    expect(translateStatement('CREATE INDEX ON :Person(name, born)').text).toBe('CREATE INDEX IF NOT EXISTS FOR (n:Person) ON (n.name, n.born)');
    const modern = 'CREATE CONSTRAINT IF NOT EXISTS FOR (p:Person) REQUIRE (p.name) IS UNIQUE';
    expect(translateStatement(modern)).toEqual({ text: modern });
  });

  it('refuses what Neo4j 5 removed, naming the replacement, and reports each with its line', () => {
    expect(() => translateStatement('DROP CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE')).toThrow(/drop by name/);
    expect(() => translateStatement("USING PERIODIC COMMIT LOAD CSV FROM 'x' AS row RETURN row")).toThrow(/IN TRANSACTIONS/);
    const prepared = prepareScript(':begin\nCREATE (:A);\n:commit\nDROP INDEX ON :A(x);\n:param x => 1\n');
    expect(prepared.statements.map((s) => s.text)).toEqual(['CREATE (:A)']);
    expect(prepared.notes.map((n) => n.line)).toEqual([1, 3]);
    expect(prepared.problems).toEqual([
      { line: 4, column: 1, message: expect.stringMatching(/drop by name/) },
      { line: 5, message: expect.stringMatching(/cypher-shell command/) },
    ]);
  });
});

describe('Cypher scripts: places in the file and Neo4j 4 forms', () => {
  it('keeps each statement where it is in the file: offset, line, comments blanked to the same length', () => {
    const script = "// intro; still a comment\r\n\n  MATCH (a) /* ; */\n  RETURN a;\n:begin\n  CREATE (:X);// x\rRETURN 1";
    const statements = splitStatements(script);
    expect(statements.map((s) => [s.line, s.offset])).toEqual([
      [3, script.indexOf('MATCH')],
      [5, script.indexOf(':begin')],
      [7, script.indexOf('RETURN 1')],
    ]);
    for (const s of statements) expect(script.slice(s.offset, s.offset + s.text.length).replace(/\/\*.*\*\/|\/\/[^\r\n]*/g, (c) => ' '.repeat(c.length))).toBe(s.text);
    expect(lineAndColumn(script, script.indexOf('RETURN a'))).toEqual({ line: 4, column: 3 });
    // The cypher-shell line is dropped; the statement after it keeps its own place in the file.
    const prepared = prepareScript(script);
    expect(prepared.statements.map((s) => [s.line, s.offset])).toEqual([
      [3, script.indexOf('MATCH')],
      [6, script.indexOf('CREATE')],
      [7, script.indexOf('RETURN 1')],
    ]);
  });

  it('translates USING PERIODIC COMMIT and the fulltext procedures to their Neo4j 5 forms', () => {
    expect(translateStatement("USING PERIODIC COMMIT 500 LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row MERGE (p:P {id: row.id})").text).toBe(
      "LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row\nCALL { WITH row MERGE (p:P {id: row.id}) } IN TRANSACTIONS OF 500 ROWS",
    );
    expect(translateStatement("CALL db.index.fulltext.createNodeIndex('titles', ['Movie', 'Book'], ['title', 'sub title'])").text).toBe(
      'CREATE FULLTEXT INDEX titles IF NOT EXISTS FOR (n:Movie|Book) ON EACH [n.title, n.`sub title`]',
    );
    expect(translateStatement('CALL db.index.fulltext.createRelationshipIndex("rels", ["KNOWS"], ["since"])').text).toBe(
      'CREATE FULLTEXT INDEX rels IF NOT EXISTS FOR ()-[r:KNOWS]-() ON EACH [r.since]',
    );
    expect(() => translateStatement("CALL db.index.fulltext.createNodeIndex('t', ['M'], ['x'], {analyzer: 'cjk'})")).toThrow(/CREATE FULLTEXT INDEX/);
    expect(() => translateStatement('CREATE CONSTRAINT ON (n:A) ASSERT n.x > 3')).toThrow(/REQUIRE/);
  });

  it('hints at the Neo4j 5 form for common Neo4j 4 writing, and at --import-dir for local files', () => {
    const syntax = "Invalid input '{': expected an expression";
    expect(hintFor('MATCH (n) WHERE n.name = {name} RETURN n', syntax)).toMatch(/\$name/);
    expect(hintFor('MATCH (n) WHERE exists(n.name) RETURN n', 'The property existence syntax is no longer supported')).toMatch(/IS NOT NULL/);
    expect(hintFor('CALL db.indexes()', 'There is no procedure with the name `db.indexes` registered')).toMatch(/SHOW INDEXES/);
    expect(hintFor('RETURN 1', 'Unknown function \'distance\'')).toMatch(/point\.distance/);
    const refused = "Cannot load from URL 'file:///x.csv': configuration property 'dbms.security.allow_csv_import_from_file_urls' is false.";
    expect(hintFor("LOAD CSV FROM 'file:///x.csv' AS r RETURN r", refused)).toMatch(/--import-dir/);
    expect(hintFor("LOAD CSV FROM 'file:///x.csv' AS r RETURN r", refused, { remoteUri: 'bolt://db.example:7687' })).toMatch(/import folder/);
    expect(hintFor('MATCH (n) RETURN n {name}', 'Variable `name` not defined')).toBeUndefined();
    // Two Neo4j 4 forms in one statement: Neo4j stops at the first it meets, the hint names both.
    const both = hintFor('MATCH (c), (o) WHERE c.id = {customer} AND exists(o.id) RETURN c', "Invalid input '}': expected ':'");
    expect(both).toMatch(/\$name/);
    expect(both).toMatch(/IS NOT NULL/);
  });
});
