/**
 * Fault soak: 50 concurrent workers for 60 seconds against the emulator over loopback HTTP, with
 * 5 % server errors, 429 bursts, latency spikes, dropped connections and early token expiry.
 * Basic and OAuth2 clients, reads (list, get) and creates. Checks: every call settles with a
 * result or a typed error within its deadline; the request log shows one `POST /customers` per
 * create call (creates are never retried; an OAuth2 replay after a rejected token is the only
 * second attempt, and the first one never got past authentication); no unhandled rejection; heap
 * back within 20 MB after a forced GC; no more client sockets than calls in flight.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, type Interceptor, isUcaasError } from '@ucaas/core';
import { createCustomersApi } from '@ucaas/customers';
import {
  createEmulator,
  DEMO_CREDENTIALS,
  type FaultOptions,
  type RequestLogEntry,
} from '@ucaas/emulator';
import { afterAll, expect, it } from 'vitest';
import { createRandom, settledHeapMb, trackClientSockets } from './helpers/sockets.ts';

/** 60 s; `UCAAS_SOAK_SECONDS` shortens it when working on this file, never in the test command. */
const DURATION_MS = Number(process.env.UCAAS_SOAK_SECONDS ?? 60) * 1_000;
const WORKERS = 50;
/** Per attempt, and for a whole call (retries and backoff included). */
const ATTEMPT_TIMEOUT_MS = 1_500;
const CALL_DEADLINE_MS = 5_000;
/** Room for the event loop of a busy two-core machine to notice the deadline. */
const DEADLINE_GRACE_MS = 1_500;
/** The connections the HTTP pool may open to the emulator; calls beyond it wait their turn. */
const POOL_SIZE = 50;

/** The steady faults; bursts and spikes are laid over them on a schedule. */
const BASE_FAULTS: FaultOptions = {
  errorRate: 0.05,
  errorStatus: 500,
  dropRate: 0.01,
  earlyExpiryRate: 0.02,
  latencyMs: 0,
  rateLimit: undefined,
};

/** What the faults are at `t` ms into the run: a 429 burst every 8 s, a latency spike every 11 s. */
function faultsAt(t: number): FaultOptions {
  const burst = t % 8_000 < 700;
  const spike = t % 11_000 >= 5_000 && t % 11_000 < 5_600;

  return {
    ...BASE_FAULTS,
    errorStatus: Math.floor(t / 5_000) % 2 ? 503 : 500,
    rateLimit: burst ? { every: 2, retryAfterSeconds: 1 } : undefined,
    latencyMs: spike ? 2_000 : 0,
  };
}

const emulator = createEmulator({ randomSeed: 2026, requestLogLimit: 100_000 });
const sockets = trackClientSockets();

/**
 * Node's own fetch through a pool of at most `POOL_SIZE` connections. Node bundles undici without
 * exporting it; its global dispatcher is an undici `Agent`, whose class takes a `connections`
 * limit, and Node's fetch takes undici's `dispatcher` option.
 */
async function createPooledFetch(): Promise<{ fetch: typeof fetch; close(): Promise<void> }> {
  await fetch('data:,warm-up');
  const global = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
  const Agent = (global as { constructor: new (options: object) => { close(): Promise<void> } })
    .constructor;
  const pool = new Agent({ connections: POOL_SIZE });

  return {
    fetch: (input, init) => fetch(input, { ...init, dispatcher: pool } as RequestInit),
    close: () => pool.close(),
  };
}

afterAll(async () => {
  sockets.restore();
  await emulator.close();
});

