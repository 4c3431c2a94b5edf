// Explore service: what the page asks for, in the page's terms; no HTTP here.
// On a graph built by the seed loader (labels Entity and Sentence present) the page focuses on the knowledge,
// the Entity nodes; the evidence (Document, Sentence, MENTIONED_IN) reaches the page through the Details panel.
// On any other database every node is in focus.
import type {
  DocumentResponse,
  GraphNode,
  NeighboursResponse,
  NodeDetailsResponse,
  NodeRelationshipEntry,
  OverviewResponse,
  PathsResponse,
  SearchHit,
  SearchResponse,
} from '../contract.ts';
import type { Database } from '../db/driver.ts';
import { AppError, notFound } from '../errors.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { assertKnownLabels, assertKnownTypes, schemaTokens } from '../schema/service.ts';
import * as repo from './repository.ts';
import { buildLuceneQuery, matchedAlias, mergeRankings } from './searchText.ts';

export const NAMES_INDEX = 'entity_names';
const KNOWLEDGE_LABEL = 'Entity';
const EVIDENCE_LABEL = 'Sentence';
const EVIDENCE_TYPE = 'MENTIONED_IN';
const SEARCH_KEYS = ['name', 'title', 'caption', 'label', 'aliases', 'key'];
const DETAIL_RELATIONSHIPS = 200;

interface Scope {
  focus: string | null;
  labels: string[];
  types: string[];
  propertyKeys: string[];
}

/** Whether search can use the names index: asked of Neo4j once per few seconds, not per keystroke. */
const namesIndexOnline = memoPerDatabase((db) => repo.fulltextIndexOnline(db, NAMES_INDEX));

async function readScope(db: Database): Promise<Scope> {
  const tokens = await schemaTokens(db);
  const knowledge = tokens.labels.includes(KNOWLEDGE_LABEL) && tokens.labels.includes(EVIDENCE_LABEL);
  return { focus: knowledge ? KNOWLEDGE_LABEL : null, ...tokens };
}

/** The label the page focuses on, or null; exported for tests and for other features that draw results. */
export async function focusLabel(db: Database): Promise<string | null> {
  return (await readScope(db)).focus;
}

export async function overview(db: Database, limit: number, labels: string[] = []): Promise<OverviewResponse> {
  await assertKnownLabels(db, labels);
  const { focus } = await readScope(db);
  const [graph, totalNodes] = await Promise.all([repo.readOverview(db, limit, focus), repo.countFocusNodes(db, focus)]);
  if (labels.length === 0) return { ...graph, totalNodes, focus };
  const nodes = graph.nodes.filter((n) => n.labels.some((l) => labels.includes(l)));
  const kept = new Set(nodes.map((n) => n.id));
  const relationships = graph.relationships.filter((r) => kept.has(r.start) && kept.has(r.end));
  return { nodes, relationships, totalNodes, focus };
}

function caption(node: GraphNode): string {
  for (const key of ['name', 'title', 'caption', 'label']) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const firstText = Object.values(node.properties).find((v): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 80);
  return firstText ?? node.labels[0] ?? node.id;
}

