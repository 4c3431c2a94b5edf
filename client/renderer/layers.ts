// Sigma's overlay layers that are usually empty (edge labels, hover boxes, hovered nodes) are taken out of the page's
// picture while they hold nothing. The browser composites every canvas layer on every frame whether or not it has
// pixels: full-viewport blends that, without a GPU, cost the compositor ~40 ms a frame for these three (bench/render).
// A layer is hidden when sigma clears it whole and shown again by its first drawing call, within the same task, so
// nothing flickers. The hovered-node WebGL layer follows the hover-box layer: sigma draws both for the same nodes.
import type { ExplorerRenderer } from './createRenderer.ts';

const DRAWING_CALLS = ['fill', 'fillRect', 'fillText', 'stroke', 'strokeRect', 'strokeText', 'drawImage', 'putImageData'] as const;

export function hideEmptyLayers(renderer: ExplorerRenderer): void {
  const canvases = renderer.getCanvases();
  const watch = (layer: HTMLCanvasElement | undefined, followers: (HTMLCanvasElement | undefined)[] = []) => {
    const context = layer?.getContext('2d');
    if (!layer || !context) return;
    const elements = [layer, ...followers].filter((e): e is HTMLCanvasElement => !!e);
    let shown = true;
    const show = (visible: boolean) => {
      if (visible === shown) return;
      shown = visible;
      for (const element of elements) element.style.visibility = visible ? '' : 'hidden';
    };
    const clearRect = context.clearRect.bind(context);
    context.clearRect = (x, y, w, h) => {
      clearRect(x, y, w, h);
      const { width, height } = renderer.getDimensions();
      if (x <= 0 && y <= 0 && w >= width && h >= height) show(false);
    };
    for (const name of DRAWING_CALLS) {
      const original = (context[name] as (...args: unknown[]) => unknown).bind(context);
      (context as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        show(true);
        return original(...args);
      };
    }
  };
  watch(canvases.edgeLabels);
  watch(canvases.hovers, [canvases.hoverNodes]);
}
