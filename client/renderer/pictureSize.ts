// How much per-frame edge work the renderer does, decided by the number of edges on the page: the one place for it.
// Up to LARGE_PICTURE_EDGES edges everything is drawn: arrow heads, relationship types, and edges in the picking
// buffer (hover and click on edges). Above it, sigma 3's per-frame edge work is done only when it can matter:
// relationship types are worked out only when zoomed in, hovering, or with a selection or highlight, and edges
// enter the picking buffer only when zoomed in (then edge hover and click work as on a small picture); the
// explorer's reducers also draw plain lines there unless zoomed in, hovered or in focus (`largePicture`).
// Edge picking drawn every frame cost 20–50% of a frame in software WebGL (bench/render, README design decisions).
// Pure: no sigma import, so it runs in Node tests.

/** Above this many edges on the page, a picture is "large". */
export const LARGE_PICTURE_EDGES = 3000;

export interface EdgeWorkInputs {
  edges: number;
  zoomedIn?: boolean;
  /** A node or an edge under the pointer. */
  hovering?: boolean;
  /** A selection or a highlight on the page. */
  focused?: boolean;
}

export interface EdgeWork {
  /** Edges drawn into the picking buffer each frame, so the pointer finds them (sigma's `enableEdgeEvents`). */
  edgeEvents: boolean;
  /** Relationship types drawn on edges (sigma's `renderEdgeLabels`; the reducers pick which edges have one). */
  edgeLabels: boolean;
}

export function isLargePicture(edges: number): boolean {
  return edges > LARGE_PICTURE_EDGES;
}

export function edgeWorkFor({ edges, zoomedIn = false, hovering = false, focused = false }: EdgeWorkInputs): EdgeWork {
  const small = !isLargePicture(edges);
  return { edgeEvents: small || zoomedIn, edgeLabels: small || zoomedIn || hovering || focused };
}
