import type { Logger } from '@ucaas/core';

/** What `POST /login` needs. The password is sent once per login and never stored. */
export interface Credentials {
  /** The user's login email. */
  email: string;
  /** The user's password. */
  password: string;
}

/**
 * Credentials as a value, or as an async function asked at every login, so that a UI can ask the
 * user again (for example after a logout).
 */
export type CredentialsInput = Credentials | (() => Promise<Credentials>);

/**
 * Time as the token cache sees it.
 *
 * Note: `now` must be monotonic (never jumps back or forward with the wall clock), so that a
 * changed system time cannot stretch or cut a token's life. `wallNow` is used only to read a JWT
 * `exp` claim and to write and read a {@link TokenStore}, whose values must survive a reload.
 */
export interface Clock {
  /**
   * Monotonic milliseconds.
   * @default () => performance.now()
   */
  now(): number;
  /**
   * Wall-clock epoch milliseconds.
   * @default () => Date.now()
   */
  wallNow?(): number;
}

/**
 * A token as a {@link TokenStore} keeps it. Times are wall-clock epoch milliseconds, because a
 * monotonic reading means nothing after a reload. It never holds the password.
 */
export interface StoredToken {
  token: string;
  /** When the token was received, epoch ms. */
  obtainedAt: number;
  /** When the token stops being valid, epoch ms. */
  expiresAt: number;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Where tokens live between calls, reloads or processes. Every method may be sync or async.
 * The value read back is untrusted: the auth validates its shape before use.
 *
 * @example
 * ```ts
 * const store: TokenStore = {
 *   get: (key) => redis.get(key).then((v) => (v ? JSON.parse(v) : undefined)),
 *   set: (key, value) => redis.set(key, JSON.stringify(value)),
 *   delete: (key) => redis.del(key),
 * };
 * ```
 */
export interface TokenStore {
  /** The token, or `undefined` or `null` (as a `Map`, Web Storage or Redis answer) if none. */
  get(key: string): MaybePromise<StoredToken | null | undefined>;
  /**
   * Keeps `value` under `key`. What it returns is ignored (a promise is only watched for a
   * failure, which is logged), so that a `Map` is a store as it is.
   */
  set(key: string, value: StoredToken): unknown;
  /** Forgets `key`. As with `set`, what it returns is ignored. */
  delete(key: string): unknown;
}

/** Passed to `onTokenObtained` and `onTokenRefreshed`. It never carries the token itself. */
export interface TokenEvent {
  /** Counts the tokens this auth has held: 1 for the first. */
  generation: number;
  /** When the token was received, epoch ms. */
  obtainedAt: number;
  /** When the cache stops using it (the earlier of its `exp` claim and the lifetime), epoch ms. */
  expiresAt: number;
  /** How long the login took, retries included, in ms (0 for a token read from the store). */
  durationMs: number;
  /** Where the token came from. */
  source: 'login' | 'store';
}

/** Passed to `onRefreshFailed`. The current token keeps serving until it expires. */
export interface RefreshFailedEvent {
  error: unknown;
  durationMs: number;
}

/** Passed to `onLogout`. */
export interface LogoutEvent {
  /** When the logout happened, epoch ms. */
  at: number;
}

export interface OAuth2AuthOptions {
  /** The App ID of the portal project, sent as `X-Api-Id`. */
  apiId: string;
  /** The user's email and password, or an async function that returns them. */
  credentials: CredentialsInput;
  /**
   * The versioned API base; login goes to `new URL('login', baseUrl)`, and the token is only
   * attached to requests of the same origin.
   * @default 'https://api.enablex.io/ucaas/v1/'
   */
  baseUrl?: string;
  /**
   * Allows `http://` on a host that is not loopback. Tokens then cross the network in clear.
   * @default false
   */
  allowInsecureHttp?: boolean;
  /**
   * The fetch used for `POST /login` (never routed through any interceptor).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /** Monotonic (and wall) time, injectable for tests. */
  clock?: Clock;
  /**
   * How long a token is trusted after receipt, in seconds; a JWT `exp` claim can only shorten it.
   * The docs give 15 and 20 minutes; the earlier figure is the safe one.
   * @default 900
   */
  tokenLifetimeSeconds?: number;
  /**
   * A token counts as expired this many seconds before its expiry (at most half its lifetime).
   * @default 60
   */
  refreshMarginSeconds?: number;
  /**
   * Refreshes in the background before the margin, while the current token keeps serving.
   * @default true
   */
  autoRefresh?: boolean;
  /**
   * Timeout of each login attempt, in ms. A whole login, its retries and backoff waits included,
   * gives up after `loginTimeout × (loginRetries + 1)`, even when an answer's body stalls.
   * @default 10000
   */
  loginTimeout?: number;
  /**
   * Retries of a login that failed on the network, on its timeout, or with HTTP 429 or 5xx, with
   * exponential backoff (300 ms doubling, at most 10 s) and jitter. Bad credentials never retry.
   * @default 2
   */
  loginRetries?: number;
  /**
   * Where tokens are cached, keyed by base URL, api id and email.
   * @default createMemoryStore()
   */
  store?: TokenStore;
  onTokenObtained?: (event: TokenEvent) => void;
  onTokenRefreshed?: (event: TokenEvent) => void;
  onRefreshFailed?: (event: RefreshFailedEvent) => void;
  onLogout?: (event: LogoutEvent) => void;
  /** Where the auth reports what it does (silent by default). Never receives a secret. */
  logger?: Partial<Logger>;
}
