// Graph repository: the only code of the explore feature that runs Cypher. Every query is a named file in
// cypher/queries; every value from a request travels as a parameter.
import type { DocumentResponse, GraphNode, GraphPayload, GraphRelationship, Mention, NeighbourCount } from '../contract.ts';
import { GraphCollector, nodeToJson, relationshipToJson, toJson } from '../db/convert.ts';
import { int, type Database } from '../db/driver.ts';

export async function readOverview(db: Database, limit: number, focus: string | null): Promise<GraphPayload> {
  const result = await db.read('overview', { limit: int(limit), focus });
  const record = result.records[0];
  if (!record) return { nodes: [], relationships: [] };
  return {
    nodes: toJson(record.get('nodes')) as GraphNode[],
    relationships: (toJson(record.get('relationships')) as (GraphRelationship | null)[]).filter((r): r is GraphRelationship => r !== null),
  };
}

export async function countFocusNodes(db: Database, focus: string | null): Promise<number> {
  const result = await db.read('count-focus-nodes', { focus });
  return Number(result.records[0]?.get('total') ?? 0);
}

export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
  state: string;
}

/** Every node full-text index, whatever its state. */
export async function readFulltextIndexes(db: Database): Promise<FulltextIndex[]> {
  const result = await db.read<{ name: string; labels: string[]; properties: string[]; state: string }>('fulltext-indexes');
  return result.records.map((r) => ({
    name: r.get('name'),
    labels: [...(r.get('labels') ?? [])],
    properties: [...(r.get('properties') ?? [])],
    state: r.get('state'),
  }));
}

/** Whether the seed's knowledge graph is there: Entity and Sentence nodes (not merely their label tokens). */
export async function seedNodesPresent(db: Database): Promise<boolean> {
  const record = (await db.read('count-seed-labels')).records[0];
  return Number(record?.get('entities') ?? 0) > 0 && Number(record?.get('sentences') ?? 0) > 0;
}

export async function searchFulltext(db: Database, index: string, lucene: string, limit: number): Promise<{ node: GraphNode; score: number; degree: number }[]> {
  const result = await db.read('search-fulltext', { index, lucene, limit: int(limit) });
  return result.records.map((r) => ({ node: nodeToJson(r.get('node')), score: Number(r.get('score')), degree: Number(r.get('degree')) }));
}

export interface ScanRequest {
  targets: { label: string; keys: string[]; captionKeys: string[] }[];
  needle: string;
  prefixes: string[];
  digits: string | null;
  perLabel: number;
  candidates: number;
  timeoutMs: number;
}

export async function searchScan(db: Database, request: ScanRequest): Promise<{ node: GraphNode; degree: number }[]> {
  const { timeoutMs, perLabel, candidates, ...rest } = request;
  const result = await db.read('search-scan', { ...rest, perLabel: int(perLabel), candidates: int(candidates) }, { timeoutMs });
  return result.records.map((r) => ({ node: nodeToJson(r.get('node')), degree: Number(r.get('degree')) }));
}

export async function readNodeById(db: Database, id: string): Promise<{ node: GraphNode; degree: number } | undefined> {
  const record = (await db.read('node-by-id', { id })).records[0];
  return record ? { node: nodeToJson(record.get('node')), degree: Number(record.get('degree')) } : undefined;
}

export async function readNodeByKey(db: Database, key: string): Promise<{ node: GraphNode; degree: number } | undefined> {
  const record = (await db.read('node-by-key', { key })).records[0];
  return record ? { node: nodeToJson(record.get('node')), degree: Number(record.get('degree')) } : undefined;
}

export async function readNodeRelationships(
  db: Database,
  id: string,
  focus: string | null,
  limit: number,
): Promise<{ relationship: GraphRelationship; other: GraphNode }[]> {
  const result = await db.read('node-relationships', { id, focus, limit: int(limit) });
  return result.records.map((r) => ({ relationship: relationshipToJson(r.get('relationship')), other: nodeToJson(r.get('other')) }));
}

export async function readMentions(db: Database, id: string, limit: number): Promise<Mention[]> {
  const result = await db.read('node-mentions', { id, limit: int(limit) });
  return result.records
    .map((r) => toJson(r.toObject()) as Record<string, unknown>)
    .filter((m) => typeof m.document === 'string' && typeof m.start === 'number' && typeof m.end === 'number')
    .map((m) => ({ document: m.document as string, index: Number(m.index), start: m.start as number, end: m.end as number, text: String(m.text ?? '') }));
}

export async function readNeighbourCounts(db: Database, id: string, focus: string | null): Promise<NeighbourCount[]> {
  const result = await db.read('neighbour-counts', { id, focus });
  return result.records.map((r) => ({ type: r.get('type') as string, direction: r.get('direction') as 'out' | 'in', count: Number(r.get('count')) }));
}

export interface NeighbourQuery {
  id: string;
  type: string | null;
  direction: 'out' | 'in' | 'both';
  focus: string | null;
}

export async function readNeighbours(db: Database, q: NeighbourQuery, skip: number, limit: number): Promise<GraphPayload> {
  const result = await db.read('neighbours', { ...q, skip: int(skip), limit: int(limit) });
  const collector = new GraphCollector();
  for (const record of result.records) {
    toJson(record.get('node'), collector);
    toJson(record.get('neighbour'), collector);
    toJson(record.get('relationships'), collector);
  }
  return collector.payload();
}

/** The number of neighbours, or undefined when the node does not exist. */
export async function countNeighbours(db: Database, q: NeighbourQuery): Promise<number | undefined> {
  const record = (await db.read('neighbour-total', { ...q })).records[0];
  return record ? Number(record.get('total')) : undefined;
}

export async function readConnections(db: Database, ids: string[], among: string[]): Promise<GraphRelationship[]> {
  const result = await db.read('connections', { ids, among });
  return result.records.map((r) => relationshipToJson(r.get('relationship')));
}

export interface RawPath {
  nodes: string[];
  relationships: string[];
}

export async function readShortestPaths(
  db: Database,
  params: { from: string; to: string; focus: string | null; types: string[] | null; limit: number },
): Promise<GraphPayload & { paths: RawPath[] }> {
  const result = await db.read('shortest-paths', { ...params, limit: int(params.limit) });
  const collector = new GraphCollector();
  const paths = result.records.map((record) => {
    const path = toJson(record.get('path'), collector) as {
      start: GraphNode;
      segments: { relationship: GraphRelationship; end: GraphNode }[];
    };
    return { nodes: [path.start.id, ...path.segments.map((s) => s.end.id)], relationships: path.segments.map((s) => s.relationship.id) };
  });
  return { ...collector.payload(), paths };
}

export async function readDocument(db: Database, key: string): Promise<DocumentResponse | undefined> {
  const record = (await db.read('document-by-key', { key })).records[0];
  if (!record) return undefined;
  const text = record.get('text');
  return {
    key: String(record.get('key')),
    title: (record.get('title') as string | null) ?? null,
    source: (record.get('source') as string | null) ?? null,
    text: typeof text === 'string' ? text : '',
  };
}
