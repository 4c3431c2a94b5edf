// Graph deltas (client/graph/delta.ts) piece by piece: emptiness of each list, records copied rather than shared,
// removals that take every touching edge once, and the order in which a delta is applied.
import { describe, expect, it } from 'vitest';
import { createExplorerGraph, emptyContext, mergePayload, type ExplorerGraph } from '../../client/graph/build.ts';
import { applyDelta, emptyDelta, invert, isEmptyDelta, recordEdges, recordNodes, removalOf, type Delta } from '../../client/graph/delta.ts';

function build(): ExplorerGraph {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, labels: ['X'], properties: { name: id }, caption: id })),
      relationships: [
        { id: 'ab', type: 'R', start: 'a', end: 'b', properties: {} },
        { id: 'cb', type: 'R', start: 'c', end: 'b', properties: {} },
        { id: 'bb', type: 'R', start: 'b', end: 'b', properties: {} },
        { id: 'cd', type: 'R', start: 'c', end: 'd', properties: {} },
      ],
    },
    emptyContext(),
  );
  return graph;
}

describe('emptiness', () => {
  it('a fresh delta is empty, and each list alone makes it not empty', () => {
    expect(isEmptyDelta(emptyDelta())).toBe(true);
    const graph = build();
    const [node] = recordNodes(graph, ['a']);
    const [edge] = recordEdges(graph, ['ab']);
    const withOne = (change: (d: Delta) => void) => {
      const d = emptyDelta();
      change(d);
      return isEmptyDelta(d);
    };
    expect(withOne((d) => d.added.nodes.push(node!))).toBe(false);
    expect(withOne((d) => d.added.edges.push(edge!))).toBe(false);
    expect(withOne((d) => d.removed.nodes.push(node!))).toBe(false);
    expect(withOne((d) => d.removed.edges.push(edge!))).toBe(false);
  });

  it('gives a new delta each time', () => {
    const first = emptyDelta();
    first.added.nodes.push({ id: 'x', attributes: {} as never });
    expect(isEmptyDelta(emptyDelta())).toBe(true);
  });
});

describe('records', () => {
  it('records existing nodes and edges only, with ends, as copies', () => {
    const graph = build();
    const nodes = recordNodes(graph, ['a', 'nope']);
    const edges = recordEdges(graph, ['cb', 'nope']);
    expect(nodes.map((n) => n.id)).toEqual(['a']);
    expect(edges.map((e) => [e.id, e.source, e.target])).toEqual([['cb', 'c', 'b']]);
    const label = nodes[0]!.attributes.label;
    graph.setNodeAttribute('a', 'label', 'changed');
    graph.setEdgeAttribute('cb', 'label', 'changed');
    expect(nodes[0]!.attributes.label).toBe(label);
    expect(edges[0]!.attributes.label).not.toBe('changed');
  });

  it('a removal takes the nodes and every edge touching them, in or out or looping, once', () => {
    const removal = removalOf(build(), ['b', 'nope']);
    expect(removal.removed.nodes.map((n) => n.id)).toEqual(['b']);
    expect(removal.removed.edges.map((e) => e.id).sort()).toEqual(['ab', 'bb', 'cb']);
    expect(removal.added).toEqual({ nodes: [], edges: [] });
  });

  it('inverting swaps what is added and removed', () => {
    const removal = removalOf(build(), ['d']);
    expect(invert(removal)).toEqual({ added: removal.removed, removed: removal.added });
  });
});

describe('applyDelta', () => {
  it('removes before it adds, so a delta can replace a node with a new copy of itself', () => {
    const graph = build();
    const [old] = recordNodes(graph, ['d']);
    const replacement = { id: 'd', attributes: { ...old!.attributes, label: 'new d' } };
    applyDelta(graph, { added: { nodes: [replacement], edges: recordEdges(graph, ['cd']) }, removed: { nodes: [old!], edges: recordEdges(graph, ['cd']) } });
    expect(graph.getNodeAttribute('d', 'label')).toBe('new d');
    expect(graph.hasEdge('cd')).toBe(true);
  });

  it('adds an edge only when both ends are there, and keeps an edge that is already there', () => {
    const graph = build();
    const removal = removalOf(graph, ['a']);
    const ab = removal.removed.edges[0]!;
    applyDelta(graph, removal);
    applyDelta(graph, { added: { nodes: [], edges: [ab] }, removed: { nodes: [], edges: [] } });
    expect(graph.hasEdge('ab')).toBe(false);
    const [cd] = recordEdges(graph, ['cd']);
    graph.setEdgeAttribute('cd', 'label', 'kept');
    applyDelta(graph, { added: { nodes: [], edges: [cd!] }, removed: { nodes: [], edges: [] } });
    expect(graph.getEdgeAttribute('cd', 'label')).toBe('kept');
    expect(graph.edges().sort()).toEqual(['bb', 'cb', 'cd']);
  });

  it('adds copies, so changing the picture later leaves the delta as it was', () => {
    const graph = build();
    const removal = removalOf(graph, ['c']);
    applyDelta(graph, removal);
    applyDelta(graph, invert(removal));
    graph.setNodeAttribute('c', 'label', 'changed');
    graph.setEdgeAttribute('cd', 'label', 'changed');
    expect(removal.removed.nodes[0]!.attributes.label).toBe('c');
    expect(removal.removed.edges.find((e) => e.id === 'cd')!.attributes.label).not.toBe('changed');
  });

  it('undoes an expansion that only linked two nodes already shown: the edge goes, the nodes stay', () => {
    const graph = build();
    const expansion: Delta = { added: { nodes: [], edges: recordEdges(graph, ['cd']) }, removed: { nodes: [], edges: [] } };
    applyDelta(graph, invert(expansion));
    expect(graph.edges().sort()).toEqual(['ab', 'bb', 'cb']);
    expect(graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    applyDelta(graph, expansion);
    expect(graph.edges().sort()).toEqual(['ab', 'bb', 'cb', 'cd']);
  });

  it('removes edges and nodes that are already gone without failing', () => {
    const graph = build();
    const removal = removalOf(graph, ['b']);
    applyDelta(graph, removal);
    applyDelta(graph, removal);
    expect(graph.nodes().sort()).toEqual(['a', 'c', 'd']);
    expect(graph.edges()).toEqual(['cd']);
  });
});
