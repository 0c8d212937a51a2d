import { inspect } from 'node:util';
import { createClient, isHttpError, withInterceptors } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import ky from 'ky';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBasicAuth } from '../src/index.js';
import { startEchoAuthServer } from './helpers/echo-auth-server.js';

interface CustomerList {
  result: number | string;
  customers: { customer_id: string }[];
}

const { appId, appKey } = DEMO_CREDENTIALS.admin;
const emulator = createEmulator();
let baseUrl: string;

beforeAll(async () => {
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.requestLog.clear());

/** The emulator's record of the requests it answered since the last `clear()`. */
function logged() {
  return emulator.requestLog.entries().map(({ method, path, status, auth }) => ({
    method,
    path,
    status,
    auth,
  }));
}

describe('createBasicAuth with the emulator', () => {
  it('authenticates calls made through createClient', async () => {
    const client = createClient({ baseUrl, interceptors: [createBasicAuth({ appId, appKey })] });
    const body = await client.get<CustomerList>('customers', { searchParams: { page_length: 2 } });

    expect(body.customers).toHaveLength(2);
    expect(logged()).toEqual([
      expect.objectContaining({ method: 'GET', status: 200, auth: 'basic' }),
    ]);
  });

  it('authenticates plain fetch wrapped with withInterceptors', async () => {
    const authedFetch = withInterceptors(fetch, [createBasicAuth({ appId, appKey })], { baseUrl });
    const response = await authedFetch(`${baseUrl}customers?page_length=1`);

    expect(response.status).toBe(200);
    expect(((await response.json()) as CustomerList).customers).toHaveLength(1);
    expect(logged()).toEqual([expect.objectContaining({ status: 200, auth: 'basic' })]);
  });

  it("leaves the caller's own Request untouched when it passes one to the wrapped fetch", async () => {
    const authedFetch = withInterceptors(fetch, [createBasicAuth({ appId, appKey })], { baseUrl });
    const mine = new Request(`${baseUrl}customers?page_length=1`);
    const response = await authedFetch(mine);

    expect(response.status).toBe(200);
    expect(mine.headers.has('authorization')).toBe(false);
    expect(logged()).toEqual([expect.objectContaining({ status: 200, auth: 'basic' })]);
  });

  it('authenticates ky given the wrapped fetch', async () => {
    const auth = createBasicAuth({ appId, appKey });
    const api = ky.create({
      prefixUrl: baseUrl,
      fetch: withInterceptors(fetch, [auth], { baseUrl }),
    });
    const body = await api
      .get('customers', { searchParams: { page_length: 3 } })
      .json<CustomerList>();

    expect(body.customers).toHaveLength(3);
    expect(logged()).toEqual([expect.objectContaining({ status: 200, auth: 'basic' })]);
  });

  it('authenticates ky through a beforeRequest hook and headerValue()', async () => {
    const auth = createBasicAuth({ appId, appKey });
    const api = ky.create({
      prefixUrl: baseUrl,
      hooks: {
        beforeRequest: [(request) => request.headers.set('Authorization', auth.headerValue())],
      },
    });
    const body = await api.post('customers', {
      json: { customer_name: 'Ky Hook Ltd', contact_name: 'Kai', contact_email: 'kai@ky.example' },
    });

    expect(body.status).toBe(200);
    expect(logged()).toEqual([expect.objectContaining({ method: 'POST', auth: 'basic' })]);
  });

  it('gets UCAAS_UNAUTHORIZED for a wrong key, and the error does not show the key', async () => {
    const wrong = createBasicAuth({ appId, appKey: 'wrong-key-never-printed' });
    const client = createClient({ baseUrl, interceptors: [wrong], retry: 0 });
    const error = await client.get('customers').catch((caught: unknown) => caught);

    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UCAAS_UNAUTHORIZED', status: 401 });
    for (const text of [inspect(error, { depth: 8 }), JSON.stringify(error), String(error)]) {
      expect(text).not.toContain('wrong-key-never-printed');
      expect(text).not.toContain(wrong.headerValue().slice(6));
    }
  });

  it('does not send the credential to another origin', async () => {
    const other = await startEchoAuthServer();
    try {
      const authedFetch = withInterceptors(fetch, [createBasicAuth({ appId, appKey })], {
        baseUrl,
      });
      const response = await authedFetch(other.url);

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'not a Basic header' });
    } finally {
      await other.close();
    }
  });

  it('authenticates a non-ASCII app id and a key with colons, emoji and CJK', async () => {
    const unicode = { appId: 'société-应用', appKey: 'clé:🔑:密钥 ünï' };
    const seeded = createEmulator({
      seed: { applications: [{ ...unicode, role: 'admin' }], users: [], customers: [] },
    });
    const seededUrl = await seeded.listen({ port: 0, host: '127.0.0.1' });
    try {
      const client = createClient({ baseUrl: seededUrl, interceptors: [createBasicAuth(unicode)] });
      const almost = createClient({
        baseUrl: seededUrl,
        interceptors: [createBasicAuth({ ...unicode, appKey: 'clé:🔑:密钥 uni' })],
        retry: 0,
      });

      await expect(client.get('customers')).resolves.toMatchObject({ customers: [] });
      await expect(almost.get('customers')).rejects.toMatchObject({ code: 'UCAAS_UNAUTHORIZED' });
    } finally {
      await seeded.close();
    }
  });

  it('keeps the key out of util.inspect and JSON of a client that holds it', () => {
    const auth = createBasicAuth({ appId, appKey });
    const client = createClient({ baseUrl, interceptors: [auth] });
    const texts = [inspect(client, { depth: Number.POSITIVE_INFINITY }), JSON.stringify(client)];

    for (const text of texts) {
      expect(text ?? '').not.toContain(appKey);
      expect(text ?? '').not.toContain(auth.headerValue().slice(6));
    }
  });
});
