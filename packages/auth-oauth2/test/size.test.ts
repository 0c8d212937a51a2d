import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minGzipSize } from '../../../tooling/vitest/bundle-size.js';

const BUDGET_BYTES = 2_560; // 2.5 KB min+gzip, from issue 6

describe('bundle size', () => {
  it('stays within 2.5 KB min+gzip, with @ucaas/core and ky shared', async () => {
    const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

    const size = await minGzipSize(entry, { external: ['@ucaas/core', 'ky'] });

    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
