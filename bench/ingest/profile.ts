// PROFILE of the loader's queries on a generated graph, in a fresh local Neo4j (temporary folder, free port):
// documents, sentences and nodes are loaded, then one batch of each kind is profiled inside a transaction that
// is rolled back (new sentence and node keys: the create path; relationships before and after they exist).
//   npx tsx bench/ingest/profile.ts [--size 10k] [--batch 2000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session } from 'neo4j-driver';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { loadQuery } from '../../server/db/queryFiles.ts';
import { sentenceKey } from '../../server/loader/format.ts';
import { loadGraph } from '../../server/loader/load.ts';
import { fillQuery, quoteLabel, quoteType } from '../../server/loader/cypherNames.ts';
import { validateGraphObject } from '../../server/loader/read.ts';
import { toDriverProperties } from '../../server/loader/values.ts';
import { generateCompanyGraph } from '../generate.ts';
import { freePort } from '../../test/helpers/ports.ts';

interface PlanNode {
  operatorType: string;
  rows?: number;
  dbHits?: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function printPlan(plan: PlanNode, depth = 0): void {
  const details = String(plan.arguments['Details'] ?? '').slice(0, 110);
  process.stdout.write(`${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows ?? '?'} dbHits=${plan.dbHits ?? '?'}  ${details}\n`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

async function profileRolledBack(session: Session, title: string, text: string, rows: unknown[], before?: string): Promise<void> {
  const tx = await session.beginTransaction();
  try {
    if (before) await tx.run(before, { rows });
    const started = performance.now();
    const result = await tx.run(`PROFILE ${text}`, { rows });
    const ms = performance.now() - started;
    process.stdout.write(`\n== ${title}: ${rows.length} rows, ${ms.toFixed(0)} ms\n`);
    printPlan(result.summary.profile as unknown as PlanNode);
  } finally {
    await tx.rollback();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
  const sizes: Record<string, [number, number]> = { '2k': [2_000, 10_000], '10k': [10_000, 50_000], '100k': [100_000, 500_000] };
  const [nodes, relationships] = sizes[opt('--size', '10k')]!;
  const batch = Number(opt('--batch', '2000'));
  const graph = validateGraphObject(generateCompanyGraph({ nodes, relationships, seed: 1 }), 'generated');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-profile-'));
  const local = await startLocalNeo4j({ dataDir: home, port: await freePort(), heap: '2g', pageCache: '1g', txTimeoutSeconds: 900, txMaxSize: '2g' });
  const db = new Database(createDriver(local.uri, 'neo4j', ''));
  const session = db.driver.session(db.sessionConfig('WRITE'));
  try {
    await loadGraph(db, { ...graph, relationships: [] });
    const doc = graph.documents[0]!;
    const sentenceRows = doc.sentences.slice(0, batch).map((s, i) => ({ key: `${sentenceKey(doc.key, i)}x`, document: doc.key, index: BigInt(100_000 + i), start: BigInt(s.start), end: BigInt(s.end), text: doc.text.slice(s.start, s.end) }));
    process.stdout.write(`documents ${graph.documents.length}, sentences of the first ${doc.sentences.length}\n`);
    await profileRolledBack(session, 'load-sentences, new sentences of a loaded document', loadQuery('load-sentences'), sentenceRows);
    const existing = sentenceRows.map((r, i) => ({ ...r, key: sentenceKey(doc.key, i), index: BigInt(i) }));
    await profileRolledBack(session, 'load-sentences, sentences already loaded', loadQuery('load-sentences'), existing);

    const node = graph.nodes[0]!;
    const sameLabels = graph.nodes.filter((n) => n.labels.join(':') === node.labels.join(':')).slice(0, batch);
    const nodeText = fillQuery('load-nodes', { KEY_LABEL: quoteLabel(node.labels[0]!), LABELS: node.labels.map(quoteLabel).join(':') });
    await profileRolledBack(session, `load-nodes ${node.labels.join(':')}, new keys`, nodeText, sameLabels.map((n) => ({ key: `${n.key}x`, properties: toDriverProperties({ ...n.properties, key: `${n.key}x` }) })));

    const rel = graph.relationships[0]!;
    const group = graph.relationships.filter((r) => r.type === rel.type && r.key === undefined).slice(0, batch);
    const relText = fillQuery('load-relationships', { START_LABEL: quoteLabel('Entity'), END_LABEL: quoteLabel('Entity'), TYPE: quoteType(rel.type) });
    const relRows = group.map((r) => ({ start: r.start, end: r.end, key: null, properties: toDriverProperties(r.properties) }));
    await profileRolledBack(session, `load-relationships ${rel.type}, new`, relText, relRows);
    await loadGraph(db, graph);
    await profileRolledBack(session, `load-relationships ${rel.type}, already loaded`, relText, relRows);
  } finally {
    await session.close();
    await db.close();
    await local.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
