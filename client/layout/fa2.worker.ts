// The ForceAtlas2 web worker: runs iterations of our own ForceAtlas2 (fa2Step.ts: Barnes–Hut tree in typed arrays
// kept between iterations) on the node and edge matrices the page sends (10 floats a node, 3 an edge) and sends
// the node matrix back after each batch. A module worker of the app's own, so it runs under script-src 'self'.
// It warms the iteration up on a small graph when it starts, so the JIT has optimised it before the real graph.
import { ForceAtlas2Stepper, type Fa2Settings } from './fa2Step.ts';

export interface Fa2Request {
  settings: Fa2Settings;
  nodes: ArrayBuffer;
  /** Sent with the first request, and again after the graph changed (a new graph starts at the initial speed). */
  edges?: ArrayBuffer;
  iterations: number;
}

let edges = new Float32Array(0);
let stepper = new ForceAtlas2Stepper();

function warmUp(): void {
  const order = 600;
  const nodes = new Float32Array(order * 10);
  const links = new Float32Array(order * 2 * 3);
  for (let n = 0; n < order; n++) nodes.set([Math.random() * 1000, Math.random() * 1000, 0, 0, 0, 0, 3, 1, 1, 0], n * 10);
  for (let e = 0; e < order * 2; e++) links.set([Math.floor(Math.random() * order) * 10, Math.floor(Math.random() * order) * 10, 1], e * 3);
  const settings: Fa2Settings = {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 5,
    barnesHutOptimize: true,
    barnesHutTheta: 0.5,
  };
  const warm = new ForceAtlas2Stepper();
  for (let i = 0; i < 60; i++) warm.step(settings, nodes, links);
}
warmUp();

self.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
  const request = event.data;
  const nodes = new Float32Array(request.nodes);
  if (request.edges) {
    edges = new Float32Array(request.edges);
    stepper = new ForceAtlas2Stepper();
  }
  for (let i = 0; i < request.iterations; i++) stepper.step(request.settings, nodes, edges);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
});
