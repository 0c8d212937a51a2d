import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minGzipSize } from '../../../tooling/vitest/bundle-size.js';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('@ucaas/customers bundle', () => {
  it('stays within 2 KB min+gzip, with @ucaas/core and ky shared', async () => {
    const size = await minGzipSize(entry, { external: ['@ucaas/core', 'ky'] });

    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(2048);
  });
});
