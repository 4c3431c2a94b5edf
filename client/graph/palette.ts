// Colours by label: a fixed palette, assigned in order of first appearance so a label keeps its colour.
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#2ca02c'] as const;

export function colourFor(label: string, known: Map<string, string>): string {
  let colour = known.get(label);
  if (!colour) {
    colour = PALETTE[known.size % PALETTE.length]!;
    known.set(label, colour);
  }
  return colour;
}
