// `npm run bench` — ingest, API and rendering, measured against the alternatives in one run on this machine.
//   npm run bench                  the full run (1M-relationship ingest, 50k-node rendering, 10-minute soak)
//   npm run bench -- --quick       every part reduced (smaller sizes, short loads): under 8 minutes
//   npm run bench -- --only render,api   some parts only (ingest, api, render, attack, search); results of the others are kept
//   npm run bench -- --only attack       the console and overview under attack, health latency meanwhile (not in the default run)
// Writes bench/results.json and prints a table. Ratios are what count: the machine is shared and noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';
import { runApiBenchmark } from './api/run.ts';
import { runAttackBenchmark } from './attack/run.ts';
import { runIngestBenchmark } from './ingest/run.ts';
import { renderTable, withLatestFigures, type Results } from './report.ts';
import { runRenderBenchmark } from './render/run.ts';
import { runSearchBenchmark } from './search/run.ts';

const PARTS = ['ingest', 'api', 'render', 'attack', 'search'] as const;
type Part = (typeof PARTS)[number];
/** What runs without --only: the attack is asked for by name. */
const DEFAULT_PARTS: readonly Part[] = ['ingest', 'api', 'render', 'search'];

const RESULTS_FILE = path.join(PROJECT_ROOT, 'bench', 'results.json');
const BENCHMARKS_FILE = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
const DATA_DIR = path.join(PROJECT_ROOT, 'bench', 'out', 'data');

const PLANS = {
  quick: {
    ingest: { sizes: [{ name: '2k', nodes: 2_000, relationships: 10_000 }], naiveSample: 100, heap: '2g', pageCache: '1g' },
    api: { generatedNodes: 500, secondsPerEndpoint: 6, rounds: 3, warmupSeconds: 1, soakSeconds: 20 },
    render: { sizes: [1_000, 5_000], panFrames: 12, firstFrameBudgetMs: 20_000, panBudgetMs: 4_000, layoutMs: 2_000 },
    search: { nodes: 2_000, relationships: 10_000, queries: 50, rounds: 2, heap: '1g', pageCache: '512m' },
  },
  full: {
    ingest: {
      sizes: [
        { name: '10k', nodes: 10_000, relationships: 50_000 },
        { name: '100k', nodes: 100_000, relationships: 500_000 },
        { name: '1m', nodes: 200_000, relationships: 1_000_000 },
      ],
      naiveSample: 1_000,
      // The 1M-relationship store (sentences and quotes included) outgrows a 1 GB page cache.
      heap: '4g',
      pageCache: '4g',
    },
    api: { generatedNodes: 10_000, secondsPerEndpoint: 30, rounds: 3, warmupSeconds: 3, soakSeconds: 600 },
    render: { sizes: [1_000, 10_000, 50_000], panFrames: 30, firstFrameBudgetMs: 120_000, panBudgetMs: 20_000, layoutMs: 5_000 },
    // The ingest part's 1M-relationship graph, searched without and with `npm run index`'s indexes.
    search: { nodes: 200_000, relationships: 1_000_000, queries: 100, rounds: 2, heap: '4g', pageCache: '4g' },
  },
} as const;

function parseArgs(argv: string[]): { quick: boolean; parts: Part[] } {
  const quick = argv.includes('--quick');
  const onlyAt = argv.indexOf('--only');
  const parts = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [...DEFAULT_PARTS];
  for (const part of parts) if (!PARTS.includes(part as Part)) throw new Error(`--only takes ${PARTS.join(', ')}; got "${part}".`);
  return { quick, parts: parts as Part[] };
}

function machine(): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load_average_at_start: os.loadavg().map((v) => Math.round(v * 10) / 10),
  };
}

async function main(): Promise<void> {
  const { quick, parts } = parseArgs(process.argv.slice(2));
  const plan = quick ? PLANS.quick : PLANS.full;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const previous: Partial<Results> = fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) : {};
  const started = Date.now();
  const results: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: machine(),
    ingest: previous.ingest,
    api: previous.api ?? [],
    soak: previous.soak,
    attack: previous.attack,
    render: previous.render ?? [],
    search: previous.search,
    layout: previous.layout ?? [],
    notes: previous.notes ?? {},
    measured: { ...(previous.measured ?? {}) },
  };
  const measuredNow = (part: Part) => (results.measured![part] = results.date);
  say(`bench (${results.mode}): ${parts.join(', ')} on ${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.load_average_at_start.join(' ')}`);

  // Written after each part, so a long run that is stopped keeps what it measured.
  const save = () => {
    results.seconds = Math.round((Date.now() - started) / 1000);
    fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
    const markdown = fs.existsSync(BENCHMARKS_FILE) ? fs.readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
    fs.writeFileSync(BENCHMARKS_FILE, withLatestFigures(markdown, results));
  };
  if (parts.includes('ingest')) {
    results.ingest = await runIngestBenchmark({ ...plan.ingest, sizes: [...plan.ingest.sizes], dataDir: DATA_DIR, say });
    measuredNow('ingest');
    save();
  }
  if (parts.includes('api')) {
    const api = await runApiBenchmark({ ...plan.api, connections: 50, dataDir: DATA_DIR, say });
    results.api = api.api;
    results.soak = api.soak;
    results.notes.api_dataset = api.dataset;
    results.notes.api_excluded = api.excluded;
    measuredNow('api');
    save();
  }
  if (parts.includes('attack')) {
    results.attack = await runAttackBenchmark({ wallClockSeconds: 15, say });
    measuredNow('attack');
    save();
  }
  if (parts.includes('render')) {
    const render = await runRenderBenchmark({ ...plan.render, sizes: [...plan.render.sizes], say });
    results.render = render.render;
    results.layout = render.layout;
    results.notes.browser = render.browser;
    measuredNow('render');
    save();
  }
  if (parts.includes('search')) {
    results.search = await runSearchBenchmark({ ...plan.search, dataDir: DATA_DIR, say });
    measuredNow('search');
    save();
  }
  say('');
  say(renderTable(results));
  say(`\nWrote ${path.relative(PROJECT_ROOT, RESULTS_FILE)} and the figures in BENCHMARKS.md; ${results.seconds} s in all.`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
