import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

const networkGuard = fileURLToPath(new URL('./network-guard.ts', import.meta.url));

/** The vitest config every package and app extends: loopback-only network, tests in `test/`. */
export function defineTestConfig(overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['test/**/*.test.ts'],
        setupFiles: [networkGuard],
        restoreMocks: true,
        testTimeout: 20_000,
        hookTimeout: 20_000,
      },
    }),
    overrides,
  );
}
