// The measuring page: one renderer and one graph per page load, driven by run.ts through window.__bench.
// "client": sigma 3.0.3 exactly as the explorer sets it up (reducers, arrow/curved programs, label grid).
// "sigma3": sigma 3.0.3 with its defaults. "sigma4": sigma 4 (npm latest, WebGL2) with its defaults.
// A frame's clock stops after one pixel is read back from every canvas, so the GPU must have finished it.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import Graph from 'graphology';
import Sigma3 from 'sigma';
import Sigma4 from 'sigma4';
import { contextKindOf, readOnePixel, recordCanvasContexts } from '../../render/page/readback.ts';
import type { RenderGraph } from '../../render/renderGraph.ts';
import { createExplorerGraph } from '../../../client/graph/build.ts';
import { LARGE_PICTURE_EDGES } from '../../../client/explorer.ts';
import { createRenderer } from '../../../client/renderer/createRenderer.ts';
import { createReducers, type RenderInputs } from '../../../client/renderer/reducers.ts';
import { emptyViewState } from '../../../client/state/view.ts';

interface Mounted {
  camera: { getState(): { x: number; y: number }; setState(s: { x: number; y: number }): void };
  viewportToFramedGraph(p: { x: number; y: number }): { x: number; y: number };
  render(): void;
  kill(): void;
}

recordCanvasContexts();

function mountClient(stage: HTMLElement, g: RenderGraph): Mounted {
  const graph = createExplorerGraph();
  g.ids.forEach((id, i) =>
    graph.addNode(id, { label: g.labels[i]!, x: g.x[i]!, y: g.y[i]!, size: g.size[i]!, color: g.color[i]!, labels: [], category: 'X', ref: id, properties: {} }),
  );
  g.source.forEach((s, i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, g.ids[s]!, g.ids[g.target[i]!]!, { label: 'OWNS', relType: 'OWNS', size: 1.5, color: '#9aa5b5', properties: {} }),
  );
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  const inputs: RenderInputs = { view: emptyViewState(), sizes: new Map(), communities: new Map(), hoveredNode: null, hoveredEdge: null, zoomedIn: false, largePicture: g.source.length > LARGE_PICTURE_EDGES };
  // As the explorer sets it on a large picture with nothing hovered, selected or zoomed into (explorer.ts syncEdgeLabels).
  const large = graph.size > LARGE_PICTURE_EDGES ? { renderEdgeLabels: false, enableEdgeEvents: false } : {};
  const renderer = createRenderer(graph, stage, { ...createReducers(graph, () => inputs), ...large });
  // A camera move makes sigma 3 call its render() (no reprocessing through the reducers): the same here.
  const api = renderer as unknown as { render(): void };
  return { camera: renderer.getCamera(), viewportToFramedGraph: (p) => renderer.viewportToFramedGraph(p), render: () => api.render(), kill: () => renderer.kill() };
}

function plainGraph(g: RenderGraph): Graph {
  const graph = new Graph({ type: 'directed', multi: true });
  g.ids.forEach((id, i) => graph.addNode(id, { label: g.labels[i], x: g.x[i], y: g.y[i], size: g.size[i], color: g.color[i] }));
  g.source.forEach((s, i) => graph.addDirectedEdgeWithKey(`e${i}`, g.ids[s]!, g.ids[g.target[i]!]!, { size: 1.5, color: '#9aa5b5' }));
  return graph;
}

function mountSigma3(stage: HTMLElement, g: RenderGraph): Mounted {
  const renderer = new Sigma3(plainGraph(g), stage);
  const api = renderer as unknown as { render(): void };
  return { camera: renderer.getCamera(), viewportToFramedGraph: (p) => renderer.viewportToFramedGraph(p), render: () => api.render(), kill: () => renderer.kill() };
}

function mountSigma4(stage: HTMLElement, g: RenderGraph): Mounted {
  const renderer = new Sigma4(plainGraph(g), stage);
  const api = renderer as unknown as { render(): void };
  return { camera: renderer.getCamera(), viewportToFramedGraph: (p) => renderer.viewportToFramedGraph(p), render: () => api.render(), kill: () => renderer.kill() };
}

const MOUNTS: Record<string, (stage: HTMLElement, g: RenderGraph) => Mounted> = { client: mountClient, sigma3: mountSigma3, sigma4: mountSigma4 };
const stage = document.getElementById('stage')!;
let mounted: Mounted | undefined;

const bench = {
  /** Builds the graph and the renderer and draws: ms from the start to the first frame read back. */
  async firstFrame(renderer: string, graphUrl: string): Promise<{ ms: number; canvases: number; webgl2: boolean }> {
    const g = (await (await fetch(graphUrl)).json()) as RenderGraph;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    mounted = MOUNTS[renderer]!(stage, g);
    const canvases = readOnePixel(stage);
    const ms = performance.now() - started;
    const webgl2 = [...stage.querySelectorAll('canvas')].some((c) => c.getContext('webgl2') !== null && contextKindOf(c) === 'webgl');
    return { ms, canvases, webgl2 };
  },

  /** Pans frame by frame: move the camera a few pixels, draw, read back. Returns each frame's ms. */
  async pan(frames: number, budgetMs: number): Promise<number[]> {
    const m = mounted!;
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < frames && performance.now() - started < budgetMs; i++) {
      const step = i % 40 < 20 ? 5 : -5;
      const t0 = performance.now();
      const origin = m.viewportToFramedGraph({ x: 0, y: 0 });
      const moved = m.viewportToFramedGraph({ x: step, y: step / 2 });
      const state = m.camera.getState();
      m.camera.setState({ x: state.x - (moved.x - origin.x), y: state.y - (moved.y - origin.y) });
      m.render();
      readOnePixel(stage);
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return times;
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
document.body.dataset.ready = 'true';
