import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minGzipSize } from '../../../tooling/vitest/bundle-size.js';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('@ucaas/auth-basic bundle', () => {
  it('stays within 1 KB min+gzip', async () => {
    const size = await minGzipSize(entry, { external: ['@ucaas/core', 'ky'] });

    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(1024);
  });

  it('uses neither Buffer nor a Node built-in, so it runs the same in browsers and workers', () => {
    const code = readFileSync(entry, 'utf8');

    expect(code).not.toMatch(/\bBuffer\b/);
    expect(code).not.toMatch(/from ['"]node:/);
  });
});
