// The ingest benchmark on its own, for chosen sizes, printing its figures without touching bench/results.json
// or BENCHMARKS.md (npm run bench writes those):
//   npx tsx bench/ingest/cli.ts --sizes 2k,10k,100k,1m [--naive 1000] [--heap 4g --page-cache 4g] [--json FILE]
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { runIngestBenchmark, type IngestSize } from './run.ts';

const SIZES: Record<string, IngestSize> = {
  '2k': { name: '2k', nodes: 2_000, relationships: 10_000 },
  '10k': { name: '10k', nodes: 10_000, relationships: 50_000 },
  '100k': { name: '100k', nodes: 100_000, relationships: 500_000 },
  '1m': { name: '1m', nodes: 200_000, relationships: 1_000_000 },
};

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const names = option(argv, '--sizes', '2k').split(',').filter(Boolean);
  const sizes = names.map((name) => {
    const size = SIZES[name];
    if (!size) throw new Error(`--sizes takes ${Object.keys(SIZES).join(', ')}; got "${name}".`);
    return size;
  });
  const big = sizes.some((s) => s.relationships > 50_000);
  const result = await runIngestBenchmark({
    sizes,
    naiveSample: Number(option(argv, '--naive', big ? '1000' : '100')),
    heap: option(argv, '--heap', big ? '4g' : '2g'),
    pageCache: option(argv, '--page-cache', big ? '4g' : '1g'),
    dataDir: path.join(PROJECT_ROOT, 'bench', 'out', 'data'),
    say: (line) => process.stdout.write(`${line}\n`),
  });
  const json = JSON.stringify(result, null, 2);
  process.stdout.write(`${json}\n`);
  const out = option(argv, '--json', '');
  if (out) fs.writeFileSync(out, json + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
