// Graph building from API payloads: captions and categories from any database, refs, placement of new nodes
// next to their origin, saved positions, nodes already placed never moved, edges only between nodes present.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphPayload } from '../../server/contract.ts';
import { createExplorerGraph, emptyContext, mergePayload, toPayload, typicalSpacing } from '../../client/graph/build.ts';
import { captionOf, categoryOf, refOf } from '../../client/graph/caption.ts';

const node = (id: string, labels: string[], properties: Record<string, unknown>): GraphNode => ({ id, labels, properties, caption: String(properties.name ?? labels[0]) });
const rel = (id: string, start: string, end: string, type = 'OWNS') => ({ id, type, start, end, properties: {} });

describe('captions, categories and refs', () => {
  it('prefers the schema caption key, then name, title, the first short text, then a label', () => {
    expect(captionOf(node('1', ['Movie'], { tagline: 'x', released: 1999 }), new Map([['Movie', 'released']]))).toBe('1999');
    expect(captionOf(node('1', ['Person'], { born: 1964, name: 'Keanu Reeves' }))).toBe('Keanu Reeves');
    expect(captionOf(node('1', ['Movie'], { released: 1999, title: 'The Matrix' }))).toBe('The Matrix');
    expect(captionOf(node('1', ['Thing'], { code: 42, label2: 'first text' }))).toBe('first text');
    expect(captionOf(node('1', ['Thing'], { code: 42 }))).toBe('Thing');
  });

  it('colours and filters by the label other than the focus label, and refers by key or elementId', () => {
    expect(categoryOf(['Entity', 'Company'], 'Entity')).toBe('Company');
    expect(categoryOf(['Movie'], null)).toBe('Movie');
    expect(refOf(node('4:x:1', ['Entity'], { key: 'alibaba' }))).toBe('alibaba');
    expect(refOf(node('4:x:2', ['Movie'], { title: 'The Matrix' }))).toBe('id:4:x:2');
  });
});

describe('mergePayload', () => {
  const seed: GraphPayload = {
    nodes: [
      node('a', ['Entity', 'Company'], { key: 'alibaba', name: 'Alibaba' }),
      node('y', ['Entity', 'Product'], { key: 'youku', name: 'Youku' }),
      node('t', ['Entity', 'Product'], { key: 'taobao', name: 'Taobao' }),
    ],
    relationships: [rel('r1', 'a', 'y'), rel('r2', 'a', 't'), rel('dangling', 'a', 'missing')],
  };

  it('adds nodes with caption, category, colour and ref, and only edges whose ends are present', () => {
    const graph = createExplorerGraph();
    const context = { ...emptyContext(), focus: 'Entity' };
    const added = mergePayload(graph, seed, context);
    expect(added.nodes.sort()).toEqual(['a', 't', 'y']);
    expect(added.edges.sort()).toEqual(['r1', 'r2']);
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'Alibaba', category: 'Company', ref: 'alibaba' });
    expect(graph.getNodeAttribute('y', 'color')).toBe(graph.getNodeAttribute('t', 'color'));
    expect(graph.getNodeAttribute('y', 'color')).not.toBe(graph.getNodeAttribute('a', 'color'));
    expect(graph.getEdgeAttributes('r1')).toMatchObject({ relType: 'OWNS', label: 'OWNS' });
    expect(toPayload(graph).relationships.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
  });

  it('never moves a node already placed, and sets new ones around their origin at the picture’s scale', () => {
    const graph = createExplorerGraph();
    const context = emptyContext();
    mergePayload(graph, seed, context);
    graph.mergeNodeAttributes('a', { x: 100, y: 100 });
    graph.mergeNodeAttributes('y', { x: 140, y: 100 });
    graph.mergeNodeAttributes('t', { x: 100, y: 140 });
    const spacing = typicalSpacing(graph, 3);
    const before = graph.mapNodes((id, a) => [id, a.x, a.y]);
    const expansion: GraphPayload = {
      nodes: [seed.nodes[0]!, ...['n1', 'n2', 'n3', 'n4'].map((id) => node(id, ['Entity', 'Product'], { key: id, name: id }))],
      relationships: ['n1', 'n2', 'n3', 'n4'].map((id) => rel(`e-${id}`, 'a', id)),
    };
    const added = mergePayload(graph, expansion, context, 'a');
    expect(added.nodes).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(graph.mapNodes((id, a) => [id, a.x, a.y]).slice(0, 3)).toEqual(before);
    for (const id of added.nodes) {
      const { x, y } = graph.getNodeAttributes(id);
      const d = Math.hypot(x - 100, y - 100);
      expect(d).toBeGreaterThan(spacing * 0.5);
      expect(d).toBeLessThan(spacing * 3);
    }
  });

  it('uses a saved position when the context has one for the ref, pinned state included', () => {
    const graph = createExplorerGraph();
    const context = { ...emptyContext(), savedPosition: (ref: string) => (ref === 'youku' ? { x: 7, y: -3, fixed: true } : undefined) };
    mergePayload(graph, seed, context);
    expect(graph.getNodeAttributes('y')).toMatchObject({ x: 7, y: -3, fixed: true });
    expect(graph.getNodeAttribute('a', 'fixed')).toBeUndefined();
  });

  it('merging the same payload twice adds nothing and keeps positions', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, seed, emptyContext());
    const positions = graph.mapNodes((_, a) => [a.x, a.y]);
    expect(mergePayload(graph, seed, emptyContext())).toEqual({ nodes: [], edges: [] });
    expect(graph.mapNodes((_, a) => [a.x, a.y])).toEqual(positions);
  });
});
