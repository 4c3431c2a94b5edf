// Sigma creation and its settings, in one place.
import Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/build.ts';

export function createRenderer(graph: ExplorerGraph, container: HTMLElement): Sigma<NodeAttributes, EdgeAttributes> {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: false,
    labelDensity: 0.7,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: 'arrow',
    zIndex: true,
  });
}
