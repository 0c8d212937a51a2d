import { afterEach, describe, expect, it } from 'vitest';
import { basicAuthFromEnv, createBasicAuth } from '../src/index.js';

const GOOD = { appId: 'demo-admin', appKey: 'demo-admin-key' };
const scope = globalThis as Record<string, unknown>;
const added: string[] = [];

/** Defines browser globals for one test; `afterEach` removes them again. */
function pretend(globals: Record<string, unknown>) {
  for (const [name, value] of Object.entries(globals)) {
    if (name in scope) throw new Error(`${name} already exists in this runtime`);
    scope[name] = value;
    added.push(name);
  }
}

afterEach(() => {
  for (const name of added.splice(0)) delete scope[name];
});

describe('createBasicAuth in a browser', () => {
  it('works in Node, where there is no window or document', () => {
    expect(createBasicAuth(GOOD).appId).toBe('demo-admin');
  });

  it.each([
    ['a page', { window: globalThis, document: {} }],
    ['a web worker', { importScripts: () => {} }],
  ])('throws in %s and points to @ucaas/auth-oauth2', (_case, globals) => {
    pretend(globals);

    expect(() => createBasicAuth(GOOD)).toThrow(/@ucaas\/auth-oauth2/);
    expect(() => createBasicAuth(GOOD)).toThrow(/dangerouslyAllowBrowser/);
    expect(() => basicAuthFromEnv({ UCAAS_APP_ID: 'a', UCAAS_APP_KEY: 'b' })).toThrow(
      /@ucaas\/auth-oauth2/,
    );
  });

  it('throws before looking at the values, so even a valid key is refused', () => {
    pretend({ window: globalThis, document: {} });

    expect(() => createBasicAuth({ ...GOOD, dangerouslyAllowBrowser: false })).toThrow(
      /every visitor/,
    );
  });

  it('is allowed with `dangerouslyAllowBrowser: true`', () => {
    pretend({ window: globalThis, document: {} });
    const auth = createBasicAuth({ ...GOOD, dangerouslyAllowBrowser: true });
    const fromEnv = basicAuthFromEnv(
      { UCAAS_APP_ID: 'a', UCAAS_APP_KEY: 'b' },
      { dangerouslyAllowBrowser: true },
    );

    expect(auth.headerValue()).toBe('Basic ZGVtby1hZG1pbjpkZW1vLWFkbWluLWtleQ==');
    expect(fromEnv.headerValue()).toBe('Basic YTpi');
  });

  it('treats a window without a document (Deno 1.x) as a server', () => {
    pretend({ window: globalThis });

    expect(createBasicAuth(GOOD).appId).toBe('demo-admin');
  });
});
