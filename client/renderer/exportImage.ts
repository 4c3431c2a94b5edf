// PNG of what the canvas shows: sigma's layers (WebGL and 2D) drawn in order onto one canvas on white, right
// after a synchronous render so the WebGL buffers still hold the frame.
import type { ExplorerRenderer } from './createRenderer.ts';

export function renderPng(renderer: ExplorerRenderer): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of Object.values(renderer.getCanvases())) {
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
}
