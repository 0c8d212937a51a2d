/**
 * Credentials stay on the origin of `baseUrl`. Two loopback servers on different ports are two
 * origins: "home" is the configured API, "other" records everything it receives and must never
 * see `Authorization`, `X-Api-Id` or a login body.
 */
import { createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, type FetchFunction, withInterceptors } from '@ucaas/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CANARY } from './helpers/canaries.ts';
import { type RecordingServer, startRecordingServer } from './helpers/http-server.ts';

let home: RecordingServer;
let other: RecordingServer;
/** Where "home" redirects, with which status, and for which path (any when left out). */
let redirect: { status: number; to: string; path?: string } | undefined;

const basicAuth = () => createBasicAuth({ appId: CANARY.appId, appKey: CANARY.appKey });
const oauth2 = (baseUrl = `${home.origin}/ucaas/v1/`) =>
  createOAuth2Auth({
    apiId: CANARY.appId,
    credentials: { email: CANARY.email, password: CANARY.password },
    baseUrl,
    loginRetries: 0,
    autoRefresh: false,
  });

/** Nothing that identifies or authenticates the caller reached the other origin. */
function expectNothingSecretAtOther() {
  for (const request of other.requests) {
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-api-id']).toBeUndefined();
    expect(request.body).not.toContain(CANARY.password);
    expect(request.body).not.toContain(CANARY.email);
    expect(request.url).not.toContain(encodeURIComponent(CANARY.password));
  }
}

beforeAll(async () => {
  other = await startRecordingServer();
  home = await startRecordingServer((request, response) => {
    if (redirect && (!redirect.path || request.url.endsWith(redirect.path))) {
      response.writeHead(redirect.status, { location: redirect.to });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      request.url.endsWith('/login')
        ? JSON.stringify({ result: 1, token: 'canary-token-5e6f7a8b9c0d1e2f' })
        : '{"result":1}',
    );
  });
});

afterAll(async () => {
  await home?.close();
  await other?.close();
});

afterEach(() => {
  expectNothingSecretAtOther();
  redirect = undefined;
  home.requests.length = 0;
  other.requests.length = 0;
});

