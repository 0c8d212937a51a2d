import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type Interceptor, UcaasError } from '../src/index.js';
import { createFakeFetch, jsonResponse, type Step } from './helpers/fake-fetch.js';
import { rejectionOf } from './helpers/rejection-of.js';

const baseUrl = 'http://127.0.0.1/ucaas/v1/';
const ok = () => jsonResponse(200, { result: 1 });
const status = (code: number, headers: HeadersInit = {}) =>
  jsonResponse(code, { result: 0, msg: `HTTP ${code}` }, headers);

/** A fetch step that never answers, until the request's signal aborts it. */
const hang: Step = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason));
  });

/** No wait between attempts, so that these tests need no timers. */
const noDelay = { delay: () => 0 };

describe('retry policy', () => {
  it.each([408, 429, 500, 502, 503, 504, 599])('retries a GET answered %i', async (code) => {
    const { fetch, requests } = createFakeFetch(status(code), ok());
    const client = createClient({ baseUrl, fetch, retry: noDelay });

    await expect(client.get('customers')).resolves.toEqual({ result: 1 });
    expect(requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 406, 409, 422])('does not retry a GET answered %i', async (code) => {
    const { fetch, requests } = createFakeFetch(status(code));
    const client = createClient({ baseUrl, fetch, retry: noDelay });

    await expect(client.get('customers')).rejects.toMatchObject({ status: code });
    expect(requests).toHaveLength(1);
  });

  it.each(['get', 'put', 'delete'] as const)('retries %s by default', async (method) => {
    const { fetch, requests } = createFakeFetch(status(503), ok());

    await createClient({ baseUrl, fetch, retry: noDelay })[method]('customers/1');

    expect(requests).toHaveLength(2);
  });

  it.each(['HEAD', 'OPTIONS'])('retries %s by default', async (method) => {
    const { fetch, requests } = createFakeFetch(status(503), new Response(null, { status: 200 }));

    await createClient({ baseUrl, fetch, retry: noDelay }).request(method, 'customers');

    expect(requests).toHaveLength(2);
  });

  it.each(['post', 'patch'] as const)('never retries %s unless asked', async (method) => {
    const { fetch, requests } = createFakeFetch(status(503));
    const client = createClient({ baseUrl, fetch, retry: noDelay });

    await expect(client[method]('customers', { json: {} })).rejects.toMatchObject({
      code: 'UCAAS_SERVER_ERROR',
    });
    expect(requests).toHaveLength(1);
  });

  it('retries POST when the caller opts in', async () => {
    const { fetch, requests } = createFakeFetch(status(503), ok());
    const client = createClient({
      baseUrl,
      fetch,
      retry: { ...noDelay, methods: ['GET', 'POST'] },
    });

    await client.post('customers', { json: { a: 1 } });

    expect(requests).toHaveLength(2);
    expect(await requests[1]?.text()).toBe('{"a":1}');
  });

  it('retries network errors, then throws UCAAS_NETWORK_ERROR once the limit is spent', async () => {
    const { fetch, requests } = createFakeFetch(
      new TypeError('fetch failed'),
      new TypeError('fetch failed'),
      new TypeError('fetch failed'),
    );
    const client = createClient({ baseUrl, fetch, retry: { ...noDelay, limit: 2 } });

    await expect(client.get('customers')).rejects.toMatchObject({
      name: 'NetworkError',
      code: 'UCAAS_NETWORK_ERROR',
    });
    expect(requests).toHaveLength(3);
  });

  it('takes a number as the limit, and 0 turns retries off', async () => {
    const { fetch, requests } = createFakeFetch(status(503));

    await expect(createClient({ baseUrl, fetch, retry: 0 }).get('x')).rejects.toThrow();
    expect(requests).toHaveLength(1);
  });

  it('lets a call override the client’s policy', async () => {
    const { fetch, requests } = createFakeFetch(status(503), ok());
    const client = createClient({ baseUrl, fetch, retry: 0 });

    await client.get('customers', { retry: { ...noDelay, limit: 1 } });

    expect(requests).toHaveLength(2);
  });

  it('does not retry an error an interceptor throws (a failed login)', async () => {
    const onRequest = vi.fn(() => {
      throw new UcaasError('Login failed', { code: 'UCAAS_LOGIN_FAILED' });
    });
    const { fetch, requests } = createFakeFetch();
    const client = createClient({ baseUrl, fetch, retry: noDelay, interceptors: [{ onRequest }] });

    await expect(client.get('customers')).rejects.toMatchObject({
      code: 'UCAAS_LOGIN_FAILED',
      requestId: expect.any(String),
    });
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([]);
  });

  it('runs the interceptors again on a retry, for a fresh credential', async () => {
    let n = 0;
    const auth: Interceptor = {
      onRequest: ({ request }) => {
        const headers = new Headers(request.headers);
        headers.set('authorization', `Token ${++n}`);

        return new Request(request, { headers });
      },
    };
    const { fetch, requests } = createFakeFetch(status(503), ok());

    await createClient({ baseUrl, fetch, retry: noDelay, interceptors: [auth] }).get('x');

    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Token 1',
      'Token 2',
    ]);
  });

  it('logs each retry with the reason, and releases the answer it replaces', async () => {
    const warn = vi.fn();
    const failed = status(503);
    const { fetch } = createFakeFetch(failed, ok());

    await createClient({ baseUrl, fetch, retry: noDelay, logger: { warn } }).get('customers');

    expect(warn).toHaveBeenCalledWith(`Retrying GET ${baseUrl}customers`, {
      attempt: 2,
      reason: 503,
      requestId: expect.any(String),
    });
    expect(failed.bodyUsed).toBe(true);
  });
});

