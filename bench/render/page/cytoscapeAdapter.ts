// Cytoscape.js with its default canvas renderer, and with its WebGL renderer (3.31+); preset positions,
// straight edges with arrows, labels hidden below 6 px as sigma hides them.
import cytoscape from 'cytoscape';
import type { RendererAdapter } from './adapter.ts';

interface InternalRenderer {
  render(options?: object): void;
  redrawHint(group: string, value: boolean): void;
}

function cytoscapeAdapter(webgl: boolean): RendererAdapter {
  return {
    id: webgl ? 'cytoscape (webgl)' : 'cytoscape',
    async mount(container, g, onDrawn) {
      const elements: cytoscape.ElementDefinition[] = [];
      for (let i = 0; i < g.ids.length; i++) {
        elements.push({ group: 'nodes', data: { id: g.ids[i], label: g.labels[i], color: g.color[i], d: g.size[i]! * 2 }, position: { x: g.x[i]!, y: g.y[i]! } });
      }
      for (let i = 0; i < g.source.length; i++) {
        elements.push({ group: 'edges', data: { id: `e${i}`, source: g.ids[g.source[i]!], target: g.ids[g.target[i]!] } });
      }
      const cy = cytoscape({
        container,
        elements,
        layout: { name: 'preset', fit: true },
        style: [
          {
            selector: 'node',
            style: { 'background-color': 'data(color)', width: 'data(d)', height: 'data(d)', label: 'data(label)', 'font-size': 12, 'min-zoomed-font-size': 6 },
          },
          {
            selector: 'edge',
            style: { width: 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'triangle', 'curve-style': 'straight' },
          },
        ],
        ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      } as cytoscape.CytoscapeOptions);
      const renderer = (cy as unknown as { renderer(): InternalRenderer }).renderer();
      const drawNow = () => {
        renderer.redrawHint('eles', true);
        renderer.redrawHint('drag', true);
        renderer.render();
      };
      drawNow();
      onDrawn();
      return {
        panBy(dx, dy) {
          cy.panBy({ x: dx, y: dy });
        },
        drawNow,
        destroy() {
          cy.destroy();
        },
      };
    },
  };
}

export const cytoscapeCanvasAdapter = cytoscapeAdapter(false);
export const cytoscapeWebglAdapter = cytoscapeAdapter(true);
