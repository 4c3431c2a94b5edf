// Cypher scripts against the real database: the Movies graph the test setup loaded from
// data/datasets/movies.cypher is all there; a script in Neo4j 4.x syntax runs translated; a script with a
// wrong statement runs nothing and names the line; a statement failing while running names its line too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, moviesDatabase } from '../helpers/db.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { CypherScriptError, runCypherScript } from '../../server/loader/runScript.ts';

const MOVIES = path.join(PROJECT_ROOT, 'data', 'datasets', 'movies.cypher');
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('Cypher scripts', () => {
  const movies = moviesDatabase();
  const db = mainDatabase();
  const cleanUp = async () => {
    await db.run('MATCH (n:LoaderScriptProbe) DETACH DELETE n', {}, 'WRITE');
    const schema = await db.run<{ name: string; kind: string }>(
      "SHOW INDEXES YIELD name, labelsOrTypes, owningConstraint WHERE 'LoaderScriptProbe' IN labelsOrTypes RETURN name, CASE WHEN owningConstraint IS NULL THEN 'INDEX' ELSE 'CONSTRAINT' END AS kind, owningConstraint",
      {},
      'READ',
    );
    for (const record of schema.records) {
      const name = record.get('kind') === 'CONSTRAINT' ? (record.toObject() as unknown as { owningConstraint: string }).owningConstraint : record.get('name');
      await db.run(`DROP ${record.get('kind')} \`${name}\` IF EXISTS`, {}, 'WRITE');
    }
  };
  beforeAll(cleanUp);
  afterAll(async () => {
    await cleanUp();
    await Promise.all([movies.close(), db.close()]);
  });

  it('has loaded every movie, person and relationship of the Movies script, with its constraints', async () => {
    const script = fs.readFileSync(MOVIES, 'utf8');
    const result = await movies.run<{ movies: bigint; people: bigint; relationships: bigint }>(
      'CALL { MATCH (m:Movie) RETURN count(m) AS movies } CALL { MATCH (p:Person) RETURN count(p) AS people } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN movies, people, relationships',
      {},
      'READ',
    );
    expect(result.records[0]!.toObject()).toEqual({
      movies: BigInt(count(script, /:Movie \{/g)),
      people: BigInt(count(script, /:Person \{/g)),
      relationships: BigInt(count(script, /\)-\[:/g)),
    });
    const constraints = await movies.run<{ labels: string[]; properties: string[] }>('SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties RETURN labels, properties', {}, 'READ');
    expect(constraints.records.map((r) => `${r.get('labels')}.${r.get('properties')}`).sort()).toEqual(['Movie.title', 'Person.name']);
  });

  it('runs a script in Neo4j 4.x syntax translated, and names the line of a statement that fails while running', async () => {
    const script = [
      'CREATE CONSTRAINT ON (p:LoaderScriptProbe) ASSERT p.name IS UNIQUE;',
      'CREATE INDEX ON :LoaderScriptProbe(born);',
      "CREATE (:LoaderScriptProbe {name: 'Ada', born: 1815});",
    ].join('\n');
    const first = await runCypherScript(db, script, 'probe.cypher');
    expect(first).toMatchObject({ statements: 3, nodesCreated: 1, constraintsAdded: 1, indexesAdded: 1 });
    expect(first.notes.map((n) => n.line)).toEqual([1, 2]);

    // Again: the schema statements are no-ops now (IF NOT EXISTS), the CREATE breaks the uniqueness constraint.
    const second = await runCypherScript(db, script, 'probe.cypher').catch((error: unknown) => error);
    expect(second).toBeInstanceOf(CypherScriptError);
    expect(second).toMatchObject({ statementsRun: 2, problems: [{ line: 3 }] });
    const people = await db.run<{ n: bigint }>('MATCH (n:LoaderScriptProbe) RETURN count(n) AS n', {}, 'READ');
    expect(people.records[0]!.get('n')).toBe(1n);
  });

  it('runs nothing when a statement is wrong, and names its line', async () => {
    const script = "CREATE (:LoaderScriptProbe {name: 'Grace'});\n\nCREAT (:LoaderScriptProbe {name: 'Typo'});\n";
    const error = await runCypherScript(db, script, 'typo.cypher').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CypherScriptError);
    expect(error).toMatchObject({ statementsRun: 0, problems: [{ line: 3 }] });
    const grace = await db.run<{ n: bigint }>("MATCH (n:LoaderScriptProbe {name: 'Grace'}) RETURN count(n) AS n", {}, 'READ');
    expect(grace.records[0]!.get('n')).toBe(0n);
  });
});
