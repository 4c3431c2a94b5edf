// `npm run mutate [-- FILE…]`: runs Stryker (test/mutation/stryker.config.mjs) on the listed modules, or on all
// of test/mutation/modules.ts, against the unit test files that own them. Scores accumulate per module in
// reports/mutation/scores.json (a run on one file updates that file's entry), and reports/mutation/summary.md
// lists every module's score, its date, and each mutant that survived (file:line:column, mutator,
// replacement). The last line printed is `mutation score: NN.N%` over the files mutated in this run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modules } from './modules.ts';

interface Mutant {
  status: string;
  static?: boolean;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  mutatorName: string;
  replacement?: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}
interface ModuleScore {
  date: string;
  detected: number;
  total: number;
  survivors: string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'reports/mutation');
const scoresFile = path.join(outDir, 'scores.json');

/** Killed and timed-out mutants count as detected; survivors and uncovered ones do not; mutants that do not compile are left out. */
export function score(mutants: readonly Mutant[]): { detected: number; total: number } {
  const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  return { detected, total: detected + mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length };
}

const percent = (detected: number, total: number) => `${(total === 0 ? 100 : (100 * detected) / total).toFixed(1)}%`;

const slugOf = (files: readonly string[]) => createHash('sha1').update(files.join(',')).digest('hex').slice(0, 10);
const reportPath = (files: readonly string[]) => path.join(root, `reports/mutation/mutation-${slugOf(files)}.json`);

/** Runs Stryker on the files; returns the path of its JSON report (one per set of files, so runs can overlap). */
function stryker(files: readonly string[]): string {
  const slug = slugOf(files);
  const known = files.every((file) => modules[file]);
  const testFiles = known ? [...new Set(files.flatMap((file) => modules[file]!))].filter((file) => existsSync(path.join(root, file))) : [];
  // The TypeScript checker compiles only the mutated files and what they import (not the whole project with its
  // tests and benchmarks): a mutant that breaks its own module's types is still caught, and each check is short.
  const tsconfig = `test/mutation/tsconfig.run-${slug}.json`;
  const report = `reports/mutation/mutation-${slug}.json`;
  writeFileSync(path.join(root, tsconfig), `${JSON.stringify({ extends: '../../tsconfig.json', include: [], files: files.map((file) => `../../${file}`) }, null, 2)}\n`);
  const args = ['run', 'test/mutation/stryker.config.mjs', '--mutate', files.join(','), '--incrementalFile', `reports/mutation/incremental/${slug}.json`];
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, STRYKER_TSCONFIG: tsconfig, STRYKER_JSON: report, MUTATE_TEST_FILES: testFiles.join(',') } });
  if (run.status !== 0) {
    console.error(`Stryker exited with ${run.status}`);
    process.exit(run.status ?? 1);
  }
  return path.join(root, report);
}

/** Offset of a 1-based line and column in `text`. */
function offsetOf(text: string, at: { line: number; column: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, at.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + at.column - 1;
}

/**
 * Stryker 9.6's vitest runner never activates module-level ("static") mutants — they run with the original
 * code and come back Survived (stryker-js issues #6144, #6209). Each static survivor is tried again here: written
 * into a copy of the project, with the module's own test files run against it; a failing run marks it Killed.
 */
function recheckStatic(file: string, mutants: Mutant[], testFiles: readonly string[]): void {
  const suspects = mutants.filter((m) => m.static && m.status === 'Survived' && m.replacement !== undefined);
  if (suspects.length === 0 || testFiles.length === 0) return;
  const copy = mkdtempSync(path.join(os.tmpdir(), 'mutate-static-'));
  try {
    for (const entry of ['server', 'client', 'test', 'cypher', 'data', 'package.json', 'tsconfig.json', 'vitest.config.ts']) {
      if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const original = readFileSync(path.join(root, file), 'utf8');
    for (const mutant of suspects) {
      const start = offsetOf(original, mutant.location.start);
      const end = offsetOf(original, mutant.location.end);
      writeFileSync(path.join(copy, file), original.slice(0, start) + mutant.replacement + original.slice(end));
      const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', '--bail', '1', ...testFiles], { cwd: copy, stdio: 'ignore' });
      if (run.status !== 0) mutant.status = 'Killed';
      console.log(`static ${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: ${mutant.status}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function main(): void {
  // --recheck: no Stryker run; read the last report for these files and only try their static survivors again.
  const recheckOnly = process.argv.includes('--recheck');
  const asked = process.argv.slice(2).filter((arg) => arg !== '--recheck').map((file) => path.relative(root, path.resolve(file)));
  const files = asked.length > 0 ? asked : Object.keys(modules);
  mkdirSync(outDir, { recursive: true });
  const report = JSON.parse(readFileSync(recheckOnly ? reportPath(files) : stryker(files), 'utf8')) as Report;
  const scores: Record<string, ModuleScore> = existsSync(scoresFile) ? JSON.parse(readFileSync(scoresFile, 'utf8')) : {};
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  let detected = 0;
  let total = 0;
  for (const file of files) {
    const mutants = report.files[file]?.mutants ?? [];
    recheckStatic(file, mutants, (modules[file] ?? []).filter((test) => existsSync(path.join(root, test))));
    const s = score(mutants);
    detected += s.detected;
    total += s.total;
    const survivors = mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}\``);
    scores[file] = { date, ...s, survivors };
  }
  writeFileSync(scoresFile, JSON.stringify(scores, null, 2));
  const lines = ['# Mutation scores', '', '| module | detected / total | score | measured (UTC) |', '|---|---|---|---|'];
  for (const [file, s] of Object.entries(scores).sort()) lines.push(`| ${file} | ${s.detected} / ${s.total} | ${percent(s.detected, s.total)} | ${s.date} |`);
  lines.push('', '## Surviving mutants', '');
  for (const s of Object.values(scores)) lines.push(...s.survivors.map((line) => `- ${line}`));
  writeFileSync(path.join(outDir, 'summary.md'), `${lines.join('\n')}\n`);
  for (const file of files) {
    const s = scores[file]!;
    console.log(`${file}: ${s.detected} / ${s.total} = ${percent(s.detected, s.total)}`);
    for (const line of s.survivors) console.log(`  ${line}`);
  }
  console.log(`mutation score: ${percent(detected, total)}`);
}

main();
