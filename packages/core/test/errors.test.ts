import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as esm from '../dist/index.js';
import {
  AbortError,
  createClient,
  ErrorCode,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  isAbortError,
  isHttpError,
  isInvalidInputError,
  isInvalidResponseError,
  isNetworkError,
  isTimeoutError,
  isUcaasError,
  NetworkError,
  TimeoutError,
  UcaasError,
} from '../src/index.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { rejectionOf } from './helpers/rejection-of.js';
import { json, startTestServer, type TestServer } from './helpers/test-server.js';

const baseUrl = 'http://127.0.0.1/ucaas/v1/';
const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof esm;

describe('ErrorCode', () => {
  it('maps every key to its stable UCAAS_ value', () => {
    expect(Object.entries(ErrorCode).every(([key, value]) => value === `UCAAS_${key}`)).toBe(true);
    expect(Object.keys(ErrorCode)).toHaveLength(17);
    expect(ErrorCode.TOKEN_EXPIRED).toBe('UCAAS_TOKEN_EXPIRED');
    expect(ErrorCode.REPLAY_UNAVAILABLE).toBe('UCAAS_REPLAY_UNAVAILABLE');
  });
});

describe('HttpError codes', () => {
  it.each([
    [400, 1002, 'UCAAS_BAD_REQUEST'],
    [401, 1001, 'UCAAS_UNAUTHORIZED'],
    [403, 1001, 'UCAAS_TOKEN_EXPIRED'],
    [403, '1001', 'UCAAS_TOKEN_EXPIRED'],
    [403, 0, 'UCAAS_FORBIDDEN'],
    [404, 0, 'UCAAS_NOT_FOUND'],
    [406, 1002, 'UCAAS_VALIDATION_FAILED'],
    [422, undefined, 'UCAAS_VALIDATION_FAILED'],
    [406, 1504, 'UCAAS_DUPLICATE'],
    [406, '1504', 'UCAAS_DUPLICATE'],
    [429, undefined, 'UCAAS_RATE_LIMITED'],
    [500, undefined, 'UCAAS_SERVER_ERROR'],
    [503, 0, 'UCAAS_SERVER_ERROR'],
    [409, 0, 'UCAAS_HTTP_ERROR'],
    [302, undefined, 'UCAAS_HTTP_ERROR'],
  ])('HTTP %i with result %j is %s', async (status, result, code) => {
    const { fetch } = createFakeFetch(jsonResponse(status, { result }));

    const error = await rejectionOf(createClient({ baseUrl, fetch, retry: 0 }).get('x'));

    expect(isHttpError(error)).toBe(true);
    expect(error.code).toBe(code);
  });

  it('carries status, result as a number, msg, desc, data, method, path and request id', async () => {
    const data = { contact_email: 'is not valid' };
    const response = jsonResponse(406, { result: '1002', msg: 'Invalid', desc: 'Bad.', data });
    const { fetch } = createFakeFetch(response);

    const error = await rejectionOf(
      createClient({ baseUrl, fetch }).post('customers?page=1', { json: {} }),
    );

    expect(error).toMatchObject({
      name: 'HttpError',
      code: 'UCAAS_VALIDATION_FAILED',
      status: 406,
      result: 1002,
      msg: 'Invalid',
      desc: 'Bad.',
      data,
      method: 'POST',
      path: '/ucaas/v1/customers',
      requestId: expect.any(String),
    });
    expect(error.message).toBe(`POST ${baseUrl}customers failed: HTTP 406, result 1002`);
  });

  it('reads the body once and releases it; `response` is kept but not enumerable', async () => {
    const response = jsonResponse(404, { result: 0 });
    const { fetch } = createFakeFetch(response);

    const error = await rejectionOf(createClient({ baseUrl, fetch }).get('customers/x'));

    expect(response.bodyUsed).toBe(true);
    expect((error as unknown as HttpError).response).toBe(response);
    expect(Object.keys(error)).not.toContain('response');
  });

  it('copes with an error body that is not JSON', async () => {
    const { fetch } = createFakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502 }));

    const error = await rejectionOf(createClient({ baseUrl, fetch, retry: 0 }).get('x'));

    expect(error).toMatchObject({ code: 'UCAAS_SERVER_ERROR', status: 502, result: undefined });
  });
});

describe('a connection lost while the body is read', () => {
  it.each([200, 500])('rejects with a NetworkError after HTTP %i headers', async (status) => {
    const server = await startTestServer();
    server.handle((_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"result":');
      // Cut the socket once the headers and part of the body are out.
      setTimeout(() => response.socket?.destroy(), 20);
    });

    const error = await rejectionOf(
      createClient({ baseUrl: server.baseUrl, retry: 0 }).get('customers'),
    );
    await server.close();

    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: ErrorCode.NETWORK_ERROR });
    expect((error as NetworkError).requestId).toEqual(expect.any(String));
  });

  it('is still an AbortError when the caller aborted the read', async () => {
    const server = await startTestServer();
    const controller = new AbortController();
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"result":');
      setTimeout(() => controller.abort(), 20);
    });

    const error = await rejectionOf(
      createClient({ baseUrl: server.baseUrl, retry: 0 }).get('x', { signal: controller.signal }),
    );
    await server.close();

    expect(isAbortError(error)).toBe(true);
  });
});

