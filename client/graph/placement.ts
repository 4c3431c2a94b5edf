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

/** How big labels are in graph units at the current zoom: what label-aware placement keeps apart. */
export interface LabelMetrics {
  /** Graph units per screen pixel at the current camera. */
  unitsPerPixel: number;
  /** Label font size in pixels. */
  fontSize: number;
  /** Node radius in pixels (a new node's disc must not cover a label either). */
  nodeRadius: number;
  /** Longest label in characters (the page cuts longer ones). */
  maxChars: number;
}

export interface Footprint {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a node and its label cover, in graph units: the disc, and the label to its right (as sigma draws it). */
export function footprint(p: Point, chars: number, m: LabelMetrics): Footprint {
  const u = m.unitsPerPixel;
  const width = (m.nodeRadius + 3 + Math.min(chars, m.maxChars) * m.fontSize * 0.58) * u;
  const half = Math.max(m.nodeRadius, m.fontSize * 0.7) * u;
  return { x0: p.x - m.nodeRadius * u, y0: p.y - half, x1: p.x + width, y1: p.y + half };
}

export function footprintsOverlap(a: Footprint, b: Footprint, padding = 0): boolean {
  return a.x0 < b.x1 + padding && b.x0 < a.x1 + padding && a.y0 < b.y1 + padding && b.y0 < a.y1 + padding;
}

/**
 * Spots around `origin` for nodes with labels of `chars` characters, none of whose footprint (disc and label)
 * touches another's or one of `occupied`: rings from `radius` outwards, candidates on each ring a label's height
 * apart, so labels stack in readable columns left and right and spread into arcs above and below. Deterministic.
 */
export function placeLabelled(origin: Point, chars: readonly number[], occupied: readonly Footprint[], radius: number, m: LabelMetrics): Point[] {
  const row = m.fontSize * 1.3 * m.unitsPerPixel;
  const padding = 2 * m.unitsPerPixel;
  const taken = [...occupied];
  const placed: Point[] = [];
  const ringStep = row * 1.2;
  let r = Math.max(radius, row * 2);
  for (let ring = 0; placed.length < chars.length && ring < 400; ring++, r += ringStep) {
    const slots = Math.max(8, Math.floor((2 * Math.PI * r) / row));
    const offset = (ring % 2) * (Math.PI / slots);
    for (let i = 0; i < slots && placed.length < chars.length; i++) {
      const angle = offset + (2 * Math.PI * i) / slots;
      const candidate = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
      const box = footprint(candidate, chars[placed.length]!, m);
      if (taken.some((t) => footprintsOverlap(t, box, padding))) continue;
      placed.push(candidate);
      taken.push(box);
    }
  }
  while (placed.length < chars.length) placed.push({ x: origin.x + r + placed.length * row, y: origin.y });
  return placed;
}