describe('retry timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('honours Retry-After in seconds', async () => {
    const { fetch, requests } = createFakeFetch(status(429, { 'retry-after': '3' }), ok());
    const result = createClient({ baseUrl, fetch }).get('customers');

    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await expect(result).resolves.toEqual({ result: 1 });
  });

  it('backs off exponentially from 300 ms, with jitter below the backoff', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    const { fetch, requests } = createFakeFetch(status(503), status(503), ok());
    const result = createClient({ baseUrl, fetch }).get('customers');

    // Full jitter: the wait is `random() * backoff`, here just under 300 ms, then under 600 ms.
    await vi.advanceTimersByTimeAsync(298);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(597);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3);
    expect(requests).toHaveLength(3);
    await expect(result).resolves.toEqual({ result: 1 });
  });

  it('waits less than the backoff when the jitter draws low', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { fetch, requests } = createFakeFetch(status(503), ok());
    const result = createClient({ baseUrl, fetch }).get('customers');

    await vi.advanceTimersByTimeAsync(150);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('times an attempt out after `timeout` and retries it', async () => {
    const { fetch, requests } = createFakeFetch(hang, ok());
    const result = createClient({ baseUrl, fetch, timeout: 1_000, retry: noDelay }).get('x');

    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    // The timeout fires at 1 000 ms; the retry's zero-length wait is a timer too.
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toHaveLength(2);
    await expect(result).resolves.toEqual({ result: 1 });
  });

  it('rejects with UCAAS_TIMEOUT once the attempts time out', async () => {
    const { fetch } = createFakeFetch(hang);
    const result = createClient({ baseUrl, fetch, timeout: 1_000, retry: 0 }).get('x');
    const settled = expect(result).rejects.toMatchObject({
      name: 'TimeoutError',
      code: 'UCAAS_TIMEOUT',
      message: expect.stringMatching(/exceeded its timeout/),
    });

    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
  });
});

describe('aborts and the total timeout', () => {
  it('never retries a caller’s abort, and rejects with UCAAS_ABORTED', async () => {
    const controller = new AbortController();
    const { fetch, requests } = createFakeFetch((request) => {
      queueMicrotask(() => controller.abort());

      return (hang as (request: Request) => Promise<Response>)(request);
    });

    const error = await rejectionOf(
      createClient({ baseUrl, fetch, retry: noDelay }).get('x', { signal: controller.signal }),
    );

    expect(error).toMatchObject({ name: 'AbortError', code: 'UCAAS_ABORTED' });
    expect(error.cause).toBe(controller.signal.reason);
    expect(requests).toHaveLength(1);
  });

  it('rejects a signal that is already aborted, without retrying', async () => {
    // Like the global fetch, which rejects at once for an aborted signal.
    const { fetch, requests } = createFakeFetch((request) => Promise.reject(request.signal.reason));

    await expect(
      createClient({ baseUrl, fetch, retry: noDelay }).get('x', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
    expect(requests).toHaveLength(1);
  });

  it('aborts with the caller’s signal alone when totalTimeout is false', async () => {
    const controller = new AbortController();
    const { fetch, requests } = createFakeFetch((request) => {
      queueMicrotask(() => controller.abort());

      return (hang as (request: Request) => Promise<Response>)(request);
    });
    const client = createClient({ baseUrl, fetch, totalTimeout: false, retry: noDelay });

    const error = await rejectionOf(client.get('x', { signal: controller.signal }));

    expect(error).toMatchObject({ name: 'AbortError', code: 'UCAAS_ABORTED' });
    expect(requests).toHaveLength(1);
  });

  it('stops a whole call at totalTimeout, retries included', async () => {
    const { fetch, requests } = createFakeFetch(hang, hang, hang);
    const client = createClient({ baseUrl, fetch, totalTimeout: 50, timeout: 20, retry: noDelay });

    await expect(client.get('customers')).rejects.toMatchObject({
      name: 'TimeoutError',
      code: 'UCAAS_TIMEOUT',
      message: expect.stringMatching(/totalTimeout/),
    });
    expect(requests.length).toBeGreaterThanOrEqual(1);
  });
});
