// Writes a validated graph: documents and their sentences, then nodes grouped by labels, then relationships
// grouped by (type, end labels), each group in batches of UNWIND rows, one write transaction per batch
// (session.executeWrite retries a batch on transient errors, which MERGE makes safe). Parameters carry every value;
// only labels and types go into query text, through cypherNames.ts.
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import { loadQuery } from '../db/queryFiles.ts';
import { SENTENCE_LABEL, sentenceKey, type Graph, type GraphNode, type GraphRelationship } from './format.ts';
import { fillQuery, quoteLabel, quoteType } from './cypherNames.ts';
import { applySchema, awaitIndexes, ensureKeyConstraint } from './schema.ts';
import { toDriverProperties } from './values.ts';

export const DEFAULT_BATCH_SIZE = 2000;

export type LoadPhase = 'documents' | 'sentences' | 'nodes' | 'relationships';

export interface LoadProgress {
  phase: LoadPhase;
  /** Items written so far, over all phases. */
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  onWarning?: (message: string) => void;
}

export interface LoadStats {
  documents: number;
  sentences: number;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  batches: number;
  ms: number;
  /** Milliseconds spent writing each phase (the schema step is the rest of `ms`). */
  phaseMs: Record<LoadPhase, number>;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export async function loadGraph(db: Database, graph: Graph, options: LoadOptions = {}): Promise<LoadStats> {
  const started = Date.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const sentenceCount = graph.documents.reduce((sum, d) => sum + d.sentences.length, 0);
  const total = graph.documents.length + sentenceCount + graph.nodes.length + graph.relationships.length;
  const stats: LoadStats = { documents: graph.documents.length, sentences: sentenceCount, nodes: graph.nodes.length, relationships: graph.relationships.length, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, batches: 0, ms: 0, phaseMs: { documents: 0, sentences: 0, nodes: 0, relationships: 0 } };
  let done = 0;

  await applySchema(db);
  const keyLabels = [...new Set(graph.nodes.map((node) => node.labels[0]!))];
  for (const label of keyLabels) {
    const warning = await ensureKeyConstraint(db, label);
    if (warning) options.onWarning?.(warning);
  }
  await awaitIndexes(db);

  const session = db.driver.session(db.sessionConfig('WRITE'));
  const write = async (phase: LoadPhase, text: string, rows: unknown[]) => {
    const batchStarted = Date.now();
    try {
      const result = await session.executeWrite((tx) => tx.run(text, { rows }));
      const counters = result.summary.counters.updates();
      stats.nodesCreated += counters.nodesCreated;
      stats.relationshipsCreated += counters.relationshipsCreated;
      stats.propertiesSet += counters.propertiesSet;
    } catch (error) {
      throw fromDriverError(error) ?? error;
    }
    stats.batches++;
    stats.phaseMs[phase] += Date.now() - batchStarted;
    done += rows.length;
    options.onProgress?.({ phase, done, total });
  };

  try {
    const documentRows = graph.documents.map((d) => ({ key: d.key, title: d.title, text: d.text, source: d.source ?? null }));
    for (const batch of chunks(documentRows, 100)) await write('documents', loadQuery('load-documents'), batch);

    const sentenceRows = graph.documents.flatMap((d) =>
      d.sentences.map((s, index) => ({ key: sentenceKey(d.key, index), document: d.key, index: BigInt(index), start: BigInt(s.start), end: BigInt(s.end), text: d.text.slice(s.start, s.end) })),
    );
    for (const batch of chunks(sentenceRows, batchSize)) await write('sentences', loadQuery('load-sentences'), batch);
    for (const d of graph.documents) await db.write('load-stale-sentences', { document: d.key, count: BigInt(d.sentences.length) });

    for (const [, nodes] of groupBy(graph.nodes, (node) => node.labels.join(':'))) {
      const labels = nodes[0]!.labels;
      const text = fillQuery('load-nodes', { KEY_LABEL: quoteLabel(labels[0]!), LABELS: labels.map(quoteLabel).join(':') });
      const rows = nodes.map((node: GraphNode) => ({ key: node.key, properties: toDriverProperties(node.properties) }));
      for (const batch of chunks(rows, batchSize)) await write('nodes', text, batch);
    }

    const keyLabel = new Map(graph.nodes.map((node) => [node.key, node.labels[0]!]));
    const labelOf = (key: string) => keyLabel.get(key) ?? SENTENCE_LABEL;
    const groups = groupBy(graph.relationships, (r) => [r.type, labelOf(r.start), labelOf(r.end), r.key === undefined ? '' : 'keyed'].join(':'));
    for (const [, relationships] of groups) {
      const first = relationships[0]!;
      const text = fillQuery(first.key === undefined ? 'load-relationships' : 'load-keyed-relationships', {
        START_LABEL: quoteLabel(labelOf(first.start)),
        END_LABEL: quoteLabel(labelOf(first.end)),
        TYPE: quoteType(first.type),
      });
      const rows = relationships.map((r: GraphRelationship) => ({
        start: r.start,
        end: r.end,
        key: r.key ?? null,
        properties: toDriverProperties(r.key === undefined ? r.properties : { ...r.properties, key: r.key }),
      }));
      for (const batch of chunks(rows, batchSize)) await write('relationships', text, batch);
    }
  } finally {
    await session.close();
  }
  stats.ms = Date.now() - started;
  return stats;
}
