import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createClient,
  type Interceptor,
  type InterceptorState,
  isUcaasError,
  withInterceptors,
} from '../src/index.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { rejectionOf } from './helpers/rejection-of.js';
import { json, startTestServer, type TestServer } from './helpers/test-server.js';

const baseUrl = 'http://127.0.0.1/ucaas/v1/';

/** An interceptor that records, under `name`, which phases ran and what state they got. */
function recorder(name: string, log: string[], states: InterceptorState[] = []): Interceptor {
  return {
    name,
    onRequest: (state) => {
      log.push(`${name}:request`);
      states.push(state);
    },
    onResponse: () => {
      log.push(`${name}:response`);
    },
    onError: () => {
      log.push(`${name}:error`);
    },
  };
}

/** Sets a header, the way an auth package does. */
function setHeader(name: string, value: () => string): Interceptor {
  return {
    onRequest: ({ request }) => {
      const headers = new Headers(request.headers);
      headers.set(name, value());

      return new Request(request, { headers });
    },
  };
}

/** Asks for a replay on a 401, as auth does after a rejected token. */
const replayOn401: Interceptor = {
  name: 'replay-on-401',
  onResponse: ({ response, replay }) => (response.status === 401 ? replay() : undefined),
};

describe('interceptor phases', () => {
  it('runs onRequest in registration order and onResponse in reverse', async () => {
    const log: string[] = [];
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const client = createClient({
      baseUrl,
      fetch,
      interceptors: [recorder('a', log), recorder('b', log)],
    });
    client.use(recorder('c', log));

    await client.get('customers');

    expect(log).toEqual([
      'a:request',
      'b:request',
      'c:request',
      'c:response',
      'b:response',
      'a:response',
    ]);
  });

  it('runs onError in reverse when the network fails, and a Response recovers', async () => {
    const log: string[] = [];
    const { fetch } = createFakeFetch(new TypeError('fetch failed'));
    const recover: Interceptor = {
      onError: ({ error }) => {
        log.push(`recover:${(error as Error).name}`);

        return jsonResponse(200, { result: 1, recovered: true });
      },
    };
    const client = createClient({
      baseUrl,
      fetch,
      retry: 0,
      interceptors: [recorder('a', log), recover, recorder('b', log)],
    });

    await expect(client.get('customers')).resolves.toEqual({ result: 1, recovered: true });
    expect(log).toEqual([
      'a:request',
      'b:request',
      'b:error',
      'recover:NetworkError',
      'b:response',
      'a:response',
    ]);
  });

  it('lets onError replace the error it rethrows', async () => {
    const { fetch } = createFakeFetch(new TypeError('fetch failed'));
    const replaced = new Error('replaced');
    const client = createClient({
      baseUrl,
      fetch,
      retry: 0,
      interceptors: [{ onError: () => replaced }],
    });

    await expect(client.get('customers')).rejects.toBe(replaced);
  });

  it('hands fetch the Request an interceptor returned, without copying it', async () => {
    // Each copy of a Request costs time and, on Node 20, memory that is never given back.
    const sent: Request[] = [];
    const fetch = async (request: Request | string | URL) => {
      sent.push(request as Request);

      return jsonResponse(200, { result: 1 });
    };
    const built: Request[] = [];
    const client = createClient({
      baseUrl,
      fetch,
      interceptors: [
        {
          onRequest: ({ request }) => {
            built.push(new Request(request, { headers: { 'x-tag': '1' } }));

            return built[0];
          },
        },
      ],
    });

    await client.get('customers');

    expect(sent).toHaveLength(1);
    expect(sent[0]).toBe(built[0]);
    expect(sent[0]?.redirect).toBe('manual');
  });

  it('gives each callback one state: request, attempt, request id and logger', async () => {
    const states: InterceptorState[] = [];
    const logger = { debug: vi.fn() };
    const { fetch } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const client = createClient({
      baseUrl,
      fetch,
      logger,
      interceptors: [recorder('a', [], states)],
    });

    await client.get('customers?page=2');

    const [state] = states;
    expect(state?.request).toBeInstanceOf(Request);
    expect(state?.request.url).toBe(`${baseUrl}customers?page=2`);
    expect(state?.attempt).toBe(1);
    expect(state?.replays).toBe(0);
    expect(state?.requestId).toMatch(/\w{6,}/);
    state?.logger.debug('from an interceptor');
    expect(logger.debug).toHaveBeenCalledWith('from an interceptor');
  });

  it('short-circuits the network when onRequest returns a Response', async () => {
    const { fetch, requests } = createFakeFetch();
    const log: string[] = [];
    const client = createClient({
      baseUrl,
      fetch,
      interceptors: [
        { onRequest: () => jsonResponse(200, { result: 1, cached: true }) },
        recorder('skipped', log),
      ],
    });

    await expect(client.get('customers')).resolves.toEqual({ result: 1, cached: true });
    expect(requests).toEqual([]);
    expect(log).toEqual(['skipped:response']);
  });
});

