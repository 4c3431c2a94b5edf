// `npm run mutate [-- FILE…]`: runs Stryker (test/mutation/stryker.config.mjs) on the listed modules, or on all
// of them, then reads Stryker's JSON report and writes reports/mutation/summary.md: the score per module and
// every mutant that survived (file:line, mutator, replacement). The last line printed is
// `mutation score: NN.N%` over the files mutated in this run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modules } from './modules.ts';

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'reports/mutation');
const reportFile = path.join(outDir, 'mutation.json');

/** Killed and timed-out mutants count as detected; survivors and uncovered ones do not; mutants that did not compile are left out. */
export function score(mutants: readonly Mutant[]): { detected: number; total: number; percent: number } {
  const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const total = detected + mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length;
  return { detected, total, percent: total === 0 ? 100 : (100 * detected) / total };
}

function main(): void {
  const asked = process.argv.slice(2).map((f) => path.relative(root, path.resolve(f)));
  const files = asked.length > 0 ? asked : modules;
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'test/mutation/stryker.config.mjs', '--mutate', files.join(',')],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`Stryker exited with ${run.status}`);
    process.exit(run.status ?? 1);
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const lines = [`# Mutation scores (${new Date().toISOString().slice(0, 10)})`, '', '| module | detected / total | score |', '|---|---|---|'];
  const survivors: string[] = [];
  const all: Mutant[] = [];
  for (const file of files) {
    const mutants = report.files[file]?.mutants ?? [];
    all.push(...mutants);
    const s = score(mutants);
    lines.push(`| ${file} | ${s.detected} / ${s.total} | ${s.percent.toFixed(1)}% |`);
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const where = `${file}:${m.location.start.line}:${m.location.start.column}`;
      survivors.push(`- ${where} ${m.status} ${m.mutatorName}: \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}\``);
    }
  }
  const total = score(all);
  lines.push('', `Overall: ${total.detected} / ${total.total} = ${total.percent.toFixed(1)}%`, '', '## Surviving mutants', '', ...(survivors.length ? survivors : ['none']), '');
  writeFileSync(path.join(outDir, 'summary.md'), lines.join('\n'));
  console.log(lines.slice(2, 4 + files.length).join('\n'));
  console.log(survivors.join('\n'));
  console.log(`mutation score: ${total.percent.toFixed(1)}%`);
}

main();
