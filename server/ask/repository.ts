// Ask repository: the only code of the ask feature that runs Cypher. Each form names its query file; rows come
// back as JSON (GraphNode answers and paths as node and relationship lists).
import type { GraphNode, GraphRelationship } from '../contract.ts';
import { toJson } from '../db/convert.ts';
import type { Database } from '../db/driver.ts';
import type { AskRow, GraphFacts, PathView } from './forms/types.ts';
import type { CatalogEntry } from './language/linking.ts';
import type { PlanRow } from './plan/answer.ts';
import { captionOf, detailOf, fallbackCaption, type CaptionRules } from '../schema/captions.ts';

/** Node and relationship counts as one string: changes when nodes or relationships are added or removed. */
export async function readGraphFingerprint(db: Database): Promise<string> {
  const record = (await db.read('graph-fingerprint')).records[0];
  return `${record?.get('nodes') ?? ''}/${record?.get('relationships') ?? ''}`;
}

/**
 * Every nameable node. Names come from name/title, or from the label's caption rule (productName; name + surname:
 * "Todd Hamilton"), which is also kept as an alias; `detail` tells apart nodes that share a caption.
 */
export async function readCatalog(db: Database, rules: CaptionRules = {}): Promise<CatalogEntry[]> {
  const keys = [...new Set(Object.values(rules).flatMap((profile) => [...(profile.caption?.keys ?? []), ...profile.detailKeys.slice(0, 2)]))];
  const result = await db.read('ask-catalog', { keys });
  return result.records.flatMap((record) => {
    const id = record.get('id') as string;
    const labels = (record.get('labels') as string[] | null) ?? [];
    const properties = Object.fromEntries(((record.get('values') as [string, unknown][] | null) ?? []).map(([k, v]) => [k, toJson(v)]));
    const stored = record.get('name') as string | null;
    const node = { id, labels, properties: stored ? { ...properties, name: properties.name ?? stored } : properties };
    const caption = Object.keys(rules).length ? captionOf(node, rules) : stored;
    const name = caption && caption !== fallbackCaption(node) ? caption : stored;
    if (!name) return [];
    const aliases = (record.get('aliases') as string[] | null) ?? [];
    const detail = Object.keys(rules).length ? detailOf(node, rules) : null;
    return [{ id, key: record.get('key') as string, name, labels, aliases: stored && stored !== name ? [stored, ...aliases] : aliases, ...(detail ? { detail } : {}) }];
  });
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
