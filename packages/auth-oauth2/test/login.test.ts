import { describe, expect, it, vi } from 'vitest';
import { type Credentials, isLoginError, isTokenRefreshError } from '../src/index.js';
import { createTestAuth, useFakeTimersInEachTest } from './helpers/create-test-auth.js';
import { BASE_URL, EMAIL, PASSWORD, tokenAnswer } from './helpers/fake-login.js';

useFakeTimersInEachTest();

describe('createOAuth2Auth login', () => {
  it('posts the email and password with X-Api-Id to the versioned /login and no Authorization', async () => {
    const { server, auth } = createTestAuth([tokenAnswer('tok-1')]);

    await expect(auth.getToken()).resolves.toBe('tok-1');
    server.assertDone();
  });

  it('keeps the version folder when baseUrl has no trailing slash', async () => {
    const { server, auth } = createTestAuth([tokenAnswer('tok-1')], {
      baseUrl: BASE_URL.slice(0, -1),
    });

    await expect(auth.getToken()).resolves.toBe('tok-1');
    server.assertDone();
  });

  it('accepts the quirks-mode answer: a bare token, or result as a string', async () => {
    const { auth } = createTestAuth([Response.json({ token: 'bare' })]);
    await expect(auth.getToken()).resolves.toBe('bare');

    const second = createTestAuth([Response.json({ result: '1', token: 'stringy' })]);
    await expect(second.auth.getToken()).resolves.toBe('stringy');
  });

  it.each([
    [401, { result: 1001, msg: 'Unauthorized' }],
    [403, { result: 1001 }],
    [406, { result: 1002 }],
    [400, { result: 1002 }],
  ])('fails with a terminal LoginError on HTTP %i, without retrying', async (status, body) => {
    const { server, auth } = createTestAuth([Response.json(body, { status })]);

    const error = await auth.getToken().catch((e: unknown) => e);
    expect(isLoginError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UCAAS_LOGIN_FAILED', status, result: body.result });
    expect(server.calls).toHaveLength(1);
  });

  it('fails with a LoginError when HTTP 200 carries a result other than 1', async () => {
    const { auth } = createTestAuth([Response.json({ result: '1001', token: 'ignored' })]);

    await expect(auth.getToken()).rejects.toMatchObject({
      code: 'UCAAS_LOGIN_FAILED',
      result: 1001,
    });
  });

  it.each([
    ['no token', { result: 1 }],
    ['an empty token', { result: 1, token: '' }],
    ['a numeric token', { result: 1, token: 42 }],
  ])('fails with a TokenRefreshError when the answer has %s', async (_, body) => {
    const { server, auth } = createTestAuth([Response.json(body)]);

    const error = await auth.getToken().catch((e: unknown) => e);
    expect(isTokenRefreshError(error)).toBe(true);
    expect(server.calls).toHaveLength(1);
  });

  it('refuses a redirect instead of following it', async () => {
    const redirect = new Response(null, {
      status: 307,
      headers: { location: 'https://evil.test/' },
    });
    const { server, auth } = createTestAuth([redirect]);

    await expect(auth.getToken()).rejects.toMatchObject({ code: 'UCAAS_TOKEN_REFRESH_FAILED' });
    expect(server.calls).toHaveLength(1);
  });

  it('retries 5xx, 429 and network failures with doubling backoff, then succeeds', async () => {
    // Jitter at its top, so each wait is (almost) the whole backoff: 300, 600, 1200 ms.
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    const { server, auth } = createTestAuth(
      [
        new Response('down', { status: 503 }),
        new TypeError('fetch failed'),
        new Response('slow down', { status: 429 }),
        tokenAnswer('tok-after-retries'),
      ],
      { loginRetries: 3 },
    );
    const token = auth.getToken();

    const steps: Array<[calls: number, backoff: number]> = [
      [1, 300],
      [2, 600],
      [3, 1200],
    ];
    for (const [before, backoff] of steps) {
      await vi.advanceTimersByTimeAsync(backoff - 5);
      expect(server.calls).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(5);
      expect(server.calls).toHaveLength(before + 1);
    }

    await expect(token).resolves.toBe('tok-after-retries');
    server.assertDone();
  });

  it('shortens the backoff with jitter', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { server, auth } = createTestAuth([new Response('', { status: 500 }), tokenAnswer('t')], {
      loginRetries: 1,
    });
    const token = auth.getToken();

    // The full backoff is 300 ms; with the lowest jitter the retry comes sooner.
    await vi.advanceTimersByTimeAsync(299);
    expect(server.calls).toHaveLength(2);
    await expect(token).resolves.toBe('t');
  });

  it('gives up with a TokenRefreshError whose cause is the last failure', async () => {
    const lastFailure = new TypeError('fetch failed: ECONNREFUSED');
    const { server, auth } = createTestAuth([new Response('', { status: 502 }), lastFailure], {
      loginRetries: 1,
    });
    const token = auth.getToken().catch((e: unknown) => e);
    await vi.runAllTimersAsync();

    const error = await token;
    expect(isTokenRefreshError(error)).toBe(true);
    expect((error as Error).cause).toMatchObject({
      code: 'UCAAS_NETWORK_ERROR',
      cause: lastFailure,
    });
    expect(server.calls).toHaveLength(2);
  });

  it('times out each attempt on its own and retries after a timeout', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const { server, auth } = createTestAuth([hang, tokenAnswer('t2')], {
      loginTimeout: 5_000,
      loginRetries: 1,
    });
    const token = auth.getToken();

    await vi.advanceTimersByTimeAsync(4_999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();

    await expect(token).resolves.toBe('t2');
    expect(server.calls).toHaveLength(2);
  });

  it('asks a credentials provider at each login, so a UI can ask again', async () => {
    const provider = vi.fn(async () => ({ email: EMAIL, password: PASSWORD }));
    const { server, auth } = createTestAuth([tokenAnswer('a'), tokenAnswer('b')], {
      credentials: provider,
    });

    await auth.getToken();
    await auth.logout();
    await auth.getToken();

    expect(provider).toHaveBeenCalledTimes(2);
    server.assertDone();
  });

  it('rejects a provider answer without an email or password before any request', async () => {
    const { server, auth } = createTestAuth([], {
      // Deliberately no password, as a broken provider might answer.
      credentials: async () => ({ email: EMAIL }) as Credentials,
    });

    await expect(auth.getToken()).rejects.toThrow(TypeError);
    expect(server.calls).toHaveLength(0);
  });
});
