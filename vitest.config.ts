// Two vitest projects in one run. "unit": pure code, no Java and no browser, files in parallel (`npm run
// test:unit`). "services": integration tests (a real local Neo4j started by the global setup, or the server named
// by NEO4J_URI) and browser tests (Debian's chromium through playwright-core), one file at a time because they
// share one DBMS and compare counts. `npm test` runs both.
import { defineConfig } from 'vitest/config';

const reporters = process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: reporters as never,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'services',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/globalSetup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
