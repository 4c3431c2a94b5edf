// Writes a validated graph: documents, their sentences, then nodes grouped by labels, then relationships grouped
// by (type, end labels), in that order (a phase starts when the previous one is committed). Each phase is cut
// into batches of UNWIND rows, one write transaction per batch, written on a few sessions at once (batches.ts;
// see README, design decisions). Parameters carry every value; only labels and types go into query text,
// through cypherNames.ts.
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import { runBatches, type Batch } from './batches.ts';
import { loadQuery } from '../db/queryFiles.ts';
import { SENTENCE_LABEL, sentenceKey, type Graph, type GraphNode, type GraphRelationship } from './format.ts';
import { fillQuery, quoteLabel, quoteType } from './cypherNames.ts';
import { applySchema, awaitIndexes, ensureKeyConstraint } from './schema.ts';
import { toDriverProperties } from './values.ts';

/** Rows per transaction; a phase of LARGE_PHASE_ROWS rows or more uses LARGE_BATCH_SIZE (fewer commits). */
export const DEFAULT_BATCH_SIZE = 2000;
export const LARGE_BATCH_SIZE = 10_000;
export const LARGE_PHASE_ROWS = 100_000;
/** Sessions writing the nodes' and the relationships' batches at once (README, design decisions). */
export const DEFAULT_CONCURRENCY = 2;

export type LoadPhase = 'documents' | 'sentences' | 'nodes' | 'relationships';

export interface LoadProgress {
  phase: LoadPhase;
  /** Items written so far, over all phases. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Rows per transaction; unset: DEFAULT_BATCH_SIZE, or LARGE_BATCH_SIZE in a phase of LARGE_PHASE_ROWS rows or more. */
  batchSize?: number;
  /** Sessions writing nodes and relationships at once (1: one batch after another); documents and sentences use one. */
  concurrency?: number;
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
  /** Milliseconds from the start to the end of each phase (the schema step is the rest of `ms`). */
  phaseMs: Record<LoadPhase, number>;
}

/** Batches of `size` rows, each made from its items only when a worker asks for it. */
function* batchesOf<T>(text: string, items: readonly T[], size: number, toRow: (item: T) => unknown): Generator<Batch> {
  for (let i = 0; i < items.length; i += size) yield { text, rows: items.slice(i, i + size).map(toRow) };
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
  const batchSizeFor = (rows: number) => Math.max(1, options.batchSize ?? (rows >= LARGE_PHASE_ROWS ? LARGE_BATCH_SIZE : DEFAULT_BATCH_SIZE));
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
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

  const phase = async (name: LoadPhase, batches: Iterable<Batch>, sessions: number, after?: () => Promise<void>) => {
    const phaseStarted = Date.now();
    try {
      await runBatches(db, batches, sessions, (batch, counters) => {
        stats.nodesCreated += counters.nodesCreated;
        stats.relationshipsCreated += counters.relationshipsCreated;
        stats.propertiesSet += counters.propertiesSet;
        stats.batches++;
        done += batch.rows.length;
        options.onProgress?.({ phase: name, done, total });
      });
      await after?.();
    } catch (error) {
      throw fromDriverError(error) ?? error;
    }
    stats.phaseMs[name] += Date.now() - phaseStarted;
  };

  await phase('documents', batchesOf(loadQuery('load-documents'), graph.documents, 100, (d) => ({ key: d.key, title: d.title, text: d.text, source: d.source ?? null })), 1);

  const sentences = graph.documents.flatMap((d) => d.sentences.map((s, index) => ({ d, s, index })));
  const sentenceRow = ({ d, s, index }: (typeof sentences)[number]) => ({ key: sentenceKey(d.key, index), document: d.key, index: BigInt(index), start: BigInt(s.start), end: BigInt(s.end), text: d.text.slice(s.start, s.end) });
  const staleRows = graph.documents.map((d) => ({ document: d.key, count: BigInt(d.sentences.length) }));
  // Sentences on one session: two at once measured twice the CPU for the same rows (no deadlocks; the inserts of
  // consecutive keys into the same index pages contend), see README, design decisions.
  await phase('sentences', batchesOf(loadQuery('load-sentences'), sentences, batchSizeFor(sentences.length), sentenceRow), 1, async () => {
    for (let i = 0; i < staleRows.length; i += DEFAULT_BATCH_SIZE) await db.write('load-stale-sentences', { rows: staleRows.slice(i, i + DEFAULT_BATCH_SIZE) });
  });

  const nodeBatch = batchSizeFor(graph.nodes.length);
  await phase('nodes', (function* () {
    for (const [, nodes] of groupBy(graph.nodes, (node) => node.labels.join(':'))) {
      const labels = nodes[0]!.labels;
      const text = fillQuery('load-nodes', { KEY_LABEL: quoteLabel(labels[0]!), LABELS: labels.map(quoteLabel).join(':') });
      yield* batchesOf(text, nodes, nodeBatch, (node: GraphNode) => ({ key: node.key, properties: toDriverProperties(node.properties) }));
    }
  })(), concurrency);

  const keyLabel = new Map(graph.nodes.map((node) => [node.key, node.labels[0]!]));
  const labelOf = (key: string) => keyLabel.get(key) ?? SENTENCE_LABEL;
  const relationshipBatch = batchSizeFor(graph.relationships.length);
  await phase('relationships', (function* () {
    const groups = groupBy(graph.relationships, (r) => [r.type, labelOf(r.start), labelOf(r.end), r.key === undefined ? '' : 'keyed'].join(':'));
    for (const [, relationships] of groups) {
      const first = relationships[0]!;
      const text = fillQuery(first.key === undefined ? 'load-relationships' : 'load-keyed-relationships', {
        START_LABEL: quoteLabel(labelOf(first.start)),
        END_LABEL: quoteLabel(labelOf(first.end)),
        TYPE: quoteType(first.type),
      });
      yield* batchesOf(text, relationships, relationshipBatch, (r: GraphRelationship) => ({
        start: r.start,
        end: r.end,
        key: r.key ?? null,
        properties: toDriverProperties(r.key === undefined ? r.properties : { ...r.properties, key: r.key }),
      }));
    }
  })(), concurrency);

  stats.ms = Date.now() - started;
  return stats;
}
