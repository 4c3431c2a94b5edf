// Our renderer exactly as the client creates it: the client's graphology graph and its createRenderer settings.
import type Sigma from 'sigma';
import { createExplorerGraph } from '../../../client/graph/build.ts';
import { createRenderer } from '../../../client/renderer/createRenderer.ts';
import type { RendererAdapter } from './adapter.ts';

export const sigmaAdapter: RendererAdapter = {
  id: 'sigma (ours)',
  async mount(container, g, onDrawn) {
    const graph = createExplorerGraph();
    for (let i = 0; i < g.ids.length; i++) {
      graph.addNode(g.ids[i]!, { label: g.labels[i]!, x: g.x[i]!, y: g.y[i]!, size: g.size[i]!, color: g.color[i]!, labels: [], properties: {} });
    }
    for (let i = 0; i < g.source.length; i++) {
      graph.addDirectedEdgeWithKey(`e${i}`, g.ids[g.source[i]!]!, g.ids[g.target[i]!]!, { label: '', relType: '', size: 1.5, color: '#a0aec0', properties: {} });
    }
    // The constructor processes the graph and draws the first frame synchronously.
    const renderer: Sigma = createRenderer(graph, container) as unknown as Sigma;
    onDrawn();
    (window as unknown as { __sigma?: Sigma }).__sigma = renderer;
    const camera = renderer.getCamera();
    return {
      panBy(dx, dy) {
        const origin = renderer.viewportToFramedGraph({ x: 0, y: 0 });
        const moved = renderer.viewportToFramedGraph({ x: dx, y: dy });
        const state = camera.getState();
        camera.setState({ x: state.x - (moved.x - origin.x), y: state.y - (moved.y - origin.y) });
      },
      drawNow() {
        (renderer as unknown as { render(): void }).render();
      },
      destroy() {
        renderer.kill();
      },
    };
  },
};
