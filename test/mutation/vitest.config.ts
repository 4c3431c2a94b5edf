// The vitest configuration Stryker runs: only unit files (no Java, no browser), since Stryker's vitest runner
// cannot pick one project out of the main configuration's two. run.ts narrows them to the files that own the
// mutated modules through MUTATE_TEST_FILES — not through Stryker's --testFiles, with which Stryker 9.6 activates
// module-level ("static") mutants too late and reports them as survivors (stryker-js issue #6144).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: process.env.MUTATE_TEST_FILES ? process.env.MUTATE_TEST_FILES.split(',') : ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
