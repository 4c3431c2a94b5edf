// View state producers, positions kept per ref, the expand menu's entries, and the reducers' focus.
import { describe, expect, it } from 'vitest';
import { createExplorerGraph, emptyContext, mergePayload } from '../../client/graph/build.ts';
import { emptyDelta } from '../../client/graph/delta.ts';
import { createReducers, focusOf, FOCUS_EDGE_LABELS, shorten, type RenderInputs } from '../../client/renderer/reducers.ts';
import { communityColour, dim } from '../../client/graph/palette.ts';

/** Hue in degrees of a #rrggbb colour. */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
import { menuEntries } from '../../client/state/expansion.ts';
import { PositionStore } from '../../client/state/positions.ts';
import * as view from '../../client/state/view.ts';

class MemoryStore {
  readonly data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

describe('view state', () => {
  it('derives the link steps and expanded pages from the history, so undo removes them too', () => {
    let s = view.emptyViewState();
    const step = { kind: 'expand' as const, ref: 'youku', type: 'OWNS', direction: 'in' as const };
    s = view.record({ label: 'one', delta: emptyDelta(), step })(s);
    s = view.record({ label: 'two', delta: emptyDelta(), step })(s);
    s = view.record({ label: 'layout', delta: emptyDelta(), step: null })(s);
    expect(view.stepsOf(s)).toEqual([step, step]);
    expect(view.pagesExpanded(s, 'youku', 'OWNS', 'in')).toBe(2);
    expect(view.pagesExpanded(s, 'youku', 'OWNS', 'out')).toBe(0);
  });

  it('forgets a selection and highlight that point at removed elements', () => {
    let s = view.select({ kind: 'node', id: 'gone' })(view.emptyViewState());
    s = view.setHighlight({ nodes: ['gone', 'here'], edges: ['e'] })(s);
    s = view.pruneMissing((id) => id === 'here', () => false)(s);
    expect(s.selection).toBeNull();
    expect(s.highlight).toEqual({ nodes: ['here'], edges: [] });
    expect(view.setHighlight({ nodes: [], edges: [] })(s).highlight).toBeNull();
  });
});

describe('positions', () => {
  it('keeps positions per ref across instances (a reload), rounded, with the pin', () => {
    const storage = new MemoryStore();
    new PositionStore(storage, 'p').save([
      ['alibaba', { x: 1.23456, y: -2, fixed: true }],
      ['bad', { x: Number.NaN, y: 0 }],
    ]);
    const again = new PositionStore(storage, 'p');
    expect(again.get('alibaba')).toEqual({ x: 1.235, y: -2, fixed: true });
    expect(again.get('bad')).toBeUndefined();
    storage.setItem('broken', '{not json');
    expect(new PositionStore(storage, 'broken').size).toBe(0);
  });
});

describe('expand menu entries', () => {
  it('shows each count before it runs, then "+N more", then all shown', () => {
    const counts = [
      { type: 'OWNS', direction: 'out' as const, count: 145 },
      { type: 'LEADS', direction: 'in' as const, count: 1 },
    ];
    const none = menuEntries(counts, () => 0).map((e) => e.label);
    expect(none).toEqual(['All neighbours: 146 (first 25, +121 more)', 'OWNS → outgoing: 145 (first 25, +120 more)', 'LEADS ← incoming: 1']);
    const after = menuEntries(counts, (type) => (type === 'OWNS' ? 1 : type === 'LEADS' ? 1 : 0));
    expect(after[1]).toMatchObject({ label: 'OWNS → outgoing: +120 more', disabled: false });
    expect(after[2]).toMatchObject({ label: 'LEADS ← incoming: all 1 shown', disabled: true });
  });
});

describe('reducer focus', () => {
  it('a selected node brings its neighbours and edges into focus; a highlight overrides it', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      {
        nodes: ['a', 'b', 'c'].map((id) => ({ id, labels: ['X'], properties: {}, caption: `X #${id}` })),
        relationships: [{ id: 'ab', type: 'R', start: 'a', end: 'b', properties: {} }],
      },
      emptyContext(),
    );
    let s = view.select({ kind: 'node', id: 'a' })(view.emptyViewState());
    expect(focusOf(graph, s)).toEqual({ nodes: new Set(['a', 'b']), edges: new Set(['ab']) });
    s = view.setHighlight({ nodes: ['c'], edges: [] })(s);
    expect(focusOf(graph, s)?.nodes).toEqual(new Set(['c']));
    expect(focusOf(graph, view.emptyViewState())).toBeNull();
    expect(shorten('Douyin bars third-party shopping links from live rooms')).toMatch(/…$/);
    expect(shorten('Youku')).toBe('Youku');
  });
});

