// Label geometry (pure, runs in Node): where sigma draws a disc label, when two labels touch, the order a frame's
// labels are drawn in, and the space that admits a label only where no label is yet. renderer/labels.ts wires it.
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Pixels kept free around a label. */
export const LABEL_PADDING = 2;

/** Where sigma's disc label goes (drawDiscNodeLabel): right of the node, vertically centred on it. */
export function labelBox(x: number, y: number, nodeSize: number, textWidth: number, fontSize: number): Box {
  const left = x + nodeSize + 3;
  return { x0: left, y0: y - fontSize * 0.7, x1: left + textWidth, y1: y + fontSize * 0.6 };
}

export function boxesOverlap(a: Box, b: Box, padding = LABEL_PADDING): boolean {
  return a.x0 < b.x1 + padding && b.x0 < a.x1 + padding && a.y0 < b.y1 + padding && b.y0 < a.y1 + padding;
}

/** Orders a frame's label candidates: forced ones first, then by node size (bigger first), stable otherwise (pure). */
export function labelOrder(candidates: readonly string[], forced: ReadonlySet<string>, sizeOf: (node: string) => number): string[] {
  const unique = [...new Set([...forced, ...candidates])];
  return unique
    .map((node, index) => ({ node, index, forced: forced.has(node), size: sizeOf(node) }))
    .sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || a.index - b.index)
    .map((c) => c.node);
}

/** Keeps a frame's drawn label boxes; says whether a new one fits. */
export class LabelSpace {
  private boxes: Box[] = [];

  reset(): void {
    this.boxes = [];
  }

  /** Takes the box if it is free, or if `force`; true when the label is to be drawn. */
  take(box: Box, force: boolean): boolean {
    if (!force && this.boxes.some((b) => boxesOverlap(b, box))) return false;
    this.boxes.push(box);
    return true;
  }

  get drawn(): readonly Box[] {
    return this.boxes;
  }
}
