import { describe, expect, it, vi } from 'vitest';
import { isLoginError } from '../src/index.js';
import { createTestAuth, useFakeTimersInEachTest } from './helpers/create-test-auth.js';
import { type Answer, deferred, tokenAnswer } from './helpers/fake-login.js';

/** Without retries, so that each scripted answer is one whole login. */
const setup = (answers: Answer[]) => createTestAuth(answers, { loginRetries: 0 });

useFakeTimersInEachTest();

describe('single flight', () => {
  it('shares one login between 10,000 callers once the token has expired', async () => {
    const { server, clock, auth } = setup([tokenAnswer('old'), tokenAnswer('new')]);
    await auth.getToken();
    clock.advance(900_000);

    const tokens = await Promise.all(Array.from({ length: 10_000 }, () => auth.getToken()));

    expect(new Set(tokens)).toEqual(new Set(['new']));
    server.assertDone();
  });

  it('rejects every waiter of a failed login, then tries again on the next call', async () => {
    const { server, auth } = setup([
      Response.json({ result: 1001 }, { status: 401 }),
      tokenAnswer('second-try'),
    ]);

    const results = await Promise.allSettled(Array.from({ length: 50 }, () => auth.getToken()));
    expect(results.every((r) => r.status === 'rejected' && isLoginError(r.reason))).toBe(true);
    expect(server.calls).toHaveLength(1);

    await expect(auth.getToken()).resolves.toBe('second-try');
    server.assertDone();
  });

  it('lets one caller abort without cancelling the shared login for the others', async () => {
    const answer = deferred<Response>();
    const { server, auth } = setup([() => answer.promise]);
    const controller = new AbortController();

    const aborted = auth.getToken({ signal: controller.signal });
    const others = Array.from({ length: 5 }, () => auth.getToken());
    await vi.advanceTimersByTimeAsync(0);
    controller.abort(new Error('user went away'));

    await expect(aborted).rejects.toThrow('user went away');
    const loginSignal = server.calls[0]?.signal;
    expect(loginSignal?.aborted).toBe(false);

    answer.resolve(tokenAnswer('survivor'));
    await expect(Promise.all(others)).resolves.toEqual(Array(5).fill('survivor'));
  });

  it('drops a login that was under way when the user logged out', async () => {
    const answer = deferred<Response>();
    const { server, auth } = setup([() => answer.promise, tokenAnswer('after-logout')]);
    const waiter = auth.getToken().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);

    await auth.logout();
    answer.resolve(tokenAnswer('before-logout'));

    expect(await waiter).toMatchObject({ code: 'UCAAS_ABORTED' });
    await expect(auth.getToken()).resolves.toBe('after-logout');
    server.assertDone();
  });

  it('rejects at once for a signal that is already aborted', async () => {
    const { auth } = setup([tokenAnswer('t')]);

    await expect(auth.getToken({ signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow(
      'early',
    );
  });

  it('aborts a login under way and rejects its waiters on close()', async () => {
    const { server, auth } = setup([
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    ]);
    const waiter = auth.getToken();
    await vi.advanceTimersByTimeAsync(0);

    auth.close();

    await expect(waiter).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
    expect(server.calls[0]?.signal?.aborted).toBe(true);
    await expect(auth.getToken()).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
