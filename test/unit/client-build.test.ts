// Graph building from API payloads: captions and categories from any database, refs, placement of new nodes
// next to their origin, saved positions, nodes already placed never moved, edges only between nodes present.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphPayload } from '../../server/contract.ts';
import { createExplorerGraph, emptyContext, mergePayload, relabel, toPayload, typicalSpacing } from '../../client/graph/build.ts';
import { captionOf, categoryOf, chooseCaption, parseCaptionChoices, refOf } from '../../client/graph/caption.ts';
import { footprint, footprintsOverlap } from '../../client/graph/placement.ts';

const node = (id: string, labels: string[], properties: Record<string, unknown>): GraphNode => ({ id, labels, properties, caption: String(properties.name ?? labels[0]) });
const rel = (id: string, start: string, end: string, type = 'OWNS') => ({ id, type, start, end, properties: {} });

describe('captions, categories and refs', () => {
  it('without a caption from the server: the schema caption key, then name, title, the first short text, a label', () => {
    const bare = (id: string, labels: string[], properties: Record<string, unknown>) => ({ id, labels, properties });
    expect(captionOf(bare('1', ['Movie'], { tagline: 'x', released: 1999 }), {}, new Map([['Movie', 'released']]))).toBe('1999');
    expect(captionOf(bare('1', ['Person'], { born: 1964, name: 'Keanu Reeves' }))).toBe('Keanu Reeves');
    expect(captionOf(bare('1', ['Movie'], { released: 1999, title: 'The Matrix' }))).toBe('The Matrix');
    expect(captionOf(bare('1', ['Thing'], { code: 42, label2: 'first text' }))).toBe('first text');
    expect(captionOf(bare('1', ['Thing'], { code: 42 }))).toBe('Thing');
    // The server's caption comes before all of those.
    expect(captionOf({ ...bare('1', ['Movie'], { title: 'The Matrix' }), caption: 'The Matrix (1999)' })).toBe('The Matrix (1999)');
  });

  it("puts the person's choice for a label first, then the server's caption; keys join with a space", () => {
    const todd = { ...node('7', ['Person'], { name: 'Todd', surname: 'Hamilton', nhs_no: '123-45' }), caption: 'Todd Hamilton' };
    expect(captionOf(todd)).toBe('Todd Hamilton');
    expect(captionOf(todd, { Person: ['nhs_no'] })).toBe('123-45');
    expect(captionOf(todd, { Person: ['surname', 'name'] })).toBe('Hamilton Todd');
    // A chosen key the node lacks falls back to the server's caption, never to an empty label.
    expect(captionOf(todd, { Person: ['email'] })).toBe('Todd Hamilton');
    expect(captionOf(todd, { Officer: ['nhs_no'] })).toBe('Todd Hamilton');
    const product = { ...node('8', ['Product'], { productName: 'Chai', categoryID: 1 }), caption: 'Chai' };
    expect(captionOf(product, { Product: ['categoryID'] })).toBe('1');
  });

  it('records and clears choices; reads only well-formed choices from storage', () => {
    const one = chooseCaption({}, 'Person', ['name', 'surname']);
    expect(one).toEqual({ Person: ['name', 'surname'] });
    expect(chooseCaption(one, 'Person', [])).toEqual({});
    expect(parseCaptionChoices({ Person: ['name'], Bad: 'name', Empty: [], Mixed: ['a', 3] })).toEqual({ Person: ['name'] });
    expect(parseCaptionChoices('nonsense')).toEqual({});
  });

  it('relabels the nodes on the page when a choice changes, and undoes it when cleared', () => {
    const graph = createExplorerGraph();
    const context = emptyContext();
    mergePayload(graph, { nodes: [{ ...node('a', ['Product'], { productName: 'Chai', categoryID: 1 }), caption: 'Chai' }], relationships: [] }, context);
    expect(graph.getNodeAttribute('a', 'label')).toBe('Chai');
    context.captions = { Product: ['categoryID'] };
    relabel(graph, context);
    expect(graph.getNodeAttribute('a', 'label')).toBe('1');
    context.captions = {};
    relabel(graph, context);
    expect(graph.getNodeAttribute('a', 'label')).toBe('Chai');
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

  it('places a path link by link from the page, every node clear of every label already there', () => {
    const metrics = { unitsPerPixel: 0.2, fontSize: 14, nodeRadius: 8, maxChars: 26 };
    const graph = createExplorerGraph();
    mergePayload(graph, { nodes: [node('a', ['Company'], { name: 'Alibaba Group Holding Limited' }), node('z', ['Company'], { name: 'Pinduoduo' })], relationships: [] }, emptyContext());
    graph.mergeNodeAttributes('a', { x: 0, y: 0 });
    graph.mergeNodeAttributes('z', { x: 400, y: 0 });
    // A crowd of labelled nodes around Alibaba, as after an expansion.
    for (let col = 0; col < 6; col++) {
      for (let row = 0; row < 34; row++) graph.addNode(`c${col}-${row}`, { ...graph.getNodeAttributes('a'), label: `Neighbour company ${col}-${row}`, x: 60 * col - 150, y: 6 * row - 100 });
    }
    const existing = graph.mapNodes((_, a) => footprint(a, a.label.length, metrics));
    const path: GraphPayload = {
      nodes: ['p1', 'p2', 'p3'].map((id) => node(id, ['Company'], { name: `Path step ${id}` })),
      relationships: [rel('s1', 'a', 'p1'), rel('s2', 'p1', 'p2'), rel('s3', 'p2', 'p3'), rel('s4', 'p3', 'z')],
    };
    const added = mergePayload(graph, path, { ...emptyContext(), labelMetrics: metrics });
    expect(added.nodes.sort()).toEqual(['p1', 'p2', 'p3']);
    for (const id of added.nodes) {
      const box = footprint(graph.getNodeAttributes(id), graph.getNodeAttribute(id, 'label').length, metrics);
      for (const other of existing) expect(footprintsOverlap(box, other)).toBe(false);
    }
    // Each step lands next to the node it links to (not around the middle of the picture): the chain stays together.
    const at = (id: string) => graph.getNodeAttributes(id);
    const apart = (u: string, v: string) => Math.hypot(at(u).x - at(v).x, at(u).y - at(v).y);
    expect(apart('p1', 'a')).toBeLessThan(120);
    expect(apart('p3', 'z')).toBeLessThan(120);
    expect(Math.min(apart('p2', 'p1'), apart('p2', 'p3'))).toBeLessThan(120);
  });

  it('puts nodes that arrive on an empty page in the middle of the screen', () => {
    const graph = createExplorerGraph();
    const centre = { x: 5000, y: -2000 };
    mergePayload(graph, { nodes: [node('q', ['Person'], { name: 'Q' }), node('r', ['Person'], { name: 'R' })], relationships: [rel('qr', 'q', 'r')] }, { ...emptyContext(), viewCentre: centre });
    for (const id of ['q', 'r']) {
      const { x, y } = graph.getNodeAttributes(id);
      expect(Math.hypot(x - centre.x, y - centre.y)).toBeLessThan(50);
    }
  });
});
