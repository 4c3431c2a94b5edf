// Layout placement: new nodes on free spots around their origin, apart from each other and from placed nodes.
import { describe, expect, it } from 'vitest';
import { centroid, circle, footprint, footprintsOverlap, placeAround, placeLabelled, type LabelMetrics } from '../../client/graph/placement.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeAround', () => {
  it('gives as many spots as asked, each at least the gap from the others and from occupied points', () => {
    const occupied = [{ x: 0, y: 0 }, { x: 3, y: 0 }, { x: 0, y: 3 }];
    const spots = placeAround({ x: 0, y: 0 }, 40, occupied, 3, 1);
    expect(spots).toHaveLength(40);
    const all = [...occupied, ...spots];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(distance(all[i]!, all[j]!)).toBeGreaterThanOrEqual(0.999);
  });

  it('fills the first ring before going further out, and is deterministic', () => {
    const spots = placeAround({ x: 10, y: 10 }, 5, [], 4, 1);
    for (const s of spots) expect(distance(s, { x: 10, y: 10 })).toBeCloseTo(4, 5);
    expect(placeAround({ x: 10, y: 10 }, 5, [], 4, 1)).toEqual(spots);
  });

  it('skips spots that are taken', () => {
    const free = placeAround({ x: 0, y: 0 }, 1, [], 2, 1)[0]!;
    const next = placeAround({ x: 0, y: 0 }, 1, [free], 2, 1)[0]!;
    expect(distance(free, next)).toBeGreaterThanOrEqual(1);
  });
});

describe('circle and centroid', () => {
  it('spreads points on a circle and finds their centre', () => {
    const points = circle(8, 10);
    expect(points).toHaveLength(8);
    for (const p of points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(10, 5);
    const c = centroid(points);
    expect(c.x).toBeCloseTo(0, 5);
    expect(c.y).toBeCloseTo(0, 5);
    expect(centroid([])).toEqual({ x: 0, y: 0 });
  });
});

// Label-aware placement at the page's real sizes: 14 px labels of up to 26 characters, 20 graph units per 100 px.
const metrics: LabelMetrics = { unitsPerPixel: 0.2, fontSize: 14, nodeRadius: 8, maxChars: 26 };

describe('placeLabelled', () => {
  it('places 200 neighbours with long labels so that no two footprints (disc and label) touch', () => {
    const existing = [footprint({ x: 0, y: 0 }, 20, metrics), footprint({ x: 40, y: 10 }, 26, metrics)];
    const chars = Array.from({ length: 200 }, (_, i) => 10 + (i % 17));
    const spots = placeLabelled({ x: 0, y: 0 }, chars, existing, 30, metrics);
    expect(spots).toHaveLength(200);
    const boxes = [...existing, ...spots.map((p, i) => footprint(p, chars[i]!, metrics))];
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (footprintsOverlap(boxes[i]!, boxes[j]!)) overlapping++;
    expect(overlapping).toBe(0);
    // Compact: within a few rings, not strung out in a line.
    const far = Math.max(...spots.map((p) => Math.hypot(p.x, p.y)));
    expect(far).toBeLessThan(400);
    expect(placeLabelled({ x: 0, y: 0 }, chars, existing, 30, metrics)).toEqual(spots);
  });

  it('never puts a node on the label of a node already there', () => {
    const label = footprint({ x: 0, y: 0 }, 26, metrics);
    const spots = placeLabelled({ x: 0, y: 0 }, [5, 5, 5, 5, 5, 5, 5, 5], [label], 10, metrics);
    for (const p of spots) expect(footprintsOverlap(footprint(p, 5, metrics), label)).toBe(false);
  });
});
