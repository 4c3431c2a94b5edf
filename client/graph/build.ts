// API payload → graphology graph (pure; runs in Node for tests). Merging never moves a node already there:
// new nodes take their saved position, else a free spot around the node they came from (or a neighbour on the
// page), else a free spot near the centre. Returns exactly what was added, so an expansion can be undone.
import Graph from 'graphology';
import type { GraphNode, GraphPayload, GraphRelationship } from '../../server/contract.ts';
import { captionOf, categoryOf, refOf } from './caption.ts';
import { colourFor } from './palette.ts';
import { centroid, placeAround, type Point } from './placement.ts';

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  labels: string[];
  /** The label it is coloured and filtered by (set by nodeAttributesFor; absent on graphs built elsewhere). */
  category?: string;
  /** `key` property or "id:<elementId>": what positions and URLs remember it by. */
  ref?: string;
  properties: Record<string, unknown>;
  /** Pinned: layouts leave it where it is. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  type?: string;
  label: string;
  relType: string;
  size: number;
  color: string;
  properties: Record<string, unknown>;
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: true });
}

export interface BuildContext {
  focus: string | null;
  captionKeys: ReadonlyMap<string, string>;
  colours: Map<string, string>;
  /** The picture's usual distance between linked nodes, used when the graph has too few edges to tell. */
  spacing?: number;
  /** Saved positions by ref. */
  savedPosition?: (ref: string) => (Point & { fixed?: boolean }) | undefined;
}

export const emptyContext = (): BuildContext => ({ focus: null, captionKeys: new Map(), colours: new Map() });

export interface Added {
  nodes: string[];
  edges: string[];
}

export const BASE_NODE_SIZE = 5;
export const EDGE_COLOUR = '#9aa5b5';

export function nodeAttributesFor(node: GraphNode, at: Point, context: BuildContext): NodeAttributes {
  const category = categoryOf(node.labels, context.focus);
  return {
    label: captionOf(node, context.captionKeys),
    x: at.x,
    y: at.y,
    size: BASE_NODE_SIZE,
    color: colourFor(category, context.colours),
    labels: node.labels,
    category,
    ref: refOf(node),
    properties: node.properties,
  };
}

export function edgeAttributesFor(rel: GraphRelationship): EdgeAttributes {
  return { label: rel.type, relType: rel.type, size: 1.5, color: EDGE_COLOUR, properties: rel.properties };
}

function positionsOf(graph: ExplorerGraph): Point[] {
  return graph.mapNodes((_, a) => ({ x: a.x, y: a.y }));
}

/**
 * The usual distance between linked nodes on the page (median over up to 300 edges), so new nodes are set at a
 * distance that suits the current layout's scale; without edges, the spread of the nodes decides.
 */
export function typicalSpacing(graph: ExplorerGraph, fallback = 3): number {
  const lengths: number[] = [];
  for (const edge of graph.edges()) {
    if (lengths.length >= 300) break;
    const a = graph.getNodeAttributes(graph.source(edge));
    const b = graph.getNodeAttributes(graph.target(edge));
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    if (d > 0) lengths.push(d);
  }
  if (lengths.length >= 3) return lengths.sort((x, y) => x - y)[Math.floor(lengths.length / 2)]!;
  if (graph.order > 4) {
    const xs = graph.mapNodes((_, a) => a.x);
    const ys = graph.mapNodes((_, a) => a.y);
    const spread = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (spread > 0) return spread / Math.sqrt(graph.order);
  }
  return fallback;
}

/** Adds what `payload` holds to `graph`; `origin` is the node the payload came from (an expansion). */
export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, context: BuildContext, origin?: string): Added {
  const fresh = payload.nodes.filter((n) => !graph.hasNode(n.id));
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, { labels: node.labels, properties: node.properties });
  }
  const occupied = positionsOf(graph);
  const pending: GraphNode[] = [];
  const added: Added = { nodes: [], edges: [] };
  for (const node of fresh) {
    const saved = context.savedPosition?.(refOf(node));
    if (!saved) {
      pending.push(node);
      continue;
    }
    graph.addNode(node.id, { ...nodeAttributesFor(node, saved, context), ...(saved.fixed ? { fixed: true } : {}) });
    occupied.push(saved);
    added.nodes.push(node.id);
  }
  // The rest, grouped by the placed node they hang from.
  const groups = new Map<string, GraphNode[]>();
  for (const node of pending) {
    const anchor = origin && graph.hasNode(origin) ? origin : anchorOf(graph, node.id, payload.relationships);
    const group = anchor ?? '';
    groups.set(group, [...(groups.get(group) ?? []), node]);
  }
  const spacing = typicalSpacing(graph, context.spacing);
  for (const [anchor, nodes] of groups) {
    const centre = anchor ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') } : centroid(occupied);
    const radius = anchor ? spacing : spacing * (0.7 + Math.sqrt(graph.order) / 3);
    const spots = placeAround(centre, nodes.length, occupied, radius, spacing * 0.45);
    nodes.forEach((node, i) => {
      graph.addNode(node.id, nodeAttributesFor(node, spots[i]!, context));
      occupied.push(spots[i]!);
      added.nodes.push(node.id);
    });
  }
  for (const rel of payload.relationships) {
    if (graph.hasEdge(rel.id) || !graph.hasNode(rel.start) || !graph.hasNode(rel.end)) continue;
    graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, edgeAttributesFor(rel));
    added.edges.push(rel.id);
  }
  return added;
}

function anchorOf(graph: ExplorerGraph, id: string, relationships: readonly GraphRelationship[]): string | undefined {
  for (const r of relationships) {
    const other = r.start === id ? r.end : r.end === id ? r.start : undefined;
    if (other !== undefined && other !== id && graph.hasNode(other)) return other;
  }
  return undefined;
}

/** Places payload nodes in the graph at the given positions as a fresh picture (the opening view). */
export function replaceWith(graph: ExplorerGraph, payload: GraphPayload, context: BuildContext): Added {
  graph.clear();
  return mergePayload(graph, payload, context);
}

/** The graph as the API's payload shape (for JSON export and for the Ask/Console panels). */
export function toPayload(graph: ExplorerGraph): GraphPayload & { positions: Record<string, Point> } {
  const positions: Record<string, Point> = {};
  const nodes = graph.mapNodes((id, a) => {
    positions[id] = { x: a.x, y: a.y };
    return { id, labels: a.labels, properties: a.properties, caption: a.label };
  });
  const relationships = graph.mapEdges((id, a, source, target) => ({ id, type: a.relType, start: source, end: target, properties: a.properties }));
  return { nodes, relationships, positions };
}
