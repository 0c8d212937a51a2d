import { LoginError } from './errors/login-error.js';
import { TokenRefreshError } from './errors/token-refresh-error.js';
import type { Credentials } from './types.js';

/** What `POST /login` needs besides the credentials; fixed when the auth is created. */
export interface LoginConfig {
  url: string;
  apiId: string;
  fetch: typeof fetch;
  /** Per attempt, ms. */
  timeout: number;
  /** Retries after the first attempt. */
  retries: number;
  warn: (message: string, details: Record<string, unknown>) => void;
}

/** Waits `ms` on a timer that `signal` clears, so that close() leaves no timer behind. */
function wait(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Makes the login function: `POST /login` with `X-Api-Id` and the JSON credentials, retrying
 * network failures, timeouts, 429 and 5xx with exponential backoff (300 ms doubling, at most
 * 10 s) and jitter. It resolves to the token, or rejects with a `LoginError` (credentials
 * refused: terminal) or a `TokenRefreshError` (`cause` is the last failure).
 *
 * `signal` is the auth's close signal, never a caller's: one login serves every waiting caller.
 */
export function createLogin({ url, apiId, fetch: send, timeout, retries, warn }: LoginConfig) {
  const what = `POST ${url}`;

  /** One attempt: the token, a typed error, or `{ transient }` for a failure worth retrying. */
  async function attempt({ email, password }: Credentials, signal: AbortSignal): Promise<string> {
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(new Error(`${what}: timed out`)), timeout);
    const transient = (cause: unknown): never => {
      throw signal.aborted ? signal.reason : { transient: cause };
    };

    try {
      // A plain fetch: no client and no interceptor, so no `Authorization` can ride along.
      const response = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-id': apiId },
        body: JSON.stringify({ email, password }),
        // Following a redirect would send the password to another URL: refuse it instead.
        redirect: 'manual',
        signal: AbortSignal.any([signal, timer.signal]),
      }).catch(transient);

      const { status } = response;
      if (status === 429 || status > 499) transient(new Error(`${what}: HTTP ${status}`));
      // Node hands back the 3xx itself for 'manual'; browsers an opaque redirect with status 0.
      if (status < 200 || (status > 299 && status < 400)) {
        throw new TokenRefreshError(`${what}: redirect refused`);
      }

      // The timeout covers the body too; an unreadable body is not an answer.
      const body = await response.json().catch((error) => timer.signal.aborted && transient(error));
      // Quirks mode: `result` may be a string, or missing from a bare `{ token }`.
      const result = body?.result == null ? undefined : Number(body.result);
      if (status > 299 || (result !== undefined && result !== 1)) {
        throw new LoginError(`${what}: credentials refused (HTTP ${status})`, status, result);
      }
      if (typeof body?.token !== 'string' || !body.token) {
        throw new TokenRefreshError(`${what}: no token in the answer`);
      }

      return body.token;
    } finally {
      clearTimeout(timeoutId);
    }
  }

  return async function login(credentials: Credentials, signal: AbortSignal): Promise<string> {
    for (let retry = 0; ; retry++) {
      try {
        return await attempt(credentials, signal);
      } catch (error) {
        const cause = (error as { transient?: unknown } | undefined)?.transient;
        if (!cause) throw error;
        if (retry >= retries)
          throw new TokenRefreshError(`${what}: failed ${retry + 1} times`, cause);

        // Exponential backoff with jitter: between half and all of 300 ms * 2^retry, at most 10 s.
        const delayMs = (Math.min(10_000, 300 * 2 ** retry) * (1 + Math.random())) / 2;
        warn('login failed, retrying', { retry: retry + 1, delayMs });
        await wait(delayMs, signal);
      }
    }
  };
}
