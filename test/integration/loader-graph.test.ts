// The loader against the real database: a graph file (JSON, and CSV through the command line) is loaded with
// its types intact; loading twice gives the same graph; a reloaded document loses the sentences it no longer
// has; a malformed file is refused by `npm run load` with the exact place, and the database is left unchanged.
// Everything here uses its own labels (LoaderProbe…) and document key, and removes them afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase } from '../helpers/db.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { loadGraph } from '../../server/loader/load.ts';
import { readGraphFiles, validateGraphObject } from '../../server/loader/read.ts';

const DOC = 'loader-probe-doc';
const TEXT = 'Probe A owns probe B. Probe B competes with probe C. A third sentence.';

function probeGraph(text = TEXT) {
  const quote = 'Probe A owns probe B';
  return {
    documents: [{ key: DOC, title: 'Probe text', text, source: 'test' }],
    nodes: [
      { key: 'probe-a', labels: ['LoaderProbe', 'LoaderKindCompany'], properties: { name: 'Probe A', aliases: ['A', '甲'], founded: { $date: '2001-02-03' }, value: { $float: 10 }, rank: 1 } },
      { key: 'probe-b', labels: ['LoaderProbe', 'LoaderKindProduct'], properties: { name: 'Probe B', share_pct: 12.5, date: '2020-10-09' } },
      { key: 'probe-c', labels: ['LoaderProbe'], properties: { name: 'Probe C' } },
    ],
    relationships: [
      { type: 'LOADER_OWNS', start: 'probe-a', end: 'probe-b', properties: { evidence_document: DOC, evidence_sentence: 0, evidence_start: 0, evidence_end: quote.length, evidence_quote: quote, inferred: false } },
      { type: 'LOADER_DEAL', key: 'deal-1', start: 'probe-a', end: 'probe-c', properties: { amount: 1 } },
      { type: 'LOADER_DEAL', key: 'deal-2', start: 'probe-a', end: 'probe-c', properties: { amount: 2 } },
      { type: 'LOADER_MENTIONED_IN', start: 'probe-b', end: `${DOC}#1`, properties: {} },
    ],
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-graph-'));

function runCli(args: string[]) {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: inject('neo4jUsername'), NEO4J_PASSWORD: inject('neo4jPassword'), NEO4J_DATABASE: inject('neo4jDatabase') };
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'loader', 'cli.ts'), ...args], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('loading graph files into Neo4j', () => {
  const db = mainDatabase();

  const cleanUp = async () => {
    await db.run('MATCH (n) WHERE n:LoaderProbe OR n:LoaderCsvProbe OR (n:Document AND n.key = $doc) OR (n:Sentence AND n.document = $doc) DETACH DELETE n', { doc: DOC }, 'WRITE');
    const constraints = await db.run<{ name: string }>("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'key_unique_Loader' RETURN name", {}, 'READ');
    for (const record of constraints.records) await db.run(`DROP CONSTRAINT \`${record.get('name')}\` IF EXISTS`, {}, 'WRITE');
  };
  beforeAll(cleanUp);
  afterAll(async () => {
    await cleanUp();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The probe's nodes and relationships with every property, in a stable order. */
  const snapshot = async () => {
    const result = await db.run(
      `MATCH (n) WHERE n:LoaderProbe OR n.key = $doc OR n.document = $doc
       OPTIONAL MATCH (n)-[r]->(m)
       RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties, type(r) AS type, properties(r) AS relationship, m.key AS end`,
      { doc: DOC },
      'READ',
    );
    const stable = (_: string, v: unknown) =>
      typeof v === 'bigint' ? `${v}n` : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v;
    const text = (value: unknown) => JSON.stringify(value, stable);
    return result.records.map((r) => text([r.get('key'), [...r.get('labels')].sort(), r.get('properties'), r.get('type'), r.get('relationship'), r.get('end')])).sort();
  };

  it('loads nodes, keyed relationships, evidence and typed values; a second load changes nothing', async () => {
    const graph = validateGraphObject(probeGraph());
    const first = await loadGraph(db, graph, { batchSize: 2 });
    expect(first).toMatchObject({ nodes: 3, relationships: 4, sentences: 3, nodesCreated: 3 + 1 + 3, relationshipsCreated: 4 + 3 });
    expect(first.batches).toBeGreaterThan(5);

    const types = await db.run<{ founded: string; value: string; rank: string; share: string; date: string; aliases: string }>(
      `MATCH (a:LoaderProbe {key: 'probe-a'}), (b:LoaderProbe {key: 'probe-b'})
       RETURN valueType(a.founded) AS founded, valueType(a.value) AS value, valueType(a.rank) AS rank,
              valueType(b.share_pct) AS share, valueType(b.date) AS date, valueType(a.aliases) AS aliases`,
      {},
      'READ',
    );
    expect(types.records[0]!.toObject()).toEqual({
      founded: 'DATE NOT NULL',
      value: 'FLOAT NOT NULL',
      rank: 'INTEGER NOT NULL',
      share: 'FLOAT NOT NULL',
      date: 'DATE NOT NULL',
      aliases: 'LIST<STRING NOT NULL> NOT NULL',
    });
    const deals = await db.run<{ n: bigint }>("MATCH (:LoaderProbe {key: 'probe-a'})-[r:LOADER_DEAL]->(:LoaderProbe {key: 'probe-c'}) RETURN count(r) AS n", {}, 'READ');
    expect(deals.records[0]!.get('n')).toBe(2n);
    const constraint = await db.run("SHOW CONSTRAINTS YIELD name WHERE name = 'key_unique_LoaderProbe' RETURN name", {}, 'READ');
    expect(constraint.records).toHaveLength(1);

    const before = await snapshot();
    const second = await loadGraph(db, graph);
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('removes the sentences a reloaded document no longer has', async () => {
    const shorter = probeGraph('Probe A owns probe B. Probe B competes with probe C.');
    await loadGraph(db, validateGraphObject(shorter));
    const sentences = await db.run<{ keys: string[] }>('MATCH (:Document {key: $doc})-[:HAS_SENTENCE]->(s:Sentence) RETURN collect(s.key) AS keys', { doc: DOC }, 'READ');
    expect([...sentences.records[0]!.get('keys')].sort()).toEqual([`${DOC}#0`, `${DOC}#1`]);
    const orphans = await db.run<{ n: bigint }>('MATCH (s:Sentence {document: $doc}) RETURN count(s) AS n', { doc: DOC }, 'READ');
    expect(orphans.records[0]!.get('n')).toBe(2n);
  });

  it('refuses a malformed file on the command line with its exact places, and writes nothing', async () => {
    const bad = probeGraph();
    bad.nodes.push({ key: 'probe d', labels: ['LoaderProbe'], properties: { name: 'Probe D' } });
    bad.relationships.push({ type: 'LOADER_OWNS', start: 'probe-a', end: 'probe-z', properties: {} } as (typeof bad.relationships)[number]);
    bad.relationships.push({ type: 'loader-owns', start: 'probe-a', end: 'probe-b', properties: {} } as (typeof bad.relationships)[number]);
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad, null, 2));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    /** file:line:column where a value begins. */
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return `${file}:${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
    };

    const count = async () => (await db.run<{ n: bigint; r: bigint }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r', {}, 'READ')).records[0]!.toObject();
    const before = { counts: await count(), probe: await snapshot() };
    const result = runCli([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${at('"probe d"')} nodes[3].key:`);
    expect(result.stderr).toContain(`${at('"probe-z"')} relationships[4].end:`);
    expect(result.stderr).toContain(`${at('"loader-owns"')} relationships[5].type:`);
    expect(result.stderr).toMatch(/\[BAD_KEY\][\s\S]*\[DANGLING_RELATIONSHIP\][\s\S]*\[BAD_TYPE\]/);
    expect({ counts: await count(), probe: await snapshot() }).toEqual(before);
  });

  it('loads CSV nodes and relationships files from the command line', async () => {
    const nodes = path.join(dir, 'nodes.csv');
    const relationships = path.join(dir, 'relationships.csv');
    fs.writeFileSync(nodes, 'key,labels,name,aliases:string[],founded:int\ncsv-1,LoaderCsvProbe,"One, Inc.",One;一,1999\ncsv-2,LoaderCsvProbe,Two,,\n');
    fs.writeFileSync(relationships, 'type,start,end,since:date,at:datetime\nLOADER_CSV_LINK,csv-1,csv-2,2020-01-31,2020-01-31T08:30:00+08:00\n');
    expect(readGraphFiles([nodes, relationships]).nodes).toHaveLength(2);
    const result = runCli([nodes, relationships]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Only the schema this file needs, and it says so.
    expect(result.stdout).toContain('Schema: created uniqueness constraint key_unique_LoaderCsvProbe on :LoaderCsvProbe(key).');
    const loaded = await db.run<{ name: string; aliases: string[]; founded: bigint; since: string; at: string }>(
      "MATCH (a:LoaderCsvProbe {key: 'csv-1'})-[r:LOADER_CSV_LINK]->(:LoaderCsvProbe {key: 'csv-2'}) RETURN a.name AS name, a.aliases AS aliases, a.founded AS founded, valueType(r.since) AS since, toString(r.at) AS at",
      {},
      'READ',
    );
    expect(loaded.records[0]!.toObject()).toEqual({ name: 'One, Inc.', aliases: ['One', '一'], founded: 1999n, since: 'DATE NOT NULL', at: '2020-01-31T08:30:00+08:00' });
  });
});
