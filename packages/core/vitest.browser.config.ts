import { defineConfig } from 'vitest/config';

// Node-side vitest: the test bundles dist/ with esbuild and drives Chromium through
// playwright-core itself, so no vitest browser provider is needed. No network guard either:
// the test binds and reaches only 127.0.0.1, and Chromium runs with background networking off.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
