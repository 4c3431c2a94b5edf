// API payload → graphology graph (pure; runs in Node for tests). Merging never moves a node already there:
// new nodes take their saved position, else a free spot around the node they came from (or a neighbour on the
// page), else a free spot near the centre. Returns exactly what was added, so an expansion can be undone.
import Graph from 'graphology';
import type { GraphNode, GraphPayload, GraphRelationship } from '../../server/contract.ts';
import { captionOf, categoryOf, refOf, type CaptionChoices } from './caption.ts';
import { colourFor } from './palette.ts';
import { centroid, footprint, placeAround, placeLabelled, type LabelMetrics, type Point } from './placement.ts';

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
  /** The caption the server sent (its label's rule); `label` is what the page shows, the person's choice first. */
  caption?: string;
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
  /** The person's caption per label (Look panel, kept in the browser and the address). */
  captions?: CaptionChoices;
  colours: Map<string, string>;
  /** The picture's usual distance between linked nodes, used when the graph has too few edges to tell. */
  spacing?: number;
  /** Label sizes at the current zoom: new nodes are then placed clear of every label (placement.ts). */
  labelMetrics?: LabelMetrics;
  /** Where nodes go on an empty page: the middle of the screen, in graph units. */
  viewCentre?: Point;
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
    label: captionOf(node, context.captions, context.captionKeys),
    x: at.x,
    y: at.y,
    size: BASE_NODE_SIZE,
    color: colourFor(category, context.colours),
    labels: node.labels,
    category,
    ref: refOf(node),
    properties: node.properties,
    ...(node.caption ? { caption: node.caption } : {}),
  };
}

/** Sets every node's shown caption by the current choices (after a choice changes, or an undo brings old nodes back). */
export function relabel(graph: ExplorerGraph, context: Pick<BuildContext, 'captions' | 'captionKeys'>): void {
  graph.updateEachNodeAttributes(
    (id, a) => {
      const label = captionOf({ id, labels: a.labels, properties: a.properties, caption: a.caption }, context.captions, context.captionKeys);
      return label === a.label ? a : { ...a, label };
    },
    { attributes: ['label'] },
  );
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
    if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, { labels: node.labels, properties: node.properties, ...(node.caption ? { caption: node.caption } : {}) });
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
  // The rest, grouped by the placed node they hang from; a chain (a path) is placed link by link from the page
  // outwards, so each node lands next to its neighbour; what hangs from nothing goes near the middle of the picture.
  const spacing = typicalSpacing(graph, context.spacing);
  const metrics = context.labelMetrics;
  const footprints = metrics ? graph.mapNodes((_, a) => footprint(a, a.label.length, metrics)) : [];
  const place = (nodes: GraphNode[], anchor: string | undefined) => {
    const centre = anchor
      ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') }
      : occupied.length
        ? centroid(occupied)
        : (context.viewCentre ?? { x: 0, y: 0 });
    const radius = anchor || !occupied.length ? spacing : spacing * (0.7 + Math.sqrt(graph.order) / 3);
    const attributes = nodes.map((node) => nodeAttributesFor(node, centre, context));
    const spots = metrics
      ? placeLabelled(centre, attributes.map((a) => a.label.length), footprints, radius, metrics)
      : placeAround(centre, nodes.length, occupied, radius, spacing * 0.45);
    nodes.forEach((node, i) => {
      graph.addNode(node.id, { ...attributes[i]!, x: spots[i]!.x, y: spots[i]!.y });
      occupied.push(spots[i]!);
      if (metrics) footprints.push(footprint(spots[i]!, attributes[i]!.label.length, metrics));
      added.nodes.push(node.id);
    });
  };
  let waiting = pending;
  while (waiting.length) {
    const groups = new Map<string, GraphNode[]>();
    const later: GraphNode[] = [];
    for (const node of waiting) {
      const anchor = origin && graph.hasNode(origin) ? origin : anchorOf(graph, node.id, payload.relationships);
      if (anchor) groups.set(anchor, [...(groups.get(anchor) ?? []), node]);
      else later.push(node);
    }
    if (!groups.size) {
      place(later, undefined);
      break;
    }
    for (const [anchor, nodes] of groups) place(nodes, anchor);
    waiting = later;
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
