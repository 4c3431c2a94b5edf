// Sizes and colours computed from the graph's shape (pure): degree, PageRank and Louvain communities, over a
// simple undirected copy (the multigraph collapses parallel edges; direction is ignored for communities).
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { ExplorerGraph } from './build.ts';

export const SIZE_MODES = ['degree', 'pagerank', 'uniform'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];
export const COLOUR_MODES = ['label', 'community'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export function simpleCopy(graph: ExplorerGraph, directed: boolean): Graph {
  const simple = new Graph({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_, __, source, target) => {
    if (source !== target && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  });
  return simple;
}

/** Node sizes from 4 to 18 by the chosen measure. */
export function nodeSizes(graph: ExplorerGraph, mode: SizeMode): Map<string, number> {
  const sizes = new Map<string, number>();
  if (mode === 'uniform' || graph.order === 0) {
    graph.forEachNode((id) => sizes.set(id, 6));
    return sizes;
  }
  const values = new Map<string, number>();
  if (mode === 'degree') {
    graph.forEachNode((id) => values.set(id, graph.degree(id)));
  } else {
    const ranks = graph.size > 0 ? pagerank(simpleCopy(graph, true), { getEdgeWeight: null }) : {};
    graph.forEachNode((id) => values.set(id, ranks[id] ?? 0));
  }
  const max = Math.max(...values.values());
  const min = Math.min(...values.values());
  for (const [id, value] of values) {
    const t = max > min ? (value - min) / (max - min) : 0.3;
    sizes.set(id, 4 + Math.sqrt(t) * 14);
  }
  return sizes;
}

/** Community number per node (Louvain on the undirected simple copy); isolated nodes get their own community. */
export function communities(graph: ExplorerGraph): Map<string, number> {
  const simple = simpleCopy(graph, false);
  const found = simple.size > 0 ? louvain(simple, { rng: seededRandom(7) }) : {};
  const result = new Map<string, number>();
  let next = Math.max(-1, ...Object.values(found)) + 1;
  graph.forEachNode((id) => result.set(id, found[id] ?? next++));
  return result;
}

/** A small repeatable random source, so the same graph always gets the same communities. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
