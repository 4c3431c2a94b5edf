// Undo/redo: the history stack, and deltas that put a dismissed node back exactly as it was.
import { describe, expect, it } from 'vitest';
import { createExplorerGraph, emptyContext, mergePayload } from '../../client/graph/build.ts';
import { applyDelta, invert, isEmptyDelta, recordEdges, recordNodes, removalOf } from '../../client/graph/delta.ts';
import { canRedo, canUndo, emptyHistory, pushEntry, redo, undo } from '../../client/state/history.ts';

describe('history', () => {
  it('undoes and redoes in order, and a new entry clears what could be redone', () => {
    let h = emptyHistory<string>();
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBeUndefined();
    h = pushEntry(pushEntry(h, 'a'), 'b');
    const u1 = undo(h)!;
    expect(u1.entry).toBe('b');
    const u2 = undo(u1.history)!;
    expect(u2.entry).toBe('a');
    expect(canUndo(u2.history)).toBe(false);
    const r1 = redo(u2.history)!;
    expect(r1.entry).toBe('a');
    expect(canRedo(r1.history)).toBe(true);
    const pushed = pushEntry(r1.history, 'c');
    expect(canRedo(pushed)).toBe(false);
    expect(pushed.past).toEqual(['a', 'c']);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 10; i++) h = pushEntry(h, i, 4);
    expect(h.past).toEqual([6, 7, 8, 9]);
  });
});

describe('deltas', () => {
  const build = () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      {
        nodes: ['a', 'b', 'c'].map((id) => ({ id, labels: ['X'], properties: { name: id }, caption: id })),
        relationships: [
          { id: 'ab', type: 'R', start: 'a', end: 'b', properties: {} },
          { id: 'bc', type: 'R', start: 'b', end: 'c', properties: { w: 1 } },
        ],
      },
      emptyContext(),
    );
    graph.mergeNodeAttributes('b', { x: 42, y: -7, fixed: true });
    return graph;
  };

  it('a dismissal removes the node and its edges; its inverse puts them back with position and pin', () => {
    const graph = build();
    const removal = removalOf(graph, ['b']);
    expect(removal.removed.edges.map((e) => e.id).sort()).toEqual(['ab', 'bc']);
    applyDelta(graph, removal);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(0);
    applyDelta(graph, invert(removal));
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 42, y: -7, fixed: true, label: 'b' });
    expect(graph.getEdgeAttributes('bc').properties).toEqual({ w: 1 });
    expect(graph.source('bc')).toBe('b');
    expect(graph.size).toBe(2);
  });

  it('an addition recorded from the graph can be undone and redone, and applying twice changes nothing', () => {
    const graph = build();
    const addition = { added: { nodes: recordNodes(graph, ['c']), edges: recordEdges(graph, ['bc']) }, removed: { nodes: [], edges: [] } };
    applyDelta(graph, invert(addition));
    expect(graph.hasNode('c')).toBe(false);
    applyDelta(graph, addition);
    applyDelta(graph, addition);
    expect(graph.order).toBe(3);
    expect(graph.hasEdge('bc')).toBe(true);
    expect(isEmptyDelta(removalOf(graph, ['nope']))).toBe(true);
  });
});
