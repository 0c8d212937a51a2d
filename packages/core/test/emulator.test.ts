import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type Interceptor, isHttpError } from '../src/index.js';
import { rejectionOf } from './helpers/rejection-of.js';

const { admin, reseller } = DEMO_CREDENTIALS;

/** HTTP Basic from an APP_ID and APP_KEY, as `@ucaas/auth-basic` does (RFC 7617, UTF-8). */
function basic(appId: string, appKey: string): Interceptor {
  const value = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${appId}:${appKey}`)))}`;

  return {
    name: 'basic',
    onRequest: ({ request }) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', value);

      return new Request(request, { headers });
    },
  };
}

/** A minimal token auth: logs in with a plain fetch, replays once after a rejected token. */
function tokenAuth(baseUrl: string, logins: string[]): Interceptor {
  let token: string | undefined;
  const login = async () => {
    const response = await fetch(`${baseUrl}login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-id': reseller.appId },
      body: JSON.stringify({ email: reseller.email, password: reseller.password }),
    });
    token = ((await response.json()) as { token: string }).token;
    logins.push(token);
  };

  return {
    name: 'token',
    onRequest: async ({ request }) => {
      if (!token) await login();
      const headers = new Headers(request.headers);
      headers.set('authorization', `Token ${token}`);

      return new Request(request, { headers });
    },
    onResponse: ({ response, replay }) => {
      if (response.status !== 401 && response.status !== 403) return;
      token = undefined;

      return replay();
    },
  };
}

describe.each([false, true])('against the emulator over loopback (quirks: %s)', (quirks) => {
  const emulator = createEmulator({ quirks, randomSeed: 42 });
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.faults.reset();
    emulator.requestLog.clear();
  });

  it('lists customers with Basic auth and resolves to the body', async () => {
    const client = createClient({ baseUrl, interceptors: [basic(admin.appId, admin.appKey)] });

    const page = await client.get<{ customers: unknown[]; page: number | string }>('customers', {
      searchParams: { page: 1, page_length: 5 },
    });

    expect(page.customers).toHaveLength(5);
    expect(emulator.requestLog.entries()).toMatchObject([
      { method: 'GET', path: '/ucaas/v1/customers', auth: 'basic' },
    ]);
  });

  it('creates, reads, edits and deletes a customer through the general methods', async () => {
    const client = createClient({ baseUrl, interceptors: [basic(admin.appId, admin.appKey)] });

    const { customer } = await client.post<{ customer: { customer_id: string } }>('customers', {
      json: {
        customer_name: 'Core test',
        contact_name: 'Ada',
        contact_email: `core-${quirks}@example.com`,
      },
    });
    const id = customer.customer_id;
    await expect(client.get(`customers/${id}`)).resolves.toMatchObject({
      customer: { customer_id: id },
    });
    await expect(
      client.patch(`/customers/${id}`, { json: { contact_name: 'Grace' } }),
    ).resolves.toMatchObject({ customer: { contact_name: 'Grace' } });
    await client.delete(`customers/${id}`);

    await expect(client.get(`customers/${id}`)).rejects.toMatchObject({
      code: 'UCAAS_NOT_FOUND',
      status: 404,
    });
  });

  it('rejects wrong credentials with UCAAS_UNAUTHORIZED and result 1001 as a number', async () => {
    const client = createClient({ baseUrl, interceptors: [basic(admin.appId, 'wrong-key')] });

    const error = await rejectionOf(client.get('customers'));

    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UCAAS_UNAUTHORIZED', status: 401, result: 1001 });
    expect(JSON.stringify(error)).not.toContain('wrong-key');
  });

  it('reports a validation failure with the bad fields in data', async () => {
    const client = createClient({ baseUrl, interceptors: [basic(admin.appId, admin.appKey)] });

    const error = await rejectionOf(client.post('customers', { json: { customer_name: 'x' } }));

    expect(error).toMatchObject({ code: 'UCAAS_VALIDATION_FAILED', status: 406, result: 1002 });
    expect(JSON.stringify(error.data)).toMatch(/contact_email/);
  });

  it('replays once with a fresh token after the server revokes the old one', async () => {
    const logins: string[] = [];
    const client = createClient({ baseUrl, interceptors: [tokenAuth(baseUrl, logins)] });

    await client.get('customers');
    emulator.tokens.revokeAll();
    await client.get('customers');

    expect(logins).toHaveLength(2);
    // login, GET, GET refused, login again, the same GET replayed.
    expect(emulator.requestLog.entries().map(({ path, status }) => `${status} ${path}`)).toEqual([
      '200 /ucaas/v1/login',
      '200 /ucaas/v1/customers',
      '401 /ucaas/v1/customers',
      '200 /ucaas/v1/login',
      '200 /ucaas/v1/customers',
    ]);
  });

  it('retries a 503 from the server and then succeeds', async () => {
    emulator.faults.set({ errorRate: 1, errorStatus: 503 });
    const client = createClient({
      baseUrl,
      interceptors: [basic(admin.appId, admin.appKey)],
      retry: { limit: 1, delay: () => 0 },
      logger: {
        warn: () => emulator.faults.reset(),
      },
    });

    await expect(client.get('customers')).resolves.toMatchObject({ customers: expect.any(Array) });
    expect(emulator.requestLog.entries().map((entry) => entry.status)).toEqual([503, 200]);
  });
});
