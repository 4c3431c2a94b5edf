// Runs ForceAtlas2 in a web worker (fa2.worker.ts, our own iteration in fa2Step.ts) and writes positions back to
// the graph after each iteration, as graphology's FA2Layout supervisor does. Differences from graphology's: positions
// and pins are read back from the graph before each iteration, so a node dragged while the layout runs stays where
// it was put; a change to the graph's nodes or edges sends the worker fresh matrices instead of respawning it.
import type { ExplorerGraph } from '../graph/build.ts';

/** Floats per node and per edge in graphology's FA2 matrices. */
const PPN = 10;
const PPE = 3;

/** graphology-layout-forceatlas2's defaults (defaults.js), under the settings given. */
const DEFAULT_SETTINGS = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export class Fa2Supervisor {
  private worker: Worker | null = null;
  private running = false;
  private inFlight = false;
  private nodes: Float32Array | null = null;
  private structureChanged = true;
  private readonly markChanged = () => (this.structureChanged = true);
  private static readonly EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const;
  /** Iterations applied to the graph since creation. */
  iterations = 0;

  private readonly settings: typeof DEFAULT_SETTINGS;

  constructor(
    private readonly graph: ExplorerGraph,
    settings: Partial<typeof DEFAULT_SETTINGS>,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    for (const event of Fa2Supervisor.EVENTS) graph.on(event, this.markChanged);
  }

  isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (!this.worker) {
      this.worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<{ nodes: ArrayBuffer }>) => this.receive(event.data.nodes));
    }
    if (!this.inFlight) this.request();
  }

  stop(): void {
    this.running = false;
  }

  kill(): void {
    this.running = false;
    this.worker?.terminate();
    this.worker = null;
    this.nodes = null;
    for (const event of Fa2Supervisor.EVENTS) this.graph.off(event, this.markChanged);
  }

  private request(): void {
    const graph = this.graph;
    let edges: Float32Array | undefined;
    if (this.structureChanged || !this.nodes) {
      ({ nodes: this.nodes, edges } = toMatrices(graph));
      this.structureChanged = false;
    } else {
      const nodes = this.nodes;
      let i = 0;
      graph.forEachNode((_, a) => {
        nodes[i] = a.x;
        nodes[i + 1] = a.y;
        nodes[i + 9] = a.fixed ? 1 : 0;
        i += PPN;
      });
    }
    const transfer = [this.nodes.buffer as ArrayBuffer, ...(edges ? [edges.buffer as ArrayBuffer] : [])];
    this.worker!.postMessage({ settings: this.settings, nodes: this.nodes.buffer, edges: edges?.buffer, iterations: 1 }, transfer);
    this.nodes = null;
    this.inFlight = true;
  }

  private receive(buffer: ArrayBuffer): void {
    this.inFlight = false;
    const nodes = new Float32Array(buffer);
    this.nodes = nodes;
    // A result computed for a graph that has since changed is dropped; the next request rebuilds the matrices.
    if (!this.structureChanged) {
      let i = 0;
      this.graph.updateEachNodeAttributes((_, a) => {
        a.x = nodes[i]!;
        a.y = nodes[i + 1]!;
        i += PPN;
        return a;
      });
      this.iterations++;
    }
    if (this.running) this.request();
  }
}

/** graphology-layout-forceatlas2's matrices (helpers.graphToByteArrays): mass is 1 + weighted degree. */
function toMatrices(graph: ExplorerGraph): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * PPE);
  const index = new Map<string, number>();
  let j = 0;
  graph.forEachNode((node, a) => {
    index.set(node, j);
    nodes.set([a.x, a.y, 0, 0, 0, 0, 1, 1, a.size || 1, a.fixed ? 1 : 0], j);
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_, a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const given = (a as { weight?: unknown }).weight;
    const weight = typeof given === 'number' ? given : 1;
    nodes[s + 6]! += weight;
    nodes[t + 6]! += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
    j += PPE;
  });
  return { nodes, edges };
}
