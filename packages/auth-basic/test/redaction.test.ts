import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { basicAuthFromEnv, createBasicAuth } from '../src/index.js';

const KEY = 'super-secret-app-key';
const auth = createBasicAuth({ appId: 'demo-admin', appKey: KEY });
const header = auth.headerValue();
const base64 = header.slice('Basic '.length);

/** Asserts that `text` shows the redaction mark and none of the secret's forms. */
function expectRedacted(text: string) {
  expect(text).toContain('[REDACTED]');
  expect(text).not.toContain(KEY);
  expect(text).not.toContain(base64);
  expect(text).not.toContain('Basic ');
}

/** What `console.log` would print, captured from a real `Console` instance. */
function printed(...values: unknown[]): string {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).log(...values);

  return output;
}

class Service {
  readonly settings = { retries: 2, auth };
}

const holders: [string, unknown][] = [
  ['the auth itself', auth],
  ['an object holding it', { config: { deep: { auth } } }],
  ['an array holding it', [[auth]]],
  ['a Map holding it', new Map([['auth', auth]])],
  ['a class instance holding it', new Service()],
  [
    'auth from the environment',
    basicAuthFromEnv({ UCAAS_APP_ID: 'demo-admin', UCAAS_APP_KEY: KEY }),
  ],
];

describe('createBasicAuth redaction', () => {
  it.each(holders)('util.inspect of %s shows the mark, not the key', (_case, value) => {
    expectRedacted(inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
    expectRedacted(inspect(value));
  });

  it.each(holders)('console.log of %s shows the mark, not the key', (_case, value) => {
    expectRedacted(printed(value));
    expectRedacted(printed('%o %O %s %j', value, value, value, value));
  });

  it.each(holders.filter(([name]) => name !== 'a Map holding it'))(
    'JSON.stringify of %s shows the mark, not the key',
    (_case, value) => {
      expectRedacted(JSON.stringify(value));
    },
  );

  it('prints the app id, which is not secret, next to the mark', () => {
    expect(inspect(auth)).toBe('BasicAuth { appId: "demo-admin", appKey: \'[REDACTED]\' }');
    expect(JSON.parse(JSON.stringify(auth))).toEqual({ appId: 'demo-admin', appKey: '[REDACTED]' });
  });

  it('shows the mark in string conversions', () => {
    expectRedacted(String(auth));
    expectRedacted(`${auth}`);
    expectRedacted(format('%s', auth));
  });

  it('exposes neither the key nor the header through its enumerable properties', () => {
    const copy = { ...auth };
    const ownValues = Reflect.ownKeys(auth).map(
      (key) => (auth as unknown as Record<PropertyKey, unknown>)[key],
    );

    expect(ownValues.filter((value) => typeof value === 'string')).toEqual([
      'basic-auth',
      'demo-admin',
    ]);
    expectRedacted(inspect(copy, { depth: Number.POSITIVE_INFINITY }));
  });
});
