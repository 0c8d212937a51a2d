import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, withInterceptors } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import ky from 'ky';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthFromEnv, createBasicAuth } from '../src/index.js';

// Each test follows one README snippet, with the emulator in place of the production URL.
const emulator = createEmulator();
let baseUrl: string;

beforeAll(async () => {
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => emulator.close());

describe('README examples', () => {
  it('createBasicAuth with a key read from a mounted secret file', async () => {
    const secretFile = join(await mkdtemp(join(tmpdir(), 'ucaas-')), 'ucaas_app_key');
    await writeFile(secretFile, `${DEMO_CREDENTIALS.admin.appKey}\n`);

    const auth = createBasicAuth({
      appId: DEMO_CREDENTIALS.admin.appId,
      appKey: await readFile(secretFile, 'utf8'),
    });
    const client = createClient({ baseUrl, interceptors: [auth] });
    const { customers } = await client.get<{ customers: unknown[] }>('customers');

    expect(customers.length).toBeGreaterThan(0);
  });

  it('basicAuthFromEnv', async () => {
    const env = {
      UCAAS_APP_ID: DEMO_CREDENTIALS.admin.appId,
      UCAAS_APP_KEY: DEMO_CREDENTIALS.admin.appKey,
    };
    const client = createClient({ baseUrl, interceptors: [basicAuthFromEnv(env)] });

    expect(await client.get('customers')).toMatchObject({ customers: expect.any(Array) });
  });

  it('around plain fetch, and with ky', async () => {
    const auth = createBasicAuth(DEMO_CREDENTIALS.admin);
    const authedFetch = withInterceptors(fetch, [auth], { baseUrl });
    const response = await authedFetch(`${baseUrl}customers?page=1`);
    const api = ky.create({
      prefixUrl: baseUrl,
      fetch: withInterceptors(fetch, [auth], { baseUrl }),
    });
    const body = await api.get('customers').json();

    expect(response.status).toBe(200);
    expect(body).toMatchObject({ customers: expect.any(Array) });
  });
});
