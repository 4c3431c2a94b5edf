// Cypher scripts on the real DBMS (issue 13 item 8): a failure half-way names what the statements before it
// wrote and where in the FILE it failed; Neo4j 4 forms get their Neo4j 5 form; LOAD CSV from a local file is
// refused with a hint unless `npm run load -- --cypher FILE --import-dir DIR` starts the local DBMS reading DIR,
// and nowhere outside DIR; --import-dir with NEO4J_URI is refused before anything runs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { CypherScriptError, runCypherScript } from '../../server/loader/runScript.ts';
import { mainDatabase } from '../helpers/db.ts';
import { freePort } from '../helpers/ports.ts';

const LABEL = 'ScriptPlaceProbe';

function runLoader(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'loader', 'cli.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const failure = async (work: Promise<unknown>): Promise<CypherScriptError> => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CypherScriptError);
  return error as CypherScriptError;
};

describe('Cypher scripts: places, partial writes, hints, import folder', { timeout: 300_000 }, () => {
  const db = mainDatabase();
  let temp: string;
  const count = async () => Number((await db.run<{ n: bigint }>(`MATCH (n:${LABEL}) RETURN count(n) AS n`, {}, 'READ')).records[0]!.get('n'));
  beforeAll(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'script-import-'));
  });
  // Each test starts without probe nodes, whatever the one before it left.
  beforeEach(async () => {
    await db.run(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, 'WRITE');
  });
  afterAll(async () => {
    await db.run(`MATCH (n:${LABEL}) DETACH DELETE n`, {}, 'WRITE');
    await db.close();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('says what the statements before a failing one wrote, with their counters, and where in the file it failed', async () => {
    const script = [
      `CREATE (:${LABEL} {name: 'A'});`,
      '// a comment; with a semicolon',
      `CREATE (:${LABEL} {name: 'B'})-[:NEXT]->(:${LABEL} {name: 'C'});`,
      '',
      `MATCH (n:${LABEL})   RETURN n.name, 1 / 0 AS boom;`,
      `CREATE (:${LABEL} {name: 'never'});`,
    ].join('\n');
    const error = await failure(runCypherScript(db, script, 'half.cypher'));
    expect(error.statementsRun).toBe(2);
    expect(error.done).toEqual([
      { number: 1, line: 1, counts: expect.objectContaining({ nodesCreated: 1, propertiesSet: 1, labelsAdded: 1 }) },
      { number: 2, line: 3, counts: expect.objectContaining({ nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2 }) },
    ]);
    expect(error.problems).toEqual([expect.objectContaining({ line: 5, column: 1 })]);
    // The report is the feature: the totals and each statement done are in the message.
    expect(error.message).toContain('3 nodes created, 1 relationships created');
    expect(error.message).toContain('statement 2 (half.cypher:3): 2 nodes created, 1 relationships created');
    expect(await count()).toBe(3);
  });

  it("places Neo4j's syntax errors at the file's line:column, not the statement's, and runs nothing", async () => {
    const script = [
      `CREATE (:${LABEL} {name: 'Grace'});`,
      '',
      `MATCH (n:${LABEL})`,
      '  // a comment; with a semicolon',
      '  WHERE n.name = {name}',
      'RETURN n;',
      `MATCH (m:${LABEL}) RETURN m LIMT 3;`,
    ].join('\n');
    const error = await failure(runCypherScript(db, script, 'places.cypher'));
    expect(error.statementsRun).toBe(0);
    expect(error.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      // Neo4j stops at the "}" of the Neo4j 4 parameter {name}: line 5, column 23 of the file.
      { line: 5, column: 23 },
      { line: 7, column: expect.any(Number) },
    ]);
    expect(error.problems[1]!.column).toBeGreaterThan(20);
    expect(error.problems[0]!.message).toMatch(/\$name/);
    expect(await count()).toBe(0);
  });

  it('names the Neo4j 5 form of Neo4j 4 writing that it cannot translate', async () => {
    const script = `MATCH (n:${LABEL}) WHERE exists(n.name) RETURN n;\nCALL db.indexes();\n`;
    const error = await failure(runCypherScript(db, script, 'old.cypher'));
    expect(error.problems).toHaveLength(2);
    expect(error.problems[0]!.message).toMatch(/n\.prop IS NOT NULL/);
    expect(error.problems[1]!.message).toMatch(/SHOW INDEXES/);
  });

  it('translates USING PERIODIC COMMIT and runs it as CALL { … } IN TRANSACTIONS', async () => {
    const script = `USING PERIODIC COMMIT 2 UNWIND range(1, 5) AS i CREATE (:${LABEL} {i: i});`;
    // UNWIND is not LOAD CSV: refused with the form, nothing run.
    const refused = await failure(runCypherScript(db, script, 'periodic.cypher'));
    expect(refused.problems[0]!.message).toMatch(/IN TRANSACTIONS OF/);
    expect(await count()).toBe(0);
  });

  it('refuses LOAD CSV from a local file on a DBMS without an import folder, and says to use --import-dir', async () => {
    fs.writeFileSync(path.join(temp, 'people.csv'), 'name\nAda\n');
    const script = `LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row CREATE (:${LABEL} {name: row.name});`;
    const local = await failure(runCypherScript(db, script, 'csv.cypher'));
    expect(local.problems[0]!.message).toMatch(/--import-dir/);
    const remote = await failure(runCypherScript(db, script, 'csv.cypher', { remoteUri: 'bolt://db.example:7687' }));
    expect(remote.problems[0]!.message).toMatch(/import folder \(server\.directories\.import\)/);
    expect(await count()).toBe(0);
  });

  it('refuses --import-dir with NEO4J_URI, and a folder that does not exist, before touching a database', async () => {
    const scriptFile = path.join(temp, 'noop.cypher');
    fs.writeFileSync(scriptFile, 'RETURN 1;\n');
    const remote = await runLoader(['--cypher', scriptFile, '--import-dir', temp], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(remote.code).toBe(2);
    expect(remote.output).toMatch(/--import-dir applies to the local DBMS only/);
    const missing = await runLoader(['--cypher', scriptFile, '--import-dir', path.join(temp, 'nope')], { NEO4J_URI: undefined });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no such folder/);
  });

  it('with --import-dir, the local DBMS reads file:/// URLs inside that folder and nowhere else', async () => {
    const importDir = path.join(temp, 'import');
    fs.mkdirSync(importDir);
    fs.writeFileSync(path.join(importDir, 'products.csv'), 'id,name\n1,Chai\n2,Chang\n3,Aniseed Syrup\n');
    fs.writeFileSync(path.join(temp, 'outside.csv'), 'id,name\n9,Secret\n');
    const scriptFile = path.join(temp, 'products.cypher');
    fs.writeFileSync(
      scriptFile,
      [
        'USING PERIODIC COMMIT 2',
        `LOAD CSV WITH HEADERS FROM 'file:///products.csv' AS row CREATE (:${LABEL} {id: toInteger(row.id), name: row.name});`,
        `LOAD CSV WITH HEADERS FROM 'file:///../outside.csv' AS row CREATE (:${LABEL} {name: row.name});`,
      ].join('\n'),
    );
    const dataDir = path.join(temp, 'data');
    const result = await runLoader(['--cypher', scriptFile, '--import-dir', importDir], {
      NEO4J_DATA_DIR: dataDir,
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    });
    expect(result.code, result.output).toBe(1);
    // Statement 1 read the folder's file; statement 2 asked for a file outside it and got nothing.
    expect(result.output).toMatch(/statement 1 \(.*products\.cypher:1\): 3 nodes created/);
    expect(result.output).toMatch(/products\.cypher:3:\d+: statement 2 failed/);
    expect(result.output).not.toContain('Secret');
  });
});
