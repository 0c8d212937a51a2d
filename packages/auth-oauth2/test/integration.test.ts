import { isHttpError } from '@ucaas/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createOAuth2Auth, isLoginError, isTokenRefreshError } from '../src/index.js';
import { IN_PROCESS_URL, type Setup, setupEmulator, USER } from './helpers/emulator-setup.js';
import { createTestClock } from './helpers/fake-login.js';

interface CustomerList {
  customers: unknown[];
}

const LIST = 'customers?page_length=1';
let current: Setup | undefined;

async function setup(...args: Parameters<typeof setupEmulator>) {
  current = await setupEmulator(...args);

  return current;
}

afterEach(async () => {
  current?.auth.close();
  await current?.emulator.close();
  current = undefined;
});

describe.each([
  ['normal', false],
  ['quirks', true],
])('createOAuth2Auth against the emulator (%s mode)', (_, quirks) => {
  it('logs in once and sends Authorization: Token on every request', async () => {
    const { client, emulator, logins } = await setup({ quirks });

    const list = await client.get<CustomerList>(LIST);
    await client.get(LIST);

    expect(list.customers).toHaveLength(1);
    expect(logins()).toBe(1);
    const auths = emulator.requestLog.entries().map((entry) => entry.auth);
    expect(auths).toEqual(['none', 'token', 'token']);
  });

  it('shares one login between 10,000 concurrent requests in process', async () => {
    const { client, logins } = await setup({ quirks });

    const results = await Promise.all(Array.from({ length: 10_000 }, () => client.get(LIST)));

    expect(results).toHaveLength(10_000);
    expect(logins()).toBe(1);
  });

  it('shares one login between 10,000 concurrent requests once the token has expired', async () => {
    const clock = createTestClock();
    const { client, logins } = await setup({ quirks }, { clock, autoRefresh: false });
    await client.get(LIST);
    clock.advance(900_000);

    await Promise.all(Array.from({ length: 10_000 }, () => client.get(LIST)));

    expect(logins()).toBe(2);
  });

  it('shares one login between 1,000 concurrent requests over real sockets', async () => {
    const { client, logins } = await setup({ quirks }, {}, true);

    await Promise.all(Array.from({ length: 1_000 }, () => client.get(LIST)));

    expect(logins()).toBe(1);
  });

  it('logs in again once and replays when the server revokes the token', async () => {
    const { client, emulator, logins } = await setup({ quirks });
    await client.get(LIST);
    emulator.tokens.revokeAll();

    await Promise.all(Array.from({ length: 50 }, () => client.get(LIST)));

    expect(logins()).toBe(2);
    const rejected = emulator.requestLog.entries().filter((entry) => entry.status === 401);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it('recovers when the server expires the token before the SDK does', async () => {
    const { client, emulator, logins } = await setup({ quirks, tokenTtlSeconds: 60 });
    await client.get(LIST);
    emulator.clock.advance(61_000);

    await expect(client.get<CustomerList>(LIST)).resolves.toHaveProperty('customers');

    expect(logins()).toBe(2);
    const expired = emulator.requestLog
      .entries()
      .find((entry) => entry.status >= 401 && entry.status <= 403);
    // Normal mode answers 403 + result 1001 for an expired token; quirks mode answers 401.
    expect(expired?.status).toBe(quirks ? 401 : 403);
  });

  it('hands a rejection of the fresh token to the caller as an HttpError, without looping', async () => {
    const { client, emulator, logins } = await setup({ quirks });
    await client.get(LIST);
    emulator.faults.set({ earlyExpiryRate: 1 });

    const error = await client.get(LIST).catch((e: unknown) => e);

    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ code: quirks ? 'UCAAS_UNAUTHORIZED' : 'UCAAS_TOKEN_EXPIRED' });
    expect(logins()).toBe(2);
  });

  it('fails with a terminal LoginError on a wrong password, with one login attempt', async () => {
    const { client, logins } = await setup(
      { quirks },
      { credentials: { email: USER.email, password: 'wrong-password' } },
    );

    const error = await client.get(LIST).catch((e: unknown) => e);

    expect(isLoginError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UCAAS_LOGIN_FAILED', status: 401, result: 1001 });
    expect(logins()).toBe(1);
  });

  it('rejects every waiter of a failed login, and the next call logs in again', async () => {
    const { client, emulator, logins } = await setup({ quirks }, { loginRetries: 0 });
    emulator.faults.set({ loginOutage: true });

    const results = await Promise.allSettled(Array.from({ length: 100 }, () => client.get(LIST)));
    expect(results.every((r) => r.status === 'rejected' && isTokenRefreshError(r.reason))).toBe(
      true,
    );
    expect(logins()).toBe(1);

    emulator.faults.reset();
    await expect(client.get(LIST)).resolves.toBeDefined();
    expect(logins()).toBe(2);
  });

  it('retries a login outage with backoff and gives up with a TokenRefreshError', async () => {
    const { auth, emulator, logins } = await setup({ quirks }, { loginRetries: 1 });
    emulator.faults.set({ loginOutage: true });

    const error = await auth.getToken().catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'UCAAS_TOKEN_REFRESH_FAILED', cause: { status: 503 } });
    expect(logins()).toBe(2);
  });

  it('lets one caller abort without cancelling the shared login for the others', async () => {
    const { client, emulator, logins } = await setup({ quirks, faults: { latencyMs: 50 } });
    const controller = new AbortController();

    const aborted = client.get(LIST, { signal: controller.signal });
    const others = Array.from({ length: 5 }, () => client.get(LIST));
    controller.abort();

    await expect(aborted).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
    await expect(Promise.all(others)).resolves.toHaveLength(5);
    expect(logins()).toBe(1);
    emulator.faults.reset();
  });

  it('logs out locally, and the next request logs in again', async () => {
    const { auth, client, logins } = await setup({ quirks });
    await client.get(LIST);

    await auth.logout();
    await client.get(LIST);

    expect(logins()).toBe(2);
  });
});

describe('createOAuth2Auth login route', () => {
  it('sends the login to the versioned /login with X-Api-Id and never through an interceptor', async () => {
    const { emulator } = await setup();
    const seen: Request[] = [];
    const auth = createOAuth2Auth({
      apiId: USER.appId,
      credentials: { email: USER.email, password: USER.password },
      baseUrl: IN_PROCESS_URL.slice(0, -1),
      fetch: (input, init) => {
        const request = new Request(input, init);
        seen.push(request.clone());

        return emulator.fetch(request);
      },
    });

    await auth.getToken();
    auth.close();

    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`${IN_PROCESS_URL}login`);
    expect(seen[0]?.headers.get('x-api-id')).toBe(USER.appId);
    expect(seen[0]?.headers.has('authorization')).toBe(false);
  });
});
