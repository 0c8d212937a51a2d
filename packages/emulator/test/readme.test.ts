import { describe, expect, inject, it } from 'vitest';
import { createEmulator, DEMO_CREDENTIALS } from '../src/index.js';

describe('README examples', () => {
  it('globalSetup provides the URL of a listening emulator', async () => {
    const baseUrl = inject('ucaasBaseUrl');
    const { appId, appKey } = DEMO_CREDENTIALS.reseller;

    const response = await fetch(new URL('customers?page_length=5', baseUrl), {
      headers: { authorization: `Basic ${Buffer.from(`${appId}:${appKey}`).toString('base64')}` },
    });

    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ucaas\/v1\/$/);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { customers: unknown[] }).customers).toHaveLength(5);
  });

  it('serves in process, then logs in and lists with a token', async () => {
    const emulator = createEmulator({ tokenTtlSeconds: 60 });
    const baseUrl = 'http://127.0.0.1/ucaas/v1/';
    const { appId, email, password } = DEMO_CREDENTIALS.reseller;

    const login = await emulator.fetch(new URL('login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-id': appId },
      body: JSON.stringify({ email, password }),
    });
    const { token } = (await login.json()) as { token: string };
    const list = await emulator.fetch(new URL('customers', baseUrl), {
      headers: { authorization: `Token ${token}` },
    });
    emulator.clock.advance(60_000);
    const expired = await emulator.fetch(new URL('customers', baseUrl), {
      headers: { authorization: `Token ${token}` },
    });

    expect(list.status).toBe(200);
    expect(expired.status).toBe(403);
    expect(emulator.requestLog.entries().filter((e) => e.path.endsWith('/login'))).toHaveLength(1);
  });
});
