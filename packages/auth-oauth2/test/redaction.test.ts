import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createOAuth2Auth, type OAuth2AuthOptions } from '../src/index.js';
import {
  createTestAuth,
  type TestAuthOptions,
  useFakeTimersInEachTest,
} from './helpers/create-test-auth.js';
import {
  type Answer,
  API_ID,
  BASE_URL,
  EMAIL,
  PASSWORD,
  tokenAnswer,
} from './helpers/fake-login.js';

const TOKEN = 'very-secret-token-value';

/** A background-refreshing auth that records every log line and event, to search for secrets. */
function setup(answers: Answer[], extra: TestAuthOptions = {}) {
  const lines: unknown[] = [];
  const record = (...args: unknown[]) => lines.push(args);
  const events: unknown[] = [];
  const { server, clock, auth } = createTestAuth(answers, {
    autoRefresh: true,
    loginRetries: 0,
    logger: { debug: record, info: record, warn: record, error: record },
    onTokenObtained: (e) => events.push(e),
    onTokenRefreshed: (e) => events.push(e),
    onRefreshFailed: (e) => events.push(e),
    onLogout: (e) => events.push(e),
    ...extra,
  });
  const everything = () =>
    inspect([lines, events], { depth: 10 }) + JSON.stringify([lines, events]);

  return { server, clock, auth, events, everything };
}

useFakeTimersInEachTest();

describe('redaction', () => {
  it('keeps the token and password out of JSON.stringify and util.inspect', async () => {
    const { auth } = setup([tokenAnswer(TOKEN)]);
    await auth.getToken();

    for (const text of [JSON.stringify(auth), inspect(auth, { depth: 10, showHidden: true })]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PASSWORD);
      expect(text).toContain('[REDACTED]');
    }
    auth.close();
  });

  it('keeps secrets out of log lines and events across login, refresh, failure and logout', async () => {
    const { auth, clock, events, everything } = setup([
      tokenAnswer(TOKEN),
      new Response('', { status: 500 }),
      tokenAnswer(`${TOKEN}-2`),
    ]);
    await auth.getToken();
    clock.advance(780_000);
    await vi.advanceTimersByTimeAsync(780_000);
    clock.advance(60_000);
    await auth.getToken();
    await auth.logout();

    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({
      generation: 1,
      durationMs: expect.any(Number),
      source: 'login',
    });
    expect(everything()).not.toContain(TOKEN);
    expect(everything()).not.toContain(PASSWORD);
  });

  it.each([
    [401, Response.json({ result: 1001 }, { status: 401 })],
    [500, new Response('', { status: 500 })],
  ])('keeps secrets out of login errors (HTTP %i)', async (_, answer) => {
    const { auth } = setup([answer]);

    const error = await auth.getToken().catch((e: unknown) => e);

    const text = `${String(error)} ${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`;
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(EMAIL);
  });

  it('survives a listener that throws, and logs it', async () => {
    const { auth } = setup([tokenAnswer(TOKEN)], {
      onTokenObtained: () => {
        throw new Error('listener bug');
      },
    });

    await expect(auth.getToken()).resolves.toBe(TOKEN);
    auth.close();
  });
});

describe('createOAuth2Auth options', () => {
  const valid = {
    apiId: API_ID,
    credentials: { email: EMAIL, password: PASSWORD },
    baseUrl: BASE_URL,
  };

  it.each([
    ['apiId', { apiId: '' }, TypeError],
    ['apiId', { apiId: 'a\r\nX-Evil: 1' }, TypeError],
    ['credentials', { credentials: { email: EMAIL } }, TypeError],
    ['credentials', { credentials: { email: 'a\nb', password: 'p' } }, TypeError],
    ['baseUrl', { baseUrl: 'not a url' }, TypeError],
    ['baseUrl', { baseUrl: 'http://api.example.test/ucaas/v1/' }, TypeError],
    ['baseUrl', { baseUrl: 'https://user:pw@api.example.test/' }, TypeError],
    ['tokenLifetimeSeconds', { tokenLifetimeSeconds: 0 }, RangeError],
    ['refreshMarginSeconds', { refreshMarginSeconds: -1 }, RangeError],
    ['loginTimeout', { loginTimeout: Number.NaN }, RangeError],
    ['loginRetries', { loginRetries: -1 }, RangeError],
    ['store', { store: { get() {} } }, TypeError],
    ['clock', { clock: {} }, TypeError],
  ])('throws naming `%s` when it is wrong', (option, patch, Type) => {
    expect(() => createOAuth2Auth({ ...valid, ...patch } as OAuth2AuthOptions)).toThrow(Type);
    expect(() => createOAuth2Auth({ ...valid, ...patch } as OAuth2AuthOptions)).toThrow(
      `\`${option}\``,
    );
  });

  it('allows http on loopback, and elsewhere only with allowInsecureHttp', () => {
    expect(() =>
      createOAuth2Auth({ ...valid, baseUrl: 'http://127.0.0.1:8080/ucaas/v1/' }),
    ).not.toThrow();
    expect(() => createOAuth2Auth({ ...valid, baseUrl: 'http://[::1]/' })).not.toThrow();
    expect(() =>
      createOAuth2Auth({ ...valid, baseUrl: 'http://intranet/ucaas/v1/', allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it('does not write to the options object it was given', () => {
    const options = Object.freeze({ ...valid, clock: Object.freeze({ now: () => 0 }) });

    expect(() => createOAuth2Auth(options)).not.toThrow();
  });
});
