// Result values as short text for table cells (pure): nodes as (:Label "caption") with the page's caption,
// relationships as [:TYPE], paths as their length, lists and maps as JSON. A value counts as a node or a
// relationship only when the result's graph (or its virtual part) holds its id: a map that merely has the same
// keys stays a map. The JSON view shows everything in full.
import type { CypherResponse, GraphNode, GraphPayload, GraphRelationship } from '../../../server/contract.ts';
import { captionOf as defaultCaption } from '../../graph/caption.ts';

export interface CellContext {
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
  captionOf(node: GraphNode): string;
}

const hasNodeShape = (value: unknown): value is GraphNode =>
  !!value && typeof value === 'object' && 'id' in value && 'labels' in value && 'properties' in value;
const hasRelationshipShape = (value: unknown): value is GraphRelationship =>
  !!value && typeof value === 'object' && 'id' in value && 'type' in value && 'start' in value && 'end' in value;
const isPath = (value: unknown): value is { length: number; segments: unknown[] } =>
  !!value && typeof value === 'object' && 'segments' in value && 'length' in value;

/** Which ids of a result are real or virtual nodes and relationships, and how nodes are captioned. */
export function cellContextOf(result: Pick<CypherResponse, 'graph' | 'virtual'>, captionOf: (node: GraphNode) => string = (n) => defaultCaption(n)): CellContext {
  const parts = [result.graph, result.virtual ?? { nodes: [], relationships: [] }];
  return {
    nodes: new Set(parts.flatMap((p) => p.nodes.map((n) => n.id))),
    relationships: new Set(parts.flatMap((p) => p.relationships.map((r) => r.id))),
    captionOf,
  };
}

/** The real part of a result's graph: without anything the virtual part names (the canvas takes only this). */
export function realGraph(result: Pick<CypherResponse, 'graph' | 'virtual'>): GraphPayload {
  const virtualIds = new Set([...(result.virtual?.nodes ?? []).map((n) => n.id), ...(result.virtual?.relationships ?? []).map((r) => r.id)]);
  if (!virtualIds.size) return result.graph;
  const nodes = result.graph.nodes.filter((n) => !virtualIds.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const relationships = result.graph.relationships.filter((r) => !virtualIds.has(r.id) && kept.has(r.start) && kept.has(r.end));
  return { nodes, relationships };
}

export function cellText(value: unknown, context?: CellContext): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (hasNodeShape(value) && (!context || context.nodes.has(value.id))) {
    const caption = context ? context.captionOf(value) : defaultCaption(value);
    const named = caption && !value.labels.includes(caption);
    return `(${value.labels.map((l) => ':' + l).join('')}${named ? ` ${JSON.stringify(caption)}` : ''})`;
  }
  if (hasRelationshipShape(value) && (!context || context.relationships.has(value.id))) return `[:${value.type}]`;
  if (isPath(value)) return `path of ${value.length} relationship${value.length === 1 ? '' : 's'}`;
  return JSON.stringify(value);
}
