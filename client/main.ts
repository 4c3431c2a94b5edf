// Wires api → graph → renderer → ui.
import { getJson } from './api.ts';
import type { GraphPayload } from '../server/contract.ts';
import { createExplorerGraph, mergePayload } from './graph/build.ts';
import { createRenderer } from './renderer/createRenderer.ts';

interface Overview extends GraphPayload {
  totalNodes: number;
}

async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const container = document.getElementById('graph')!;
  try {
    const overview = await getJson<Overview>('/api/overview');
    const graph = createExplorerGraph();
    mergePayload(graph, overview);
    const renderer = createRenderer(graph, container);
    renderer.refresh();
    const more = overview.totalNodes - graph.order;
    status.textContent = `${graph.order} nodes, ${graph.size} relationships shown${more > 0 ? ` (${more} more in the database)` : ''}`;
    status.dataset.nodes = String(graph.order);
    (window as unknown as { __explorer: unknown }).__explorer = { graph, renderer };
  } catch (error) {
    status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
