// The graphs the renderers draw: generated company graphs (2–4 edges per node) with positions, colours and sizes
// decided once in Node, so every library draws exactly the same picture. Cached in bench/out/graphs.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { colourFor } from '../../client/graph/palette.ts';
import { generateCompanyGraph } from '../generate.ts';
import { createRandom } from '../lib/random.ts';

/** Column-wise, so the page parses it fast and every library converts from the same arrays. */
export interface RenderGraph {
  ids: string[];
  labels: string[];
  x: number[];
  y: number[];
  size: number[];
  color: string[];
  source: number[];
  target: number[];
}

export const EDGES_PER_NODE = 4;

function layoutIterations(nodes: number): number {
  if (nodes <= 2000) return 100;
  if (nodes <= 20_000) return 30;
  return 12;
}

export function buildRenderGraph(nodes: number, seed = 1): RenderGraph {
  const file = generateCompanyGraph({ nodes, relationships: nodes * EDGES_PER_NODE, seed });
  const graph = new Graph({ type: 'directed', multi: false });
  const random = createRandom(seed + 1000);
  const radius = Math.sqrt(nodes) * 10;
  for (const node of file.nodes) graph.addNode(node.key, { x: (random.next() - 0.5) * radius, y: (random.next() - 0.5) * radius });
  for (const rel of file.relationships) graph.mergeEdge(rel.start, rel.end);
  forceAtlas2.assign(graph, {
    iterations: layoutIterations(nodes),
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes > 2000 },
  });
  const colours = new Map<string, string>();
  const index = new Map(file.nodes.map((n, i) => [n.key, i]));
  const out: RenderGraph = { ids: [], labels: [], x: [], y: [], size: [], color: [], source: [], target: [] };
  for (const node of file.nodes) {
    const at = graph.getNodeAttributes(node.key) as { x: number; y: number };
    out.ids.push(node.key);
    out.labels.push(String(node.properties.name));
    out.x.push(Math.round(at.x * 100) / 100);
    out.y.push(Math.round(at.y * 100) / 100);
    // The client's rule: 4 + min(12, 2·√degree).
    out.size.push(Math.round((4 + Math.min(12, Math.sqrt(graph.degree(node.key)) * 2)) * 10) / 10);
    out.color.push(colourFor(node.labels[1] ?? 'Entity', colours));
  }
  for (const rel of file.relationships) {
    out.source.push(index.get(rel.start)!);
    out.target.push(index.get(rel.end)!);
  }
  return out;
}

/** Returns the path of the cached graph file for `nodes`, building it first if needed. */
export function renderGraphFile(dir: string, nodes: number, seed = 1): string {
  const file = path.join(dir, `render-${nodes}-s${seed}.json`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(buildRenderGraph(nodes, seed)));
  }
  return file;
}
