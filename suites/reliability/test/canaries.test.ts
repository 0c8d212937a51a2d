/**
 * Secret canaries through every package path: Basic and OAuth2 auth, the customers API, each
 * error kind, timeouts, aborts, background refresh, logout, and debug logging. Everything the SDK
 * prints, logs, throws or emits is collected, then searched for the canary key, passwords and
 * tokens in every encoding (see `formsOf`).
 */
import { inspect } from 'node:util';
import { basicAuthFromEnv, createBasicAuth } from '@ucaas/auth-basic';
import {
  createMemoryStore,
  createOAuth2Auth,
  type OAuth2AuthOptions,
  type StoredToken,
  type TokenStore,
} from '@ucaas/auth-oauth2';
import { type ClientOptions, createClient, ErrorCode, isUcaasError } from '@ucaas/core';
import { createCustomersApi } from '@ucaas/customers';
import { createEmulator, type Emulator } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANARY,
  canaryForms,
  createCanarySeed,
  findLeaks,
  formsOf,
  renderings,
} from './helpers/canaries.ts';
import { captureOutput, createRecordingLogger } from './helpers/capture.ts';
import { closedPort, type RecordingServer, startRecordingServer } from './helpers/http-server.ts';

let emulator: Emulator;
let baseUrl: string;
let hostile: RecordingServer;
let output: ReturnType<typeof captureOutput>;

const logger = createRecordingLogger();
/** Every value the SDK threw or emitted to a listener, rendered at the end. */
const observed: unknown[] = [];
/** Tokens the emulator issued, read from the login answers through a side channel. */
const issuedTokens = new Set<string>();
/** `Authorization` values that went out, to prove the canaries were really in use. */
const sentAuthorization = new Set<string>();
/** What the token store was given. */
const stored: StoredToken[] = [];

/** The network, plus a side channel that reads each login answer's token and each credential. */
const spyFetch = async (input: Request | string | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  const authorization = request.headers.get('authorization');
  if (authorization) sentAuthorization.add(authorization);

  const response = await fetch(request);
  if (new URL(request.url).pathname.endsWith('/login')) {
    const body = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body?.token === 'string') issuedTokens.add(body.token);
  }

  return response;
};

const recordingStore = (): TokenStore => {
  const memory = createMemoryStore();

  return {
    get: (key) => memory.get(key),
    set: (key, value) => {
      stored.push(value);
      return memory.set(key, value);
    },
    delete: (key) => memory.delete(key),
  };
};

/** Awaits a call that must fail, keeps the error for the final scan and returns it. */
async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  const error = await promise.then(
    () => expect.unreachable('the call should have failed'),
    (caught: unknown) => caught,
  );
  observed.push(error);

  return error as Error & Record<string, unknown>;
}

const basicClient = (options: ClientOptions = {}, appKey: string = CANARY.appKey) =>
  createClient({
    baseUrl,
    fetch: spyFetch,
    logger,
    retry: 0,
    interceptors: [createBasicAuth({ appId: CANARY.appId, appKey })],
    ...options,
  });

const listener = (event: unknown) => observed.push(event);

const oauth = (options: Partial<OAuth2AuthOptions> = {}) =>
  createOAuth2Auth({
    apiId: CANARY.appId,
    credentials: { email: CANARY.email, password: CANARY.password },
    baseUrl,
    fetch: spyFetch,
    logger,
    store: recordingStore(),
    loginRetries: 0,
    onTokenObtained: listener,
    onTokenRefreshed: listener,
    onRefreshFailed: listener,
    onLogout: listener,
    ...options,
  });

let emailCounter = 0;
const newCustomer = () => ({
  customerName: 'Canary Test Customer',
  contactName: 'Cana Ry',
  contactEmail: `canary-test-${++emailCounter}@example.org`,
});

