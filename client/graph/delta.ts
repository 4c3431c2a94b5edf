// Changes to the picture as data (pure): what an expansion added or a dismissal removed, so either can be
// applied, undone and redone. A removal keeps the attributes (positions included) to put things back as they were.
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './build.ts';

export interface NodeRecord {
  id: string;
  attributes: NodeAttributes;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface Delta {
  added: { nodes: NodeRecord[]; edges: EdgeRecord[] };
  removed: { nodes: NodeRecord[]; edges: EdgeRecord[] };
}

export const emptyDelta = (): Delta => ({ added: { nodes: [], edges: [] }, removed: { nodes: [], edges: [] } });

export function isEmptyDelta(delta: Delta): boolean {
  return !delta.added.nodes.length && !delta.added.edges.length && !delta.removed.nodes.length && !delta.removed.edges.length;
}

export function recordNodes(graph: ExplorerGraph, ids: readonly string[]): NodeRecord[] {
  return ids.filter((id) => graph.hasNode(id)).map((id) => ({ id, attributes: { ...graph.getNodeAttributes(id) } }));
}

export function recordEdges(graph: ExplorerGraph, ids: readonly string[]): EdgeRecord[] {
  return ids
    .filter((id) => graph.hasEdge(id))
    .map((id) => ({ id, source: graph.source(id), target: graph.target(id), attributes: { ...graph.getEdgeAttributes(id) } }));
}

/** The delta that removes these nodes and every edge touching them. */
export function removalOf(graph: ExplorerGraph, nodeIds: readonly string[]): Delta {
  const nodes = recordNodes(graph, nodeIds);
  const edgeIds = new Set<string>();
  for (const { id } of nodes) graph.forEachEdge(id, (edge) => edgeIds.add(edge));
  return { added: { nodes: [], edges: [] }, removed: { nodes, edges: recordEdges(graph, [...edgeIds]) } };
}

export function invert(delta: Delta): Delta {
  return { added: delta.removed, removed: delta.added };
}

/** Applies a delta: removals first (edges, then nodes), then additions (nodes, then edges). Idempotent. */
export function applyDelta(graph: ExplorerGraph, delta: Delta): void {
  for (const { id } of delta.removed.edges) if (graph.hasEdge(id)) graph.dropEdge(id);
  for (const { id } of delta.removed.nodes) if (graph.hasNode(id)) graph.dropNode(id);
  for (const { id, attributes } of delta.added.nodes) if (!graph.hasNode(id)) graph.addNode(id, { ...attributes });
  for (const { id, source, target, attributes } of delta.added.edges) {
    if (!graph.hasEdge(id) && graph.hasNode(source) && graph.hasNode(target)) graph.addDirectedEdgeWithKey(id, source, target, { ...attributes });
  }
}
