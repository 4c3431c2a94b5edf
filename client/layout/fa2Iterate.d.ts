// Types for the vendored ForceAtlas2 iteration (fa2Iterate.js): one iteration over graphology's byte matrices.
export default function iterate(options: object, nodes: Float32Array, edges: Float32Array): object;
