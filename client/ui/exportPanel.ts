// Export the picture: PNG (what the canvas shows), GEXF (for Gephi) and JSON (nodes, relationships, positions).
import type { Explorer } from '../explorer.ts';
import { messageOf } from '../explorer.ts';
import { toGexf, toJsonExport } from '../graph/exporters.ts';
import { communityColour } from '../graph/palette.ts';
import type { ExplorerRenderer } from '../renderer/createRenderer.ts';
import { renderPng } from '../renderer/exportImage.ts';
import { downloadBlob } from './download.ts';
import { button, el } from './dom.ts';

export function mountExport(root: HTMLElement, explorer: Explorer, renderer: ExplorerRenderer): void {
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const colourOf = (id: string) =>
    explorer.state.colour === 'community' ? communityColour(explorer.renderInputs.communities.get(id) ?? 0) : explorer.graph.getNodeAttribute(id, 'color');
  root.append(
    el(
      'div',
      { class: 'row' },
      button('Export PNG', () =>
        renderPng(renderer)
          .then((blob) => downloadBlob(blob, `graph-${stamp()}.png`))
          .catch((error: unknown) => explorer.emit('message', `PNG export failed: ${messageOf(error)}`)),
      ),
      button('Export GEXF', () => downloadBlob(new Blob([toGexf(explorer.graph, colourOf)], { type: 'application/gexf+xml' }), `graph-${stamp()}.gexf`)),
      button('Export JSON', () => downloadBlob(new Blob([toJsonExport(explorer.graph)], { type: 'application/json' }), `graph-${stamp()}.json`)),
    ),
  );
}
