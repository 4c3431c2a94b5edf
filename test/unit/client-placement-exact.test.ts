// Placement (client/graph/placement.ts) on exact values: a spot exactly one gap from a placed node is free, the
// last ring tried is the 60th, and label-aware placement — footprints, touching boxes, the padding, the first
// ring's radius and spots, the turn of every other ring, the fallback past 400 rings — to the unit.
import { describe, expect, it } from 'vitest';
import { footprint, footprintsOverlap, placeAround, placeLabelled, type LabelMetrics, type Point } from '../../client/graph/placement.ts';

const expectPoints = (actual: readonly Point[], expected: readonly Point[]) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((point, i) => {
    expect(actual[i]!.x).toBeCloseTo(point.x, 9);
    expect(actual[i]!.y).toBeCloseTo(point.y, 9);
  });
};

describe('placeAround at the edges', () => {
  it('takes a spot exactly one gap (0.5) from a placed node', () => {
    // The first candidate is (3, 0); the placed node is 0.5 above it, exactly the gap (0.25 = 0.5² in floats).
    expect(placeAround({ x: 0, y: 0 }, 1, [{ x: 3, y: 0.5 }], 3, 0.5)).toEqual([{ x: 3, y: 0 }]);
  });

  it('tries 60 rings and no more before stacking outward', () => {
    // Radius 1: ring 59 lies at 36.4 and ring 60 would lie at 37. A gap of 36.7 around a node at the origin
    // blocks every ring up to 59, so the spot comes from the fallback.
    expect(placeAround({ x: 0, y: 0 }, 1, [{ x: 0, y: 0 }], 1, 36.7)).toEqual([{ x: 61, y: 0 }]);
    // A gap of 36.3 leaves ring 59 free: its first free candidate is 36.4 from the origin.
    const [spot] = placeAround({ x: 0, y: 0 }, 1, [{ x: 0, y: 0 }], 1, 36.3);
    expect(Math.hypot(spot!.x, spot!.y)).toBeCloseTo(36.4, 9);
  });
});

// 10 px labels, 4 px discs, half a graph unit per pixel: a label row is 10 · 1.3 · 0.5 = 6.5 units high.
const metrics: LabelMetrics = { unitsPerPixel: 0.5, fontSize: 10, nodeRadius: 4, maxChars: 20 };

describe('footprint', () => {
  it('covers the disc to the left, the label to the right, and the taller of disc and text', () => {
    // Width (4 + 3 + 10 · 10 · 0.58) · 0.5 = 32.5; half height max(4, 7) · 0.5 = 3.5; left edge 4 · 0.5 = 2.
    expect(footprint({ x: 1, y: 2 }, 10, metrics)).toEqual({ x0: -1, y0: -1.5, x1: 33.5, y1: 5.5 });
    const cut = footprint({ x: 1, y: 2 }, 30, metrics);
    expect(cut.x1).toBeCloseTo(1 + (4 + 3 + 20 * 10 * 0.58) * 0.5, 9);
    // A disc taller than its text: half height is the radius.
    expect(footprint({ x: 0, y: 0 }, 0, { unitsPerPixel: 1, fontSize: 2, nodeRadius: 4, maxChars: 5 })).toEqual({ x0: -4, y0: -4, x1: 7, y1: 4 });
  });
});

describe('footprintsOverlap', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('does not count boxes that only touch, on any side', () => {
    expect(footprintsOverlap(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(footprintsOverlap(box, { x0: -10, y0: 0, x1: 0, y1: 10 })).toBe(false);
    expect(footprintsOverlap(box, { x0: 0, y0: 10, x1: 10, y1: 20 })).toBe(false);
    expect(footprintsOverlap(box, { x0: 0, y0: -10, x1: 10, y1: 0 })).toBe(false);
    expect(footprintsOverlap(box, { x0: 9.5, y0: 9.5, x1: 20, y1: 20 })).toBe(true);
  });

  it('counts boxes closer than the padding on any side', () => {
    expect(footprintsOverlap(box, { x0: 11, y0: 0, x1: 20, y1: 10 }, 1)).toBe(false);
    expect(footprintsOverlap(box, { x0: 10.5, y0: 0, x1: 20, y1: 10 }, 1)).toBe(true);
    expect(footprintsOverlap(box, { x0: -10, y0: 0, x1: -0.5, y1: 10 }, 1)).toBe(true);
    expect(footprintsOverlap(box, { x0: 0, y0: 10.5, x1: 10, y1: 20 }, 1)).toBe(true);
    expect(footprintsOverlap(box, { x0: 0, y0: -10, x1: 10, y1: -0.5 }, 1)).toBe(true);
    expect(footprintsOverlap(box, { x0: 0, y0: -10, x1: 10, y1: -1 }, 1)).toBe(false);
  });
});

describe('placeLabelled on exact spots', () => {
  it('starts two rows out, with 12 candidates on that ring, and skips spots within the padding of a placed label', () => {
    // Row 6.5, so the first ring is at max(1, 13) = 13 with floor(2π · 13 / 6.5) = 12 candidates, 30° apart.
    // 30° overlaps the first label; 60° is free; 90° and 120° overlap the second; 150° ends 0.66 short of the
    // second label, inside the 1-unit padding; 180° is free.
    expectPoints(placeLabelled({ x: 0, y: 0 }, [4, 4, 4], [], 1, metrics), [
      { x: 13, y: 0 },
      { x: 13 * Math.cos(Math.PI / 3), y: 13 * Math.sin(Math.PI / 3) },
      { x: -13, y: 0 },
    ]);
  });

  it('uses the radius when it is more than two rows, around the origin given', () => {
    expectPoints(placeLabelled({ x: 5, y: 5 }, [4], [], 20, metrics), [{ x: 25, y: 5 }]);
  });

  it('turns the second ring by half a step', () => {
    // Everything within 16 units is taken: ring 0 (radius 13) is full; ring 1 lies at 20.8 with 20 candidates,
    // the first at π/20.
    expectPoints(placeLabelled({ x: 0, y: 0 }, [4], [{ x0: -16, y0: -16, x1: 16, y1: 16 }], 1, metrics), [{ x: 20.8 * Math.cos(Math.PI / 20), y: 20.8 * Math.sin(Math.PI / 20) }]);
  });

  it('lines the rest up past the 400th ring when nothing is free', () => {
    const everywhere = { x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9 };
    // After 400 rings 7.8 apart from 13, a row (6.5) apart.
    expectPoints(placeLabelled({ x: 0, y: 0 }, [4, 4], [everywhere], 1, metrics), [
      { x: 13 + 400 * 7.8, y: 0 },
      { x: 13 + 400 * 7.8 + 6.5, y: 0 },
    ]);
  });
});
