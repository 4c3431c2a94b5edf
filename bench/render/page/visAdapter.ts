// vis-network (behind neovis.js), set up for speed: physics and the improved layout off, straight edges,
// the same positions, sizes, colours, labels and arrows as ours.
import { DataSet } from 'vis-data';
import { Network } from 'vis-network';
import type { RendererAdapter } from './adapter.ts';

export const visAdapter: RendererAdapter = {
  id: 'vis-network',
  async mount(container, g, onDrawn) {
    const nodes = new DataSet(g.ids.map((id, i) => ({ id, label: g.labels[i], x: g.x[i], y: g.y[i], size: g.size[i], color: g.color[i] })));
    const edges = new DataSet(g.source.map((s, i) => ({ id: `e${i}`, from: g.ids[s], to: g.ids[g.target[i]!] })));
    const network = new Network(
      container,
      { nodes, edges } as never,
      {
        physics: false,
        layout: { improvedLayout: false },
        nodes: { shape: 'dot', font: { size: 12 } },
        edges: { smooth: false, arrows: 'to', color: '#a0aec0', width: 1.5 },
        interaction: { hover: false },
      },
    );
    network.fit({ animation: false });
    network.redraw();
    onDrawn();
    return {
      panBy(dx, dy) {
        const scale = network.getScale();
        const at = network.getViewPosition();
        network.moveTo({ position: { x: at.x - dx / scale, y: at.y - dy / scale }, scale, animation: false });
      },
      drawNow() {
        network.redraw();
      },
      destroy() {
        network.destroy();
      },
    };
  },
};
