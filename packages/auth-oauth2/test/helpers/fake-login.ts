import { expect } from 'vitest';

export const BASE_URL = 'https://api.example.test/ucaas/v1/';
export const LOGIN_URL = 'https://api.example.test/ucaas/v1/login';
export const API_ID = 'app-123';
export const EMAIL = 'ada@example.com';
export const PASSWORD = 'pa55-w0rd-secret';

/** One scripted answer: a response, a thrown error, or a function producing either. */
export type Answer = Response | Error | ((init: RequestInit) => Response | Promise<Response>);

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

/**
 * A fetch for `POST /login` only. Every call is checked (URL, method, headers, body, redirect
 * mode) and consumes the next scripted answer; a call with none left fails the test, and
 * `assertDone()` fails on answers never used.
 */
export function createLoginFetch(
  answers: Answer[],
  expected = { email: EMAIL, password: PASSWORD },
) {
  const queue = [...answers];
  const calls: RequestInit[] = [];

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push(init);
    expect(String(input)).toBe(LOGIN_URL);
    expect(init.method).toBe('POST');
    expect(init.redirect).toBe('manual');
    const headers = new Headers(init.headers);
    expect(headers.get('x-api-id')).toBe(API_ID);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.has('authorization')).toBe(false);
    expect(JSON.parse(String(init.body))).toEqual(expected);

    const answer = queue.shift();
    if (answer === undefined) throw new Error(`unexpected login call #${calls.length}`);
    if (answer instanceof Error) throw answer;

    return typeof answer === 'function' ? answer(init) : answer;
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
