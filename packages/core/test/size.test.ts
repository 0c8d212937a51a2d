import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minGzipSize } from '../../../tooling/vitest/bundle-size.ts';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('bundle size', () => {
  it('keeps core’s own code, ky excluded, at or under 3 KB min+gzip', async () => {
    const size = await minGzipSize(entry, { external: ['ky'] });

    expect(size).toBeGreaterThan(500);
    expect(size).toBeLessThanOrEqual(3072);
  });
});
