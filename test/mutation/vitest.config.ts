// The vitest configuration Stryker runs: only the unit files (no Java, no browser), since Stryker's vitest runner
// cannot pick one project out of the main configuration's two.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
