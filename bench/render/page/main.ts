// The benchmark page. Node drives it through window.__bench: one library and one graph per page load.
// Times are performance.now() in the page; every measured frame ends with a pixel read back.
import { createExplorerGraph } from '../../../client/graph/build.ts';
import { ForceLayout } from '../../../client/layout/forceLayout.ts';
import type { RenderGraph } from '../renderGraph.ts';
import type { MountedRenderer, RendererAdapter } from './adapter.ts';
import { cytoscapeCanvasAdapter, cytoscapeWebglAdapter } from './cytoscapeAdapter.ts';
import { readOnePixel, recordCanvasContexts } from './readback.ts';
import { sigmaAdapter } from './sigmaAdapter.ts';
import { visAdapter } from './visAdapter.ts';

recordCanvasContexts();

const ADAPTERS: Record<string, RendererAdapter> = {
  sigma: sigmaAdapter,
  'vis-network': visAdapter,
  cytoscape: cytoscapeCanvasAdapter,
  'cytoscape-webgl': cytoscapeWebglAdapter,
};

const stage = document.getElementById('stage')!;
let mounted: MountedRenderer | undefined;

async function loadGraph(url: string): Promise<RenderGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return (await response.json()) as RenderGraph;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const bench = {
  libraries: Object.keys(ADAPTERS),

  /** Builds the library's model from the arrays and draws the first frame: ms from the start to the pixel read. */
  async firstFrame(library: string, graphUrl: string): Promise<{ firstFrameMs: number; canvasesRead: number }> {
    const adapter = ADAPTERS[library];
    if (!adapter) throw new Error(`Unknown library ${library}`);
    const graph = await loadGraph(graphUrl);
    await nextTask();
    let canvasesRead = 0;
    let drawnAt = 0;
    const started = performance.now();
    mounted = await adapter.mount(stage, graph, () => {
      canvasesRead = readOnePixel(stage);
      drawnAt = performance.now();
    });
    return { firstFrameMs: drawnAt - started, canvasesRead };
  },

  /** Pans frame by frame: each frame moves the view, draws synchronously and reads a pixel back. */
  async pan(frames: number, budgetMs: number, yieldBetween = true): Promise<{ frameMs: number[]; drawMs: number[] }> {
    if (!mounted) throw new Error('Nothing mounted');
    const times: number[] = [];
    const drawTimes: number[] = [];
    const started = performance.now();
    for (let i = 0; i < frames; i++) {
      const step = i % 40 < 20 ? 4 : -4;
      const t0 = performance.now();
      mounted.panBy(step, step / 2);
      mounted.drawNow();
      drawTimes.push(performance.now() - t0);
      readOnePixel(stage);
      times.push(performance.now() - t0);
      if (yieldBetween) await nextTask();
      if (performance.now() - started > budgetMs) break;
    }
    return { frameMs: times, drawMs: drawTimes };
  },

  /** ForceAtlas2 in the web worker as the client runs it (client/layout/forceLayout.ts): iterations per second. */
  async forceAtlas2(graphUrl: string, durationMs: number): Promise<{ iterations: number; seconds: number }> {
    const g = await loadGraph(graphUrl);
    const graph = createExplorerGraph();
    g.ids.forEach((id, i) => graph.addNode(id, { label: g.labels[i]!, x: g.x[i]!, y: g.y[i]!, size: g.size[i]!, color: g.color[i]!, labels: [], properties: {} }));
    g.source.forEach((s, i) => graph.addDirectedEdgeWithKey(`e${i}`, g.ids[s]!, g.ids[g.target[i]!]!, { label: '', relType: '', size: 1.5, color: '#a0aec0', properties: {} }));
    const layout = new ForceLayout(graph, () => {});
    const poll = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    layout.start();
    // The first iteration includes sending the graph to the worker: the clock starts after it.
    while (layout.iterations === 0) await poll();
    const firstAt = performance.now();
    const first = layout.iterations;
    while (performance.now() - firstAt < durationMs) await poll();
    const iterations = layout.iterations - first;
    const seconds = (performance.now() - firstAt) / 1000;
    layout.dispose();
    return { iterations, seconds };
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
document.body.dataset.ready = 'true';
