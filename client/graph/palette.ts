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

/** The faded colour of edges that are not part of the selection or highlight. */
export const FADED = '#dfe3ea';

/**
 * A node colour dimmed for what is outside the selection or highlight: mixed towards white, so it recedes but
 * keeps its hue (label or community colours stay readable while a selection or a path is highlighted).
 */
export function dim(hex: string, towardsWhite = 0.6): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return FADED;
  const mix = (c: string) => Math.round(parseInt(c, 16) + (255 - parseInt(c, 16)) * towardsWhite).toString(16).padStart(2, '0');
  return `#${mix(m[1]!)}${mix(m[2]!)}${mix(m[3]!)}`;
}
