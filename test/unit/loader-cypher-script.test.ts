// Cypher scripts: statements split at ";" outside strings and comments, with their lines; Neo4j 4.x schema
// syntax translated; statements Neo4j 5 dropped refused with the replacement; cypher-shell lines handled.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatements, translateStatement } from '../../server/loader/cypherScript.ts';
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
      [4, 'CREATE (:B {note: "it\'s; fine"})  \nRETURN 1'],
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
    expect(() => translateStatement("USING PERIODIC COMMIT LOAD CSV FROM 'x' AS row CREATE ()")).toThrow(/IN TRANSACTIONS/);
    const prepared = prepareScript(':begin\nCREATE (:A);\n:commit\nDROP INDEX ON :A(x);\n:param x => 1\n');
    expect(prepared.statements.map((s) => s.text)).toEqual(['CREATE (:A)']);
    expect(prepared.notes.map((n) => n.line)).toEqual([1, 3]);
    expect(prepared.problems).toEqual([
      { line: 4, message: expect.stringMatching(/drop by name/) },
      { line: 5, message: expect.stringMatching(/cypher-shell command/) },
    ]);
  });
});
