// Label culling: boxes where sigma draws disc labels, overlap with padding, the frame's priority order, and the
// space that draws a label only where it touches no label drawn before (forced labels always).
import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, labelOrder, LabelSpace } from '../../client/renderer/labelSpace.ts';

describe('label boxes', () => {
  it('sits right of the node, one font size high, and overlaps only when within the padding', () => {
    const box = labelBox(100, 50, 6, 80, 14);
    expect(box.x0).toBe(109);
    expect(box.x1).toBe(189);
    expect(box.y1 - box.y0).toBeCloseTo(14 * 1.3, 5);
    // Two labels one line apart (font 14, padding 2) do not overlap; closer ones do.
    expect(boxesOverlap(labelBox(0, 0, 6, 80, 14), labelBox(0, 21, 6, 80, 14))).toBe(false);
    expect(boxesOverlap(labelBox(0, 0, 6, 80, 14), labelBox(0, 19, 6, 80, 14))).toBe(true);
    // Side by side: the second starts where the first ends.
    expect(boxesOverlap(labelBox(0, 0, 6, 80, 14), labelBox(100, 0, 6, 80, 14))).toBe(false);
    expect(boxesOverlap(labelBox(0, 0, 6, 80, 14), labelBox(70, 0, 6, 80, 14))).toBe(true);
  });
});

describe('label order and space', () => {
  it('puts forced labels first, then bigger nodes, each once', () => {
    const sizes: Record<string, number> = { a: 4, b: 10, c: 7, d: 2 };
    expect(labelOrder(['a', 'b', 'c', 'd'], new Set(['d']), (n) => sizes[n]!)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('draws a label only where no label was drawn, except when forced; a new frame starts empty', () => {
    const space = new LabelSpace();
    expect(space.take(labelBox(0, 0, 6, 80, 14), false)).toBe(true);
    expect(space.take(labelBox(10, 5, 6, 80, 14), false)).toBe(false);
    expect(space.take(labelBox(10, 5, 6, 80, 14), true)).toBe(true);
    expect(space.take(labelBox(0, 40, 6, 80, 14), false)).toBe(true);
    expect(space.drawn).toHaveLength(3);
    space.reset();
    expect(space.take(labelBox(10, 5, 6, 80, 14), false)).toBe(true);
  });
});
