// Sigma creation and its settings, in one place: curved programs for parallel edges (@sigma/edge-curve), arrows
// where direction matters, a label grid so labels do not pile up, and the reducers passed in by the page.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/build.ts';

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes>;

export const RENDER_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelDensity: 0.35,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#4a5568' },
  defaultEdgeType: 'arrow',
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  // Programs are written for any attributes; sigma's types want them for ours.
  edgeProgramClasses: {
    arrow: EdgeArrowProgram,
    line: EdgeRectangleProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  } as unknown as Settings<NodeAttributes, EdgeAttributes>['edgeProgramClasses'],
};

export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  settings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {},
): ExplorerRenderer {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, { ...RENDER_SETTINGS, ...settings });
}
