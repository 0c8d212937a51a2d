import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClient, DEFAULT_BASE_URL, isHttpError } from '../src/index.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { rejectionOf } from './helpers/rejection-of.js';

const baseUrl = 'http://127.0.0.1/ucaas/v1/';

/** The URL a client sends `path` to, observed through an injected fetch. */
async function urlFor(base: string, path: string): Promise<string> {
  const { fetch, requests } = createFakeFetch(jsonResponse(200, { result: 1 }));
  await createClient({ baseUrl: base, fetch }).get(path);

  return requests[0]?.url ?? '';
}

describe('createClient', () => {
  it('defaults to the documented production URL', () => {
    expect(createClient().baseUrl).toBe('https://api.enablex.io/ucaas/v1/');
    expect(DEFAULT_BASE_URL).toBe('https://api.enablex.io/ucaas/v1/');
  });

  it.each([
    ['http://127.0.0.1/ucaas/v1', 'customers'],
    ['http://127.0.0.1/ucaas/v1/', 'customers'],
    ['http://127.0.0.1/ucaas/v1', '/customers'],
    ['http://127.0.0.1/ucaas/v1/', '/customers'],
    ['http://127.0.0.1/ucaas/v1//', '//customers'],
    ['http://127.0.0.1/ucaas/v1/?stale=1#x', 'customers'],
  ])('joins %s and %s without dropping the version path', async (base, path) => {
    expect(await urlFor(base, path)).toBe('http://127.0.0.1/ucaas/v1/customers');
  });

  it('keeps the version path for any path segments (property)', async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        async (segments, leading, trailing) => {
          const base = `http://127.0.0.1/ucaas/v1${trailing ? '/' : ''}`;
          const path = `${leading ? '/' : ''}${segments.join('/')}`;

          expect(await urlFor(base, path)).toBe(`http://127.0.0.1/ucaas/v1/${segments.join('/')}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(['../login', '../../x', '%2e%2e/x', 'a/../../x'])(
    'refuses the path %s, which climbs out of the base path',
    async (path) => {
      const { fetch, requests } = createFakeFetch();
      const client = createClient({ baseUrl, fetch });

      await expect(client.get(path)).rejects.toThrow(TypeError);
      expect(requests).toEqual([]);
    },
  );

  it.each([
    ['a relative URL', { baseUrl: 'ucaas/v1' }, TypeError],
    ['ftp:', { baseUrl: 'ftp://127.0.0.1/ucaas/v1/' }, TypeError],
    ['credentials in the URL', { baseUrl: 'https://user:pw@api.example/ucaas/v1/' }, TypeError],
    ['a negative timeout', { timeout: -1 }, RangeError],
    ['a string timeout', { timeout: '1000' }, RangeError],
    ['a timeout beyond setTimeout', { timeout: 2 ** 31 }, RangeError],
    ['a zero totalTimeout', { totalTimeout: 0 }, RangeError],
    ['a negative retry limit', { retry: -1 }, RangeError],
    ['a fetch that is not a function', { fetch: 'fetch' }, TypeError],
    ['an interceptor without hooks', { interceptors: [{ name: 'x' }] }, TypeError],
  ])('refuses %s with an error naming the option', (_name, options, Type) => {
    const option =
      Object.keys(options)[0] === 'interceptors' ? 'interceptor' : Object.keys(options)[0];

    expect(() => createClient(options as never)).toThrow(Type);
    expect(() => createClient(options as never)).toThrow(new RegExp(`\`${option}`));
  });
});