it('keeps every promise under mixed faults for 60 s at 50 concurrent', {
  timeout: 180_000,
}, async () => {
  const baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });

  // Tags each create's POST with its call id, so the log can be matched to the calls.
  const callId = new AsyncLocalStorage<string>();
  const tag: Interceptor = {
    name: 'soak-tag',
    async onRequest({ request }) {
      const id = callId.getStore();
      if (!id || request.method !== 'POST' || !request.url.endsWith('/customers')) return;
      const url = new URL(request.url);
      url.searchParams.set('call', id);

      return new Request(url, {
        method: request.method,
        headers: request.headers,
        body: await request.arrayBuffer(),
        signal: request.signal,
      });
    },
  };
  const pooled = await createPooledFetch();
  const clientOptions = {
    baseUrl,
    fetch: pooled.fetch,
    timeout: ATTEMPT_TIMEOUT_MS,
    totalTimeout: CALL_DEADLINE_MS,
  };
  const { admin, reseller, reseller2 } = DEMO_CREDENTIALS;
  const oauthAuths = [reseller, reseller2].map(({ appId, email, password }) =>
    createOAuth2Auth({
      apiId: appId,
      credentials: { email, password },
      baseUrl,
      fetch: pooled.fetch,
    }),
  );
  const apis = {
    basic: createCustomersApi(
      createClient({
        ...clientOptions,
        interceptors: [tag, createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
      }),
    ),
    oauth2: oauthAuths.map((auth) =>
      createCustomersApi(createClient({ ...clientOptions, interceptors: [tag, auth] })),
    ),
  };

  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);

  // Warm up (modules, JIT, first logins), then take the heap baseline.
  await Promise.all(oauthAuths.map((auth) => auth.getToken()));
  for (let i = 0; i < 50; i++) await apis.basic.list();
  const heapBefore = await settledHeapMb();
  emulator.requestLog.clear();

  const creates = new Map<string, { kind: 'basic' | 'oauth2'; outcome: string }>();
  const outcomes: Record<string, number> = {};
  const untyped: unknown[] = [];
  const late: Array<{ op: string; ms: number }> = [];
  const posts: RequestLogEntry[] = [];
  let requests = 0;
  const count = (key: string) => {
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  };
  // Reads and empties the log as it goes, so that it does not grow for a minute.
  const drainLog = () => {
    const entries = emulator.requestLog.entries();
    emulator.requestLog.clear();
    requests += entries.length;
    for (const entry of entries) {
      if (entry.method === 'POST' && entry.path.endsWith('/customers')) posts.push(entry);
    }
  };

  const start = performance.now();
  const end = start + DURATION_MS;
  const schedule = setInterval(() => {
    emulator.faults.set(faultsAt(performance.now() - start));
    drainLog();
  }, 100);
  emulator.faults.set(faultsAt(0));

  async function worker(index: number) {
    const random = createRandom(index + 1);
    const kind = index % 2 ? 'oauth2' : 'basic';
    const customersApi =
      kind === 'basic' ? apis.basic : (apis.oauth2[(index >> 1) % 2] ?? apis.basic);
    let created = 0;

    while (performance.now() < end) {
      const roll = random();
      const op = roll < 0.6 ? 'list' : roll < 0.85 ? 'get' : 'create';
      const id = `w${index}-${created}`;
      const started = performance.now();
      let outcome = 'ok';
      try {
        if (op === 'list') {
          await customersApi.list({ page: 1 + Math.floor(random() * 3), pageLength: 10 });
        } else if (op === 'get') {
          // Mostly unknown ids (a typed 404), some real ones from the seed.
          const known = emulator.customers.all()[Math.floor(random() * 60)]?.customer_id;
          await customersApi.get(random() < 0.5 && known ? known : 'ffffffffffffffffffffffff');
        } else {
          created++;
          const customer = await callId.run(id, () =>
            customersApi.create({
              customerName: `Soak ${id}`,
              contactName: 'Soak Worker',
              contactEmail: `soak-${id}@example.org`,
            }),
          );
          // Keep the store flat; a failed delete is fine (a fault may hit it).
          await customersApi.delete(customer.customerId).catch(() => undefined);
        }
      } catch (error) {
        outcome = isUcaasError(error) ? error.code : 'UNTYPED';
        if (!isUcaasError(error)) untyped.push(error);
      }
      if (op === 'create') creates.set(id, { kind, outcome });
      count(`${op} ${outcome}`);
      const ms = performance.now() - started;
      if (ms > CALL_DEADLINE_MS + DEADLINE_GRACE_MS) late.push({ op, ms });
    }
  }

  const peakDuring: number[] = [];
  const sampler = setInterval(() => peakDuring.push(sockets.open), 250);
  await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
  const elapsed = performance.now() - start;
  clearInterval(schedule);
  clearInterval(sampler);

  // Let answers to abandoned attempts (timed out on the client) reach the log, then read it.
  emulator.faults.reset();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  drainLog();
  process.off('unhandledRejection', onUnhandled);

  // Match the log to the create calls.
  const byCall = new Map<string, RequestLogEntry[]>();
  for (const entry of posts) {
    const id = new URLSearchParams(entry.query).get('call') ?? '(untagged)';
    byCall.set(id, [...(byCall.get(id) ?? []), entry]);
  }
  const wrong: string[] = [];
  let replayed = 0;
  let callsWithoutPost = 0;
  for (const [id, { kind, outcome }] of creates) {
    const entries = (byCall.get(id) ?? []).sort((a, b) => a.id - b.id);
    const passedAuth = entries.filter((entry) => entry.fault !== 'early-expiry');
    // A second POST is the one replay after a rejected token.
    replayed += Math.max(0, entries.length - 1);
    if (entries.length === 0) callsWithoutPost++;
    const fine =
      // Never created twice: at most one POST got past authentication...
      passedAuth.length <= 1 &&
      // ...and a second POST only as the one replay after a rejected token (OAuth2 only).
      entries.length <= (kind === 'oauth2' ? 2 : 1) &&
      (entries.length < 2 || entries[0]?.fault === 'early-expiry') &&
      // A success was created exactly once; a call with no POST past authentication failed
      // (rejected token twice, no new token in time, or its deadline passed while it waited).
      (outcome === 'ok' ? passedAuth[0]?.status === 200 : true) &&
      (passedAuth.length === 1 || outcome !== 'ok');
    if (!fine) {
      wrong.push(`${id} (${kind}, ${outcome}): ${entries.map((e) => e.status).join(',')}`);
    }
    byCall.delete(id);
  }
  const createdOnce = [...creates.values()].filter(({ outcome }) => outcome === 'ok').length;

  for (const auth of oauthAuths) auth.close();
  await pooled.close();
  await emulator.close();
  const heapAfter = await settledHeapMb();
  const createCalls = creates.size;
  const summary = {
    seconds: Math.round(elapsed / 1000),
    requestsLogged: requests,
    calls: Object.values(outcomes).reduce((a, b) => a + b, 0),
    createCalls,
    createdOnce,
    callsWithoutPost,
    postCustomersLogged: posts.length,
    oauth2Replays: replayed,
    outcomes,
    peakClientSockets: sockets.peak,
    socketsOpened: sockets.opened,
    heapBeforeMb: Number(heapBefore.toFixed(1)),
    heapAfterMb: Number(heapAfter.toFixed(1)),
  };
  console.log(`soak: ${JSON.stringify(summary, null, 2)}`);

  expect(elapsed).toBeGreaterThanOrEqual(DURATION_MS);
  expect(DURATION_MS).toBe(60_000);
  expect(untyped).toEqual([]);
  expect(late).toEqual([]);
  expect(unhandled).toEqual([]);
  expect(wrong).toEqual([]);
  // No POST that no create call made (an untagged one would be a retry by another layer).
  expect([...byCall.keys()]).toEqual([]);
  expect(createCalls).toBeGreaterThan(100);
  // In sum: one POST per create call that sent one, plus one per OAuth2 replay, and no other.
  expect(posts.length).toBe(createCalls - callsWithoutPost + replayed);
  // The faults really happened.
  for (const code of ['UCAAS_SERVER_ERROR', 'UCAAS_NETWORK_ERROR', 'UCAAS_TIMEOUT']) {
    expect(Object.keys(outcomes).some((key) => key.endsWith(code))).toBe(true);
  }
  expect(sockets.peak).toBeLessThanOrEqual(POOL_SIZE);
  expect(sockets.open).toBe(0);
  expect(heapAfter - heapBefore).toBeLessThan(20);
});
