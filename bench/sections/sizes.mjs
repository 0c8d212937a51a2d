/**
 * Section 3: bundle sizes. Each entry is bundled here with esbuild the way a browser app would
 * bundle it (ESM, minified, every export kept), then gzipped at level 9, so that the figures of
 * the SDK and of ky and axios come from the same tool in the same run.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const SDK = ['@ucaas/core', '@ucaas/auth-basic', '@ucaas/auth-oauth2', '@ucaas/customers'];

/** Budgets of the package issues, ky excluded, in bytes (KB = 1024 B, as the size tests use). */
export const BUDGETS = {
  '@ucaas/core': 3 * 1024,
  '@ucaas/auth-basic': 1 * 1024,
  '@ucaas/customers': 2 * 1024,
  '@ucaas/auth-oauth2': 2.5 * 1024,
};

/**
 * Bundles `entry` (a file, or `{ contents }` resolved from the bench package, which depends on
 * everything measured) and returns its min+gzip size in bytes. The options are those of the size
 * tests (`tooling/vitest/bundle-size.ts`), so a package's figure here is the one its test checks.
 *
 * @param {string | { contents: string }} entry
 * @param {string[]} external
 */
async function minGzip(entry, external) {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: BENCH_DIR, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });

  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** A module that keeps every export of `name`, the default one included. @param {string} name */
const everythingOf = (name) => ({
  contents: `export { default } from '${name}'; export * from '${name}';`,
});

/** @param {{ log(line: string): void }} config */
export async function measureSizes(config) {
  const rows = [];
  for (const name of SDK) {
    // The package's own entry file, as its size test bundles it. Excluded: what it adds to an app
    // that already ships core and ky (core and ky are counted once, with core).
    const entry = fileURLToPath(import.meta.resolve(name));
    const external = name === '@ucaas/core' ? ['ky'] : ['ky', '@ucaas/core'];
    rows.push({
      name,
      excluded: await minGzip(entry, external),
      included: await minGzip(entry, []),
      budget: BUDGETS[/** @type {keyof typeof BUDGETS} */ (name)],
    });
    config.log(`  ${name}`);
  }

  const stack = { contents: SDK.map((name) => `export * from '${name}';`).join('\n') };
  rows.push({
    name: 'the four together',
    excluded: await minGzip(stack, ['ky']),
    included: await minGzip(stack, []),
  });
  rows.push({ name: 'ky alone', included: await minGzip(everythingOf('ky'), []) });
  rows.push({ name: 'axios alone', included: await minGzip(everythingOf('axios'), []) });
  config.log('  the four together, ky, axios');

  return rows;
}
