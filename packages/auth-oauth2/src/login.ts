import { type Client, isHttpError } from '@ucaas/core';
import { LoginError } from './errors/login-error.js';
import { TokenRefreshError } from './errors/token-refresh-error.js';
import type { Credentials } from './types.js';
import { isCleanString } from './utils/validate.js';

/**
 * `POST /login` with the JSON credentials, through a client of the auth's own that sends `X-Api-Id`
 * and has no interceptor, so no `Authorization` can ride along and the login never waits on
 * itself. That client refuses redirects (which would carry the password elsewhere), times out each
 * attempt, and retries network failures, timeouts, 429 and 5xx with backoff and jitter. Resolves
 * to the token, or rejects with a `LoginError` (credentials refused: terminal) or a
 * `TokenRefreshError` (`cause` is the last failure).
 *
 * `signal` is the auth's close signal, never a caller's: one login serves every waiting caller.
 */
export async function login(
  client: Client,
  credentials: Credentials,
  signal: AbortSignal,
): Promise<string> {
  const what = `POST ${client.baseUrl}login`;
  let body: { token?: unknown } | undefined;
  try {
    body = await client.post('login', { json: credentials, signal });
  } catch (error) {
    // A 2xx with `result` other than 1, or a 4xx other than 408 and 429 (which were retried):
    // the credentials were refused. Anything else (5xx, network, timeout, a redirect) is not.
    const { status = 0, result } = isHttpError(error) ? error : {};
    if (
      status &&
      (status < 300 || (status > 399 && status < 500 && status !== 408 && status !== 429))
    ) {
      throw new LoginError(`${what}: credentials refused (HTTP ${status})`, status, result);
    }
    throw signal.aborted ? signal.reason : new TokenRefreshError(`${what} failed`, error);
  }

  if (!isCleanString(body?.token)) throw new TokenRefreshError(`${what} answered no token`);

  return body.token;
}
