import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type Interceptor, withInterceptors } from '../src/index.js';
import { rejectionOf } from './helpers/rejection-of.js';
import { json, startTestServer, type TestServer } from './helpers/test-server.js';

let home: TestServer;
let other: TestServer;

beforeAll(async () => {
  [home, other] = await Promise.all([startTestServer(), startTestServer()]);
});
afterAll(() => Promise.all([home.close(), other.close()]));
beforeEach(() => {
  home.requests.length = 0;
  other.requests.length = 0;
  home.handle((_request, response) => json(response, 200, { result: 1 }));
});

const auth: Interceptor = {
  onRequest: ({ request }) => {
    const headers = new Headers(request.headers);
    headers.set('authorization', 'Token secret-token');
    headers.set('x-api-id', 'secret-app-id');

    return new Request(request, { headers });
  },
};

describe('baseUrl', () => {
  it.each([
    'http://api.enablex.io/ucaas/v1/',
    'http://10.0.0.8/ucaas/v1/',
    'http://localhost.evil.example/ucaas/v1/',
    'http://127.0.0.1.nip.io/ucaas/v1/',
  ])('refuses http: to the non-loopback host of %s', (baseUrl) => {
    expect(() => createClient({ baseUrl })).toThrow(TypeError);
    expect(() => createClient({ baseUrl })).toThrow(/`baseUrl`.*`allowInsecureHttp`/);
  });

  it.each([
    'http://127.0.0.1:8080/ucaas/v1/',
    'http://127.8.9.10/ucaas/v1/',
    'http://localhost/ucaas/v1/',
    'http://emulator.localhost/ucaas/v1/',
    'http://[::1]:3000/ucaas/v1/',
  ])('accepts http: to the loopback host of %s', (baseUrl) => {
    expect(createClient({ baseUrl }).baseUrl).toBe(baseUrl);
  });

  it('accepts http: to another host only with allowInsecureHttp: true', () => {
    const baseUrl = 'http://10.0.0.8/ucaas/v1/';

    expect(createClient({ baseUrl, allowInsecureHttp: true }).baseUrl).toBe(baseUrl);
    expect(() => createClient({ baseUrl, allowInsecureHttp: 'yes' as unknown as boolean })).toThrow(
      TypeError,
    );
  });

  it('holds withInterceptors to the same rule, since it attaches the same credentials', () => {
    const baseUrl = 'http://10.0.0.8/ucaas/v1/';

    expect(() => withInterceptors(fetch, [auth], { baseUrl })).toThrow(/`allowInsecureHttp`/);
    expect(() =>
      withInterceptors(fetch, [auth], { baseUrl, allowInsecureHttp: true }),
    ).not.toThrow();
    expect(() => withInterceptors(fetch, [auth], { baseUrl: 'http://[::1]:3000/' })).not.toThrow();
  });
});

describe('credentials stay on the baseUrl origin', () => {
  it.each([
    ['an absolute URL', () => `${other.origin}/steal`],
    ['a protocol-relative URL', () => `//${other.origin.slice('http://'.length)}/steal`],
  ])('keeps %s given as a path on the base origin', async (_name, path) => {
    const client = createClient({ baseUrl: home.baseUrl, interceptors: [auth] });

    await client.get(path());

    expect(other.requests).toEqual([]);
    expect(home.requests[0]?.url).toMatch(/^\/ucaas\/v1\//);
  });

  it('withInterceptors attaches nothing to a request for another origin', async () => {
    const authed = withInterceptors(fetch, [auth], { baseUrl: home.baseUrl });

    await authed(`${other.origin}/collect`);
    await authed(`${home.baseUrl}customers`);

    expect(other.requests[0]?.headers.authorization).toBeUndefined();
    expect(other.requests[0]?.headers['x-api-id']).toBeUndefined();
    expect(home.requests[0]?.headers.authorization).toBe('Token secret-token');
  });
});

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'never follows an HTTP %i to another origin; it rejects with the 3xx',
    async (status) => {
      home.handle((_request, response) => {
        response.writeHead(status, { location: `${other.origin}/collect` });
        response.end();
      });
      const client = createClient({ baseUrl: home.baseUrl, interceptors: [auth], retry: 0 });

      const error = await rejectionOf(client.post('customers', { json: { a: 1 } }));

      expect(error).toMatchObject({ code: 'UCAAS_HTTP_ERROR', status });
      expect(other.requests).toEqual([]);
    },
  );

  it('never follows a same-origin redirect either, so no header is re-sent', async () => {
    home.handle((request, response) => {
      if (request.url.endsWith('/old')) {
        response.writeHead(302, { location: '/ucaas/v1/new' });
        response.end();
      } else json(response, 200, { result: 1 });
    });
    const client = createClient({ baseUrl: home.baseUrl, interceptors: [auth], retry: 0 });

    await expect(client.get('old')).rejects.toMatchObject({ status: 302 });
    expect(home.requests).toHaveLength(1);
  });

  it('never follows a redirect for a Request an interceptor built afresh', async () => {
    home.handle((_request, response) => {
      response.writeHead(302, { location: `${other.origin}/collect` });
      response.end();
    });
    // A new Request from the URL alone says `redirect: 'follow'`, and carries the header along.
    const fresh: Interceptor = {
      onRequest: ({ request }) => new Request(request.url, { headers: { 'x-api-id': 'secret' } }),
    };
    const client = createClient({ baseUrl: home.baseUrl, interceptors: [fresh], retry: 0 });

    await expect(client.get('customers')).rejects.toMatchObject({ status: 302 });
    expect(other.requests).toEqual([]);
  });

  it('withInterceptors hands the 3xx to the caller instead of following it', async () => {
    home.handle((_request, response) => {
      response.writeHead(307, { location: `${other.origin}/collect` });
      response.end();
    });
    const authed = withInterceptors(fetch, [auth], { baseUrl: home.baseUrl });

    const response = await authed(`${home.baseUrl}customers`, { method: 'POST', body: 'x' });

    expect(response.status).toBe(307);
    expect(other.requests).toEqual([]);
  });
});
