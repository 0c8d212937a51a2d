/**
 * Memory: 100,000 calls through one client, 10,000 of them failing (404), in process against the
 * emulator. After a forced GC the heap must be within 20 MB of where it started.
 */
import { createBasicAuth } from '@ucaas/auth-basic';
import { createClient, ErrorCode, isHttpError } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { expect, it } from 'vitest';
import { settledHeapMb } from './helpers/sockets.ts';

const CALLS = 100_000;
const FAILING = 10_000;
const CONCURRENCY = 50;

it('holds 100,000 calls (10,000 errors) through one client in under 20 MB', {
  timeout: 600_000,
}, async () => {
  // A small log: the emulator's own memory is not what is measured here.
  const emulator = createEmulator({ requestLogLimit: 10 });
  const { admin } = DEMO_CREDENTIALS;
  const client = createClient({
    baseUrl: 'http://127.0.0.1/ucaas/v1/',
    fetch: emulator.fetch,
    interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
    retry: 0,
  });
  const known = emulator.customers.all()[0]?.customer_id as string;

  let next = 0;
  let ok = 0;
  let failed = 0;
  async function worker() {
    while (next < CALLS) {
      const index = next++;
      // Every tenth call asks for an id that does not exist: a 404 HttpError.
      const id = index % 10 === 9 ? 'ffffffffffffffffffffffff' : known;
      try {
        await client.get(`customers/${id}`);
        ok++;
      } catch (error) {
        if (!isHttpError(error) || error.code !== ErrorCode.NOT_FOUND) throw error;
        failed++;
      }
    }
  }
  const run = (calls: number) => {
    next = CALLS - calls;
    return Promise.all(Array.from({ length: CONCURRENCY }, worker));
  };

  // Warm up first, so that lazily built code and caches are in the baseline.
  await run(2_000);
  ok = failed = 0;
  const before = await settledHeapMb();
  const started = performance.now();
  await run(CALLS);
  const seconds = (performance.now() - started) / 1000;
  const after = await settledHeapMb();

  console.log(
    `memory: ${ok + failed} calls (${failed} errors) in ${seconds.toFixed(1)} s; ` +
      `heap ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB (${(after - before).toFixed(1)} MB)`,
  );
  expect(ok + failed).toBe(CALLS);
  expect(failed).toBe(FAILING);
  expect(after - before).toBeLessThan(20);
  await emulator.close();
});
