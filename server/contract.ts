// The API's wire types. The client imports them with `import type`; other clients rely on their shape.

export interface ApiError {
  error: { code: string; message: string };
}

/** A node as every endpoint sends it. `id` is Neo4j's elementId. */
export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface GraphRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface GraphPayload {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface HealthResponse {
  ok: boolean;
  neo4j: { version: string; edition: string; database: string } | null;
  error?: { code: string; message: string };
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: GraphPayload;
  truncated: boolean;
  limit: number;
  timeMs: number;
}

export interface AskEntity {
  key: string;
  name: string;
  labels: string[];
  aliases: string[];
}

export interface AskEvidence {
  quote: string;
  document: string;
  sentence: number;
}

export interface AskResponse {
  answer: string;
  known: boolean;
  entities: AskEntity[];
  cypher: string;
  params: Record<string, unknown>;
  evidence: AskEvidence[];
  subgraph: GraphPayload;
  suggestions: string[];
}
