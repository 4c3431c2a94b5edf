// Rendering benchmark: our renderer and its peers draw the same graphs in one headless Chromium run.
// Software WebGL (SwiftShader) here: only ratios measured in the same run mean something.
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../server/config.ts';
import { serveDirectory } from '../lib/staticServer.ts';
import { median, round } from '../lib/stats.ts';
import { EDGES_PER_NODE, renderGraphFile } from './renderGraph.ts';

export const OUT_DIR = path.join(PROJECT_ROOT, 'bench', 'out');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LIBRARIES = ['sigma', 'vis-network', 'cytoscape', 'cytoscape-webgl'] as const;
const LIBRARY_NAMES: Record<(typeof LIBRARIES)[number], string> = {
  sigma: 'sigma (ours)',
  'vis-network': 'vis-network',
  cytoscape: 'cytoscape',
  'cytoscape-webgl': 'cytoscape (webgl)',
};

export interface RenderResult {
  library: string;
  nodes: number;
  edges: number;
  /** null when the library did not draw within the budget. */
  first_frame_ms: number | null;
  /** Median frame time while panning (draw + pixel read back); null when it did not draw. */
  frame_ms: number | null;
  /** Median time of the draw call alone (main-thread work before the read back waits for the GPU). */
  draw_ms: number | null;
  frames: number;
  status: 'ok' | 'timeout' | 'error';
  note?: string;
}

export interface LayoutResult {
  nodes: number;
  edges: number;
  iterations_per_s: number;
}

export interface RenderOptions {
  sizes: number[];
  panFrames: number;
  firstFrameBudgetMs: number;
  panBudgetMs: number;
  layoutMs: number;
  say: (line: string) => void;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)))]).finally(() => clearTimeout(timer));
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(process.env.BENCH_CHROMIUM_FLAGS ? process.env.BENCH_CHROMIUM_FLAGS.split(' ') : [])],
  });
}

export async function runRenderBenchmark(options: RenderOptions): Promise<{ render: RenderResult[]; layout: LayoutResult[]; browser: string }> {
  options.say('render: building the benchmark page and graphs…');
  await build({ configFile: path.join(PROJECT_ROOT, 'bench', 'render', 'vite.config.ts'), logLevel: 'warn' });
  const graphFiles = new Map(options.sizes.map((n) => [n, path.relative(OUT_DIR, renderGraphFile(path.join(OUT_DIR, 'graphs'), n))]));
  const server = await serveDirectory(OUT_DIR);
  const browser = await launchBenchBrowser();
  const render: RenderResult[] = [];
  const layout: LayoutResult[] = [];
  try {
    for (const nodes of options.sizes) {
      const graphUrl = `/${graphFiles.get(nodes)}`;
      for (const library of LIBRARIES) {
        const result = await measureOne(browser, server.url, library, graphUrl, nodes, options);
        render.push(result);
        options.say(
          `render: ${result.library.padEnd(18)} ${String(nodes).padStart(6)} nodes  first frame ${fmt(result.first_frame_ms)} ms  pan frame ${fmt(result.frame_ms)} ms  (${result.status}${result.note ? `: ${result.note}` : ''})`,
        );
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/render/index.html`);
      await page.waitForSelector('body[data-ready="true"]');
      const fa2 = await page.evaluate(({ url, ms }) => (window as any).__bench.forceAtlas2(url, ms), { url: graphUrl, ms: options.layoutMs });
      await page.close();
      layout.push({ nodes, edges: nodes * EDGES_PER_NODE, iterations_per_s: round(fa2.iterations / fa2.seconds) });
      options.say(`render: ForceAtlas2 in the worker, ${nodes} nodes: ${round(fa2.iterations / fa2.seconds)} iterations/s`);
    }
    return { render, layout, browser: `Chromium ${browser.version()} (headless, SwiftShader WebGL)` };
  } finally {
    await browser.close();
    await server.close();
  }
}

const fmt = (v: number | null) => (v === null ? '—' : String(round(v)));

async function measureOne(
  browser: Browser,
  baseUrl: string,
  library: (typeof LIBRARIES)[number],
  graphUrl: string,
  nodes: number,
  options: RenderOptions,
): Promise<RenderResult> {
  const base: RenderResult = { library: LIBRARY_NAMES[library], nodes, edges: nodes * EDGES_PER_NODE, first_frame_ms: null, frame_ms: null, draw_ms: null, frames: 0, status: 'ok' };
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${baseUrl}/render/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const first = await withTimeout(
      page.evaluate(({ lib, url }) => (window as any).__bench.firstFrame(lib, url) as Promise<{ firstFrameMs: number; canvasesRead: number }>, { lib: library, url: graphUrl }),
      options.firstFrameBudgetMs,
    );
    if (first === 'timeout') return { ...base, status: 'timeout', note: `no first frame within ${options.firstFrameBudgetMs / 1000} s` };
    if (first.canvasesRead === 0) return { ...base, status: 'error', note: 'drew on no canvas' };
    const frames = await withTimeout(
      page.evaluate(({ n, budget }) => (window as any).__bench.pan(n, budget) as Promise<{ frameMs: number[]; drawMs: number[] }>, { n: options.panFrames, budget: options.panBudgetMs }),
      options.panBudgetMs + options.firstFrameBudgetMs,
    );
    if (frames === 'timeout') return { ...base, first_frame_ms: round(first.firstFrameMs), status: 'timeout', note: 'a pan frame took longer than the budget' };
    // The first pan frames warm caches (shaders, label measurements): leave out a few when there are enough.
    const steady = (values: number[]) => (values.length > 10 ? values.slice(3) : values);
    return {
      ...base,
      first_frame_ms: round(first.firstFrameMs),
      frame_ms: round(median(steady(frames.frameMs))),
      draw_ms: round(median(steady(frames.drawMs))),
      frames: frames.frameMs.length,
    };
  } catch (error) {
    return { ...base, status: 'error', note: (errors[0] ?? (error instanceof Error ? error.message : String(error))).slice(0, 200) };
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}
