import { describe, expect, it, vi } from 'vitest';
import { createRefresher } from '../src/refresher.js';
import {
  createTestAuth,
  type TestAuthOptions,
  useFakeTimersInEachTest,
} from './helpers/create-test-auth.js';
import { type Answer, deferred, tokenAnswer } from './helpers/fake-login.js';

/** A background-refreshing auth with a 600 s token and a 60 s margin, and spies on its events. */
function setup(answers: Answer[], extra: TestAuthOptions = {}) {
  const events = {
    obtained: vi.fn(),
    refreshed: vi.fn(),
    failed: vi.fn(),
  };
  const { server, auth, advance } = createTestAuth(answers, {
    autoRefresh: true,
    loginRetries: 0,
    tokenLifetimeSeconds: 600,
    refreshMarginSeconds: 60,
    onTokenObtained: events.obtained,
    onTokenRefreshed: events.refreshed,
    onRefreshFailed: events.failed,
    ...extra,
  });

  return { server, auth, events, advance };
}

useFakeTimersInEachTest();

describe('background refresher', () => {
  it('refreshes one margin before staleness, while the old token keeps serving', async () => {
    const answer = deferred<Response>();
    const { server, auth, events, advance } = setup([tokenAnswer('old'), () => answer.promise]);
    await auth.getToken();

    // 600 s life, 60 s margin: stale at 540 s, refresh at 480 s.
    await advance(479_999);
    expect(server.calls).toHaveLength(1);
    await advance(1);
    expect(server.calls).toHaveLength(2);

    // The refresh is under way; requests are served at once with the current token.
    await expect(auth.getToken()).resolves.toBe('old');

    answer.resolve(tokenAnswer('new'));
    await advance(0);
    await expect(auth.getToken()).resolves.toBe('new');
    expect(events.refreshed).toHaveBeenCalledWith(
      expect.objectContaining({ generation: 2, source: 'login' }),
    );
    auth.close();
  });

  it('reports a failed refresh and keeps the current token until it is stale', async () => {
    const { auth, events, advance } = setup([
      tokenAnswer('old'),
      new Response('', { status: 503 }),
      tokenAnswer('new'),
    ]);
    await auth.getToken();

    await advance(480_000);
    expect(events.failed).toHaveBeenCalledTimes(1);
    expect(events.failed.mock.calls[0]?.[0]).toMatchObject({
      error: { code: 'UCAAS_TOKEN_REFRESH_FAILED' },
    });
    await expect(auth.getToken()).resolves.toBe('old');

    await advance(60_000);
    await expect(auth.getToken()).resolves.toBe('new');
    auth.close();
  });

  it('leaves no timer behind after close()', async () => {
    const { auth } = setup([tokenAnswer('t')]);
    await auth.getToken();
    expect(vi.getTimerCount()).toBe(1);

    auth.close();

    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind after logout() and when disposed', async () => {
    const { auth } = setup([tokenAnswer('t'), tokenAnswer('u')]);
    await auth.getToken();
    await auth.logout();
    expect(vi.getTimerCount()).toBe(0);

    {
      using disposable = auth;
      await disposable.getToken();
      expect(vi.getTimerCount()).toBe(1);
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('arms no timer when autoRefresh is false', async () => {
    const { auth } = setup([tokenAnswer('t')], { autoRefresh: false });
    await auth.getToken();

    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createRefresher', () => {
  it('waits out a delay beyond the 2^31-1 ms timer limit in steps', async () => {
    let now = 0;
    const run = vi.fn();
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const refresher = createRefresher(() => now, run);
    const at = 40 * 86_400_000; // 40 days

    refresher.arm(at);
    expect(timeout.mock.calls.at(-1)?.[1]).toBe(2 ** 31 - 1);

    now += 2 ** 31 - 1;
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(run).not.toHaveBeenCalled();
    expect(timeout.mock.calls.at(-1)?.[1]).toBe(at - now);

    now = at;
    await vi.advanceTimersByTimeAsync(at - (2 ** 31 - 1));
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unrefs its timer so that it never keeps Node alive', () => {
    vi.useRealTimers();
    const refresher = createRefresher(
      () => 0,
      () => {},
    );
    const timeout = vi.spyOn(globalThis, 'setTimeout');

    refresher.arm(60_000);
    const timer = timeout.mock.results[0]?.value as NodeJS.Timeout;

    expect(timer.hasRef()).toBe(false);
    refresher.stop();
  });
});
