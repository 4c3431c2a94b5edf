// Reads one pixel back from every canvas a library drew on, so the GPU (or the 2D rasteriser) must finish the
// frame before the clock stops. The context type of each canvas is recorded when the library creates it, so
// reading never creates a new context.
const contextKinds = new WeakMap<HTMLCanvasElement, 'webgl' | '2d'>();

export function recordCanvasContexts(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    const context = (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    if (context && !contextKinds.has(this)) contextKinds.set(this, kind === '2d' ? '2d' : 'webgl');
    return context;
  } as typeof original;
}

/** The kind of context a library created on this canvas, if it created one. */
export function contextKindOf(canvas: HTMLCanvasElement): 'webgl' | '2d' | undefined {
  return contextKinds.get(canvas);
}

const pixel = new Uint8Array(4);

/** Returns how many canvases were read (a sanity check that the library drew somewhere). */
export function readOnePixel(container: HTMLElement): number {
  let read = 0;
  for (const canvas of container.querySelectorAll('canvas')) {
    const kind = contextKinds.get(canvas);
    if (!kind || canvas.width === 0 || canvas.height === 0) continue;
    if (kind === '2d') {
      canvas.getContext('2d')!.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1);
    } else {
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
      if (!gl) continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.readPixels(canvas.width >> 1, canvas.height >> 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    }
    read++;
  }
  return read;
}