beforeAll(async () => {
  emulator = createEmulator({ seed: createCanarySeed(), randomSeed: 7 });
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  // A hostile server: it quotes whatever credential it received back into its answers.
  hostile = await startRecordingServer((request, response) => {
    const echo = `${request.headers.authorization ?? ''} ${request.body}`;
    if (request.url.includes('bad-json')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"result":1,"echo":"${echo}`);
    } else if (request.url.includes('redirect')) {
      // No echo here: what a server puts in its own headers is kept as is on `error.response`.
      response.writeHead(302, { location: `${baseUrl}customers` });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ result: 0, msg: 'Refused' }));
    }
  });
  output = captureOutput();
});

afterAll(async () => {
  output?.restore();
  await hostile?.close();
  await emulator?.close();
});

beforeEach(() => emulator.faults.reset());

describe('Basic auth, createClient and the customers API', () => {
  it('runs list, create, get, update, iterate and delete with canary credentials', async () => {
    const customers = createCustomersApi(basicClient());

    const created = await customers.create(newCustomer());
    expect((await customers.get(created.customerId)).customerId).toBe(created.customerId);
    expect((await customers.update(created.customerId, { status: 'S' })).status).toBe('S');
    let seen = 0;
    for await (const _customer of customers.iterate({ pageLength: 1 })) seen++;
    expect(seen).toBe((await customers.list()).total);
    await customers.delete(created.customerId);

    expect(logger.counts.debug).toBeGreaterThan(0);
  });

  it.each([
    ['a wrong key', () => basicClient({}, CANARY.wrongKey).get('customers'), 'UNAUTHORIZED'],
    ['an unknown id', () => basicClient().get('customers/ffffffffffffffffffffffff'), 'NOT_FOUND'],
    [
      'a field the server refuses',
      () => basicClient().post('customers', { json: { customer_name: 'x', bogus: 1 } }),
      'VALIDATION_FAILED',
    ],
  ] as const)('rejects %s with a typed HttpError', async (_name, call, code) => {
    const error = await failure(call());
    expect(error.code).toBe(ErrorCode[code]);
  });

  it('rejects a duplicate contact email with UCAAS_DUPLICATE', async () => {
    const customers = createCustomersApi(basicClient());
    const input = newCustomer();
    const created = await customers.create(input);

    const error = await failure(customers.create(input));
    expect(error.code).toBe(ErrorCode.DUPLICATE);

    await customers.delete(created.customerId);
  });

  it('rejects HTTP 429 and 5xx with typed errors, after a logged retry', async () => {
    emulator.faults.set({ rateLimit: { every: 1, retryAfterSeconds: 0 } });
    expect((await failure(basicClient().get('customers'))).code).toBe(ErrorCode.RATE_LIMITED);

    emulator.faults.reset();
    emulator.faults.set({ errorRate: 1, errorStatus: 503 });
    const retrying = basicClient({ retry: { limit: 1, delay: () => 1 } });
    expect((await failure(retrying.get('customers'))).code).toBe(ErrorCode.SERVER_ERROR);
    expect(logger.counts.warn).toBeGreaterThan(0);
  });

  it('rejects a closed port and a dropped connection with NetworkError', async () => {
    const port = await closedPort();
    const offline = basicClient({ baseUrl: `http://127.0.0.1:${port}/ucaas/v1/` });
    expect((await failure(offline.get('customers'))).code).toBe(ErrorCode.NETWORK_ERROR);

    emulator.faults.set({ dropRate: 1 });
    expect((await failure(basicClient().get('customers'))).code).toBe(ErrorCode.NETWORK_ERROR);
  });

  it('rejects a slow answer with TimeoutError, per attempt and per call', async () => {
    emulator.faults.set({ latencyMs: 400 });
    const perAttempt = basicClient({ timeout: 50 }).get('customers');
    expect((await failure(perAttempt)).code).toBe(ErrorCode.TIMEOUT);
    const total = basicClient({ timeout: false, totalTimeout: 50 }).get('customers');
    expect((await failure(total)).code).toBe(ErrorCode.TIMEOUT);
  });

  it('rejects an aborted call with AbortError, before and during the request', async () => {
    emulator.faults.set({ latencyMs: 400 });
    const customers = createCustomersApi(basicClient());
    const before = customers.list({}, { signal: AbortSignal.abort() });
    expect((await failure(before)).code).toBe(ErrorCode.ABORTED);

    const controller = new AbortController();
    const during = customers.create(newCustomer(), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error(`aborted by ${CANARY.email}`)), 30);
    expect((await failure(during)).code).toBe(ErrorCode.ABORTED);
  });

  it('keeps a hostile server from echoing the credential into errors', async () => {
    const client = basicClient({ baseUrl: `${hostile.origin}/ucaas/v1/` });
    expect((await failure(client.get('bad-json'))).code).toBe(ErrorCode.INVALID_RESPONSE);
    expect((await failure(client.get('api-error'))).code).toBe(ErrorCode.API_ERROR);
    expect((await failure(client.get('redirect'))).code).toBe(ErrorCode.HTTP_ERROR);

    // The hostile server did receive the canary (it is the configured base URL), so the echo test
    // above was not vacuous.
    expect(hostile.requests.some((request) => request.headers.authorization)).toBe(true);
  });

  it('refuses bad credentials without quoting them', () => {
    const withNul = `${CANARY.appKey}\u0000x`;
    for (const run of [
      () => createBasicAuth({ appId: `${CANARY.appKey}:x`, appKey: CANARY.appKey }),
      () => createBasicAuth({ appId: CANARY.appId, appKey: withNul }),
      () => basicAuthFromEnv({ UCAAS_APP_ID: CANARY.appId, UCAAS_APP_KEY: `${withNul}\r\n` }),
      () => basicAuthFromEnv({ UCAAS_APP_KEY: CANARY.appKey }),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      observed.push(thrown);
    }
  });

  it('prints the auth objects and the client redacted', () => {
    const auth = createBasicAuth({ appId: CANARY.appId, appKey: CANARY.appKey });
    const fromEnv = basicAuthFromEnv({ UCAAS_APP_ID: CANARY.appId, UCAAS_APP_KEY: CANARY.appKey });
    const client = basicClient();
    observed.push(auth, fromEnv, client, { nested: { auth } });
    console.log('auth', auth, `${auth}`, JSON.stringify(auth), inspect(fromEnv));

    expect(auth.headerValue()).toMatch(/^Basic /);
  });
});

