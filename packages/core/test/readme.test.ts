import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Interceptor, isHttpError, withInterceptors } from '../src/index.js';

// The README's snippets, run against the emulator. `createBasicAuth` is replaced by an inline
// interceptor, since @ucaas/auth-basic depends on this package.
const { appId, appKey } = DEMO_CREDENTIALS.admin;
const basic: Interceptor = {
  name: 'basic',
  onRequest: ({ request }) => {
    const headers = new Headers(request.headers);
    headers.set('authorization', `Basic ${btoa(`${appId}:${appKey}`)}`);

    return new Request(request, { headers });
  },
};

const emulator = createEmulator();
let baseUrl: string;
beforeAll(async () => {
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => emulator.close());

describe('README examples', () => {
  it('Usage: lists customers and reads a validation error', async () => {
    const client = createClient({ baseUrl, interceptors: [basic] });

    const list = await client.get<{ customers: { customer_id: string }[] }>('customers', {
      searchParams: { page: 1, page_length: 10 },
    });
    const error = await client
      .post('customers', { json: { customer_name: 'Acme' } })
      .catch((caught: unknown) => caught);

    expect(list.customers).toHaveLength(10);
    expect(isHttpError(error) && error.code).toBe('UCAAS_VALIDATION_FAILED');
    expect(isHttpError(error) && JSON.stringify(error.data)).toMatch(/contact_name/);
  });

  it('Interceptors: refreshes a rejected token and replays the call', async () => {
    let current = 'stale-token';
    const tokens = {
      current: async () => current,
      invalidate: () => {
        current = 'fresh-token';
      },
    };
    const refreshingAuth: Interceptor = {
      name: 'my-auth',
      onRequest: async ({ request }) => {
        const headers = new Headers(request.headers);
        headers.set('authorization', `Token ${await tokens.current()}`);
        return new Request(request, { headers });
      },
      onResponse: ({ response, replay }) => {
        if (response.status === 401) {
          tokens.invalidate();
          return replay();
        }
      },
    };
    const seen: string[] = [];
    const fetchSpy = (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(request.headers.get('authorization') ?? '');

      return request.headers.get('authorization') === 'Token fresh-token'
        ? Promise.resolve(Response.json({ result: 1 }))
        : Promise.resolve(Response.json({ result: 1001 }, { status: 401 }));
    };

    await createClient({ baseUrl, fetch: fetchSpy, interceptors: [refreshingAuth] }).get('x');

    expect(seen).toEqual(['Token stale-token', 'Token fresh-token']);
  });

  it('withInterceptors: adds credentials around plain fetch', async () => {
    const authedFetch = withInterceptors(fetch, [basic], { baseUrl });

    const response = await authedFetch(`${baseUrl}customers`);

    expect(response.status).toBe(200);
    expect(emulator.requestLog.entries().at(-1)).toMatchObject({ auth: 'basic', status: 200 });
  });
});
