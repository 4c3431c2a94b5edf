// sigma 3.0.3 (the explorer's renderer) vs sigma 4 (npm latest) in one headless Chromium run, on the seed graph
// and a generated 10k-node graph: time to first frame and frame time while panning. Software WebGL (SwiftShader):
// compare the ratios within a run, not the absolute times. Usage: npx tsx bench/render-sigma/run.ts [--reps 3]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../server/config.ts';
import { serveDirectory } from '../lib/staticServer.ts';
import { median, percentile } from '../lib/stats.ts';
import { renderGraphFile } from '../render/renderGraph.ts';
import { seedRenderGraph } from './seedGraph.ts';

const OUT = path.join(PROJECT_ROOT, 'bench', 'out');
const RENDERERS = { client: 'sigma 3.0.3, explorer setup', sigma3: 'sigma 3.0.3, defaults', sigma4: 'sigma 4.0.4, defaults' } as const;
const args = process.argv.slice(2);
const reps = Number(args[args.indexOf('--reps') + 1] ?? 3) || 3;
const PAN_FRAMES = 60;
/** A page stops panning after this long (a 10k-node frame takes seconds in software WebGL on a shared machine). */
const PAN_BUDGET_MS = 20_000;
const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  await build({ configFile: path.join(PROJECT_ROOT, 'bench', 'render-sigma', 'vite.config.ts'), logLevel: 'warn' });
  fs.mkdirSync(path.join(OUT, 'graphs'), { recursive: true });
  const seedFile = path.join(OUT, 'graphs', 'render-seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seedRenderGraph()));
  const graphs = [
    { name: 'seed graph', url: '/graphs/render-seed.json' },
    { name: '10k nodes', url: `/${path.relative(OUT, renderGraphFile(path.join(OUT, 'graphs'), 10_000))}` },
  ];
  const server = await serveDirectory(OUT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const browserName = `Chromium ${browser.version()} headless, SwiftShader WebGL`;
  const results: Record<string, { first: number[]; frames: number[]; webgl2: boolean; error?: string }> = {};
  try {
    // Renderers interleaved within each repetition, so drift on a shared machine affects all alike.
    for (let rep = 0; rep < reps; rep++) {
      for (const graph of graphs) {
        for (const renderer of Object.keys(RENDERERS)) {
          const id = `${graph.name}|${renderer}`;
          const entry = (results[id] ??= { first: [], frames: [], webgl2: false });
          const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          try {
            await page.goto(`${server.url}/render-sigma/index.html`);
            await page.waitForSelector('body[data-ready="true"]');
            const first = await page.evaluate(({ r, u }) => (window as any).__bench.firstFrame(r, u), { r: renderer, u: graph.url });
            if (!first.canvases) throw new Error('drew on no canvas');
            const frames: number[] = await page.evaluate(({ n, b }) => (window as any).__bench.pan(n, b), { n: PAN_FRAMES, b: PAN_BUDGET_MS });
            entry.first.push(first.ms);
            // The first frames warm caches (shaders, label measures): left out when there are enough.
            entry.frames.push(...(frames.length > 8 ? frames.slice(2) : frames));
            entry.webgl2 ||= first.webgl2;
          } catch (error) {
            entry.error = errors[0] ?? (error instanceof Error ? error.message : String(error));
          } finally {
            await page.close();
          }
        }
      }
      process.stdout.write(`repetition ${rep + 1}/${reps} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = Object.entries(results).map(([id, r]) => {
    const [graph, renderer] = id.split('|') as [string, keyof typeof RENDERERS];
    return {
      graph,
      renderer: RENDERERS[renderer],
      first_frame_ms: round(median(r.first)),
      pan_frame_ms_median: round(median(r.frames)),
      pan_frame_ms_p95: round(percentile(r.frames, 95)),
      frames: r.frames.length,
      webgl2: r.webgl2,
      runs: r.first.length,
      ...(r.error ? { error: r.error } : {}),
    };
  });
  console.table(rows);
  const report = { browser: browserName, reps, panFrames: PAN_FRAMES, rows };
  fs.writeFileSync(path.join(OUT, 'render-sigma.json'), JSON.stringify(report, null, 2));
  process.stdout.write(`Written to ${path.relative(PROJECT_ROOT, path.join(OUT, 'render-sigma.json'))}\n`);
}

void main();
