import {
  AbortError,
  createClient,
  type ReplaySignal,
  type RequestState,
  type ResponseState,
} from '@ucaas/core';
import type { Closable } from './closable.js';
import { login } from './login.js';
import { createRefresher } from './refresher.js';
import { createMemoryStore } from './stores/memory-store.js';
import { type HeldToken, holdToken, isUsable, jwtExpiry } from './token-expiry.js';
import type { OAuth2AuthOptions, StoredToken, TokenEvent } from './types.js';
import { check, checkCredentials, checkNumber, isCleanString } from './utils/validate.js';

/** What {@link createOAuth2Auth} returns: an `Interceptor` of `@ucaas/core` plus direct controls. */
export interface OAuth2Auth extends Closable {
  readonly name: 'oauth2';
  /** Waits for a valid token (one shared login) and sets `Authorization: Token <token>`. */
  onRequest(state: RequestState): Promise<void>;
  /** On a rejected token (401, or 403 with `result` 1001): logs in again once, replays once. */
  onResponse(state: ResponseState): Promise<ReplaySignal | undefined>;
  /**
   * A valid token, logging in first when needed; for callers that build requests themselves.
   * Aborting `signal` rejects this call only: the shared login goes on for the others.
   */
  getToken(options?: { signal?: AbortSignal }): Promise<string>;
  /** Logs in now, even if a token is cached (joins a login already under way). */
  login(): Promise<void>;
  /** Forgets the token here and in the store, and calls `onLogout`. The API has no logout route. */
  logout(): Promise<void>;
  /** A redacted view: never the token, the email or the password. */
  toJSON(): Record<string, unknown>;
}

/** Rejects when `signal` aborts, without touching `promise`, which other callers share. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  return signal
    ? new Promise((resolve, reject) => {
        const stop = () => reject(signal.reason);
        if (signal.aborted) stop();
        signal.addEventListener('abort', stop);
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
      })
    : promise;
}

/** 401, or 403 with `result` 1001 (number or string). Only a 403 body is read, from a clone. */
async function isRejected(response: Response): Promise<boolean> {
  const { status } = response;
  const body =
    status === 403 &&
    (await response
      .clone()
      .json()
      .catch(() => 0));

  return status === 401 || Number(body?.result) === 1001;
}

/**
 * Client-to-server auth for the UCaaS API: `POST /login` with `X-Api-Id` and the user's email and
 * password, then `Authorization: Token <token>` on every request, with a cached token, one shared
 * login for concurrent callers, a background refresher and one re-login on a rejected token.
 *
 * @example
 * ```ts
 * const auth = createOAuth2Auth({ apiId: 'my-app-id', credentials: { email, password } });
 * const client = createClient({ interceptors: [auth] });
 * await client.get('customers');
 * ```
 * @see https://www.enablex.io/developer/ucaas-api/provisioning-access/
 */
