import { defineTestConfig } from '../../tooling/vitest/shared.ts';

// The real-browser test: Chromium from the system, driven by playwright-core.
const config = defineTestConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });

// mergeConfig would append to the shared `include`, and the unit tests must not run here.
export default { ...config, test: { ...config.test, include: ['e2e/**/*.test.ts'] } };
