/**
 * Careless and hostile input across the public functions: each row must fail with a typed error
 * (a `TypeError`/`RangeError` for a misused option, an `InvalidInputError` naming the field for a
 * bad value) and send no request. Then server JSON with `__proto__` and `constructor` keys.
 */
import { basicAuthFromEnv, createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth, type OAuth2AuthOptions } from '@ucaas/auth-oauth2';
import {
  type ClientOptions,
  createClient,
  ErrorCode,
  type FetchFunction,
  isHttpError,
  isInvalidInputError,
  isUcaasError,
  withInterceptors,
} from '@ucaas/core';
import { type CreateCustomerInput, createCustomersApi } from '@ucaas/customers';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RecordingServer, startRecordingServer } from './helpers/http-server.ts';

const BASE_URL = 'http://127.0.0.1/ucaas/v1/';
const emulator = createEmulator();
const { admin } = DEMO_CREDENTIALS;

/** Every request that reached the network, counted by a fetch over the in-process emulator. */
const sent: string[] = [];
const countingFetch: FetchFunction = (input, init) => {
  const request = new Request(input, init);
  sent.push(`${request.method} ${request.url}`);

  return emulator.fetch(request);
};

const client = (options: ClientOptions = {}) =>
  createClient({
    baseUrl: BASE_URL,
    fetch: countingFetch,
    interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
    ...options,
  });
const customers = createCustomersApi(client());
const oauth2 = (options: Partial<OAuth2AuthOptions>) =>
  createOAuth2Auth({
    apiId: admin.appId,
    credentials: { email: admin.email, password: admin.password },
    baseUrl: BASE_URL,
    fetch: countingFetch as typeof fetch,
    autoRefresh: false,
    ...options,
  });

const VALID: CreateCustomerInput = {
  customerName: 'Valid Name',
  contactName: 'Valid Contact',
  contactEmail: 'valid@example.com',
};
const ID = 'abcdefabcdefabcdefabcdef';

type Expected =
  | { error: typeof TypeError | typeof RangeError }
  | { code: typeof ErrorCode.INVALID_INPUT; field: string };
const misuse = (error: typeof TypeError | typeof RangeError): Expected => ({ error });
const invalid = (field: string): Expected => ({ code: ErrorCode.INVALID_INPUT, field });

// Loosely typed on purpose: these are the calls a JavaScript caller, or a cast, can make.
// biome-ignore lint/suspicious/noExplicitAny: bad input is the point of this table
const loose = (value: unknown) => value as any;