describe('createClient with an absolute URL as the path', () => {
  it.each([
    ['an absolute URL', () => `${other.origin}/steal`],
    ['a protocol-relative URL', () => `//${other.origin.slice('http://'.length)}/steal`],
    ['a backslash URL', () => `\\\\${other.origin.slice('http://'.length)}\\steal`],
  ])('keeps %s on the base origin, as a path', async (_name, path) => {
    const client = createClient({
      baseUrl: `${home.origin}/ucaas/v1/`,
      interceptors: [basicAuth(), oauth2()],
      retry: 0,
    });
    await client.get(path());

    expect(other.requests).toEqual([]);
    expect(home.requests.at(-1)?.url).toMatch(/^\/ucaas\/v1\//);
  });

  it.each(['../login', '../../steal', '%2e%2e/%2e%2e/steal', '.%2E/x'])(
    'refuses the path %s that climbs out of the base path, sending nothing',
    async (path) => {
      const client = createClient({
        baseUrl: `${home.origin}/ucaas/v1/`,
        interceptors: [basicAuth()],
      });

      await expect(client.get(path)).rejects.toThrow(TypeError);
      expect(home.requests).toEqual([]);
    },
  );
});

describe('withInterceptors around plain fetch', () => {
  it('adds no credential to a request for another origin', async () => {
    const auth = oauth2();
    const authed = withInterceptors(fetch, [basicAuth(), auth], {
      baseUrl: `${home.origin}/ucaas/v1/`,
    });

    await authed(`${other.origin}/steal`, {
      method: 'POST',
      body: JSON.stringify({ hello: 'world' }),
    });
    await authed(new Request(`${other.origin}/steal`));
    await authed(`${home.origin}/ucaas/v1/customers`);

    expect(other.requests).toHaveLength(2);
    // The home origin did get the credentials, so the test is not vacuous.
    expect(home.requests.at(-1)?.headers.authorization).toMatch(/^(Basic|Token) /);
    auth.close();
  });

  it('takes the origin from baseUrl, not from a look-alike host or port', async () => {
    const port = Number(new URL(home.origin).port);
    const authed = withInterceptors(fetch, [basicAuth()], {
      baseUrl: `http://localhost:${port}/ucaas/v1/`,
    });

    // 127.0.0.1 and localhost are the same machine but different origins.
    await authed(`${home.origin}/ucaas/v1/customers`);

    expect(home.requests.at(-1)?.headers.authorization).toBeUndefined();
  });
});

describe('redirects to another origin', () => {
  it.each([301, 302, 303, 307, 308])(
    'never follows an HTTP %i from a client call',
    async (status) => {
      redirect = { status, to: `${other.origin}/collect`, path: '/customers' };
      const client = createClient({
        baseUrl: `${home.origin}/ucaas/v1/`,
        interceptors: [basicAuth(), oauth2()],
        retry: 0,
      });

      await expect(
        client.post('customers', { json: { customer_name: 'x' } }),
      ).rejects.toMatchObject({
        status,
        code: 'UCAAS_HTTP_ERROR',
      });
      expect(other.requests).toEqual([]);
    },
  );

  it.each([302, 307, 308])('never follows an HTTP %i from withInterceptors', async (status) => {
    redirect = { status, to: `${other.origin}/collect` };
    const authed = withInterceptors(fetch, [basicAuth()], {
      baseUrl: `${home.origin}/ucaas/v1/`,
    });

    const response = await authed(`${home.origin}/ucaas/v1/customers`, { method: 'POST' });

    expect(response.status).toBe(status);
    expect(other.requests).toEqual([]);
  });

  it.each([302, 307, 308])('never carries the login body along an HTTP %i', async (status) => {
    // A 307 or 308 would resend the body, password included, if it were followed.
    redirect = { status, to: `${other.origin}/login` };
    const auth = oauth2();

    await expect(auth.getToken()).rejects.toMatchObject({ code: 'UCAAS_TOKEN_REFRESH_FAILED' });
    expect(home.requests.map((request) => request.url)).toEqual(['/ucaas/v1/login']);
    expect(other.requests).toEqual([]);
    auth.close();
  });
});

describe('an auth given a client of another origin', () => {
  it('sends no token when the client points elsewhere than the auth', async () => {
    const auth = oauth2();
    const client = createClient({ baseUrl: `${other.origin}/ucaas/v1/`, interceptors: [auth] });

    await client.get('customers');

    expect(other.requests).toHaveLength(1);
    expect(home.requests).toEqual([]);
    auth.close();
  });
});

describe('http: to a host that is not loopback', () => {
  const refused = [
    'http://api.example.com/ucaas/v1/',
    'http://10.0.0.7/ucaas/v1/',
    'http://127.0.0.1.nip.io/ucaas/v1/',
    'http://localhost.example.com/ucaas/v1/',
    'http://[::ffff:10.0.0.7]/ucaas/v1/',
    'http://[fe80::1]/ucaas/v1/',
    'ftp://127.0.0.1/ucaas/v1/',
    'https://user:secret@api.example.com/ucaas/v1/',
  ];

  /** A fetch that fails the test if anything calls it. */
  const calls: unknown[] = [];
  const forbiddenFetch: FetchFunction = async (input) => {
    calls.push(input);
    throw new Error('no request may be sent');
  };

  it.each(refused)('createClient refuses %s with a TypeError naming baseUrl', (baseUrl) => {
    expect(() => createClient({ baseUrl, fetch: forbiddenFetch })).toThrow(
      expect.objectContaining({ name: 'TypeError', message: expect.stringContaining('baseUrl') }),
    );
    expect(calls).toEqual([]);
  });

  it.each(refused)('withInterceptors refuses %s at construction', (baseUrl) => {
    expect(() => withInterceptors(forbiddenFetch, [basicAuth()], { baseUrl })).toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it.each(refused)('createOAuth2Auth refuses %s at construction', (baseUrl) => {
    expect(() =>
      createOAuth2Auth({
        apiId: CANARY.appId,
        credentials: { email: CANARY.email, password: CANARY.password },
        baseUrl,
        fetch: forbiddenFetch as typeof fetch,
      }),
    ).toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it('accepts it only with the plainly named opt-in', () => {
    const baseUrl = 'http://10.0.0.7/ucaas/v1/';

    expect(createClient({ baseUrl, allowInsecureHttp: true }).baseUrl).toBe(baseUrl);
  });
});