describe('use', () => {
  it.each([
    ['an empty object', {}],
    ['null', null],
    ['a hook that is not a function', { onRequest: 'nope' }],
  ])('refuses %s with a TypeError', (_name, interceptor) => {
    const client = createClient({ baseUrl, fetch: createFakeFetch().fetch });

    expect(() => client.use(interceptor as unknown as Interceptor)).toThrow(TypeError);
  });

  it('returns the client, so calls can be chained', () => {
    const client = createClient({ baseUrl, fetch: createFakeFetch().fetch });

    expect(client.use(replayOn401)).toBe(client);
  });
});

describe('replay', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('sends the call again with a fresh credential after a 401', async () => {
    let token = 0;
    server.handle((request, response) =>
      request.headers.authorization === 'Token 2'
        ? json(response, 200, { result: 1 })
        : json(response, 401, { result: 1001, msg: 'Invalid token' }),
    );
    const client = createClient({
      baseUrl: server.baseUrl,
      interceptors: [setHeader('authorization', () => `Token ${++token}`), replayOn401],
    });

    await expect(client.get('customers')).resolves.toEqual({ result: 1 });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Token 1',
      'Token 2',
    ]);
  });

  it('replays a call at most once, so a replay loop is impossible', async () => {
    server.handle((_request, response) => json(response, 401, { result: 1001 }));
    const warn = vi.fn();
    const client = createClient({
      baseUrl: server.baseUrl,
      logger: { warn },
      interceptors: [replayOn401, { ...replayOn401, name: 'second' }],
    });

    await expect(client.get('customers')).rejects.toMatchObject({
      code: 'UCAAS_UNAUTHORIZED',
      status: 401,
    });
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['JSON', { json: { name: 'Ada', n: 1 } }, Buffer.from('{"name":"Ada","n":1}')],
    ['text', { body: 'plain text ✓' }, Buffer.from('plain text ✓')],
    ['bytes', { body: new Uint8Array([0, 1, 2, 250, 255]) }, Buffer.from([0, 1, 2, 250, 255])],
  ])('sends the same %s body bytes again', async (_kind, options, expected) => {
    server.handle((_request, response) =>
      server.requests.length === 1
        ? json(response, 401, { result: 1001 })
        : json(response, 200, { result: 1 }),
    );
    const client = createClient({ baseUrl: server.baseUrl, interceptors: [replayOn401] });

    await client.post('customers', options);

    const [first, second] = server.requests;
    expect(second?.body).toEqual(first?.body);
    expect(first?.body).toEqual(expected);
  });

  it('refuses to replay a one-shot stream body, and says why', async () => {
    server.handle((_request, response) => json(response, 401, { result: 1001 }));
    const client = createClient({ baseUrl: server.baseUrl, interceptors: [replayOn401] });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });

    const error = await rejectionOf(client.post('customers', { body: stream }));

    expect(isUcaasError(error)).toBe(true);
    expect(error.code).toBe('UCAAS_REPLAY_UNAVAILABLE');
    expect(error.message).toMatch(/one-shot ReadableStream/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body.toString()).toBe('streamed');
  });

  it('counts a replay as an attempt, and tells interceptors how many replays ran', async () => {
    server.handle((_request, response) =>
      server.requests.length === 1
        ? json(response, 401, { result: 1001 })
        : json(response, 200, { result: 1 }),
    );
    const states: InterceptorState[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      interceptors: [recorder('r', [], states), replayOn401],
    });

    await client.get('customers');

    expect(states.map(({ attempt, replays }) => [attempt, replays])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(new Set(states.map((state) => state.requestId)).size).toBe(1);
  });
});

describe('response clones', () => {
  it('adds no Response.clone on the hot path', async () => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const { fetch } = createFakeFetch(
      jsonResponse(200, { result: 1 }),
      jsonResponse(200, { result: 1 }),
    );
    const client = createClient({
      baseUrl,
      fetch,
      interceptors: [setHeader('x-test', () => '1'), replayOn401],
    });

    await client.get('customers');
    await client.post('customers', { json: { a: 1 } });

    expect(clone).not.toHaveBeenCalled();
  });
});

describe('withInterceptors', () => {
  it('runs interceptors around plain fetch for the baseUrl origin', async () => {
    const { fetch, requests } = createFakeFetch(jsonResponse(200, { result: 1 }));
    const authed = withInterceptors(fetch, [setHeader('authorization', () => 'Token t')], {
      baseUrl,
    });

    const response = await authed(`${baseUrl}customers`, { method: 'POST', body: 'x' });

    expect(response.status).toBe(200);
    expect(requests[0]?.headers.get('authorization')).toBe('Token t');
    expect(await requests[0]?.text()).toBe('x');
  });

  it('leaves requests to another origin untouched: no interceptor runs', async () => {
    const onRequest = vi.fn();
    const { fetch, requests } = createFakeFetch(jsonResponse(200, {}), jsonResponse(200, {}));
    const authed = withInterceptors(fetch, [{ onRequest }], { baseUrl });

    await authed('http://127.0.0.2/ucaas/v1/customers');
    await authed('http://127.0.0.1:8080/ucaas/v1/customers');

    expect(onRequest).not.toHaveBeenCalled();
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([null, null]);
  });

  it('requires baseUrl', () => {
    expect(() =>
      withInterceptors(globalThis.fetch, [], undefined as unknown as { baseUrl: string }),
    ).toThrow(TypeError);
  });
});
