// The schema a load needs, and nothing more: a uniqueness constraint on `key` for each label the file's nodes
// merge on (and for Document and Sentence, with their index, when the file has documents). The seed graph adds
// its own indexes (cypher/schema/*.cypher) only when the seed itself is loaded. planSchema decides from what the
// database already has (read-only); applyPlan creates what is missing (IF NOT EXISTS) and waits for it.
import type { Database } from '../db/driver.ts';
import { loadQuery, statementsOf } from '../db/queryFiles.ts';
import { fillQuery, quoteLabel } from './cypherNames.ts';
import { DOCUMENT_LABEL, SENTENCE_LABEL, type Graph } from './format.ts';

/** The seed graph's schema files: constraints first, then indexes (full-text names, dates, metrics). */
export const SEED_SCHEMA_FILES = ['schema/constraints', 'schema/indexes'] as const;

/** Names the seed's schema gives the key constraints of these labels; any other label gets key_unique_<Label>. */
const KEY_CONSTRAINT_NAMES: Record<string, string> = { Entity: 'entity_key', Document: 'document_key', Sentence: 'sentence_key' };

export interface SchemaEntry {
  name: string;
  type: string;
  entityType: 'NODE' | 'RELATIONSHIP';
  labelsOrTypes: string[];
  properties: string[];
  /** Constraints: the type a property type constraint requires (Enterprise), e.g. "INTEGER | FLOAT". */
  propertyType?: string | null;
  /** Indexes: the constraint the index belongs to, if any. */
  owningConstraint?: string | null;
}

export interface DatabaseSchema {
  constraints: SchemaEntry[];
  indexes: SchemaEntry[];
}

export interface PlannedItem {
  kind: 'constraint' | 'index';
  name: string;
  /** What a person reads: "uniqueness constraint key_unique_Product on :Product(key)". */
  description: string;
  statement: string;
  label: string;
}

export interface SchemaPlan {
  create: PlannedItem[];
  /** Needed and already there (described). */
  present: string[];
  /** Needed but not creatable; the load goes on without (described, with the reason). */
  warnings: string[];
}

export async function readDatabaseSchema(db: Database): Promise<DatabaseSchema> {
  const rows = async (query: string) =>
    (await db.read(query)).records.map((record) => {
      const entry = record.toObject() as unknown as SchemaEntry;
      return { ...entry, labelsOrTypes: entry.labelsOrTypes ?? [], properties: entry.properties ?? [] };
    });
  return { constraints: await rows('load-schema-constraints'), indexes: await rows('load-schema-indexes') };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const onKey = (label: string) => (entry: SchemaEntry) => entry.entityType === 'NODE' && same(entry.labelsOrTypes, [label]) && same(entry.properties, ['key']);

/** The labels whose `key` the load merges on. */
export function keyLabelsOf(graph: Graph): string[] {
  const labels = new Set(graph.nodes.map((node) => node.labels[0]!));
  if (graph.documents.length > 0) labels.add(DOCUMENT_LABEL).add(SENTENCE_LABEL);
  return [...labels];
}

/** Decides what to create (pure: from the graph and the database's schema). */
export function planSchema(graph: Graph, schema: DatabaseSchema): SchemaPlan {
  const plan: SchemaPlan = { create: [], present: [], warnings: [] };
  for (const label of keyLabelsOf(graph)) {
    const existing = schema.constraints.find((c) => onKey(label)(c) && ['UNIQUENESS', 'NODE_KEY'].includes(c.type));
    if (existing) {
      plan.present.push(`${existing.name} (:${label}(key) unique)`);
      continue;
    }
    const index = schema.indexes.find((i) => onKey(label)(i) && i.type === 'RANGE' && !i.owningConstraint);
    if (index) {
      plan.warnings.push(`:${label}(key) has the index ${index.name} and no uniqueness constraint (one cannot be created beside that index); loading merges through the index.`);
      continue;
    }
    const name = KEY_CONSTRAINT_NAMES[label] ?? `key_unique_${label}`.slice(0, 100);
    plan.create.push({ kind: 'constraint', name, label, description: `uniqueness constraint ${name} on :${label}(key)`, statement: fillQuery('load-create-constraint', { NAME: quoteLabel(name), LABEL: quoteLabel(label) }) });
  }
  if (graph.documents.length > 0) {
    const index = schema.indexes.find((i) => i.entityType === 'NODE' && same(i.labelsOrTypes, [SENTENCE_LABEL]) && i.properties[0] === 'document');
    if (index) plan.present.push(`${index.name} (:Sentence(${index.properties.join(', ')}))`);
    else {
      const statement = statementsOf(loadQuery('schema/indexes')).find((s) => /\bsentence_document\b/.test(s))!;
      plan.create.push({ kind: 'index', name: 'sentence_document', label: SENTENCE_LABEL, description: 'index sentence_document on :Sentence(document, index)', statement });
    }
  }
  return plan;
}

/**
 * Read-only: drops from the plan each key constraint that existing data would make fail (two nodes of the label
 * already share a key), with a warning.
 */
export async function checkPlanAgainstData(db: Database, plan: SchemaPlan): Promise<void> {
  const keep: PlannedItem[] = [];
  for (const item of plan.create) {
    if (item.kind === 'constraint') {
      const duplicate = await db.run<{ key: unknown }>(fillQuery('load-duplicate-keys', { LABEL: quoteLabel(item.label) }), {}, 'READ');
      if (duplicate.records.length > 0) {
        plan.warnings.push(`no uniqueness constraint on :${item.label}(key): nodes already in the database share the key ${JSON.stringify(String(duplicate.records[0]!.get('key')))}; loading goes on without it.`);
        continue;
      }
    }
    keep.push(item);
  }
  plan.create = keep;
}

/** Creates what the plan says (each statement is IF NOT EXISTS) and waits until every index is online. */
export async function applyPlan(db: Database, plan: SchemaPlan, extraStatements: readonly string[] = []): Promise<void> {
  for (const statement of [...extraStatements, ...plan.create.map((item) => item.statement)]) await db.run(statement, {}, 'WRITE');
  if (plan.create.length + extraStatements.length > 0) await awaitIndexes(db);
}

/** The seed graph's schema statements (cypher/schema), for loading the seed. */
export function seedSchemaStatements(): string[] {
  return SEED_SCHEMA_FILES.flatMap((file) => statementsOf(loadQuery(file)));
}

/** Waits until every index is online; throws when one failed or the time is up. */
export async function awaitIndexes(db: Database, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    const result = await db.read<{ name: string; state: string; failure: string | null }>('load-indexes-not-online');
    const failed = result.records.find((r) => r.get('state') === 'FAILED');
    if (failed) throw new Error(`Index ${failed.get('name')} failed: ${failed.get('failure') ?? 'no reason given'}`);
    if (result.records.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Indexes still not online after ${seconds} s: ${result.records.map((r) => r.get('name')).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Applies the seed graph's whole schema (cypher/schema); the bench uses it to load with the seed's indexes. */
export async function applySchema(db: Database): Promise<void> {
  await applyPlan(db, { create: [], present: [], warnings: [] }, seedSchemaStatements());
}
