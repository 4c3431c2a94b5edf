// Writes a validated graph. First, with reads only: the schema the file needs (schema.ts) and every conflict with
// the database's constraints (conflicts.ts); a conflict stops the load before anything is written. Then the
// missing constraints, then documents, their sentences, nodes grouped by labels, relationships grouped by (type,
// end labels), in that order (a phase starts when the previous one is committed). A fault after the first write
// throws LoadInterrupted, which says what was committed; loading again completes (MERGE on keys). Each phase is cut
// into batches of UNWIND rows, one write transaction per batch, written on a few sessions at once (batches.ts;
// see README, design decisions). Parameters carry every value; only labels and types go into query text,
// through cypherNames.ts.
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import { runBatches, type Batch } from './batches.ts';
import { loadQuery } from '../db/queryFiles.ts';
import { formatProblem, GraphFileError, SENTENCE_LABEL, sentenceKey, type Graph, type GraphNode, type GraphRelationship, type ItemProblem, type Problem } from './format.ts';
import { fillQuery, quoteLabel, quoteType } from './cypherNames.ts';
import { applyPlan, checkPlanAgainstData, planSchema, readDatabaseSchema } from './schema.ts';
import { findConflicts } from './conflicts.ts';
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
  /** Schema statements to run besides the file's own needs (the seed's indexes), after the checks. */
  extraSchema?: readonly string[];
}

/** Thrown when the file conflicts with the database's constraints; nothing has been written. */
export class LoadConflictError extends GraphFileError {
  override readonly code = 'IMPORT_CONFLICT';
  constructor(problems: Problem[], more: number) {
    super(problems);
    const shown = problems.map(formatProblem);
    this.message = `The file conflicts with constraints of the database in ${problems.length + more} place${problems.length + more === 1 ? '' : 's'}; nothing was written:\n${shown.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`;
    this.name = 'LoadConflictError';
  }
}

/** Thrown when a load fails after its first write: what was committed, and the cause. */
export class LoadInterrupted extends Error {
  constructor(
    readonly stats: LoadStats,
    readonly phase: LoadPhase | 'schema',
    override readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The load stopped while writing ${phase}: ${reason}\n` +
        `Written before it stopped (committed, whole batches): ${stats.written.documents} of ${stats.documents} documents, ${stats.written.sentences} of ${stats.sentences} sentences, ` +
        `${stats.written.nodes} of ${stats.nodes} nodes, ${stats.written.relationships} of ${stats.relationships} relationships${stats.schema.created.length > 0 ? `; schema: ${stats.schema.created.join(', ')}` : ''}.\n` +
        'Load the same file again to complete it: it merges on keys, so what is there is updated, not duplicated.',
    );
    this.name = 'LoadInterrupted';
  }
}

/** Places conflicts in the file when the graph knows its sources, else by item path only. */
function placeConflicts(graph: Graph, problems: ItemProblem[]): Problem[] {
  if (graph.sources) return graph.sources.place(problems);
  return problems.map(({ code, item, field, message }) => ({ code, message, place: { file: '(graph)', field: [`${item.kind}[${item.index}]`, ...field].join('.') } }));
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
  /** Items committed so far, by phase. */
  written: Record<LoadPhase, number>;
  /** The schema the file needed: what the load created, what was there, what could not be made. */
  schema: { created: string[]; present: string[]; warnings: string[] };
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
  const stats: LoadStats = { documents: graph.documents.length, sentences: sentenceCount, nodes: graph.nodes.length, relationships: graph.relationships.length, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, batches: 0, ms: 0, phaseMs: { documents: 0, sentences: 0, nodes: 0, relationships: 0 }, written: { documents: 0, sentences: 0, nodes: 0, relationships: 0 }, schema: { created: [], present: [], warnings: [] } };
  let done = 0;

  // Reads only, until every check passed.
  const schema = await readDatabaseSchema(db);
  const plan = planSchema(graph, schema);
  await checkPlanAgainstData(db, plan);
  const conflicts = await findConflicts(db, graph, schema.constraints);
  if (conflicts.problems.length > 0) throw new LoadConflictError(placeConflicts(graph, conflicts.problems), conflicts.more);
  stats.schema = { created: [], present: plan.present, warnings: plan.warnings };
  plan.warnings.forEach((warning) => options.onWarning?.(warning));
  try {
    await applyPlan(db, plan, options.extraSchema);
  } catch (error) {
    throw new LoadInterrupted(stats, 'schema', fromDriverError(error) ?? error);
  }
  stats.schema.created = plan.create.map((item) => item.description);

  const phase = async (name: LoadPhase, batches: Iterable<Batch>, sessions: number, after?: () => Promise<void>) => {
    const phaseStarted = Date.now();
    try {
      await runBatches(db, batches, sessions, (batch, counters) => {
        stats.nodesCreated += counters.nodesCreated;
        stats.relationshipsCreated += counters.relationshipsCreated;
        stats.propertiesSet += counters.propertiesSet;
        stats.batches++;
        stats.written[name] += batch.rows.length;
        done += batch.rows.length;
        options.onProgress?.({ phase: name, done, total });
      });
      await after?.();
    } catch (error) {
      stats.ms = Date.now() - started;
      throw new LoadInterrupted(stats, name, fromDriverError(error) ?? error);
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
