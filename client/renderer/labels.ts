// Node labels that never cover each other. Sigma's label grid only caps how many labels each grid cell shows, so
// labels starting in neighbouring cells still pile up (200 neighbours in a ring: one unreadable block). Here each
// frame's labels are drawn in priority order (forced labels first: the selection, a path, a highlight; then bigger
// nodes first) and a label whose box would touch a label already drawn is left out; it shows on hover, when zoomed
// in, or when the other moves away. The geometry is pure (labelSpace.ts); this wiring reads the frame's
// label list through sigma's label grid, the one place sigma asks for it once per frame.
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../graph/build.ts';
import type { ExplorerRenderer } from './createRenderer.ts';
import { labelBox, labelOrder, LabelSpace } from './labelSpace.ts';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

interface SigmaInternals {
  labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[] };
  nodesWithForcedLabels: Set<string>;
  nodeDataCache: Record<string, { size: number }>;
}

/** Installs the culling on a renderer: sigma keeps choosing candidates, this decides which of them are drawn. */
export function cullOverlappingLabels(renderer: ExplorerRenderer): LabelSpace {
  const space = new LabelSpace();
  const internals = renderer as unknown as SigmaInternals;
  // Sigma calls getLabelsToDisplay once at the start of each frame's labels: the order that gives priority. Sigma
  // replaces its grid when it clears its node indices, so every grid it is given is wrapped.
  const wrap = (grid: SigmaInternals['labelGrid']) => {
    const candidates = grid.getLabelsToDisplay.bind(grid);
    grid.getLabelsToDisplay = (ratio, density) => {
      space.reset();
      return labelOrder(candidates(ratio, density), internals.nodesWithForcedLabels, (node) => internals.nodeDataCache[node]?.size ?? 0);
    };
    return grid;
  };
  let current = wrap(internals.labelGrid);
  Object.defineProperty(renderer, 'labelGrid', {
    configurable: true,
    get: () => current,
    set: (grid: SigmaInternals['labelGrid']) => (current = wrap(grid)),
  });
  renderer.on('beforeRender', () => space.reset());
  const draw = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttributes, EdgeAttributes>) => {
    if (!data.label) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const box = labelBox(data.x, data.y, data.size, context.measureText(data.label).width, settings.labelSize);
    // Forced labels (a path, a selection's neighbours) go first, but only the selected or hovered node's is drawn
    // whatever it covers: sixty forced labels may still not all fit.
    if (space.take(box, data.highlighted === true)) drawDiscNodeLabel(context, data, settings);
  };
  renderer.setSetting('defaultDrawNodeLabel', draw as unknown as Settings<NodeAttributes, EdgeAttributes>['defaultDrawNodeLabel']);
  return space;
}
