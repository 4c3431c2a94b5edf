// The page's view state as plain data, changed only by the pure producers below: what is selected, highlighted
// and filtered, how the graph looks, and the undo history of changes to the picture.
import { chooseCaption, type CaptionChoices } from '../graph/caption.ts';
import type { Delta } from '../graph/delta.ts';
import { emptyFilters, type Filters } from '../graph/filters.ts';
import type { ColourMode, SizeMode } from '../graph/metrics.ts';
import { emptyHistory, pushEntry, type History } from './history.ts';
import type { ViewStep } from './urlState.ts';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface Highlight {
  nodes: string[];
  edges: string[];
}

export interface HistoryEntry {
  /** What the person did, in words ("Expanded Alibaba Group: OWNS, outgoing"). */
  label: string;
  delta: Delta;
  /** How to do it again from a link; null for changes a link does not carry. */
  step: ViewStep | null;
}

export interface ViewState {
  selection: Selection | null;
  highlight: Highlight | null;
  filters: Filters;
  colour: ColourMode;
  size: SizeMode;
  /** The person's caption per label (property keys), applied everywhere in the page. */
  captions: CaptionChoices;
  history: History<HistoryEntry>;
}

export const emptyViewState = (): ViewState => ({
  selection: null,
  highlight: null,
  filters: emptyFilters(),
  colour: 'label',
  size: 'degree',
  captions: {},
  history: emptyHistory(),
});

export type Producer = (state: ViewState) => ViewState;

export const select = (selection: Selection | null): Producer => (s) => ({ ...s, selection });
export const setHighlight = (highlight: Highlight | null): Producer => (s) => ({
  ...s,
  highlight: highlight && (highlight.nodes.length || highlight.edges.length) ? highlight : null,
});
export const updateFilters = (change: (f: Filters) => Filters): Producer => (s) => ({ ...s, filters: change(s.filters) });
export const setColour = (colour: ColourMode): Producer => (s) => ({ ...s, colour });
export const setSize = (size: SizeMode): Producer => (s) => ({ ...s, size });
export const setCaption = (label: string, keys: readonly string[]): Producer => (s) => ({ ...s, captions: chooseCaption(s.captions, label, keys) });
export const setCaptions = (captions: CaptionChoices): Producer => (s) => ({ ...s, captions });
export const record = (entry: HistoryEntry): Producer => (s) => ({ ...s, history: pushEntry(s.history, entry) });
export const replaceHistory = (history: History<HistoryEntry>): Producer => (s) => ({ ...s, history });

/** The steps a link must replay to rebuild the picture: those of the changes not undone, in order. */
export function stepsOf(state: ViewState): ViewStep[] {
  return state.history.past.map((e) => e.step).filter((s): s is ViewStep => s !== null);
}

/** How many pages of this expansion are on the page (so "+N more" asks for the next one). */
export function pagesExpanded(state: ViewState, ref: string, type: string | null, direction: string): number {
  return stepsOf(state).filter((s) => s.kind === 'expand' && s.ref === ref && s.type === type && s.direction === direction).length;
}

/** Forgets a selection or highlight that points at elements no longer in the graph. */
export const pruneMissing = (hasNode: (id: string) => boolean, hasEdge: (id: string) => boolean): Producer => (s) => {
  const selection = s.selection && (s.selection.kind === 'node' ? hasNode(s.selection.id) : hasEdge(s.selection.id)) ? s.selection : null;
  const highlight = s.highlight ? { nodes: s.highlight.nodes.filter(hasNode), edges: s.highlight.edges.filter(hasEdge) } : null;
  return setHighlight(highlight)({ ...s, selection });
};
