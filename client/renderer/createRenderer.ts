// Sigma creation and its settings, in one place: curved programs for parallel edges (@sigma/edge-curve), arrows
// where direction matters, labels that never cover each other (labels.ts), and the reducers passed in by the page.
// Node and edge programs are sigma's own, flattened (programs.ts: no instancing, which software WebGL pays for per
// item); overlay layers are hidden while empty (layers.ts). The per-frame edge work follows the number of edges
// (pictureSize.ts): a large picture starts with no relationship types and no edges in the picking buffer; the
// explorer turns them on as zoom, hover and selection need them (syncEdgeWork). Edge events are created on (sigma
// makes the edge picking buffer only then) and set by the size rule right after.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/build.ts';
import { cullOverlappingLabels } from './labels.ts';
import { hideEmptyLayers } from './layers.ts';
import { edgeWorkFor, type EdgeWorkInputs } from './pictureSize.ts';
import { flattened, FlatEdgeArrowProgram, FlatEdgeRectangleProgram, FlatNodeCircleProgram } from './programs.ts';

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes>;
type ExplorerSettings = Settings<NodeAttributes, EdgeAttributes>;

export const RENDER_SETTINGS: Partial<ExplorerSettings> = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  // The grid proposes up to two labels per 100 px cell; labels.ts draws only those that do not touch another.
  labelDensity: 1.2,
  labelGridCellSize: 100,
  // Small nodes are named too (an expansion's leaves are the smallest); labels.ts keeps them from piling up.
  labelRenderedSizeThreshold: 1,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#4a5568' },
  defaultEdgeType: 'arrow',
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  // Programs are written for any attributes; sigma's types want them for ours.
  nodeProgramClasses: { circle: FlatNodeCircleProgram } as unknown as ExplorerSettings['nodeProgramClasses'],
  edgeProgramClasses: {
    arrow: FlatEdgeArrowProgram,
    line: FlatEdgeRectangleProgram,
    curved: flattened(EdgeCurveProgram, 'edge'),
    curvedArrow: flattened(EdgeCurvedArrowProgram, 'edge'),
  } as unknown as ExplorerSettings['edgeProgramClasses'],
};

/**
 * Sets sigma's per-frame edge work for the picture's size and the view (zoom, hover, focus); true if it changed.
 * The settings object is written in place: `setSetting` would re-index every node and edge for two flags that only
 * change what the next frame draws. The caller redraws.
 */
export function syncEdgeWork(renderer: ExplorerRenderer, inputs: Omit<EdgeWorkInputs, 'edges'> = {}): boolean {
  const work = edgeWorkFor({ edges: renderer.getGraph().size, ...inputs });
  const settings = (renderer as unknown as { settings: ExplorerSettings }).settings;
  if (settings.renderEdgeLabels === work.edgeLabels && settings.enableEdgeEvents === work.edgeEvents) return false;
  settings.renderEdgeLabels = work.edgeLabels;
  settings.enableEdgeEvents = work.edgeEvents;
  return true;
}

export function createRenderer(graph: ExplorerGraph, container: HTMLElement, settings: Partial<ExplorerSettings> = {}): ExplorerRenderer {
  const work = edgeWorkFor({ edges: graph.size });
  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    ...RENDER_SETTINGS,
    renderEdgeLabels: work.edgeLabels,
    ...settings,
  });
  syncEdgeWork(renderer);
  hideEmptyLayers(renderer);
  cullOverlappingLabels(renderer);
  return renderer;
}
