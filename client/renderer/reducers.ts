// Sigma reducers (pure): how each node and edge is drawn from the view state, without touching the graph.
// Filters hide; selection and highlight fade the rest (nodes keep their hue); colours by label or community; sizes by the chosen measure;
// relationship types as edge labels on hover, on what is selected or highlighted, and when zoomed in.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/build.ts';
import { edgeVisible, nodeVisible } from '../graph/filters.ts';
import { communityColour, dim, FADED } from '../graph/palette.ts';
import type { ViewState } from '../state/view.ts';

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE (not imported: that module needs WebGL, and this file runs in Node tests). */
export const BASE_CURVATURE = 0.25;

/** Relationship types whose direction carries no meaning: drawn without arrows. */
export const SYMMETRIC_TYPES = new Set(['COMPETES_WITH', 'PARTNERS_WITH', 'KNOWS', 'SIMILAR_TO', 'RELATED_TO']);

/** Long captions are cut on the canvas (the whole one shows on hover and in Details), so labels do not pile up. */
export const LABEL_MAX = 26;
export function shorten(label: string): string {
  return label.length <= LABEL_MAX ? label : `${label.slice(0, LABEL_MAX - 1).trimEnd()}…`;
}

/** Up to this many edges in focus (a selection's, a path's) are named on the canvas. */
export const FOCUS_EDGE_LABELS = 40;

export interface RenderInputs {
  view: ViewState;
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number>;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** Camera zoomed in enough to name every relationship. */
  zoomedIn: boolean;
  /** So many edges that arrow heads (a second WebGL program per edge) are drawn only when zoomed in or in focus. */
  largePicture?: boolean;
}

/** The nodes and edges in focus (selection or highlight), or null when nothing is. */
export function focusOf(graph: ExplorerGraph, view: ViewState): { nodes: Set<string>; edges: Set<string> } | null {
  if (view.highlight) return { nodes: new Set(view.highlight.nodes), edges: new Set(view.highlight.edges) };
  const selection = view.selection;
  if (!selection) return null;
  if (selection.kind === 'edge' && graph.hasEdge(selection.id)) {
    return { nodes: new Set([graph.source(selection.id), graph.target(selection.id)]), edges: new Set([selection.id]) };
  }
  if (selection.kind === 'node' && graph.hasNode(selection.id)) {
    const nodes = new Set([selection.id]);
    const edges = new Set<string>();
    graph.forEachEdge(selection.id, (edge, _, source, target) => {
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    return { nodes, edges };
  }
  return null;
}

export function createReducers(graph: ExplorerGraph, inputs: () => RenderInputs) {
  let cachedFor: unknown = null;
  let focus: ReturnType<typeof focusOf> = null;
  const visibleCache = new Map<string, boolean>();
  const refresh = (current: RenderInputs) => {
    if (cachedFor === current) return;
    cachedFor = current;
    focus = focusOf(graph, current.view);
    visibleCache.clear();
  };
  const isNodeVisible = (id: string, current: RenderInputs) => {
    let visible = visibleCache.get(id);
    if (visible === undefined) {
      visible = graph.hasNode(id) && nodeVisible(graph.getNodeAttributes(id), current.view.filters);
      visibleCache.set(id, visible);
    }
    return visible;
  };

  const nodeReducer = (id: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const current = inputs();
    refresh(current);
    if (!isNodeVisible(id, current)) return { ...data, hidden: true };
    const display: Partial<NodeDisplayData> = { ...data, size: current.sizes.get(id) ?? data.size };
    if (current.view.colour === 'community') display.color = communityColour(current.communities.get(id) ?? 0);
    const selected = current.view.selection?.kind === 'node' && current.view.selection.id === id;
    if (focus && !focus.nodes.has(id)) {
      display.color = dim(display.color ?? data.color);
      display.label = null;
      display.zIndex = 0;
    } else if (focus) {
      display.zIndex = 1;
      display.forceLabel = focus.nodes.size <= 60;
    }
    if (selected || current.hoveredNode === id) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    } else if (display.label) {
      display.label = shorten(display.label);
    }
    if (data.fixed && display.label) display.label = `${display.label} (pinned)`;
    return display;
  };

  const edgeReducer = (id: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const current = inputs();
    refresh(current);
    const source = graph.source(id);
    const target = graph.target(id);
    if (!edgeVisible(data, current.view.filters, isNodeVisible(source, current), isNodeVisible(target, current))) return { ...data, hidden: true };
    const inFocus = focus?.edges.has(id) ?? false;
    const hovered = current.hoveredEdge === id || (current.hoveredNode !== null && (source === current.hoveredNode || target === current.hoveredNode));
    const arrowsShown = !current.largePicture || current.zoomedIn || inFocus || hovered;
    const directed = arrowsShown && !SYMMETRIC_TYPES.has(data.relType);
    const parallel = typeof data.parallelIndex === 'number' && (data.parallelMaxIndex ?? 0) > 0;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      ...data,
      type: parallel ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line',
      label: null,
    };
    if (parallel) display.curvature = BASE_CURVATURE + (3 * BASE_CURVATURE * (data.parallelIndex ?? 0)) / (data.parallelMaxIndex || 1);
    if (focus && !inFocus) {
      display.color = FADED;
      display.zIndex = 0;
    } else if (focus) {
      display.color = '#3d4a5c';
      display.size = 2.5;
      display.zIndex = 1;
    }
    // A focus of many edges (a hub's 200) names none of them but the hovered one: their types would pile up.
    const namedInFocus = inFocus && (focus?.edges.size ?? 0) <= FOCUS_EDGE_LABELS;
    if (hovered || namedInFocus || (current.zoomedIn && !focus)) display.label = data.relType;
    if (hovered || namedInFocus) display.forceLabel = true;
    if (current.hoveredEdge === id) display.color = '#1d2330';
    return display;
  };

  return { nodeReducer, edgeReducer };
}
