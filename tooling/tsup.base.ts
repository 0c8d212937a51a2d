import { defineConfig, type Options } from 'tsup';

/** The build every publishable package shares: ESM and CJS, each with its own declaration file. */
export function definePackageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    ...overrides,
  });
}
