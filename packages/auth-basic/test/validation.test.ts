import { describe, expect, it } from 'vitest';
import { basicAuthFromEnv, createBasicAuth } from '../src/index.js';
import { decodeBasic } from './helpers/decode-basic.js';

const GOOD = { appId: 'demo-admin', appKey: 'demo-admin-key' };

/** Runs `build` and returns the error it throws, failing the test if it throws nothing. */
function errorOf(build: () => unknown): Error {
  try {
    build();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, got none');
}

describe('createBasicAuth', () => {
  const badValues: [string, unknown][] = [
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['only whitespace', ' \t\n'],
    ['a number', 12345],
    ['an object', { toString: () => 'secret-in-object' }],
    ['a CR inside', 'sec\rret-value'],
    ['a LF inside', 'sec\nret-value'],
    ['a NUL inside', 'sec\0ret-value'],
    ['a DEL inside', 'sec\x7fret-value'],
    ['an unpaired surrogate', 'sec\ud800ret-value'],
  ];

  describe.each(['appId', 'appKey'] as const)('%s', (field) => {
    it.each(badValues)('throws a TypeError naming the field when it is %s', (_case, value) => {
      const error = errorOf(() => createBasicAuth({ ...GOOD, [field]: value } as typeof GOOD));

      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(`\`${field}\``);
      if (typeof value === 'string' && value.trim()) {
        expect(error.message).not.toContain(value.trim());
        expect(error.message).not.toContain('ret-value');
      }
    });
  });

  it('throws a TypeError naming `appId` when it contains a colon', () => {
    const error = errorOf(() => createBasicAuth({ appId: 'demo:admin', appKey: 'k' }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('`appId`');
    expect(error.message).not.toContain('demo:admin');
  });

  it('throws a TypeError naming `appId` when called without options', () => {
    const error = errorOf(() => createBasicAuth(undefined as unknown as typeof GOOD));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('`appId`');
  });

  it('trims surrounding whitespace and a trailing newline from both values', () => {
    const auth = createBasicAuth({ appId: '  demo-admin\t', appKey: 'demo-admin-key\n' });

    expect(auth.appId).toBe('demo-admin');
    expect(decodeBasic(auth.headerValue())).toEqual({
      userId: 'demo-admin',
      password: 'demo-admin-key',
    });
  });

  it('keeps inner spaces, which are part of the value', () => {
    const auth = createBasicAuth({ appId: 'my app', appKey: 'open  sesame' });

    expect(decodeBasic(auth.headerValue())).toEqual({ userId: 'my app', password: 'open  sesame' });
  });

  it('returns a frozen object, so the credential cannot be swapped later', () => {
    const auth = createBasicAuth(GOOD);

    expect(Object.isFrozen(auth)).toBe(true);
    expect(() => {
      (auth as { headerValue: () => string }).headerValue = () => 'Basic forged';
    }).toThrow(TypeError);
  });

  it('does not keep a reference to the options object', () => {
    const options = { ...GOOD };
    const auth = createBasicAuth(options);
    options.appKey = 'changed';

    expect(decodeBasic(auth.headerValue()).password).toBe('demo-admin-key');
  });
});

describe('basicAuthFromEnv', () => {
  it('reads UCAAS_APP_ID and UCAAS_APP_KEY, trimming a trailing newline', () => {
    const auth = basicAuthFromEnv({
      UCAAS_APP_ID: 'demo-admin\n',
      UCAAS_APP_KEY: 'demo-admin-key\n',
    });

    expect(auth.appId).toBe('demo-admin');
    expect(decodeBasic(auth.headerValue()).password).toBe('demo-admin-key');
  });

  it('reads process.env when no env is given', () => {
    const saved = { id: process.env.UCAAS_APP_ID, key: process.env.UCAAS_APP_KEY };
    process.env.UCAAS_APP_ID = 'from-process';
    process.env.UCAAS_APP_KEY = 'process-key';
    try {
      expect(decodeBasic(basicAuthFromEnv().headerValue())).toEqual({
        userId: 'from-process',
        password: 'process-key',
      });
    } finally {
      for (const [name, value] of [
        ['UCAAS_APP_ID', saved.id],
        ['UCAAS_APP_KEY', saved.key],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it.each([
    ['UCAAS_APP_ID', { UCAAS_APP_KEY: 'k' }, 'is not set'],
    ['UCAAS_APP_KEY', { UCAAS_APP_ID: 'demo-admin' }, 'is not set'],
    ['UCAAS_APP_KEY', { UCAAS_APP_ID: 'demo-admin', UCAAS_APP_KEY: '\n' }, 'non-empty'],
    ['UCAAS_APP_ID', { UCAAS_APP_ID: 'demo:admin', UCAAS_APP_KEY: 'k' }, "':'"],
    [
      'UCAAS_APP_KEY',
      { UCAAS_APP_ID: 'demo-admin', UCAAS_APP_KEY: 'top\r\nsecret-value' },
      'control characters',
    ],
  ])('names %s in the error (%o)', (variable, env, reason) => {
    const error = errorOf(() => basicAuthFromEnv(env));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('secret-value');
    expect(error.message).not.toContain('demo:admin');
  });
});
