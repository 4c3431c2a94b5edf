// The API's wire types. The client imports them with `import type`; other clients rely on their shape.

export interface ApiError {
  /** `position`: where in the query text the error is (Cypher syntax errors and console refusals). */
  error: { code: string; message: string; position?: SourcePosition };
}

/** A place in a query text: offset from 0, line and column from 1. */
export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

/** A node as every endpoint sends it. `id` is Neo4j's elementId. */
export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  /** The node's name on screen, by its label's caption rule (GET /api/schema); fallback: first label + short id. */
  caption: string;
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

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** The console's answer budget (QUERY_MAX_BYTES, QUERY_MAX_LIST_ITEMS, QUERY_MAX_STRING_CHARS). */
export interface AnswerBudget {
  bytes: number;
  listItems: number;
  stringChars: number;
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: GraphPayload;
  /** True when there were more rows than `limit`, or the answer reached `budget.bytes`: the rest were not read. */
  truncated: boolean;
  limit: number;
  /**
   * True when values were shortened to fit `budget`: lists cut to their first `budget.listItems` items, strings
   * (and byte arrays) to their first `budget.stringChars` characters, and once the answer reached about
   * `budget.bytes` of JSON every further value is null and no further row was read. Both present when the query ran.
   */
  cut?: boolean;
  budget?: AnswerBudget;
  /** The database's time: until the first row plus until the last row read. */
  timeMs: number;
  /** For queries that start with EXPLAIN or PROFILE. */
  plan?: CypherPlan;
  /** Nodes and relationships of the result that are not in the database (db.schema.visualization()'s): never in `graph`. */
  virtual?: GraphPayload;
}

/** One operator of an EXPLAIN or PROFILE plan; the profile fields are present for PROFILE only. */
export interface PlanOperator {
  operator: string;
  details: string;
  identifiers: string[];
  estimatedRows: number | null;
  rows?: number;
  dbHits?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  /** Everything else Neo4j said about the operator (runtime, memory, ordering…). */
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

export interface CypherPlan {
  kind: 'EXPLAIN' | 'PROFILE';
  root: PlanOperator;
  /** PROFILE: db hits added up over every operator. */
  totalDbHits?: number;
}

export interface CypherRoutine {
  name: string;
  signature: string;
  description: string;
}

/** GET /api/cypher/procedures: what the console lets a query call. */
export interface CypherRoutines {
  procedures: CypherRoutine[];
  functions: CypherRoutine[];
}

/** GET /api/cypher/examples: the named queries of cypher/queries. */
export interface CypherExample {
  name: string;
  description: string;
  text: string;
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
  /** What Ask understood, in words: the plan ("what owns (rivals of Youku)") or the question form. */
  understood?: string;
  /** False when a part of the question was not used: the answer is to a smaller question, and says so. */
  complete?: boolean;
  /** The parts of the question not used, as typed ("vertical e-commerce"). */
  unused?: string[];
  /** Yes/no questions: "yes", "no" (the graph holds the contrary, quoted), or "not recorded". */
  verdict?: 'yes' | 'no' | 'not recorded';
  /** Counts, superlatives and compared figures: the number the answer states. */
  value?: number;
}

// ---- Explore (graph feature): overview, search, node details, neighbours, paths, documents ----

export interface OverviewResponse extends GraphPayload {
  /** Nodes in focus in the whole database (the page says how many more there are). */
  totalNodes: number;
  /** The label the page focuses on ("Entity" on the seed graph), or null when every node is shown. */
  focus: string | null;
}

export interface SearchHit {
  id: string;
  /** The node's stable `key` property, when it has one. */
  key: string | null;
  caption: string;
  labels: string[];
  /** The alias or property value that matched, when it is not the caption itself. */
  matched: string | null;
  /** A property that tells this node from others with the same caption ("customerID ALFKI", "born 1964"). */
  detail: string | null;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Said when the search could not look at every node (no full-text index on a large label, or time ran out). */
  hint?: string;
}

export interface Mention {
  document: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface NodeRelationshipEntry {
  relationship: GraphRelationship;
  other: GraphNode;
  direction: 'out' | 'in';
}

export interface NeighbourCount {
  type: string;
  direction: 'out' | 'in';
  count: number;
}

export interface NodeDetailsResponse {
  node: GraphNode;
  degree: number;
  relationships: NodeRelationshipEntry[];
  /** True when the node has more relationships than were sent. */
  relationshipsTruncated: boolean;
  mentions: Mention[];
  counts: NeighbourCount[];
}

export interface NeighboursResponse extends GraphPayload {
  /** Neighbours matching the request in the database. */
  total: number;
  skip: number;
  limit: number;
  /** How many matching neighbours are left after this page. */
  remaining: number;
}

export interface PathsResponse extends GraphPayload {
  /** Each path as the ordered elementIds of its nodes and relationships. */
  paths: { nodes: string[]; relationships: string[] }[];
  length: number | null;
}

export interface DocumentResponse {
  key: string;
  title: string | null;
  source: string | null;
  text: string;
}
