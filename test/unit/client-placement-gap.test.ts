// Placement at gaps other than 1 (where gap² = gap hides a wrong comparison), ring sizes, the ring offset, the
// stacking fallback, and the default radius of the opening circle.
import { describe, expect, it } from 'vitest';
import { PLACEMENT_GAP, centroid, circle, placeAround, type Point } from '../../client/graph/placement.ts';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const minimumDistance = (points: readonly Point[]) => {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) least = Math.min(least, distance(points[i]!, points[j]!));
  return least;
};

describe('placeAround at the real gap', () => {
  it('keeps every new spot at least a gap of 2.5 from the others and from occupied points', () => {
    const occupied = [{ x: 3, y: 0 }, { x: -3, y: 0 }, { x: 0, y: 4 }];
    const spots = placeAround({ x: 0, y: 0 }, 30, occupied, 3, 2.5);
    expect(spots).toHaveLength(30);
    expect(minimumDistance([...occupied, ...spots])).toBeGreaterThanOrEqual(2.5 - 1e-9);
  });

  it('takes a spot 0.6 from an occupied point when the gap is 0.5, and skips it when the point is 0.4 away', () => {
    const origin = { x: 1, y: 1 };
    const first = { x: 4, y: 1 }; // radius 3, angle 0: the first candidate
    expect(placeAround(origin, 1, [{ x: 4, y: 1.6 }], 3, 0.5)).toEqual([first]);
    const moved = placeAround(origin, 1, [{ x: 4, y: 1.4 }], 3, 0.5)[0]!;
    expect(moved).not.toEqual(first);
    expect(distance(moved, origin)).toBeCloseTo(3, 9);
  });

  it('puts floor(2πr / 1.2·gap) spots on a ring, then starts the next ring 0.6 radius further out, turned by 0.37', () => {
    // r = 3, gap = 1: floor(18.85 / 1.2) = 15 spots on the first ring.
    const spots = placeAround({ x: 0, y: 0 }, 16, [], 3, 1);
    for (let i = 0; i < 15; i++) {
      const angle = (2 * Math.PI * i) / 15;
      expect(spots[i]!.x).toBeCloseTo(3 * Math.cos(angle), 9);
      expect(spots[i]!.y).toBeCloseTo(3 * Math.sin(angle), 9);
    }
    expect(spots[15]!.x).toBeCloseTo(4.8 * Math.cos(0.37), 9);
    expect(spots[15]!.y).toBeCloseTo(4.8 * Math.sin(0.37), 9);
  });

  it('puts at least 6 spots on a small ring', () => {
    // r = 1, gap = 0.1: floor(6.28 / 0.12) = 52 spots; r = 1, gap = 2: max(6, 2) = 6 candidate angles.
    const spots = placeAround({ x: 0, y: 0 }, 2, [], 1, 0.1);
    expect(spots[1]!.x).toBeCloseTo(Math.cos((2 * Math.PI) / 52), 9);
    const wide = placeAround({ x: 0, y: 0 }, 2, [], 1, 1.7);
    // 6 slots: the neighbour at 60° is 1 away (too close), the one at 120° is √3 ≈ 1.73 away.
    expect(wide[1]!.x).toBeCloseTo(Math.cos((2 * Math.PI) / 3), 9);
    expect(wide[1]!.y).toBeCloseTo(Math.sin((2 * Math.PI) / 3), 9);
  });

  it('stacks the rest outward when no ring within 60 has room', () => {
    // A gap of 100 around rings of radius 1 … 36.4: only the very first spot is free.
    expect(placeAround({ x: 5, y: 7 }, 3, [], 1, 100)).toEqual([
      { x: 6, y: 7 },
      { x: 5 + 62, y: 7 },
      { x: 5 + 63, y: 7 },
    ]);
    expect(placeAround({ x: 0, y: 0 }, 0, [], 1, 1)).toEqual([]);
  });

  it('uses the app gap by default', () => {
    const spots = placeAround({ x: 0, y: 0 }, 40, [{ x: 0, y: 0 }]);
    expect(minimumDistance(spots)).toBeGreaterThanOrEqual(PLACEMENT_GAP - 1e-9);
    expect(distance(spots[0]!, { x: 0, y: 0 })).toBeCloseTo(3, 9);
  });
});

describe('circle', () => {
  it('has a radius of 10 for few nodes and 6·√n for many', () => {
    expect(circle(1)).toEqual([{ x: 10, y: 0 }]);
    const many = circle(16);
    expect(many).toHaveLength(16);
    for (const p of many) expect(Math.hypot(p.x, p.y)).toBeCloseTo(24, 9);
    expect(many[4]!.x).toBeCloseTo(0, 9);
    expect(many[4]!.y).toBeCloseTo(24, 9);
    expect(circle(0)).toEqual([]);
  });

  it('finds the centre of uneven points', () => {
    expect(centroid([{ x: 0, y: 0 }, { x: 3, y: 0 }, { x: 0, y: 6 }])).toEqual({ x: 1, y: 2 });
  });
});
