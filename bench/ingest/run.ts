// Ingest benchmark: the project's loader (server/loader/load.ts: batched UNWIND + MERGE on keys, nodes and
// relationships on two sessions at once) against one statement per row in its own transaction, on generated
// company graphs, each size in a fresh local Neo4j on a temporary folder and a free port. The naive way runs on
// a sample of every kind of row; its per-row times are extrapolated to the whole file (per-row cost is dominated
// by the commit, which does not grow with the graph).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session } from 'neo4j-driver';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import type { Graph } from '../../server/loader/format.ts';
import { sentenceKey } from '../../server/loader/format.ts';
import { loadGraph, type LoadPhase } from '../../server/loader/load.ts';
import { readGraphFiles, validateGraphObject } from '../../server/loader/read.ts';
import { applySchema } from '../../server/loader/schema.ts';
import { quoteLabel, quoteType } from '../../server/loader/cypherNames.ts';
import { toDriverProperties } from '../../server/loader/values.ts';
import { generateCompanyGraph, writeGraphFile } from '../generate.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { round } from '../lib/stats.ts';

export interface IngestSize {
  name: string;
  nodes: number;
  relationships: number;
}

export interface IngestSizeResult extends IngestSize {
  sentences: number;
  documents: number;
  read_and_validate_s: number;
  load_s: number;
  /** Relationships over the whole load (documents, sentences, nodes and relationships). */
  rels_per_s: number;
  /** Relationships over the relationship phase alone. */
  relationship_phase_rels_per_s: number;
  /** Seconds per phase: schema and documents, sentences, nodes, relationships. */
  phases_s: Record<LoadPhase, number>;
  /** One statement per row, extrapolated to this file, ÷ the batched load. */
  ratio: number;
}

export interface IngestResult {
  batched_rels_per_s: number;
  naive_rels_per_s: number;
  ratio: number;
  compared_on: string;
  naive_sample_rows: { documents: number; sentences: number; nodes: number; relationships: number };
  naive_ms_per_row: { documents: number; sentences: number; nodes: number; relationships: number };
  sizes: IngestSizeResult[];
}

export interface IngestOptions {
  sizes: IngestSize[];
  /** Rows of each kind written one statement at a time. */
  naiveSample: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  say: (line: string) => void;
}

/** Generates (once) and reads a graph file through the loader's own reading and validation. */
function prepareGraph(size: IngestSize, dataDir: string, say: (line: string) => void): { graph: Graph; readSeconds: number } {
  const file = path.join(dataDir, `company-${size.nodes}n-${size.relationships}r-s1.json`);
  if (!fs.existsSync(file)) {
    say(`ingest: generating ${size.name} (${size.nodes} nodes, ${size.relationships} relationships)…`);
    writeGraphFile(generateCompanyGraph({ nodes: size.nodes, relationships: size.relationships, seed: 1 }), file);
  }
  const started = performance.now();
  const graph = readGraphFiles([file]);
  return { graph, readSeconds: (performance.now() - started) / 1000 };
}

/**
 * A fresh JVM runs its first tens of seconds mostly interpreted, which would weigh on small files and on the
 * naive sample alike: both measurements start after the same warm-up (a small graph loaded, then deleted).
 * 2,000 nodes / 10,000 relationships: with 1,000 / 5,000, the 10k load's sentences still cost 2.5× the CPU per
 * row of the 100k load's (the JIT compiler was still at work), which made 10k's ratio look worse than it is.
 */
