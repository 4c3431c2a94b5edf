// The ForceAtlas2 web worker: runs iterations on the node and edge matrices the page sends (graphology's layout
// of 10 floats a node, 3 an edge) and sends the node matrix back after each batch. Its own module worker, rather
// than graphology's stringified one, so it runs the vendored iteration (fa2Iterate.js) under script-src 'self'.
import iterate from './fa2Iterate.js';

export interface Fa2Request {
  settings: object;
  nodes: ArrayBuffer;
  /** Sent with the first request, and again after the graph changed. */
  edges?: ArrayBuffer;
  iterations: number;
}

let edges = new Float32Array(0);

self.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
  const request = event.data;
  const nodes = new Float32Array(request.nodes);
  if (request.edges) edges = new Float32Array(request.edges);
  for (let i = 0; i < request.iterations; i++) iterate(request.settings, nodes, edges);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
});
