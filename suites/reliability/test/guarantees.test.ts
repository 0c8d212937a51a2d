/**
 * The guarantees SECURITY.md lists that the other files do not already cover: one login for many
 * concurrent callers (single flight), at most one replay per call, and no retry of a create
 * unless the caller opts in. In process against the emulator, counting what reaches it.
 */
import { createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, ErrorCode, type FetchFunction, type Interceptor } from '@ucaas/core';
import { createCustomersApi } from '@ucaas/customers';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterEach, describe, expect, it } from 'vitest';

const BASE_URL = 'http://127.0.0.1/ucaas/v1/';
const { admin, reseller } = DEMO_CREDENTIALS;
const emulator = createEmulator();
const fetchEmulator: FetchFunction = (input, init) => emulator.fetch(input, init);

const requests = (method: string, suffix: string) =>
  emulator.requestLog
    .entries()
    .filter((entry) => entry.method === method && entry.path.endsWith(suffix));

afterEach(() => {
  emulator.faults.reset();
  emulator.requestLog.clear();
});

describe('createOAuth2Auth single flight', () => {
  it('logs in once for 100 concurrent calls, and once again after the token is revoked', async () => {
    const auth = createOAuth2Auth({
      apiId: reseller.appId,
      credentials: { email: reseller.email, password: reseller.password },
      baseUrl: BASE_URL,
      fetch: fetchEmulator as typeof fetch,
    });
    const client = createClient({ baseUrl: BASE_URL, fetch: fetchEmulator, interceptors: [auth] });

    await Promise.all(Array.from({ length: 100 }, () => client.get('customers')));
    expect(requests('POST', '/login')).toHaveLength(1);

    emulator.tokens.revokeAll();
    await Promise.all(Array.from({ length: 100 }, () => client.get('customers')));
    expect(requests('POST', '/login')).toHaveLength(2);
    auth.close();
  });
});

describe('the replay cap', () => {
  it('replays a call at most once, however often interceptors ask', async () => {
    const greedy: Interceptor = { name: 'greedy', onResponse: ({ replay }) => replay() };
    const client = createClient({
      baseUrl: BASE_URL,
      fetch: fetchEmulator,
      interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey }), greedy, greedy],
    });

    await client.get('customers');

    expect(requests('GET', '/customers')).toHaveLength(2);
  });
});

describe('retries of a create', () => {
  const customers = (retry?: number | { limit: number; methods: string[] }) =>
    createCustomersApi(
      createClient({
        baseUrl: BASE_URL,
        fetch: fetchEmulator,
        interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
        retry: retry ?? 2,
      }),
    );
  const input = (n: number) => ({
    customerName: 'Retry Test',
    contactName: 'Retry Test',
    contactEmail: `retry-${n}@example.org`,
  });

  it.each([500, 503])(
    'sends a create once on HTTP %i, though reads are retried',
    async (status) => {
      emulator.faults.set({ errorRate: 1, errorStatus: status as 500 | 503 });

      await expect(customers().create(input(status))).rejects.toMatchObject({
        code: ErrorCode.SERVER_ERROR,
      });
      expect(requests('POST', '/customers')).toHaveLength(1);

      await expect(customers({ limit: 2, methods: ['GET'] }).list()).rejects.toMatchObject({
        code: ErrorCode.SERVER_ERROR,
      });
      expect(requests('GET', '/customers')).toHaveLength(3);
    },
  );

  it('sends a create once on a dropped connection', async () => {
    emulator.faults.set({ dropRate: 1 });

    await expect(customers().create(input(1))).rejects.toMatchObject({
      code: ErrorCode.NETWORK_ERROR,
    });
    expect(requests('POST', '/customers')).toHaveLength(1);
  });

  it('retries a create only when the caller opts in', async () => {
    emulator.faults.set({ errorRate: 1 });

    await expect(customers({ limit: 2, methods: ['POST'] }).create(input(2))).rejects.toMatchObject(
      { code: ErrorCode.SERVER_ERROR },
    );
    expect(requests('POST', '/customers')).toHaveLength(3);
  });
});