function aliasesOf(node: GraphNode): string[] {
  const aliases = node.properties.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

export function toSearchHit(node: GraphNode, query: string): SearchHit {
  const name = caption(node);
  const key = node.properties.key;
  return { id: node.id, key: typeof key === 'string' ? key : null, caption: name, labels: node.labels, matched: matchedAlias(query, name, aliasesOf(node)) };
}

export async function search(db: Database, query: string, limit: number, labels: string[] = []): Promise<SearchResponse> {
  await assertKnownLabels(db, labels);
  const text = query.trim();
  if (!text) return { query, hits: [] };
  const scope = await readScope(db);
  const keys = SEARCH_KEYS.filter((k) => scope.propertyKeys.includes(k));
  const lucene = buildLuceneQuery(text);
  const useIndex = lucene !== null && (await namesIndexOnline(db));
  const [contains, fulltext] = await Promise.all([
    keys.length ? repo.searchContains(db, text.toLowerCase(), keys, scope.focus, limit * 2) : Promise.resolve([]),
    useIndex ? searchNamesIndex(db, lucene!, limit * 2) : Promise.resolve([]),
  ]);
  const nodes = new Map<string, GraphNode>();
  for (const { node } of [...contains, ...fulltext]) nodes.set(node.id, node);
  const inScope = (node: GraphNode) =>
    (scope.focus === null || node.labels.includes(scope.focus)) && (labels.length === 0 || node.labels.some((l) => labels.includes(l)));
  const ranked = mergeRankings(
    contains.map(({ node, rank }) => ({ id: node.id, rank })),
    fulltext.map(({ node, score }) => ({ id: node.id, score })),
  );
  const hits = ranked
    .map(({ id }) => nodes.get(id)!)
    .filter(inScope)
    .slice(0, limit)
    .map((node) => toSearchHit(node, text));
  return { query, hits };
}

/** The names index, which the memo says is online; if it was dropped since, searching goes on without it. */
async function searchNamesIndex(db: Database, lucene: string, limit: number) {
  try {
    return await repo.searchFulltext(db, NAMES_INDEX, lucene, limit);
  } catch (error) {
    if (await namesIndexOnline.fresh(db)) throw error;
    return [];
  }
}

export async function nodeDetails(db: Database, ref: { id: string } | { key: string }): Promise<NodeDetailsResponse> {
  const found = 'id' in ref ? await repo.readNodeById(db, ref.id) : await repo.readNodeByKey(db, ref.key);
  if (!found) throw notFound('id' in ref ? `No node with elementId ${ref.id}.` : `No node with key "${ref.key}".`);
  const scope = await readScope(db);
  const id = found.node.id;
  const [rows, mentions, counts] = await Promise.all([
    repo.readNodeRelationships(db, id, scope.focus, DETAIL_RELATIONSHIPS + 1),
    scope.types.includes(EVIDENCE_TYPE) ? repo.readMentions(db, id, 50) : Promise.resolve([]),
    repo.readNeighbourCounts(db, id, scope.focus),
  ]);
  const relationships: NodeRelationshipEntry[] = rows.slice(0, DETAIL_RELATIONSHIPS).map(({ relationship, other }) => ({
    relationship,
    other,
    direction: relationship.start === id ? 'out' : 'in',
  }));
  return { node: found.node, degree: found.degree, relationships, relationshipsTruncated: rows.length > DETAIL_RELATIONSHIPS, mentions, counts };
}

async function assertNodeExists(db: Database, id: string, role = 'node'): Promise<void> {
  if (!(await repo.readNodeById(db, id))) throw notFound(`No ${role} with elementId ${id}.`);
}

export async function neighbours(
  db: Database,
  request: { id: string; type: string | null; direction: 'out' | 'in' | 'both'; skip: number; limit: number },
): Promise<NeighboursResponse> {
  if (request.type) await assertKnownTypes(db, [request.type]);
  const { focus } = await readScope(db);
  const query = { id: request.id, type: request.type, direction: request.direction, focus };
  // The count doubles as the existence check: it has no row for a missing node.
  const [page, total] = await Promise.all([repo.readNeighbours(db, query, request.skip, request.limit), repo.countNeighbours(db, query)]);
  if (total === undefined) throw notFound(`No node with elementId ${request.id}.`);
  const received = page.nodes.filter((n) => n.id !== request.id).length;
  return { ...page, total, skip: request.skip, limit: request.limit, remaining: Math.max(0, total - request.skip - received) };
}

export async function connections(db: Database, ids: string[], among: string[]) {
  return { relationships: await repo.readConnections(db, ids, among) };
}

export async function shortestPaths(db: Database, request: { from: string; to: string; types: string[]; limit: number }): Promise<PathsResponse> {
  if (request.from === request.to) throw new AppError('BAD_REQUEST', 'A path needs two different nodes: "from" and "to" are the same.');
  await assertKnownTypes(db, request.types);
  const { focus } = await readScope(db);
  const found = await repo.readShortestPaths(db, {
    from: request.from,
    to: request.to,
    focus,
    types: request.types.length ? request.types : null,
    limit: request.limit,
  });
  // No path: only then is it worth asking whether both ends exist (a missing one is a 404, not "no path").
  if (found.paths.length === 0) await Promise.all([assertNodeExists(db, request.from, 'start node'), assertNodeExists(db, request.to, 'end node')]);
  return { ...found, length: found.paths[0]?.relationships.length ?? null };
}

export async function documentText(db: Database, key: string): Promise<DocumentResponse> {
  const { labels } = await readScope(db);
  const document = labels.includes('Document') ? await repo.readDocument(db, key) : undefined;
  if (!document) throw notFound(`No document with key "${key}".`);
  return document;
}