const ROWS: Array<[string, string, () => unknown, Expected]> = [
  // createClient and the client
  ['createClient', 'baseUrl: 42', () => createClient({ baseUrl: loose(42) }), misuse(TypeError)],
  ['createClient', 'baseUrl: empty', () => createClient({ baseUrl: '' }), misuse(TypeError)],
  ['createClient', 'baseUrl: not a URL', () => createClient({ baseUrl: 'api' }), misuse(TypeError)],
  [
    'createClient',
    'baseUrl: javascript:',
    () => createClient({ baseUrl: 'javascript:alert(1)//' }),
    misuse(TypeError),
  ],
  [
    'createClient',
    'baseUrl: data:',
    () => createClient({ baseUrl: 'data:text/plain,x' }),
    misuse(TypeError),
  ],
  ['createClient', 'timeout: -1', () => client({ timeout: -1 }), misuse(RangeError)],
  ['createClient', 'timeout: NaN', () => client({ timeout: Number.NaN }), misuse(RangeError)],
  ['createClient', 'timeout: 2^31', () => client({ timeout: 2 ** 31 }), misuse(RangeError)],
  ['createClient', 'totalTimeout: 0', () => client({ totalTimeout: 0 }), misuse(RangeError)],
  ['createClient', 'retry: -1', () => client({ retry: -1 }), misuse(RangeError)],
  ['createClient', 'fetch: a string', () => client({ fetch: loose('fetch') }), misuse(TypeError)],
  [
    'createClient',
    'interceptors: [{}]',
    () => client({ interceptors: [loose({})] }),
    misuse(TypeError),
  ],
  [
    'createClient',
    'interceptors: [{ onRequest: "x" }]',
    () => client({ interceptors: [loose({ onRequest: 'x' })] }),
    misuse(TypeError),
  ],
  ['client.use', 'null', () => client().use(loose(null)), misuse(TypeError)],
  ['client.get', 'path: ../', () => client().get('../login'), misuse(TypeError)],
  ['client.get', 'path: %2e%2e/', () => client().get('%2e%2e/%2e%2e/x'), misuse(TypeError)],
  [
    'client.get',
    'header value with CR LF',
    () => client().get('customers', { headers: { 'x-note': 'a\r\nInjected: 1' } }),
    misuse(TypeError),
  ],
  [
    'client.request',
    'method with CR LF',
    () => client().request('GET\r\nX: 1', 'customers'),
    misuse(TypeError),
  ],
  [
    'client.post',
    'json: a BigInt',
    () => client().post('customers', { json: { n: 1n } }),
    misuse(TypeError),
  ],
  [
    'client.post',
    'json: a cycle',
    () => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      return client().post('customers', { json: cycle });
    },
    misuse(TypeError),
  ],
  [
    'withInterceptors',
    'no baseUrl',
    () => withInterceptors(countingFetch, [], loose({})),
    misuse(TypeError),
  ],

  // @ucaas/auth-basic
  ['createBasicAuth', 'no options', () => createBasicAuth(loose(undefined)), misuse(TypeError)],
  [
    'createBasicAuth',
    'appId: empty',
    () => createBasicAuth({ appId: '', appKey: 'k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appId: spaces',
    () => createBasicAuth({ appId: '  ', appKey: 'k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appId: 42',
    () => createBasicAuth({ appId: loose(42), appKey: 'k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appId with :',
    () => createBasicAuth({ appId: 'a:b', appKey: 'k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appKey: null',
    () => createBasicAuth({ appId: 'a', appKey: loose(null) }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appKey with CR LF (header injection)',
    () => createBasicAuth({ appId: 'a', appKey: 'k\r\nX-Injected: 1' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appKey with NUL',
    () => createBasicAuth({ appId: 'a', appKey: 'k\u0000k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appKey with a lone surrogate',
    () => createBasicAuth({ appId: 'a', appKey: 'k\uD800k' }),
    misuse(TypeError),
  ],
  [
    'createBasicAuth',
    'appId with a C1 control',
    () => createBasicAuth({ appId: 'a\u0085', appKey: 'k' }),
    misuse(TypeError),
  ],
  ['basicAuthFromEnv', 'empty env', () => basicAuthFromEnv({}), misuse(TypeError)],
  [
    'basicAuthFromEnv',
    'UCAAS_APP_KEY empty',
    () => basicAuthFromEnv({ UCAAS_APP_ID: 'a', UCAAS_APP_KEY: '' }),
    misuse(TypeError),
  ],

  // @ucaas/auth-oauth2
  ['createOAuth2Auth', 'apiId: empty', () => oauth2({ apiId: '' }), misuse(TypeError)],
  ['createOAuth2Auth', 'apiId with LF', () => oauth2({ apiId: 'a\nb' }), misuse(TypeError)],
  [
    'createOAuth2Auth',
    'credentials: missing',
    () => oauth2({ credentials: loose(undefined) }),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'credentials: empty email',
    () => oauth2({ credentials: { email: '', password: 'p' } }),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'credentials: empty password',
    () => oauth2({ credentials: { email: 'a@b.example', password: '' } }),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'credentials: email with CR LF',
    () => oauth2({ credentials: { email: 'a@b.example\r\n', password: 'p' } }),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'credentials: a provider answering a number email',
    () => oauth2({ credentials: async () => loose({ email: 42, password: 'p' }) }).getToken(),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'tokenLifetimeSeconds: -5',
    () => oauth2({ tokenLifetimeSeconds: -5 }),
    misuse(RangeError),
  ],
  [
    'createOAuth2Auth',
    'refreshMarginSeconds: NaN',
    () => oauth2({ refreshMarginSeconds: Number.NaN }),
    misuse(RangeError),
  ],
  ['createOAuth2Auth', 'loginTimeout: 0', () => oauth2({ loginTimeout: 0 }), misuse(RangeError)],
  ['createOAuth2Auth', 'store: {}', () => oauth2({ store: loose({}) }), misuse(TypeError)],
  [
    'createOAuth2Auth',
    'clock: { now: 5 }',
    () => oauth2({ clock: loose({ now: 5 }) }),
    misuse(TypeError),
  ],
  [
    'createOAuth2Auth',
    'baseUrl: http on a public host',
    () => oauth2({ baseUrl: 'http://api.example.com/ucaas/v1/' }),
    misuse(TypeError),
  ],

  // @ucaas/customers
  [
    'createCustomersApi',
    'no client',
    () => createCustomersApi(loose(undefined)),
    misuse(TypeError),
  ],
  ['customers.get', 'empty id', () => customers.get(''), invalid('customerId')],
  ['customers.get', 'id: 42', () => customers.get(loose(42)), invalid('customerId')],
  ['customers.get', 'id with ../', () => customers.get('../admin'), invalid('customerId')],
  ['customers.get', 'id with ?query', () => customers.get('x?page=2'), invalid('customerId')],
  [
    'customers.get',
    'id of 10,000 chars',
    () => customers.get('a'.repeat(10_000)),
    invalid('customerId'),
  ],
  ['customers.get', 'id with NUL', () => customers.get('abc\u0000'), invalid('customerId')],
  [
    'customers.get',
    'id with a zero-width space',
    () => customers.get('abc\u200B'),
    invalid('customerId'),
  ],
  [
    'customers.get',
    'id in fullwidth letters',
    () => customers.get('ａｂｃ'),
    invalid('customerId'),
  ],
  ['customers.get', 'id with an emoji', () => customers.get('abc😀'), invalid('customerId')],
  ['customers.list', 'page: 0', () => customers.list({ page: 0 }), invalid('page')],
  ['customers.list', 'page: 1.5', () => customers.list({ page: 1.5 }), invalid('page')],
  ['customers.list', "page: '2'", () => customers.list({ page: loose('2') }), invalid('page')],
  ['customers.list', 'page: NaN', () => customers.list({ page: Number.NaN }), invalid('page')],
  [
    'customers.list',
    'pageLength: 101',
    () => customers.list({ pageLength: 101 }),
    invalid('pageLength'),
  ],
  [
    'customers.list',
    'pageLength: 1e9',
    () => customers.list({ pageLength: 1e9 }),
    invalid('pageLength'),
  ],
  [
    'customers.list',
    'searchBy: an unknown field',
    () => customers.list({ searchBy: loose('password'), search: 'x' }),
    invalid('searchBy'),
  ],
  [
    'customers.list',
    'searchBy without search',
    () => customers.list({ searchBy: 'customerName' }),
    invalid('search'),
  ],
  [
    'customers.list',
    'search: empty',
    () => customers.list({ searchBy: 'customerName', search: '' }),
    invalid('search'),
  ],
  [
    'customers.list',
    'orderBy: __proto__',
    () => customers.list({ orderBy: loose('__proto__') }),
    invalid('orderBy'),
  ],
  [
    'customers.list',
    'orderBy: constructor',
    () => customers.list({ orderBy: loose('constructor') }),
    invalid('orderBy'),
  ],
  ['customers.list', "order: 'up'", () => customers.list({ order: loose('up') }), invalid('order')],
  [
    'customers.pages',
    'pageLength: 0',
    () => customers.pages({ pageLength: 0 }),
    invalid('pageLength'),
  ],
  ['customers.iterate', 'page: -1', () => customers.iterate({ page: -1 }), invalid('page')],
  ['customers.create', 'null', () => customers.create(loose(null)), invalid('input')],
  ['customers.create', 'an array', () => customers.create(loose([VALID])), invalid('input')],
  ['customers.create', 'a string', () => customers.create(loose('Acme')), invalid('input')],
  ['customers.create', '{}', () => customers.create(loose({})), invalid('customerName')],
  [
    'customers.create',
    'customerName: spaces',
    () => customers.create({ ...VALID, customerName: '   ' }),
    invalid('customerName'),
  ],
  [
    'customers.create',
    'customerName: 42',
    () => customers.create({ ...VALID, customerName: loose(42) }),
    invalid('customerName'),
  ],
  [
    'customers.create',
    'contactEmail without @',
    () => customers.create({ ...VALID, contactEmail: 'valid.example.com' }),
    invalid('contactEmail'),
  ],
  [
    'customers.create',
    'contactEmail with a space',
    () => customers.create({ ...VALID, contactEmail: 'a b@example.com' }),
    invalid('contactEmail'),
  ],
  [
    'customers.create',
    'contactEmail with CR LF',
    () => customers.create({ ...VALID, contactEmail: 'a@example.com\r\nBcc: x@y.z' }),
    invalid('contactEmail'),
  ],
  [
    'customers.create',
    "status: 'X'",
    () => customers.create({ ...VALID, status: loose('X') }),
    invalid('status'),
  ],
  [
    'customers.create',
    '__proto__ key with a bad email (JSON.parse)',
    () =>
      customers.create(
        JSON.parse(
          '{"__proto__":{"contactEmail":"ok@example.com"},"customerName":"A","contactName":"B","contactEmail":"bad"}',
        ),
      ),
    invalid('contactEmail'),
  ],
  ['customers.update', 'empty id', () => customers.update('', {}), invalid('customerId')],
  ['customers.update', 'patch: null', () => customers.update(ID, loose(null)), invalid('patch')],
  [
    'customers.update',
    'contactEmail: empty',
    () => customers.update(ID, { contactEmail: '' }),
    invalid('contactEmail'),
  ],
  [
    'customers.update',
    "status: 'a'",
    () => customers.update(ID, { status: loose('a') }),
    invalid('status'),
  ],
  [
    'customers.delete',
    'id: undefined',
    () => customers.delete(loose(undefined)),
    invalid('customerId'),
  ],
  [
    'customers.delete',
    'id: an object',
    () => customers.delete(loose({ id: ID })),
    invalid('customerId'),
  ],
];

describe('bad input across the public functions', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('has at least 40 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('%s refuses %s, sending nothing', async (_fn, _input, run, expected) => {
    let error: unknown;
    try {
      const result = run();
      // A lazy iterator must refuse at the call, not at its first `next()`.
      if (result instanceof Promise) await result;
    } catch (caught) {
      error = caught;
    }

    if ('error' in expected) {
      expect(error).toBeInstanceOf(expected.error);
      expect(isUcaasError(error)).toBe(false);
    } else {
      expect(isInvalidInputError(error)).toBe(true);
      expect(error).toMatchObject({ code: expected.code, field: expected.field });
    }
    expect(sent).toEqual([]);
  });
});

describe('huge and odd numbers that pass a plain integer check', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  // Found by this suite: `Number.isInteger(1e300)` is true, so `list` sent `page=1e+300`.
  it('customers.list refuses page: 1e300 (not a safe integer), sending nothing', async () => {
    await expect(customers.list({ page: 1e300 })).rejects.toMatchObject({
      code: ErrorCode.INVALID_INPUT,
      field: 'page',
    });
    expect(sent).toEqual([]);
  });

  // Found by this suite: a string timeout was compared as a number (`'1000' > 0`) and accepted.
  it.each(['timeout', 'totalTimeout'] as const)(
    "createClient refuses %s: '1000' (a string)",
    (name) => {
      expect(() => client({ [name]: loose('1000') })).toThrow(RangeError);
    },
  );
});

describe('server JSON with __proto__ and constructor keys', () => {
  let hostile: RecordingServer;

  const POISON = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
  const CUSTOMER = `{${POISON},"customer_id":"abc","customer_name":"Poison","office_address":{${POISON},"city":"X"}}`;

  beforeAll(async () => {
    hostile = await startRecordingServer((request, response) => {
      const url = new URL(request.url, 'http://x');
      const bodies: Record<string, [number, string]> = {
        '/ucaas/v1/customers': [
          200,
          `{${POISON},"result":1,"total":1,"page":1,"page_length":10,"customers":[${CUSTOMER}]}`,
        ],
        '/ucaas/v1/customers/abc': [200, `{${POISON},"result":1,"customer":${CUSTOMER}}`],
        '/ucaas/v1/customers/bad': [
          406,
          `{${POISON},"result":1002,"msg":"Bad","data":{${POISON}}}`,
        ],
        '/ucaas/v1/customers/inherited': [200, '{"__proto__":{"result":1},"result":0}'],
        '/ucaas/v1/login': [200, '{"result":1,"__proto__":{"token":"inherited-token"}}'],
      };
      const [status, body] = bodies[url.pathname] ?? [404, '{"result":0}'];
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    });
  });

  afterAll(async () => {
    await hostile?.close();
    await emulator.close();
  });

  const api = () =>
    createCustomersApi(
      createClient({
        baseUrl: `${hostile.origin}/ucaas/v1/`,
        interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
        retry: 0,
      }),
    );

  const expectNoPollution = () => {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  };

  it('reads a list and a customer without polluting any prototype', async () => {
    const list = await api().list();
    const customer = await api().get('abc');

    for (const record of [list.customers[0], customer]) {
      expect(record?.customerId).toBe('abc');
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect((record as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(record?.officeAddress)).toBe(Object.prototype);
    }
    expect(list.total).toBe(1);
    expectNoPollution();
  });

  it('turns an error envelope into an HttpError without polluting', async () => {
    const error = await api()
      .get('bad')
      .catch((caught: unknown) => caught);

    expect(isHttpError(error) && error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expectNoPollution();
  });

  it('does not take an inherited result of 1 for success', async () => {
    const error = await api()
      .get('inherited')
      .catch((caught: unknown) => caught);

    expect(isHttpError(error) && error.code).toBe(ErrorCode.API_ERROR);
  });

  it('does not take an inherited token from a login answer', async () => {
    const auth = createOAuth2Auth({
      apiId: admin.appId,
      credentials: { email: admin.email, password: admin.password },
      baseUrl: `${hostile.origin}/ucaas/v1/`,
      loginRetries: 0,
    });

    await expect(auth.getToken()).rejects.toMatchObject({ code: 'UCAAS_TOKEN_REFRESH_FAILED' });
    expectNoPollution();
    auth.close();
  });
});
