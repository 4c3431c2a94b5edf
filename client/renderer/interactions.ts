// What the mouse does on the canvas: click selects, double-click expands, right-click opens the expand menu,
// hover shows names and relationship types, dragging moves a node (and keeps it there), zooming in names edges.
import type { Explorer } from '../explorer.ts';
import type { ExplorerRenderer } from './createRenderer.ts';

export const EDGE_LABEL_ZOOM = 0.45;

export function wireInteractions(
  renderer: ExplorerRenderer,
  explorer: Explorer,
  handlers: { openMenu: (nodeId: string, at: { x: number; y: number }) => void },
): void {
  const graph = explorer.graph;
  let dragged: string | null = null;
  let dragMoved = false;
  let wasFixed = false;

  renderer.on('clickNode', ({ node }) => {
    if (dragMoved) return;
    explorer.select(node);
  });
  renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    void explorer.expand(event.node, null, 'both').catch((error: unknown) => explorer.emit('message', `Could not expand: ${String(error)}`));
  });
  renderer.on('rightClickNode', (event) => {
    event.event.original.preventDefault();
    const rect = renderer.getContainer().getBoundingClientRect();
    explorer.select(event.node);
    handlers.openMenu(event.node, { x: rect.left + event.event.x, y: rect.top + event.event.y });
  });
  renderer.on('clickEdge', ({ edge }) => explorer.selectEdge(edge));
  renderer.on('clickStage', () => explorer.clearSelection());
  renderer.on('enterNode', ({ node }) => explorer.setInputs({ hoveredNode: node }));
  renderer.on('leaveNode', () => explorer.setInputs({ hoveredNode: null }));
  renderer.on('enterEdge', ({ edge }) => explorer.setInputs({ hoveredEdge: edge }));
  renderer.on('leaveEdge', () => explorer.setInputs({ hoveredEdge: null }));
  renderer.getContainer().addEventListener('contextmenu', (event) => event.preventDefault());

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    dragMoved = false;
    wasFixed = graph.getNodeAttribute(node, 'fixed') === true;
    graph.setNodeAttribute(node, 'fixed', true);
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (!dragged) return;
    dragMoved = true;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (!dragged) return;
    if (!wasFixed) graph.removeNodeAttribute(dragged, 'fixed');
    dragged = null;
    if (dragMoved) explorer.savePositions();
    setTimeout(() => (dragMoved = false), 0);
  };
  renderer.getMouseCaptor().on('mouseup', endDrag);
  renderer.getMouseCaptor().on('mouseleave', endDrag);

  renderer.getCamera().on('updated', (state) => {
    const zoomedIn = state.ratio < EDGE_LABEL_ZOOM;
    if (zoomedIn !== explorer.renderInputs.zoomedIn) explorer.setInputs({ zoomedIn });
  });
}
