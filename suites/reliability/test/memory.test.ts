/**
 * Memory: 100,000 calls through one client, 10,000 of them failing (404), in process against the
 * emulator. After a forced GC the heap must be within 20 MB of where it started.
 *
 * The emulator shares the heap, and keeps a little per request of its own (about 40 bytes on Node
 * 20). That share is measured first, with the same 100,000 requests sent to `emulator.fetch`
 * directly, and is not charged to the client.
 */
import { createBasicAuth } from '@ucaas/auth-basic';
import { createClient, ErrorCode, isHttpError } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { expect, it } from 'vitest';
import { settledHeapMb } from './helpers/sockets.ts';

const CALLS = 100_000;
const FAILING = 10_000;
const CONCURRENCY = 50;
const BASE_URL = 'http://127.0.0.1/ucaas/v1/';

/** Runs `calls` calls of `call(id)` at {@link CONCURRENCY}, every tenth for an unknown id. */
async function drive(calls: number, known: string, call: (id: string) => Promise<'ok' | '404'>) {
  const counts = { ok: 0, '404': 0 };
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      const index = next++;
      counts[await call(index % 10 === 9 ? 'ffffffffffffffffffffffff' : known)]++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  return counts;
}

it('holds 100,000 calls (10,000 errors) through one client in under 20 MB', {
  timeout: 600_000,
}, async () => {
  // A small log: the request log is not what is measured here.
  const emulator = createEmulator({ requestLogLimit: 10 });
  const { admin } = DEMO_CREDENTIALS;
  const auth = createBasicAuth({ appId: admin.appId, appKey: admin.appKey });
  const known = emulator.customers.all()[0]?.customer_id as string;

  // 1. The emulator alone: the same requests, straight to `emulator.fetch`.
  const direct = async (id: string) => {
    const request = new Request(`${BASE_URL}customers/${id}`, {
      headers: { authorization: auth.headerValue(), accept: 'application/json' },
    });
    const response = await emulator.fetch(request);
    await response.text();

    return response.ok ? 'ok' : '404';
  };
  await drive(2_000, known, direct);
  const emulatorBefore = await settledHeapMb();
  expect(await drive(CALLS, known, direct)).toEqual({ ok: CALLS - FAILING, '404': FAILING });
  const emulatorShare = (await settledHeapMb()) - emulatorBefore;

  // 2. The same through one client, with Basic auth, retries and timeouts at their defaults.
  const client = createClient({ baseUrl: BASE_URL, fetch: emulator.fetch, interceptors: [auth] });
  const throughClient = async (id: string) => {
    try {
      await client.get(`customers/${id}`);
      return 'ok' as const;
    } catch (error) {
      if (!isHttpError(error) || error.code !== ErrorCode.NOT_FOUND) throw error;
      return '404' as const;
    }
  };
  // Warm up first, so that lazily built code and caches are in the baseline.
  await drive(2_000, known, throughClient);
  const before = await settledHeapMb();
  const started = performance.now();
  const counts = await drive(CALLS, known, throughClient);
  const seconds = (performance.now() - started) / 1000;
  const after = await settledHeapMb();
  const clientShare = after - before - emulatorShare;

  console.log(
    `memory: ${CALLS} calls (${counts['404']} errors) in ${seconds.toFixed(1)} s; heap ` +
      `${before.toFixed(1)} MB -> ${after.toFixed(1)} MB (+${(after - before).toFixed(1)} MB), of ` +
      `which the emulator's own +${emulatorShare.toFixed(1)} MB and the client's ` +
      `+${clientShare.toFixed(1)} MB`,
  );
  expect(counts).toEqual({ ok: CALLS - FAILING, '404': FAILING });
  expect(clientShare).toBeLessThan(20);
  await emulator.close();
});