describe('OAuth2 auth', () => {
  it('logs in, calls the API and hands out the issued token', async () => {
    const auth = oauth();
    const customers = createCustomersApi(createClient({ baseUrl, logger, interceptors: [auth] }));

    const created = await customers.create(newCustomer());
    await customers.delete(created.customerId);

    expect(issuedTokens.has(await auth.getToken())).toBe(true);
    observed.push(auth);
    console.log('oauth2 auth', auth, JSON.stringify(auth));
    auth.close();
  });

  it.each([
    ['a wrong password', { credentials: { email: CANARY.email, password: CANARY.wrongPassword } }],
    ['an unknown api id', { apiId: 'canary-unknown-app' }],
  ])('rejects %s with LoginError', async (_name, options) => {
    const auth = oauth(options);
    const client = createClient({ baseUrl, logger, interceptors: [auth] });

    expect((await failure(client.get('customers'))).code).toBe('UCAAS_LOGIN_FAILED');
    expect((await failure(auth.getToken())).code).toBe('UCAAS_LOGIN_FAILED');
  });

  it('rejects a login outage and a login timeout with TokenRefreshError', async () => {
    emulator.faults.set({ loginOutage: true });
    const client = createClient({ baseUrl, logger, interceptors: [oauth()] });
    expect((await failure(client.get('customers'))).code).toBe('UCAAS_TOKEN_REFRESH_FAILED');

    emulator.faults.reset();
    emulator.faults.set({ latencyMs: 300 });
    const slow = oauth({ loginTimeout: 30 });
    const error = await failure(slow.getToken());
    expect(error.code).toBe('UCAAS_TOKEN_REFRESH_FAILED');
    expect(isUcaasError(error.cause) && error.cause.code).toBe(ErrorCode.TIMEOUT);
  });

  it('logs in again once when the server rejects the token', async () => {
    const auth = oauth();
    const client = createClient({ baseUrl, logger, interceptors: [auth] });
    await client.get('customers');
    const before = issuedTokens.size;

    emulator.tokens.revokeAll();
    await client.get('customers');
    expect(issuedTokens.size).toBe(before + 1);

    // Every use judged expired: one re-login, one replay, then the typed error.
    emulator.faults.set({ earlyExpiryRate: 1 });
    expect((await failure(client.get('customers'))).code).toBe(ErrorCode.TOKEN_EXPIRED);
    auth.close();
  });

  it('refreshes in the background, and reports a failed refresh', async () => {
    const refreshed = vi.fn(listener);
    const failed = vi.fn(listener);
    const auth = oauth({
      tokenLifetimeSeconds: 0.6,
      refreshMarginSeconds: 0.1,
      onTokenRefreshed: refreshed,
      onRefreshFailed: failed,
    });
    await auth.getToken();

    await vi.waitFor(() => expect(refreshed).toHaveBeenCalled(), { timeout: 5_000 });
    emulator.faults.set({ loginOutage: true });
    await vi.waitFor(() => expect(failed).toHaveBeenCalled(), { timeout: 5_000 });
    auth.close();
  });

  it('logs out, forgets the token, and rejects calls once closed', async () => {
    const auth = oauth();
    const client = createClient({ baseUrl, logger, interceptors: [auth] });
    await client.get('customers');
    await auth.logout();
    await client.get('customers');

    auth.close();
    expect((await failure(client.get('customers'))).code).toBe(ErrorCode.ABORTED);
  });

  it('rejects a customer-role user with UCAAS_FORBIDDEN', async () => {
    const auth = oauth({
      credentials: { email: CANARY.customerEmail, password: CANARY.customerPassword },
    });
    const client = createClient({ baseUrl, logger, interceptors: [auth] });

    expect((await failure(client.get('customers'))).code).toBe(ErrorCode.FORBIDDEN);
    auth.close();
  });

  it('rejects an aborted getToken while the shared login goes on', async () => {
    emulator.faults.set({ latencyMs: 200 });
    const auth = oauth();
    const aborted = auth.getToken({ signal: AbortSignal.timeout(20) });
    await failure(aborted);

    expect(issuedTokens.has(await auth.getToken())).toBe(true);
    auth.close();
  });

  it('never gives the password to the token store', () => {
    expect(stored.length).toBeGreaterThan(0);
    const text = JSON.stringify(stored);
    expect(findLeaks(text, [CANARY.password, CANARY.customerPassword])).toEqual([]);
  });
});

describe('the canary scan', () => {
  it('finds a canary when one is there (the scan works)', () => {
    const basic = Buffer.from(`${CANARY.appId}:${CANARY.appKey}`).toString('base64');
    expect(findLeaks(`Authorization: Basic ${basic}`, canaryForms())).not.toEqual([]);
    expect(findLeaks(encodeURIComponent(CANARY.password), canaryForms())).not.toEqual([]);
  });

  it('saw the canaries go out: the Basic pair and issued tokens', () => {
    const pair = Buffer.from(`${CANARY.appId}:${CANARY.appKey}`).toString('base64');
    expect(sentAuthorization).toContain(`Basic ${pair}`);
    expect(issuedTokens.size).toBeGreaterThan(3);
    expect(observed.length).toBeGreaterThan(25);
  });

  it('finds no key, password or token in output, logs, errors or events', () => {
    const forms = [...canaryForms(), ...[...issuedTokens].flatMap((token) => formsOf(token))];
    const corpus = [
      output.text(),
      ...logger.lines,
      ...observed.flatMap((value) => renderings(value)),
    ].join('\n');

    expect(corpus.length).toBeGreaterThan(10_000);
    expect(findLeaks(corpus, forms)).toEqual([]);
  });
});