export function createOAuth2Auth(options: OAuth2AuthOptions): OAuth2Auth {
  // 1. Check every option, copying: the caller's object is never written to.
  const { apiId, credentials, clock, logger, store = createMemoryStore() } = options;
  check(isCleanString(apiId), 'apiId', 'a one-line string');
  const fixed = typeof credentials === 'function' ? undefined : checkCredentials(credentials);
  check(!clock || typeof clock.now === 'function', 'clock', 'a Clock');
  check(
    typeof store.get === 'function' && typeof store.delete === 'function',
    'store',
    'a TokenStore',
  );
  const lifetimeMs = checkNumber(options, 'tokenLifetimeSeconds', 900, 1e-3) * 1e3;
  const marginMs = checkNumber(options, 'refreshMarginSeconds', 60) * 1e3;

  // 2. Time, logging and the login, through a client of its own (which checks `baseUrl`,
  // `fetch`, the timeout and the retries).
  const now = clock ? () => clock.now() : () => performance.now();
  const wallNow = () => clock?.wallNow?.() ?? Date.now();
  const timeout = checkNumber(options, 'loginTimeout', 10_000, 1);
  const limit = checkNumber(options, 'loginRetries', 2);
  const client = createClient({
    baseUrl: options.baseUrl,
    allowInsecureHttp: options.allowInsecureHttp,
    fetch: options.fetch,
    logger,
    headers: { 'x-api-id': apiId },
    timeout,
    // The per-attempt timeout ends when the headers arrive; this bound also covers an answer
    // whose body stalls, and the retries with their waits.
    totalTimeout: timeout * (limit + 1),
    retry: { limit, methods: ['POST'] },
  });
  const base = client.baseUrl;
  const { origin } = new URL(base);

  // 3. State. `sentWith` remembers the token each request carried, so that a rejection of an
  // older token is told apart from a rejection of the current one.
  const sentWith = new WeakMap<Request, HeldToken>();
  const closer = new AbortController();
  const refresher = createRefresher(now, refresh);
  const keyOf = (email: string) => `${base}|${apiId}|${email}`;
  let held: HeldToken | undefined;
  // Counts the tokens held, for events.
  let generation = 0;
  // Counts logouts and closes, so that a login under way at one of them is not kept.
  let drops = 0;
  let flight: Promise<HeldToken> | undefined;
  // Known at once for fixed credentials, so that logout clears the store even before a login.
  let key = fixed && keyOf(fixed.email);

  /** Runs a listener or a store call; a failure is logged, never thrown at the caller. */
  async function safely<T>(run: () => T | Promise<T>, what: string): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      logger?.warn?.(`oauth2: ${what} failed`, { error });
    }
  }

  /** A token as held in memory, from its wall-clock times; never longer-lived than ours. */
  function hold({ token, obtainedAt, expiresAt }: StoredToken) {
    const life = Math.min(lifetimeMs, expiresAt - obtainedAt);

    return holdToken(token, now() - wallNow() + obtainedAt, life, marginMs);
  }

  /** The one place a token becomes current: from the store, or from a login. */
  async function obtain(force?: boolean): Promise<HeldToken> {
    const startedAt = now();
    const dropsAtStart = drops;
    const user = fixed ?? checkCredentials(await (credentials as () => unknown)());
    const userKey = keyOf(user.email);
    key = userKey;

    // The store is untrusted: a bad shape, a bad time or an expired token are all unusable.
    const saved = force ? undefined : await safely(() => store.get(userKey), 'token store');
    let value = saved as StoredToken;
    let next = isCleanString(saved?.token) ? hold(saved) : undefined;

    // Judged now, not at the start: a provider may have kept a user typing for minutes.
    if (!isUsable(next, now())) {
      const token = await login(client, user, closer.signal);
      const obtainedAt = wallNow();
      const expiresAt = obtainedAt + lifetimeMs;
      // Wall-clock times, since a monotonic reading means nothing after a reload. No password.
      value = { token, obtainedAt, expiresAt: Math.min(expiresAt, jwtExpiry(token) ?? expiresAt) };
      next = hold(value);
    }

    if (drops !== dropsAtStart) throw new AbortError('oauth2: logged out or closed');
    const event: TokenEvent = {
      generation: ++generation,
      obtainedAt: value.obtainedAt,
      expiresAt: wallNow() - now() + next.expiresAt,
      durationMs: now() - startedAt,
      source: value === saved ? 'store' : 'login',
    };
    void safely(
      () => (held ? options.onTokenRefreshed : options.onTokenObtained)?.(event),
      'listener',
    );
    held = next;
    if (options.autoRefresh ?? true) refresher.arm(next.refreshAt);
    // Not awaited: after the checks above, nothing may come between the token and `held`.
    if (value !== saved) void safely(() => store.set(userKey, value), 'token store');

    return next;
  }

  /** A usable token at once, or the one shared login; a failed login is not kept. */
  async function ensure(force?: boolean): Promise<HeldToken> {
    closer.signal.throwIfAborted();
    if (!force && isUsable(held, now())) return held;
    flight ??= obtain(force).finally(() => {
      flight = undefined;
    });

    return flight;
  }

  /** The background refresh; on failure the current token keeps serving until it is stale. */
  function refresh() {
    const startedAt = now();
    ensure(true).catch((error) => {
      if (closer.signal.aborted) return;
      logger?.warn?.('oauth2: refresh failed', { error });
      void safely(
        () => options.onRefreshFailed?.({ error, durationMs: now() - startedAt }),
        'listener',
      );
    });
  }

  /** Drops the token and its refresh; from the store too on logout or rejection. */
  async function forget(fromStore?: boolean) {
    refresher.stop();
    held = undefined;
    if (fromStore) await safely(() => key && store.delete(key), 'token store');
  }

  /** What `JSON.stringify` and `util.inspect` show of the auth. */
  function redacted() {
    return { baseUrl: base, apiId, token: '[REDACTED]' };
  }

  function close() {
    // A second abort is a no-op, so close() may be called any number of times.
    closer.abort(new AbortError('oauth2: closed'));
    drops++;
    forget();
  }

  const auth: OAuth2Auth = {
    name: 'oauth2',

    async onRequest({ request }) {
      // Never hand the token to another origin.
      if (new URL(request.url).origin !== origin) return;

      const current = await untilAborted(ensure(), request.signal);
      request.headers.set('authorization', `Token ${current.token}`);
      sentWith.set(request, current);
    },

    async onResponse(state) {
      const used = sentWith.get(state.request);
      if (!used || !(await isRejected(state.response))) return;

      // 1. An older token was rejected while a newer one exists: replay with it, no login.
      if (held && held !== used) return state.replay();
      // 2. The call was replayed already, with a fresh token: the caller gets the HttpError.
      if (state.replays) return;

      // 3. The current token was rejected: drop it, log in once (shared), replay once.
      if (held === used) await forget(true);
      await ensure(true);

      return state.replay();
    },

    async getToken({ signal } = {}) {
      return (await untilAborted(ensure(), signal)).token;
    },

    async login() {
      await ensure(true);
    },

    async logout() {
      drops++;
      await forget(true);
      void safely(() => options.onLogout?.({ at: wallNow() }), 'listener');
    },

    close,
    [Symbol.dispose]: close,
    [Symbol.asyncDispose]: async () => close(),

    toJSON: redacted,
    [Symbol.for('nodejs.util.inspect.custom')]: redacted,
  };

  return auth;
}
