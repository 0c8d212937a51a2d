import type { Logger, ResponseState } from '@ucaas/core';
import { describe, expect, it, vi } from 'vitest';
import { createTestAuth, useFakeTimersInEachTest } from './helpers/create-test-auth.js';
import { type Answer, BASE_URL, tokenAnswer } from './helpers/fake-login.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function setup(answers: Answer[]) {
  const { server, auth } = createTestAuth(answers, { loginRetries: 0 });

  /** Runs `onRequest` the way core does, and returns the request it decorated. */
  const send = async (path = 'customers', init?: RequestInit) => {
    const request = new Request(new URL(path, BASE_URL), init);
    await auth.onRequest({ request, attempt: 1, requestId: 'r1', logger: silent, replays: 0 });

    return request;
  };

  /** Runs `onResponse` with a replay spy, the way core does. */
  const receive = async (request: Request, response: Response, replays = 0) => {
    const replay = vi.fn(() => ({ replay: true as const }));
    const state: ResponseState = {
      request,
      response,
      replay,
      attempt: 1,
      requestId: 'r1',
      logger: silent,
      replays,
    };

    return { result: await auth.onResponse(state), replay };
  };

  return { server, auth, send, receive };
}

const rejected401 = () => Response.json({ result: 1001 }, { status: 401 });
const expired403 = (result: unknown = 1001) => Response.json({ result }, { status: 403 });

useFakeTimersInEachTest();

describe('createOAuth2Auth onRequest', () => {
  it('sets Authorization: Token <token>', async () => {
    const { send } = setup([tokenAnswer('tok-1')]);

    const request = await send();

    expect(request.headers.get('authorization')).toBe('Token tok-1');
  });

  it('never attaches the token to another origin', async () => {
    const { send, server } = setup([]);

    const request = await send('https://api.example.test.evil.test/ucaas/v1/customers');

    expect(request.headers.has('authorization')).toBe(false);
    expect(server.calls).toHaveLength(0);
  });

  it('rejects a request whose own signal aborts while the login runs', async () => {
    const { send, server } = setup([
      () => new Promise<Response>((resolve) => setTimeout(() => resolve(tokenAnswer('t')), 1_000)),
    ]);
    const controller = new AbortController();
    const pending = send('customers', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);

    controller.abort();

    await expect(pending).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.calls[0]?.signal?.aborted).toBe(false);
  });
});

describe('createOAuth2Auth onResponse', () => {
  it('ignores success and unrelated errors without reading the body', async () => {
    const { send, receive } = setup([tokenAnswer('t')]);
    const request = await send();

    for (const response of [
      Response.json({ result: 1 }),
      expired403(0),
      new Response('', { status: 500 }),
    ]) {
      const clone = vi.spyOn(response, 'clone');
      const { result, replay } = await receive(request, response);
      expect(result).toBeUndefined();
      expect(replay).not.toHaveBeenCalled();
      if (response.status !== 403) expect(clone).not.toHaveBeenCalled();
    }
  });

  it.each([
    ['401', rejected401],
    ['403 with result 1001', () => expired403(1001)],
    ['403 with result "1001"', () => expired403('1001')],
  ])('logs in again once and replays on %s', async (_, rejection) => {
    const { send, receive, server } = setup([tokenAnswer('old'), tokenAnswer('new')]);
    const request = await send();

    const { result, replay } = await receive(request, rejection());

    expect(replay).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ replay: true });
    expect((await send()).headers.get('authorization')).toBe('Token new');
    server.assertDone();
  });

  it('replays a request made with an older token at once, without another login', async () => {
    const { send, receive, server } = setup([tokenAnswer('old'), tokenAnswer('new')]);
    const first = await send();
    const second = await send();

    await receive(first, rejected401());
    const { replay } = await receive(second, rejected401());

    expect(replay).toHaveBeenCalledTimes(1);
    expect(server.calls).toHaveLength(2);
  });

  it('shares one re-login between many concurrent rejections of the same token', async () => {
    const { send, receive, server } = setup([tokenAnswer('old'), tokenAnswer('new')]);
    const requests = await Promise.all(Array.from({ length: 100 }, () => send()));

    const outcomes = await Promise.all(requests.map((r) => receive(r, rejected401())));

    expect(outcomes.every((o) => o.replay.mock.calls.length === 1)).toBe(true);
    expect(server.calls).toHaveLength(2);
  });

  it('hands a rejection of the fresh token to the caller instead of looping', async () => {
    const { send, receive, server } = setup([tokenAnswer('old'), tokenAnswer('new')]);
    await receive(await send(), rejected401());

    // The replay, sent with the fresh token, is rejected too.
    const replayed = await send();
    const { result, replay } = await receive(replayed, rejected401(), 1);

    expect(result).toBeUndefined();
    expect(replay).not.toHaveBeenCalled();
    server.assertDone();
  });

  it('leaves responses to requests it did not authorize alone', async () => {
    const { receive } = setup([]);

    const { replay } = await receive(new Request(BASE_URL), rejected401());

    expect(replay).not.toHaveBeenCalled();
  });
});
