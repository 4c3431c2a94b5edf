// One vitest run: unit tests (no services), integration tests (a real local Neo4j started in the global setup,
// or the server named by NEO4J_URI) and browser tests (Debian's chromium through playwright-core).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    // Integration tests share one DBMS and compare counts: files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
