// Where new nodes go (pure). Nodes that came from an origin are set on rings around it, on free spots, so the
// picture grows next to what the person expanded; nodes already placed are never moved here.

export interface Point {
  x: number;
  y: number;
}

/** Smallest distance kept between a new node and any node already placed, in graph units. */
export const PLACEMENT_GAP = 1;

function isFree(candidate: Point, occupied: readonly Point[], gap: number): boolean {
  return occupied.every((p) => (p.x - candidate.x) ** 2 + (p.y - candidate.y) ** 2 >= gap * gap);
}

/**
 * `count` positions around `origin`: first ring at `radius`, further rings further out, each spot at least
 * `gap` away from the occupied points and from each other. Deterministic.
 */
export function placeAround(origin: Point, count: number, occupied: readonly Point[], radius = 3, gap = PLACEMENT_GAP): Point[] {
  const placed: Point[] = [];
  const taken = [...occupied];
  let ring = 0;
  while (placed.length < count && ring < 60) {
    const r = radius * (1 + ring * 0.6);
    const slots = Math.max(6, Math.floor((2 * Math.PI * r) / (gap * 1.2)));
    const offset = ring * 0.37;
    for (let i = 0; i < slots && placed.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots;
      const candidate = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
      if (!isFree(candidate, taken, gap)) continue;
      placed.push(candidate);
      taken.push(candidate);
    }
    ring++;
  }
  // Nothing free within 60 rings (never in practice): stack the rest outward.
  while (placed.length < count) placed.push({ x: origin.x + radius * (61 + placed.length), y: origin.y });
  return placed;
}

/** Positions on a circle for an opening picture with no saved positions (ForceAtlas2 refines them). */
export function circle(count: number, radius = Math.max(10, Math.sqrt(count) * 6)): Point[] {
  return Array.from({ length: count }, (_, i) => ({
    x: radius * Math.cos((2 * Math.PI * i) / Math.max(1, count)),
    y: radius * Math.sin((2 * Math.PI * i) / Math.max(1, count)),
  }));
}

/** The centre of some points, or the origin. */
export function centroid(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}
