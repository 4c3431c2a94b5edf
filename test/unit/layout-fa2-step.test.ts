// The worker's ForceAtlas2 iteration: it pulls linked nodes together and pushes the rest apart, its Barnes–Hut
// tree gives the exact repulsion when asked to be exact, pinned nodes stay, and nodes on one spot do not break it.
import { describe, expect, it } from 'vitest';
import { ForceAtlas2Stepper, type Fa2Settings } from '../../client/layout/fa2Step.ts';

const PPN = 10;
const SETTINGS: Fa2Settings = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 2,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

/** Two rings of `size` nodes each, linked within a ring only; positions from a fixed sequence, all mixed up. */
function twoRings(size: number): { nodes: Float32Array; edges: Float32Array; ring: (i: number) => number } {
  const count = size * 2;
  const nodes = new Float32Array(count * PPN);
  const edges: number[] = [];
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 200;
  for (let i = 0; i < count; i++) nodes.set([next(), next(), 0, 0, 0, 0, 1, 0, 1, 0], i * PPN);
  for (let r = 0; r < 2; r++) {
    for (let k = 0; k < size; k++) {
      const a = (r * size + k) * PPN;
      const b = (r * size + ((k + 1) % size)) * PPN;
      edges.push(a, b, 1);
      nodes[a + 6] = nodes[a + 6]! + 1;
      nodes[b + 6] = nodes[b + 6]! + 1;
    }
  }
  return { nodes, edges: new Float32Array(edges), ring: (i) => (i < size ? 0 : 1) };
}

const distance = (nodes: Float32Array, i: number, j: number) => Math.hypot(nodes[i * PPN]! - nodes[j * PPN]!, nodes[i * PPN + 1]! - nodes[j * PPN + 1]!);

function meanDistances(nodes: Float32Array, ring: (i: number) => number): { within: number; between: number } {
  const count = nodes.length / PPN;
  let within = 0;
  let between = 0;
  let w = 0;
  let b = 0;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      if (ring(i) === ring(j)) (within += distance(nodes, i, j)), w++;
      else (between += distance(nodes, i, j)), b++;
    }
  }
  return { within: within / w, between: between / b };
}

describe('ForceAtlas2Stepper', () => {
  for (const barnesHutOptimize of [false, true]) {
    it(`separates two rings that start mixed up (${barnesHutOptimize ? 'Barnes–Hut' : 'all pairs'})`, () => {
      const { nodes, edges, ring } = twoRings(40);
      const before = meanDistances(nodes, ring);
      const stepper = new ForceAtlas2Stepper();
      for (let i = 0; i < 300; i++) stepper.step({ ...SETTINGS, barnesHutOptimize }, nodes, edges);
      const after = meanDistances(nodes, ring);
      expect(before.between / before.within).toBeLessThan(1.1);
      expect(after.between / after.within).toBeGreaterThan(1.5);
      expect([...nodes].every(Number.isFinite)).toBe(true);
    });
  }

  it('with θ near zero the tree gives the all-pairs repulsion', () => {
    const exact = twoRings(30);
    const tree = twoRings(30);
    new ForceAtlas2Stepper().step({ ...SETTINGS, barnesHutOptimize: false }, exact.nodes, exact.edges);
    new ForceAtlas2Stepper().step({ ...SETTINGS, barnesHutOptimize: true, barnesHutTheta: 1e-6 }, tree.nodes, tree.edges);
    for (let i = 0; i < exact.nodes.length; i++) expect(tree.nodes[i]).toBeCloseTo(exact.nodes[i]!, 2);
  });

  it('leaves pinned nodes where they are', () => {
    const { nodes, edges } = twoRings(10);
    nodes[3 * PPN + 9] = 1;
    const [x, y] = [nodes[3 * PPN], nodes[3 * PPN + 1]];
    const stepper = new ForceAtlas2Stepper();
    for (let i = 0; i < 20; i++) stepper.step({ ...SETTINGS, barnesHutOptimize: true }, nodes, edges);
    expect([nodes[3 * PPN], nodes[3 * PPN + 1]]).toEqual([x, y]);
    expect(nodes[4 * PPN]).not.toBe(twoRings(10).nodes[4 * PPN]);
  });

  it('keeps nodes that share one spot finite, in both modes', () => {
    for (const barnesHutOptimize of [false, true]) {
      const { nodes, edges } = twoRings(20);
      for (let i = 0; i < nodes.length; i += PPN) nodes.set([5, 5], i);
      const stepper = new ForceAtlas2Stepper();
      for (let i = 0; i < 10; i++) stepper.step({ ...SETTINGS, barnesHutOptimize }, nodes, edges);
      expect([...nodes].every(Number.isFinite)).toBe(true);
    }
  });
});
