// Stryker (mutation testing) over the modules where a silent bug costs most; run through `npm run mutate`
// (test/mutation/run.ts), which passes the files to mutate (test/mutation/modules.ts) and writes the per-module summary. Only the unit tests run against each mutant.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  checkers: ['typescript'],
  // run.ts names a tsconfig holding only the mutated files (their imports follow); the whole project otherwise.
  tsconfigFile: process.env.STRYKER_TSCONFIG ?? 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: process.env.STRYKER_JSON ?? 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: 'reports/mutation/.stryker-tmp',
  ignorePatterns: ['dist', 'bench/out', 'test/artifacts', 'data/neo4j', 'neo4j/target', 'reports'],
  timeoutMS: 5_000,
  cleanTempDir: 'always',
};
