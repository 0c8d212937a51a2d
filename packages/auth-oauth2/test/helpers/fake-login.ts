import { expect } from 'vitest';

export const BASE_URL = 'https://api.example.test/ucaas/v1/';
export const LOGIN_URL = 'https://api.example.test/ucaas/v1/login';
export const API_ID = 'app-123';
export const EMAIL = 'ada@example.com';
export const PASSWORD = 'pa55-w0rd-secret';

/** One scripted answer: a response, a thrown error, or a function producing either. */
export type Answer = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A login answer as the emulator gives it in normal mode. */
export function tokenAnswer(token: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ result: 1, token, user: { email: EMAIL }, ...extra });
}

/** A JWT-shaped token (unsigned) whose payload is `claims`. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

  return `${encode({ alg: 'none' })}.${encode(claims)}.sig`;
}

/** What the fake saw of one login request. */
export interface LoginCall {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal;
}

/**
 * A fetch for `POST /login` only. Every call is checked (URL, method, headers, JSON body, redirect
 * mode) and consumes the next scripted answer; a call with none left fails the test, and
 * `assertDone()` fails on answers never used.
 */
export function createLoginFetch(
  answers: Answer[],
  expected = { email: EMAIL, password: PASSWORD },
) {
  const queue = [...answers];
  const calls: LoginCall[] = [];

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const call: LoginCall = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: JSON.parse(await request.text()),
      signal: request.signal,
    };
    calls.push(call);
    expect(call.url).toBe(LOGIN_URL);
    expect(call.method).toBe('POST');
    expect(request.redirect).toBe('manual');
    expect(call.headers.get('x-api-id')).toBe(API_ID);
    expect(call.headers.get('content-type')).toMatch(/^application\/json/);
    expect(call.headers.has('authorization')).toBe(false);
    expect(call.body).toEqual(expected);

    const answer = queue.shift();
    if (answer === undefined) throw new Error(`unexpected login call #${calls.length}`);
    if (answer instanceof Error) throw answer;

    return typeof answer === 'function' ? answer(request) : answer;
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    calls,
    assertDone: () => expect(queue, 'unused login answers').toHaveLength(0),
  };
}

/** A monotonic clock and a wall clock that tests move by hand, in step with vitest fake timers. */
export function createTestClock(wallStart = Date.UTC(2026, 0, 1)) {
  let monotonic = 1_000;
  let wallOffset = wallStart - monotonic;

  return {
    now: () => monotonic,
    wallNow: () => monotonic + wallOffset,
    /** Time passes: both clocks move. Pair with `vi.advanceTimersByTimeAsync` for timers. */
    advance(ms: number) {
      monotonic += ms;
    },
    /** The user or NTP changes the system time: only the wall clock moves. */
    jumpWall(ms: number) {
      wallOffset += ms;
    },
  };
}

/** A promise and the functions that settle it, for answers that wait on the test. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  return { promise, resolve, reject };
}
