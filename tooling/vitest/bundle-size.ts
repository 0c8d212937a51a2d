import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSizeOptions {
  /** Packages left out of the measurement, as a bundler user would share them. */
  external?: string[];
}

/**
 * Bundles `entry` for the browser the way an application would (ESM, minified, tree-shaken)
 * and returns the gzipped size in bytes. Used by each package's size-budget test.
 */
export async function minGzipSize(entry: string, options: BundleSizeOptions = {}): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: options.external ?? [],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no output for ${entry}`);

  return gzipSync(code, { level: 9 }).length;
}