describe('reducers', () => {
  const build = () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      {
        nodes: ['a', 'b', 'c'].map((id) => ({ id, labels: ['Entity', id === 'c' ? 'Person' : 'Company'], properties: { name: `Name ${id}` }, caption: `Name ${id}` })),
        relationships: [
          { id: 'owns', type: 'OWNS', start: 'a', end: 'b', properties: {} },
          { id: 'rival', type: 'COMPETES_WITH', start: 'a', end: 'b', properties: {} },
          { id: 'leads', type: 'LEADS', start: 'c', end: 'a', properties: {} },
        ],
      },
      { ...emptyContext(), focus: 'Entity' },
    );
    return graph;
  };
  const inputsWith = (change: Partial<RenderInputs>): RenderInputs => ({
    view: view.emptyViewState(),
    sizes: new Map(),
    communities: new Map(),
    hoveredNode: null,
    hoveredEdge: null,
    zoomedIn: false,
    ...change,
  });

  it('draws arrows where direction matters, none for symmetric types, and arrow heads on large pictures only when zoomed in', () => {
    const graph = build();
    let inputs = inputsWith({});
    const { edgeReducer } = createReducers(graph, () => inputs);
    expect(edgeReducer('leads', graph.getEdgeAttributes('leads')).type).toBe('arrow');
    expect(edgeReducer('owns', graph.getEdgeAttributes('owns')).label).toBeNull();
    inputs = inputsWith({ largePicture: true });
    expect(edgeReducer('leads', graph.getEdgeAttributes('leads')).type).toBe('line');
    inputs = inputsWith({ largePicture: true, zoomedIn: true });
    expect(edgeReducer('leads', graph.getEdgeAttributes('leads'))).toMatchObject({ type: 'arrow', label: 'LEADS' });
  });

  it('curves parallel edges, hides what filters hide, and fades what is outside the selection', () => {
    const graph = build();
    graph.setEdgeAttribute('owns', 'parallelIndex', 0);
    graph.setEdgeAttribute('owns', 'parallelMaxIndex', 1);
    graph.setEdgeAttribute('rival', 'parallelIndex', 1);
    graph.setEdgeAttribute('rival', 'parallelMaxIndex', 1);
    let inputs = inputsWith({});
    const { nodeReducer, edgeReducer } = createReducers(graph, () => inputs);
    expect(edgeReducer('owns', graph.getEdgeAttributes('owns')).type).toBe('curvedArrow');
    expect(edgeReducer('rival', graph.getEdgeAttributes('rival')).type).toBe('curved');
    inputs = inputsWith({ view: view.updateFilters((f) => ({ ...f, hiddenLabels: ['Person'] }))(view.emptyViewState()) });
    expect(nodeReducer('c', graph.getNodeAttributes('c')).hidden).toBe(true);
    expect(edgeReducer('leads', graph.getEdgeAttributes('leads')).hidden).toBe(true);
    inputs = inputsWith({ view: view.select({ kind: 'node', id: 'c' })(view.emptyViewState()) });
    expect(nodeReducer('b', graph.getNodeAttributes('b'))).toMatchObject({ color: dim(graph.getNodeAttribute('b', 'color')), label: null });
    // Community colours stay visible under a selection: dimmed, with their hue.
    inputs = { ...inputs, view: { ...inputs.view, colour: 'community' }, communities: new Map([['b', 2]]) };
    const faded = nodeReducer('b', graph.getNodeAttributes('b')).color!;
    expect(faded).toBe(dim(communityColour(2)));
    expect(hueOf(faded)).toBeCloseTo(hueOf(communityColour(2)), 0);
    expect(faded).not.toBe(dim(graph.getNodeAttribute('b', 'color')));
    expect(nodeReducer('c', graph.getNodeAttributes('c'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(edgeReducer('leads', graph.getEdgeAttributes('leads'))).toMatchObject({ label: 'LEADS', forceLabel: true });
  });
});

describe('edge labels of a large focus', () => {
  it('names the edges of a small selection, and none of a hub with more than FOCUS_EDGE_LABELS edges', () => {
    const graph = createExplorerGraph();
    const context = emptyContext();
    const spokes = (hub: string, n: number) =>
      mergePayload(
        graph,
        {
          nodes: [{ id: hub, labels: ['Warehouse'], properties: {}, caption: hub }, ...Array.from({ length: n }, (_, i) => ({ id: `${hub}-${i}`, labels: ['Item'], properties: {}, caption: `item ${i}` }))],
          relationships: Array.from({ length: n }, (_, i) => ({ id: `${hub}-e${i}`, type: 'STOCKS', start: hub, end: `${hub}-${i}`, properties: {} })),
        },
        context,
      );
    spokes('small', 3);
    spokes('big', FOCUS_EDGE_LABELS + 1);
    let state = view.select({ kind: 'node', id: 'small' })(view.emptyViewState());
    const inputs = (): RenderInputs => ({ view: state, sizes: new Map(), communities: new Map(), hoveredNode: null, hoveredEdge: null, zoomedIn: false });
    const { edgeReducer } = createReducers(graph, inputs);
    expect(edgeReducer('small-e0', graph.getEdgeAttributes('small-e0'))).toMatchObject({ label: 'STOCKS', forceLabel: true });
    state = view.select({ kind: 'node', id: 'big' })(view.emptyViewState());
    expect(edgeReducer('big-e0', graph.getEdgeAttributes('big-e0')).label).toBeNull();
  });
});