async function warmUp(db: Database): Promise<void> {
  const small = generateCompanyGraph({ nodes: 2_000, relationships: 10_000, seed: 99 });
  const graph = validateGraphObject(small, 'warm-up');
  await loadGraph(db, graph);
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not a managed one.
  const session = db.driver.session(db.sessionConfig('WRITE'));
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function withFreshNeo4j<T>(options: IngestOptions, work: (db: Database) => Promise<T>): Promise<T> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  let local: LocalNeo4j | undefined;
  let db: Database | undefined;
  try {
    local = await startLocalNeo4j({ dataDir: home, port: await freePort(), heap: options.heap, pageCache: options.pageCache, txTimeoutSeconds: 900, txMaxSize: '2g' });
    db = new Database(createDriver(local.uri, 'neo4j', ''));
    await warmUp(db);
    return await work(db);
  } finally {
    await db?.close();
    await local?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** One statement per row, each in its own auto-commit transaction: what a first script usually does. */
async function naiveSample(db: Database, graph: Graph, sample: number): Promise<{ rows: IngestResult['naive_sample_rows']; ms: IngestResult['naive_ms_per_row'] }> {
  await applySchema(db);
  const relationships = graph.relationships.slice(0, sample);
  const needed = new Set(relationships.flatMap((r) => [r.start, r.end]));
  const nodes = graph.nodes.filter((n) => needed.has(n.key)).slice(0, Math.max(sample, needed.size));
  const documents = graph.documents.slice(0, 1);
  const sentences = documents[0]!.sentences.slice(0, sample).map((s, index) => ({ ...s, index }));
  const labelOf = new Map(graph.nodes.map((n) => [n.key, n.labels[0]!]));
  const session: Session = db.driver.session(db.sessionConfig('WRITE'));
  const timed = async (rows: number, each: () => Promise<void>) => {
    const started = performance.now();
    await each();
    return (performance.now() - started) / Math.max(rows, 1);
  };
  try {
    const doc = documents[0]!;
    const ms = {
      documents: await timed(1, async () => {
        await session.run('MERGE (d:Document {key: $key}) SET d.title = $title, d.text = $text, d.source = $source', { key: doc.key, title: doc.title, text: doc.text, source: doc.source ?? null });
      }),
      sentences: await timed(sentences.length, async () => {
        for (const s of sentences) {
          await session.run(
            // The statement of load-sentences.cypher, for one row.
            'MERGE (s:Sentence {key: $key}) SET s += {document: $document, index: $index, start: $start, end: $end, text: $text} WITH s MATCH (d:Document {key: $document}) MERGE (d)-[:HAS_SENTENCE]->(s)',
            { document: doc.key, key: sentenceKey(doc.key, s.index), index: BigInt(s.index), start: BigInt(s.start), end: BigInt(s.end), text: doc.text.slice(s.start, s.end) },
          );
        }
      }),
      nodes: await timed(nodes.length, async () => {
        for (const n of nodes) {
          await session.run(`MERGE (n:${quoteLabel(n.labels[0]!)} {key: $key}) SET n = $properties SET n:${n.labels.map(quoteLabel).join(':')}`, {
            key: n.key,
            properties: toDriverProperties(n.properties),
          });
        }
      }),
      relationships: await timed(relationships.length, async () => {
        for (const r of relationships) {
          await session.run(
            `MATCH (a:${quoteLabel(labelOf.get(r.start)!)} {key: $start}) MATCH (b:${quoteLabel(labelOf.get(r.end)!)} {key: $end}) MERGE (a)-[r:${quoteType(r.type)}]->(b) SET r = $properties`,
            { start: r.start, end: r.end, properties: toDriverProperties(r.properties) },
          );
        }
      }),
    };
    return { rows: { documents: 1, sentences: sentences.length, nodes: nodes.length, relationships: relationships.length }, ms };
  } finally {
    await session.close();
  }
}

async function batchedLoad(db: Database, graph: Graph, say: (line: string) => void): Promise<{ seconds: number; relationshipSeconds: number; phases: Record<LoadPhase, number> }> {
  const phaseStart = new Map<LoadPhase, number>();
  let lastProgress = performance.now();
  const started = performance.now();
  let reported = 0;
  await loadGraph(db, graph, {
    onProgress: ({ phase, done, total }) => {
      // A phase starts where the previous batch ended.
      if (!phaseStart.has(phase)) phaseStart.set(phase, lastProgress);
      lastProgress = performance.now();
      if (done - reported > total / 10) {
        reported = done;
        say(`ingest:   ${phase} ${Math.round((100 * done) / total)}%`);
      }
    },
  });
  const ended = performance.now();
  const order: LoadPhase[] = ['documents', 'sentences', 'nodes', 'relationships'];
  const phases = Object.fromEntries(
    order.map((phase, i) => {
      // The documents phase also holds the schema and the index wait that come before its first batch.
      const from = i === 0 ? started : (phaseStart.get(phase) ?? ended);
      const to = order.slice(i + 1).map((next) => phaseStart.get(next)).find((t) => t !== undefined) ?? ended;
      return [phase, round((to - from) / 1000)];
    }),
  ) as Record<LoadPhase, number>;
  return { seconds: (ended - started) / 1000, relationshipSeconds: (ended - (phaseStart.get('relationships') ?? started)) / 1000, phases };
}

export async function runIngestBenchmark(options: IngestOptions): Promise<IngestResult> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const sizes: IngestSizeResult[] = [];
  let naive: Awaited<ReturnType<typeof naiveSample>> | undefined;
  for (const [i, size] of options.sizes.entries()) {
    const { graph, readSeconds } = prepareGraph(size, options.dataDir, options.say);
    const sentences = graph.documents.reduce((sum, d) => sum + d.sentences.length, 0);
    if (i === 0) {
      options.say(`ingest: one statement per row, ${options.naiveSample} rows of each kind from ${size.name}…`);
      naive = await withFreshNeo4j(options, (db) => naiveSample(db, graph, options.naiveSample));
    }
    options.say(`ingest: batched loader, ${size.name} (${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${sentences} sentences)…`);
    const load = await withFreshNeo4j(options, (db) => batchedLoad(db, graph, options.say));
    const ms = naive!.ms;
    const naiveSeconds = (graph.documents.length * ms.documents + sentences * ms.sentences + graph.nodes.length * ms.nodes + graph.relationships.length * ms.relationships) / 1000;
    const result: IngestSizeResult = {
      ...size,
      sentences,
      documents: graph.documents.length,
      read_and_validate_s: round(readSeconds),
      load_s: round(load.seconds),
      rels_per_s: round(graph.relationships.length / load.seconds),
      relationship_phase_rels_per_s: round(graph.relationships.length / load.relationshipSeconds),
      phases_s: load.phases,
      ratio: round(naiveSeconds / load.seconds),
    };
    sizes.push(result);
    options.say(
      `ingest: ${size.name}: ${result.load_s} s (${Object.entries(result.phases_s).map(([p, t]) => `${p} ${t} s`).join(', ')}), ${result.rels_per_s} relationships/s overall, ${result.relationship_phase_rels_per_s}/s in the relationship phase, ${result.ratio}× one statement per row`,
    );
  }
  const compared = sizes[0]!;
  const ms = naive!.ms;
  // The naive time for the whole compared file, from the per-row times of each kind of row.
  const naiveSeconds = (compared.documents * ms.documents + compared.sentences * ms.sentences + compared.nodes * ms.nodes + compared.relationships * ms.relationships) / 1000;
  const naiveRate = compared.relationships / naiveSeconds;
  return {
    batched_rels_per_s: compared.rels_per_s,
    naive_rels_per_s: round(naiveRate),
    ratio: round(naiveSeconds / compared.load_s),
    compared_on: `${compared.name}: ${compared.nodes} nodes, ${compared.relationships} relationships, ${compared.sentences} sentences (naive time extrapolated: ${round(naiveSeconds)} s)`,
    naive_sample_rows: naive!.rows,
    naive_ms_per_row: { documents: round(ms.documents), sentences: round(ms.sentences), nodes: round(ms.nodes), relationships: round(ms.relationships) },
    sizes,
  };
}
