// Prints where the server's CPU went during an API run made with BENCH_SERVER_PROFILE=DIR:
//   BENCH_SERVER_PROFILE=bench/out/prof npm run bench -- --quick --only api
//   npx tsx bench/api/profile.ts bench/out/prof
import fs from 'node:fs';
import path from 'node:path';
import { selfTimeByOrigin, topSelfTime, type CpuProfile } from '../lib/profileSummary.ts';

const dir = process.argv[2] ?? 'bench/out/prof';
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
if (files.length === 0) {
  console.error(`No .cpuprofile in ${dir}: run the API benchmark with BENCH_SERVER_PROFILE=${dir} first.`);
  process.exit(1);
}
// One file per thread (tsx's loader runs in a worker): the busiest is the server's main thread.
const busy = (p: CpuProfile) => p.nodes.reduce((sum, n) => sum + (n.callFrame.functionName === '(idle)' ? 0 : (n.hitCount ?? 0)), 0);
const [latest, profile] = files
  .map((f) => path.join(dir, f))
  .map((file) => [file, JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile] as const)
  .sort((a, b) => busy(b[1]) - busy(a[1]))[0]!;
console.log(`${latest}\n\nSelf time by origin:`);
for (const { share, origin } of selfTimeByOrigin(profile).slice(0, 15)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${origin}`);
console.log('\nFunctions with the most self time:');
for (const { share, where } of topSelfTime(profile, 30)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${where}`);
