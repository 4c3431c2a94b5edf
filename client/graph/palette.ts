// Colours by label: a fixed palette, assigned in order of first appearance so a label keeps its colour; and a
// palette for communities.
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#2ca02c'] as const;
const COMMUNITY_PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#386cb0', '#f0027f', '#bf5b17', '#666666', '#17becf'] as const;

export function colourFor(label: string, known: Map<string, string>): string {
  let colour = known.get(label);
  if (!colour) {
    colour = PALETTE[known.size % PALETTE.length]!;
    known.set(label, colour);
  }
  return colour;
}

export function communityColour(community: number): string {
  return COMMUNITY_PALETTE[Math.abs(community) % COMMUNITY_PALETTE.length]!;
}

/** The faded colour of what is not part of the selection or highlight. */
export const FADED = '#dfe3ea';
