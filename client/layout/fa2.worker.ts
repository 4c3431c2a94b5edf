// The ForceAtlas2 web worker: runs iterations on the node and edge matrices the page sends (graphology's layout
// of 10 floats a node, 3 an edge) and sends the node matrix back after each batch. Its own module worker, rather
// than graphology's stringified one, so it runs the vendored iteration (fa2Iterate.js) under script-src 'self'.
// It warms the iteration up on a small graph when it starts (fewer slow first iterations at 50k nodes, measured).
import iterate from './fa2Iterate.js';

export interface Fa2Request {
  settings: object;
  nodes: ArrayBuffer;
  /** Sent with the first request, and again after the graph changed. */
  edges?: ArrayBuffer;
  iterations: number;
}

let edges = new Float32Array(0);

/** Runs the iteration on a small random graph first, so the JIT has optimised it before the real graph comes. */
function warmUp(): void {
  const order = 600;
  const nodes = new Float32Array(order * 10);
  const links = new Float32Array(order * 2 * 3);
  for (let n = 0; n < order; n++) nodes.set([Math.random() * 1000, Math.random() * 1000, 0, 0, 0, 0, 3, 1, 1, 0], n * 10);
  for (let e = 0; e < order * 2; e++) links.set([Math.floor(Math.random() * order) * 10, Math.floor(Math.random() * order) * 10, 1], e * 3);
  const settings = { linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1, scalingRatio: 10, strongGravityMode: true, gravity: 0.05, slowDown: 5, barnesHutOptimize: true, barnesHutTheta: 0.5 };
  for (let i = 0; i < 60; i++) iterate(settings, nodes, links);
}
warmUp();

self.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
  const request = event.data;
  const nodes = new Float32Array(request.nodes);
  if (request.edges) edges = new Float32Array(request.edges);
  for (let i = 0; i < request.iterations; i++) iterate(request.settings, nodes, edges);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
});
