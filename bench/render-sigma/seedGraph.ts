// The seed graph (data/seed/alibaba.graph.json) as the explorer opens it, in the column format of
// bench/render/renderGraph.ts: entities and the relationships between them, laid out by ForceAtlas2 in Node.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { PROJECT_ROOT } from '../../server/config.ts';
import { colourFor } from '../../client/graph/palette.ts';
import { circle } from '../../client/graph/placement.ts';
import type { RenderGraph } from '../render/renderGraph.ts';

interface SeedFile {
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string }[];
}

export function seedRenderGraph(): RenderGraph {
  const file = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'seed', 'alibaba.graph.json'), 'utf8')) as SeedFile;
  const entities = file.nodes.filter((n) => n.labels.includes('Entity'));
  const keys = new Set(entities.map((n) => n.key));
  const relationships = file.relationships.filter((r) => keys.has(r.start) && keys.has(r.end));
  const graph = new Graph({ type: 'directed', multi: true });
  const start = circle(entities.length);
  entities.forEach((n, i) => graph.addNode(n.key, { ...start[i] }));
  for (const r of relationships) graph.addEdge(r.start, r.end);
  forceAtlas2.assign(graph, { iterations: 300, settings: forceAtlas2.inferSettings(graph) });
  const colours = new Map<string, string>();
  const index = new Map(entities.map((n, i) => [n.key, i]));
  return {
    ids: entities.map((n) => n.key),
    labels: entities.map((n) => String(n.properties.name ?? n.key)),
    x: entities.map((n) => graph.getNodeAttribute(n.key, 'x') as number),
    y: entities.map((n) => graph.getNodeAttribute(n.key, 'y') as number),
    size: entities.map((n) => 4 + Math.min(12, Math.sqrt(graph.degree(n.key)) * 2)),
    color: entities.map((n) => colourFor(n.labels.find((l) => l !== 'Entity') ?? 'Entity', colours)),
    source: relationships.map((r) => index.get(r.start)!),
    target: relationships.map((r) => index.get(r.end)!),
  };
}
