// What each library under test provides to the benchmark page: mount (resolves once the first frame is drawn
// and read back), pan by some pixels, draw synchronously, and tear down.
import type { RenderGraph } from '../renderGraph.ts';

export interface MountedRenderer {
  /** Moves the view by (dx, dy) screen pixels without drawing. */
  panBy(dx: number, dy: number): void;
  /** Draws the current view now, synchronously, through the library's own draw entry point. */
  drawNow(): void;
  destroy(): void;
}

export interface RendererAdapter {
  readonly id: string;
  /** Builds the library's model from the shared arrays, draws the first frame; `onDrawn` runs in the same task as that draw. */
  mount(container: HTMLElement, graph: RenderGraph, onDrawn: () => void): Promise<MountedRenderer>;
}
