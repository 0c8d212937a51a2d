import { createClient } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, createOAuth2Auth } from '../src/index.js';

const emulator = createEmulator({ randomSeed: 1 });
const baseUrl = 'http://127.0.0.1/ucaas/v1/';
const { appId, email, password } = DEMO_CREDENTIALS.reseller;

afterEach(() => {
  emulator.requestLog.clear();
});

describe('README examples', () => {
  it('Usage: a client with the auth lists customers', async () => {
    const auth = createOAuth2Auth({
      apiId: appId,
      credentials: { email, password },
      baseUrl,
      fetch: emulator.fetch,
    });
    const client = createClient({ interceptors: [auth], baseUrl, fetch: emulator.fetch });

    const { customers } = await client.get<{ customers: unknown[] }>('customers');

    auth.close();
    expect(customers.length).toBeGreaterThan(0);
  });

  it('Ask the user: the provider is asked at each login, and again after logout', async () => {
    let asked = 0;
    const auth = createOAuth2Auth({
      apiId: appId,
      credentials: async () => {
        asked++;

        return { email, password };
      },
      baseUrl,
      fetch: emulator.fetch,
      store: createMemoryStore(),
    });

    await auth.getToken();
    await auth.getToken();
    await auth.logout();
    await auth.getToken();

    auth.close();
    expect(asked).toBe(2);
  });

  it('Lifecycle: `using` closes the auth at the end of the block', async () => {
    let token: string;
    {
      using scoped = createOAuth2Auth({
        apiId: appId,
        credentials: { email, password },
        baseUrl,
        fetch: emulator.fetch,
      });
      token = await scoped.getToken();
    }

    expect(token).toMatch(/.+/);
  });
});
