// Looks and exports: sizes by degree and PageRank, Louvain communities, GEXF and JSON exports.
import { describe, expect, it } from 'vitest';
import { createExplorerGraph, emptyContext, mergePayload } from '../../client/graph/build.ts';
import { toGexf, toJsonExport } from '../../client/graph/exporters.ts';
import { communities, nodeSizes } from '../../client/graph/metrics.ts';

function twoTriangles() {
  const graph = createExplorerGraph();
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
  const pairs = [['a1', 'a2'], ['a2', 'a3'], ['a3', 'a1'], ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b1'], ['a1', 'b1']];
  mergePayload(
    graph,
    {
      nodes: ids.map((id) => ({ id, labels: ['X'], properties: { name: `<${id}> & "co"` }, caption: `<${id}> & "co"` })),
      relationships: pairs.map(([s, t], i) => ({ id: `r${i}`, type: 'R', start: s!, end: t!, properties: { note: i === 0 ? 'a<b' : 'ok' } })),
    },
    emptyContext(),
  );
  return graph;
}

describe('metrics', () => {
  it('sizes the best-connected node largest by degree, and every node the same when uniform', () => {
    const graph = twoTriangles();
    const sizes = nodeSizes(graph, 'degree');
    expect(sizes.get('a1')).toBeGreaterThan(sizes.get('a2')!);
    expect(new Set(nodeSizes(graph, 'uniform').values()).size).toBe(1);
    const ranks = nodeSizes(graph, 'pagerank');
    expect(ranks.size).toBe(6);
    for (const s of ranks.values()) expect(s).toBeGreaterThanOrEqual(4);
  });

  it('finds the two triangles as two communities, the same way every time', () => {
    const graph = twoTriangles();
    const c = communities(graph);
    expect(c.get('a1')).toBe(c.get('a2'));
    expect(c.get('b1')).toBe(c.get('b3'));
    expect(c.get('a1')).not.toBe(c.get('b1'));
    expect(communities(graph)).toEqual(c);
  });
});

describe('exports', () => {
  it('writes GEXF with every node and edge, positions, and text escaped', () => {
    const graph = twoTriangles();
    const gexf = toGexf(graph);
    expect(gexf.match(/<node /g)).toHaveLength(6);
    expect(gexf.match(/<edge /g)).toHaveLength(7);
    expect(gexf).toContain('label="&lt;a1&gt; &amp; &quot;co&quot;"');
    expect(gexf).toContain('value="a&lt;b"');
    expect(gexf).toMatch(/<viz:position x="-?[\d.e-]+" y="-?[\d.e-]+" z="0"\/>/);
    expect(gexf).not.toMatch(/<a1>/);
  });

  it('writes JSON in the API payload shape with positions', () => {
    const graph = twoTriangles();
    const json = JSON.parse(toJsonExport(graph));
    expect(json.nodes).toHaveLength(6);
    expect(json.relationships[0]).toMatchObject({ type: 'R', start: 'a1', end: 'a2' });
    expect(Object.keys(json.positions)).toHaveLength(6);
  });
});
