// Typed calls to the explore endpoints (server/graph/routes.ts) and the schema.
import type {
  DocumentResponse,
  GraphRelationship,
  NeighboursResponse,
  NodeDetailsResponse,
  OverviewResponse,
  PathsResponse,
  SearchResponse,
} from '../server/contract.ts';
import { getJson, postJson } from './api.ts';
import type { Direction } from './state/urlState.ts';

export interface SchemaLabel {
  name: string;
  count: number;
  captionKey: string | null;
  /** The server's caption rule for the label: keys joined with a space, and why they were chosen. */
  caption?: { keys: string[]; reason: string } | null;
  properties: { key: string; kind: string }[];
}

export interface SchemaResponse {
  labels: SchemaLabel[];
  relationshipTypes: { name: string; count: number }[];
  propertyKeys: string[];
}

export const fetchSchema = () => getJson<SchemaResponse>('/api/schema');
export const fetchOverview = (limit = 300) => getJson<OverviewResponse>('/api/overview', { limit });
export const searchEntities = (q: string, limit = 10) => getJson<SearchResponse>('/api/search', { q, limit });

/** A ref is an entity key, or "id:<elementId>". */
export function fetchNode(ref: string): Promise<NodeDetailsResponse> {
  return ref.startsWith('id:') ? getJson(`/api/nodes/${encodeURIComponent(ref.slice(3))}`) : getJson('/api/nodes', { key: ref });
}

export const fetchNodeById = (id: string) => getJson<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(id)}`);

export function fetchNeighbours(id: string, type: string | null, direction: Direction, skip: number, limit: number) {
  return getJson<NeighboursResponse>('/api/neighbours', { id, type: type ?? undefined, direction, skip, limit });
}

export const fetchConnections = (ids: string[], among: string[]) => postJson<{ relationships: GraphRelationship[] }>('/api/connections', { ids, among });
export const fetchPaths = (from: string, to: string) => getJson<PathsResponse>('/api/paths', { from, to });
export const fetchDocument = (key: string) => getJson<DocumentResponse>(`/api/documents/${encodeURIComponent(key)}`);
