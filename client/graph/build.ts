// API payload → graphology graph (pure; runs in Node for tests). Nodes already in the graph keep their
// position; new ones are placed near a neighbour already placed, or on a circle.
import Graph from 'graphology';
import type { GraphNode, GraphPayload } from '../../server/contract.ts';
import { captionOf } from './caption.ts';
import { colourFor } from './palette.ts';

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface EdgeAttributes {
  type?: string;
  label: string;
  relType: string;
  size: number;
  color: string;
  properties: Record<string, unknown>;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: true });
}

/** Deterministic pseudo-random in [0, 1) from a string, so placement is repeatable. */
function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

function placeNew(graph: ExplorerGraph, node: GraphNode, payload: GraphPayload, index: number, total: number): { x: number; y: number } {
  const anchor = payload.relationships
    .map((r) => (r.start === node.id ? r.end : r.end === node.id ? r.start : undefined))
    .find((other) => other !== undefined && graph.hasNode(other));
  const angle = 2 * Math.PI * hashUnit(node.id);
  if (anchor) {
    const { x, y } = graph.getNodeAttributes(anchor);
    return { x: x + Math.cos(angle) * 2, y: y + Math.sin(angle) * 2 };
  }
  const radius = 10 * Math.sqrt(total);
  const position = (2 * Math.PI * index) / Math.max(total, 1);
  return { x: Math.cos(position) * radius + angle, y: Math.sin(position) * radius };
}

/** Adds what `payload` holds to `graph`; returns the ids of nodes that were new. */
export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, colours: Map<string, string> = new Map()): string[] {
  const added: string[] = [];
  payload.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, { labels: node.labels, properties: node.properties, label: captionOf(node) });
      return;
    }
    const { x, y } = placeNew(graph, node, payload, index, payload.nodes.length);
    graph.addNode(node.id, {
      label: captionOf(node),
      x,
      y,
      size: 6,
      color: colourFor(node.labels[0] ?? 'node', colours),
      labels: node.labels,
      properties: node.properties,
    });
    added.push(node.id);
  });
  for (const rel of payload.relationships) {
    if (graph.hasEdge(rel.id) || !graph.hasNode(rel.start) || !graph.hasNode(rel.end)) continue;
    graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, {
      label: rel.type,
      relType: rel.type,
      size: 1.5,
      color: '#a0aec0',
      properties: rel.properties,
    });
  }
  for (const id of added) {
    graph.setNodeAttribute(id, 'size', 4 + Math.min(12, Math.sqrt(graph.degree(id)) * 2));
  }
  return added;
}
