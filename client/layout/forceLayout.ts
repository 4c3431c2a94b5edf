// Layouts, as a small registry-like module: ForceAtlas2 in a web worker (start/stop; fa2Supervisor.ts), a short
// synchronous run for an opening picture that has no saved positions, and noverlap to tidy. Pinned nodes (fixed)
// never move.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../graph/build.ts';
import { Fa2Supervisor } from './fa2Supervisor.ts';

function settingsFor(graph: ExplorerGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, adjustSizes: false, slowDown: 5 };
}

export class ForceLayout {
  private worker: Fa2Supervisor | null = null;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onChange: (running: boolean) => void,
  ) {}

  /** ForceAtlas2 iterations applied to the graph by the running worker (0 when none runs). */
  get iterations(): number {
    return this.worker?.iterations ?? 0;
  }

  isRunning(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  start(): void {
    if (this.isRunning()) return;
    this.worker?.kill();
    this.worker = new Fa2Supervisor(this.graph, settingsFor(this.graph));
    this.worker.start();
    this.onChange(true);
  }

  stop(): void {
    if (!this.worker) return;
    this.worker.stop();
    this.worker.kill();
    this.worker = null;
    this.onChange(false);
  }

  /** A synchronous ForceAtlas2 run (opening picture, no saved positions); fast for a few hundred nodes. */
  settle(iterations = 300): void {
    if (this.graph.order < 2) return;
    // Hubs (Alibaba in the seed graph) push their many leaves outward instead of piling them up.
    forceAtlas2.assign(this.graph, { iterations, settings: { ...settingsFor(this.graph), outboundAttractionDistribution: true, slowDown: 1 } });
  }

  /** Spreads overlapping nodes apart; pinned ones stay. */
  tidy(): void {
    const fixed = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, a) => {
      if (a.fixed) fixed.set(id, { x: a.x, y: a.y });
    });
    noverlap.assign(this.graph, {
      maxIterations: 200,
      settings: { margin: 2, ratio: 1.2, expansion: 1.1 },
      outputReducer: (key, attributes) => fixed.get(key) ?? attributes,
    });
  }

  dispose(): void {
    this.worker?.kill();
    this.worker = null;
  }
}