describe('guards', () => {
  const errors = {
    isHttpError: new HttpError('m', {
      code: 'UCAAS_NOT_FOUND',
      status: 404,
      method: 'GET',
      path: '/',
    }),
    isNetworkError: new NetworkError('m'),
    isTimeoutError: new TimeoutError('m'),
    isAbortError: new AbortError('m'),
    isInvalidResponseError: new InvalidResponseError('m'),
    isInvalidInputError: new InvalidInputError('m', { field: 'email' }),
  };
  const guards = {
    isHttpError,
    isNetworkError,
    isTimeoutError,
    isAbortError,
    isInvalidResponseError,
    isInvalidInputError,
  };

  it.each(Object.keys(guards) as (keyof typeof guards)[])(
    '%s matches its own class only',
    (name) => {
      for (const [other, error] of Object.entries(errors)) {
        expect(guards[name](error)).toBe(other === name);
        expect(isUcaasError(error)).toBe(true);
      }
    },
  );

  it.each([
    ['a DOMException TimeoutError', new DOMException('t', 'TimeoutError'), isTimeoutError],
    ['a DOMException AbortError', new DOMException('a', 'AbortError'), isAbortError],
    ['a look-alike object', { name: 'HttpError', code: 'UCAAS_NOT_FOUND' }, isHttpError],
    ['null', null, isUcaasError],
    ['a string', 'UcaasError', isUcaasError],
  ])('does not match %s', (_name, value, guard) => {
    expect(guard(value)).toBe(false);
  });

  it('matches subclasses other packages define', () => {
    class LoginError extends UcaasError {
      override name = 'LoginError' as const;
    }
    const error = new LoginError('Login failed', { code: 'UCAAS_LOGIN_FAILED' });

    expect(isUcaasError(error)).toBe(true);
    expect(isHttpError(error)).toBe(false);
    expect(error).toMatchObject({ name: 'LoginError', code: 'UCAAS_LOGIN_FAILED' });
    expect('cause' in error).toBe(false);
  });

  it('works across the ESM and the CJS copy of the package', () => {
    const fromCjs = new cjs.HttpError('m', { code: 'X', status: 500, method: 'GET', path: '/' });
    const fromEsm = new esm.TimeoutError('m', { requestId: 'r1' });

    expect(fromCjs instanceof esm.HttpError).toBe(false);
    expect(esm.isHttpError(fromCjs)).toBe(true);
    expect(esm.isUcaasError(fromCjs)).toBe(true);
    expect(cjs.isTimeoutError(fromEsm)).toBe(true);
    expect(cjs.isUcaasError(fromEsm)).toBe(true);
    expect(cjs.isHttpError(fromEsm)).toBe(false);
    expect(cjs.ErrorCode).toEqual(esm.ErrorCode);
  });
});

describe('secrets in errors', () => {
  const SECRETS = {
    basic: 'Basic ZGVtby1hZG1pbjpzM2NyM3Qta2V5',
    apiId: 'app-id-5ecret',
    token: 'tok-5ecret-0123456789',
    password: 'pa55word-5ecret',
  };
  let server: TestServer;
  let closedPort: string;

  beforeAll(async () => {
    server = await startTestServer();
    const closed = await startTestServer();
    closedPort = closed.baseUrl;
    await closed.close();
  });
  afterAll(() => server.close());

  const auth = {
    onRequest: ({ request }: { request: Request }) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Token ${SECRETS.token}`);

      return new Request(request, { headers });
    },
  };
  const call = (client: ReturnType<typeof createClient>, options = {}) =>
    rejectionOf(
      client.post('login', {
        json: { email: 'a@example.com', password: SECRETS.password },
        headers: { 'x-api-id': SECRETS.apiId, authorization: SECRETS.basic },
        ...options,
      }),
    );
  const cases: [string, () => Promise<UcaasError>][] = [
    [
      'an HttpError',
      () => {
        server.handle((_request, response) => json(response, 401, { result: 1001, msg: 'No' }));
        return call(createClient({ baseUrl: server.baseUrl, interceptors: [auth] }));
      },
    ],
    [
      'an API error on HTTP 200',
      () => {
        server.handle((_request, response) => json(response, 200, { result: 1002 }));
        return call(createClient({ baseUrl: server.baseUrl, interceptors: [auth] }));
      },
    ],
    [
      'an InvalidResponseError',
      () => {
        server.handle((_request, response) => {
          response.end(`not json ${SECRETS.token}`);
        });
        return call(createClient({ baseUrl: server.baseUrl, interceptors: [auth] }));
      },
    ],
    [
      'a NetworkError',
      () => call(createClient({ baseUrl: closedPort, interceptors: [auth], retry: 0 })),
    ],
    [
      'a TimeoutError',
      () => {
        server.handle(() => {});
        return call(createClient({ baseUrl: server.baseUrl, interceptors: [auth], timeout: 30 }));
      },
    ],
    [
      'an AbortError',
      () => {
        server.handle(() => {});
        return call(createClient({ baseUrl: server.baseUrl, interceptors: [auth] }), {
          signal: AbortSignal.timeout(30),
        });
      },
    ],
  ];

  it.each(cases)('%s shows no header value, token, password or body', async (_name, make) => {
    const error = await make();
    const views = [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error),
    ].join('\n');

    expect(isUcaasError(error)).toBe(true);
    expect(error.requestId).toEqual(expect.any(String));
    for (const secret of Object.values(SECRETS)) expect(views).not.toContain(secret);
    expect(views).not.toContain('ZGVtby1hZG1pbjpzM2NyM3Qta2V5');
    expect(views).not.toContain('a@example.com');
  });
});