describe('client methods', () => {
  it.each(['get', 'post', 'put', 'patch', 'delete'] as const)(
    '%s sends its method and resolves to the parsed body',
    async (method) => {
      const { fetch, requests } = createFakeFetch(jsonResponse(200, { result: 1, ok: method }));
      const client = createClient({ baseUrl, fetch });

      await expect(client[method]('customers/1')).resolves.toEqual({ result: 1, ok: method });
      expect(requests[0]?.method).toBe(method.toUpperCase());
    },
  );

  it('request sends any method to any route', async () => {
    const { fetch, requests } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const client = createClient({ baseUrl, fetch });

    await client.request('options', 'reports/usage');

    expect(requests[0]?.method).toBe('OPTIONS');
    expect(requests[0]?.url).toBe(`${baseUrl}reports/usage`);
  });

  it('sends JSON, search params and headers, the call’s headers over the client’s', async () => {
    const { fetch, requests } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const client = createClient({
      baseUrl,
      fetch,
      headers: { 'x-app-type': 'vc', 'x-default': 'client' },
    });

    await client.post('customers', {
      json: { customer_name: 'Ada' },
      searchParams: { page: 2, page_length: 10 },
      headers: { 'x-app-type': 'wb' },
    });

    const [request] = requests;
    expect(request?.url).toBe(`${baseUrl}customers?page=2&page_length=10`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('x-app-type')).toBe('wb');
    expect(request?.headers.get('x-default')).toBe('client');
    expect(await request?.text()).toBe('{"customer_name":"Ada"}');
  });

  it('types the body through a generic', async () => {
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1, total: 3 }));
    const client = createClient({ baseUrl, fetch });

    const body = await client.get<{ total: number }>('customers');

    expect(body.total).toBe(3);
  });
});

describe('responses', () => {
  it.each([
    ['a 204', () => new Response(null, { status: 204 })],
    [
      'content-length: 0',
      () => new Response('', { status: 200, headers: { 'content-length': '0' } }),
    ],
  ])('resolves to undefined for %s', async (_name, response) => {
    const { fetch } = createFakeFetch(response());

    await expect(createClient({ baseUrl, fetch }).delete('customers/1')).resolves.toBeUndefined();
  });

  it.each([1, '1'])('treats result %j as success', async (result) => {
    const { fetch } = createFakeFetch(jsonResponse(200, { result, customer: { id: 'c1' } }));

    await expect(createClient({ baseUrl, fetch }).get('customers/c1')).resolves.toMatchObject({
      customer: { id: 'c1' },
    });
  });

  it.each([0, '0', 1002, '1504'])(
    'turns HTTP 200 with result %j into UCAAS_API_ERROR',
    async (result) => {
      const { fetch } = createFakeFetch(jsonResponse(200, { result, msg: 'Nope', desc: 'No.' }));

      const error = await rejectionOf(createClient({ baseUrl, fetch }).get('customers'));

      expect(isHttpError(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'UCAAS_API_ERROR',
        status: 200,
        result: Number(result),
        msg: 'Nope',
        desc: 'No.',
      });
    },
  );

  it('passes a body without result, as /login may answer', async () => {
    const { fetch } = createFakeFetch(jsonResponse(200, { token: 'opaque' }));

    await expect(createClient({ baseUrl, fetch }).post('login')).resolves.toEqual({
      token: 'opaque',
    });
  });

  it('rejects a successful answer that is not JSON with UCAAS_INVALID_RESPONSE', async () => {
    const { fetch } = createFakeFetch(new Response('<html>', { status: 200 }));

    await expect(createClient({ baseUrl, fetch }).get('customers')).rejects.toMatchObject({
      name: 'InvalidResponseError',
      code: 'UCAAS_INVALID_RESPONSE',
    });
  });
});

describe('logger', () => {
  it('is silent by default', async () => {
    const spies = (['debug', 'info', 'warn', 'error', 'log'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1 }));

    await createClient({ baseUrl, fetch }).get('customers');

    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('hears about each attempt with method, URL, attempt and request id, never headers', async () => {
    const debug = vi.fn();
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const client = createClient({
      baseUrl,
      fetch,
      logger: { debug },
      headers: { authorization: 'Basic c2VjcmV0' },
    });

    await client.get('customers?search_string=secret');

    expect(debug).toHaveBeenCalledTimes(1);
    const [message, details] = debug.mock.calls[0] ?? [];
    expect(message).toBe(`Sending GET ${baseUrl}customers`);
    expect(details).toEqual({ attempt: 1, requestId: expect.any(String) });
    expect(JSON.stringify(debug.mock.calls)).not.toMatch(/c2VjcmV0|secret/);
  });

  it('binds the methods of a logger object that relies on this', async () => {
    class Sink {
      lines: string[] = [];
      debug(message: string) {
        this.lines.push(message);
      }
    }
    const sink = new Sink();
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1 }));

    await createClient({ baseUrl, fetch, logger: sink }).get('customers');

    expect(sink.lines).toHaveLength(1);
  });
});
