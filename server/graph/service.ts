// Explore service: what the page asks for, in the page's terms; no HTTP here.
// On a graph built by the seed loader (Entity and Sentence nodes present: decided by nodes, never by label tokens,
// which a constraint alone creates) the page focuses on the knowledge, the Entity nodes; the evidence (Document,
// Sentence, MENTIONED_IN) reaches the page through the Details panel. On any other database every node is in focus.
// Every node sent carries its caption, by its label's rule (schema/captions.ts).
import type {
  DocumentResponse,
  GraphPayload,
  NeighboursResponse,
  NodeDetailsResponse,
  NodeRelationshipEntry,
  OverviewResponse,
  PathsResponse,
  SearchResponse,
} from '../contract.ts';
import type { Database } from '../db/driver.ts';
import { AppError, notFound } from '../errors.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { withCaptions } from '../schema/captions.ts';
import { assertKnownLabels, assertKnownTypes, captionRules, schemaTokens } from '../schema/service.ts';
import * as repo from './repository.ts';
import { searchGraph, type SearchOptions } from './search.ts';

const KNOWLEDGE_LABEL = 'Entity';
const EVIDENCE_TYPE = 'MENTIONED_IN';
const DETAIL_RELATIONSHIPS = 200;

interface Scope {
  focus: string | null;
  labels: string[];
  types: string[];
  propertyKeys: string[];
}

/** Whether the seed's knowledge graph is there (its nodes, from the count store), once per few seconds. */
const seedGraphPresent = memoPerDatabase(repo.seedNodesPresent);

async function readScope(db: Database): Promise<Scope> {
  const [tokens, seed] = await Promise.all([schemaTokens(db), seedGraphPresent(db)]);
  return { focus: seed ? KNOWLEDGE_LABEL : null, ...tokens };
}

/** Captions on every node of a payload (in place), by the database's caption rules. */
async function captioned<T extends GraphPayload>(db: Database, payload: T): Promise<T> {
  withCaptions(payload.nodes, await captionRules(db));
  return payload;
}

/** The label the page focuses on, or null; exported for tests and for other features that draw results. */
export async function focusLabel(db: Database): Promise<string | null> {
  return (await readScope(db)).focus;
}

export async function overview(db: Database, limit: number, labels: string[] = []): Promise<OverviewResponse> {
  await assertKnownLabels(db, labels);
  const { focus } = await readScope(db);
  const [graph, totalNodes] = await Promise.all([repo.readOverview(db, limit, focus).then((g) => captioned(db, g)), repo.countFocusNodes(db, focus)]);
  if (labels.length === 0) return { ...graph, totalNodes, focus };
  const nodes = graph.nodes.filter((n) => n.labels.some((l) => labels.includes(l)));
  const kept = new Set(nodes.map((n) => n.id));
  const relationships = graph.relationships.filter((r) => kept.has(r.start) && kept.has(r.end));
  return { nodes, relationships, totalNodes, focus };
}

export async function search(db: Database, query: string, limit: number, labels: string[] = [], options: SearchOptions = {}): Promise<SearchResponse> {
  await assertKnownLabels(db, labels);
  const { focus } = await readScope(db);
  return searchGraph(db, query, limit, { focus, labels }, options);
}

export async function nodeDetails(db: Database, ref: { id: string } | { key: string }): Promise<NodeDetailsResponse> {
  const found = 'id' in ref ? await repo.readNodeById(db, ref.id) : await repo.readNodeByKey(db, ref.key);
  if (!found) throw notFound('id' in ref ? `No node with elementId ${ref.id}.` : `No node with key "${ref.key}".`);
  const scope = await readScope(db);
  const id = found.node.id;
  const [rows, mentions, counts, rules] = await Promise.all([
    repo.readNodeRelationships(db, id, scope.focus, DETAIL_RELATIONSHIPS + 1),
    scope.types.includes(EVIDENCE_TYPE) ? repo.readMentions(db, id, 50) : Promise.resolve([]),
    repo.readNeighbourCounts(db, id, scope.focus),
    captionRules(db),
  ]);
  withCaptions([found.node, ...rows.map((row) => row.other)], rules);
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
  const [page, total] = await Promise.all([repo.readNeighbours(db, query, request.skip, request.limit).then((p) => captioned(db, p)), repo.countNeighbours(db, query)]);
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
  const found = await captioned(db, await repo.readShortestPaths(db, {
    from: request.from,
    to: request.to,
    focus,
    types: request.types.length ? request.types : null,
    limit: request.limit,
  }));
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
