// Ask repository: the only code of the ask feature that runs Cypher. Each form names its query file; rows come
// back as JSON (GraphNode answers and paths as node and relationship lists).
import type { GraphNode, GraphRelationship } from '../contract.ts';
import { toJson } from '../db/convert.ts';
import type { Database } from '../db/driver.ts';
import type { AskRow, GraphFacts, PathView } from './forms/types.ts';
import type { CatalogEntry } from './language/linking.ts';
import type { PlanRow } from './plan/answer.ts';

/** Node and relationship counts as one string: changes when nodes or relationships are added or removed. */
export async function readGraphFingerprint(db: Database): Promise<string> {
  const record = (await db.read('graph-fingerprint')).records[0];
  return `${record?.get('nodes') ?? ''}/${record?.get('relationships') ?? ''}`;
}

export async function readCatalog(db: Database): Promise<CatalogEntry[]> {
  const result = await db.read('ask-catalog');
  return result.records.map((record) => ({
    id: record.get('id') as string,
    key: record.get('key') as string,
    name: record.get('name') as string,
    labels: (record.get('labels') as string[] | null) ?? [],
    aliases: (record.get('aliases') as string[] | null) ?? [],
  }));
}

export async function readGraphFacts(db: Database): Promise<GraphFacts> {
  const result = await db.read('ask-examples');
  const record = result.records[0];
  const facts: GraphFacts = { pairs: {} };
  if (!record) return facts;
  for (const pair of (record.get('pairs') ?? []) as { type: string; start: string; end: string }[]) {
    facts.pairs[pair.type] = { start: pair.start, end: pair.end };
  }
  const central = record.get('central');
  if (typeof central === 'string') facts.central = central;
  const distant = record.get('distant') as { start: string; end: string } | null;
  if (distant) facts.distant = { start: distant.start, end: distant.end };
  return facts;
}

interface PathJson {
  start: GraphNode;
  segments: { relationship: GraphRelationship; end: GraphNode }[];
}

function pathView(value: unknown): PathView | null {
  if (!value) return null;
  const path = toJson(value) as PathJson;
  return {
    nodes: [path.start, ...path.segments.map((segment) => segment.end)],
    relationships: path.segments.map((segment) => segment.relationship),
  };
}

/** Runs a form's query; every query returns the columns `answer` (node or null) and `path` (path or null). */
export async function runFormQuery(db: Database, query: string, params: Record<string, unknown>): Promise<AskRow[]> {
  const result = await db.read(query, params);
  return result.records.map((record) => ({
    answer: (toJson(record.get('answer')) as GraphNode | null) ?? null,
    path: pathView(record.get('path')),
  }));
}

/** The metrics figures measure; none when the database has no `metric` property. */
export async function readMetrics(db: Database, propertyKeys: readonly string[]): Promise<string[]> {
  if (!propertyKeys.includes('metric')) return [];
  const result = await db.read('ask-metrics');
  return result.records.map((record) => record.get('metric') as string);
}

/**
 * Runs a compiled plan: text composed by plan/compile.ts from the plan's checked labels and types, every value a
 * parameter. Columns: answer, paths, total, kind.
 */
export async function runPlanQuery(db: Database, cypher: string, params: Record<string, unknown>): Promise<PlanRow[]> {
  const result = await db.run(cypher, params, 'READ');
  return result.records.map((record) => ({
    answer: (toJson(record.get('answer')) as GraphNode | null) ?? null,
    paths: ((record.get('paths') as unknown[] | null) ?? []).flatMap((path) => {
      const view = pathView(path);
      return view ? [view] : [];
    }),
    total: Number(toJson(record.get('total')) ?? 0),
    kind: String(record.get('kind') ?? ''),
  }));
}
