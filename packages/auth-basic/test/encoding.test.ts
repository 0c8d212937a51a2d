import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBasicAuth } from '../src/index.js';
import { decodeBasic } from './helpers/decode-basic.js';
import { startEchoAuthServer } from './helpers/echo-auth-server.js';
import { requestState } from './helpers/request-state.js';

describe('createBasicAuth().headerValue', () => {
  it('matches the RFC 7617 examples', () => {
    // Section 2 (ASCII) and section 2.1 (UTF-8 charset parameter).
    expect(createBasicAuth({ appId: 'Aladdin', appKey: 'open sesame' }).headerValue()).toBe(
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    );
    expect(createBasicAuth({ appId: 'test', appKey: '123£' }).headerValue()).toBe(
      'Basic dGVzdDoxMjPCow==',
    );
  });

  it.each([
    ['accented letters', 'société-générale', 'clé-àéîõü'],
    ['CJK', '应用程序', '密钥キー열쇠'],
    ['emoji', 'app-🚀', 'key-🔑👩🏽‍💻'],
    ['a colon inside the key', 'demo-admin', 'part:one::two:'],
    ['Latin-1 boundary characters', 'ÿ', '\u0100\u07ff\u0800\uffff'],
  ])('encodes %s as UTF-8 bytes that decode back exactly', (_case, appId, appKey) => {
    const header = createBasicAuth({ appId, appKey }).headerValue();

    expect(header).toBe(`Basic ${Buffer.from(`${appId}:${appKey}`, 'utf8').toString('base64')}`);
    expect(decodeBasic(header)).toEqual({ userId: appId, password: appKey });
  });

  it('round-trips any valid pair through a server that splits at the first colon', () => {
    // Units biased towards the characters that matter: colons, whitespace, multi-byte text.
    const unit = fc.oneof(
      fc.constantFrom(':', ' ', '\t', 'é', '漢', '😀', '\u00a0'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit, minLength: 1, maxLength: 24 });
    const valid = (value: string) => value.trim() !== '' && !/[\p{Cc}\p{Cs}]/u.test(value.trim());

    fc.assert(
      fc.property(text, text, (appId, appKey) => {
        fc.pre(valid(appId) && valid(appKey) && !appId.includes(':'));
        const header = createBasicAuth({ appId, appKey }).headerValue();

        expect(decodeBasic(header)).toEqual({ userId: appId.trim(), password: appKey.trim() });
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on Buffer', () => {
    const saved = globalThis.Buffer;
    // Simulates a browser or worker runtime, where `Buffer` does not exist.
    Reflect.deleteProperty(globalThis, 'Buffer');
    try {
      const header = createBasicAuth({ appId: 'ünï', appKey: 'çødé:🔑' }).headerValue();
      globalThis.Buffer = saved;
      expect(decodeBasic(header)).toEqual({ userId: 'ünï', password: 'çødé:🔑' });
    } finally {
      globalThis.Buffer = saved;
    }
  });
});

describe('createBasicAuth().onRequest', () => {
  let server: Awaited<ReturnType<typeof startEchoAuthServer>>;
  beforeAll(async () => {
    server = await startEchoAuthServer();
  });
  afterAll(() => server.close());

  it('sends bytes that a node:http server decodes to the exact pair', async () => {
    const auth = createBasicAuth({ appId: 'Zoë-应用', appKey: 'k:ey-🔑-ñ' });
    const request = auth.onRequest(requestState(new Request(server.url)));
    const response = await fetch(request);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: 'Zoë-应用', password: 'k:ey-🔑-ñ' });
  });

  it('replaces an Authorization header already on the request and keeps the others', () => {
    const auth = createBasicAuth({ appId: 'demo-admin', appKey: 'demo-admin-key' });
    const original = new Request('http://127.0.0.1/x', {
      method: 'POST',
      headers: { authorization: 'Token stale', 'x-trace': 'abc' },
      body: '{"a":1}',
    });
    const sent = auth.onRequest(requestState(original));

    // Set in place: the pipeline's own Request, so no copy per call (see the withInterceptors
    // test for the caller's Request staying untouched).
    expect(sent).toBe(original);
    expect(sent.headers.get('authorization')).toBe(auth.headerValue());
    expect(sent.headers.get('x-trace')).toBe('abc');
    expect(sent.method).toBe('POST');
  });

  it('keeps the request body', async () => {
    const auth = createBasicAuth({ appId: 'demo-admin', appKey: 'demo-admin-key' });
    const sent = auth.onRequest(
      requestState(new Request('http://127.0.0.1/x', { method: 'POST', body: '{"a":1}' })),
    );

    expect(await sent.text()).toBe('{"a":1}');
  });
});
