// Profiles one library while it pans (Chrome DevTools CPU profile) and prints the functions with the most
// self time: `npx tsx bench/render/profile.ts sigma 10000`. The page and graphs come from a previous bench run.
import fs from 'node:fs';
import path from 'node:path';
import { topSelfTime, type CpuProfile } from '../lib/profileSummary.ts';
import { serveDirectory } from '../lib/staticServer.ts';
import { launchBenchBrowser, OUT_DIR } from './run.ts';
import { renderGraphFile } from './renderGraph.ts';

async function main(): Promise<void> {
  const [library = 'sigma', size = '10000', frames = '20'] = process.argv.slice(2);
  if (!fs.existsSync(path.join(OUT_DIR, 'render', 'index.html'))) throw new Error('Run `npm run bench -- --quick --only render` first to build the page.');
  const graph = path.relative(OUT_DIR, renderGraphFile(path.join(OUT_DIR, 'graphs'), Number(size)));
  const server = await serveDirectory(OUT_DIR);
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/render/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(({ lib, url }) => (window as any).__bench.firstFrame(lib, url), { lib: library, url: `/${graph}` });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const { frameMs: times } = (await page.evaluate((n) => (window as any).__bench.pan(n, 120_000), Number(frames))) as { frameMs: number[] };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    console.log(`${library}, ${size} nodes, ${times.length} pan frames, median ${[...times].sort((a, b) => a - b)[times.length >> 1]?.toFixed(1)} ms`);
    for (const { share, where } of topSelfTime(profile)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${where}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
