import type { Interceptor } from './interceptor.js';
import type { Logger } from './logger.js';

/** A function with the signature of the global `fetch`. */
export type FetchFunction = (
  input: Request | string | URL,
  init?: RequestInit,
) => Promise<Response>;

/** The HTTP methods of the client, in any case. */
export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * When a failed attempt is sent again. A retry runs every interceptor again, so it carries a fresh
 * credential. A caller's abort is never retried, and every retry stays inside `totalTimeout`.
 *
 * @example
 * ```ts
 * createClient({ retry: { limit: 4, methods: ['GET', 'POST'] } }); // POST only by opt-in
 * ```
 */
export interface RetryOptions {
  /**
   * How many times a call may be retried after its first attempt. `0` turns retries off.
   *
   * @default 2
   */
  limit?: number;
  /**
   * The methods that may be retried. POST and PATCH are not idempotent: add them only when the
   * API makes a repeated call harmless.
   *
   * @default ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']
   */
  methods?: string[];
  /**
   * The statuses that are retried. On 429 and 503 a `Retry-After` header (seconds or an HTTP
   * date) sets the wait instead of the backoff. Network errors and per-attempt timeouts are
   * retried too; an error an interceptor throws (a failed login) is not.
   *
   * @default [408, 429, 500, 501, ..., 599]
   */
  statusCodes?: number[];
  /**
   * The backoff before retry number `retryCount` (from 1), before jitter. The client waits a
   * random time between 0 and it ("full jitter"), so that many clients do not retry in step.
   *
   * @default (retryCount) => 300 * 2 ** (retryCount - 1)
   */
  delay?: (retryCount: number) => number;
  /**
   * The longest backoff between two attempts, in milliseconds. A `Retry-After` is not capped by
   * it; `totalTimeout` bounds both.
   *
   * @default Infinity
   */
  backoffLimit?: number;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The versioned base URL every path is joined to. The join keeps its path whatever slashes
   * either side carries: `https://host/ucaas/v1` + `/customers` is `https://host/ucaas/v1/customers`.
   * Must be `https:`; `http:` is accepted for a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`)
   * or with `allowInsecureHttp: true`.
   *
   * @default 'https://api.enablex.io/ucaas/v1/'
   */
  baseUrl?: string | URL;
  /**
   * Sends credentials in clear text over `http:` to a host that is not loopback, for a test server
   * on a private network. Never set it for production.
   *
   * @default false
   */
  allowInsecureHttp?: boolean;
  /** Interceptors to run around every attempt; {@link Client.use} adds more later. */
  interceptors?: Interceptor[];
  /**
   * The `fetch` to send with: a test double, `emulator.fetch`, or a runtime's own. It is always
   * called with a single `Request`.
   *
   * @default globalThis.fetch
   */
  fetch?: FetchFunction;
  /**
   * Where the client reports each attempt (`debug`) and each retry (`warn`). Missing methods are
   * no-ops. Lines carry the method, path, attempt and request id, never headers or bodies.
   *
   * @default a silent logger
   */
  logger?: Partial<Logger>;
  /**
   * Headers sent with every call (such as `X-App-Type`); a call's own `headers` win. Credentials
   * belong in an interceptor, which only runs for the `baseUrl` origin.
   */
  headers?: HeadersInit;
  /**
   * The limit for one attempt, in milliseconds, or `false` for none. A timed-out attempt of a
   * retryable method is retried.
   *
   * @default 10_000
   */
  timeout?: number | false;
  /**
   * The limit for a whole call, attempts, backoff and replays included, in milliseconds, or
   * `false` for none.
   *
   * @default 30_000
   */
  totalTimeout?: number | false;
  /**
   * The retry policy, or a number as a shorthand for `{ limit }`.
   *
   * @default { limit: 2 }
   */
  retry?: number | RetryOptions;
}

/** Options of one call. */
export interface RequestOptions {
  /** A body to send as JSON, with `content-type: application/json`. */
  json?: unknown;
  /**
   * A body to send as is. Strings, bytes, `Blob`, `FormData` and `URLSearchParams` can be replayed;
   * a `ReadableStream` is sent once and cannot be replayed.
   */
  body?: BodyInit | null;
  /** Query parameters; they replace any query string in the path. */
  searchParams?: Record<string, string | number | boolean | undefined> | URLSearchParams | string;
  /** Headers for this call, over the client's. */
  headers?: HeadersInit;
  /** Aborts the call; an abort rejects with an `AbortError` and is never retried. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt `timeout`. */
  timeout?: number | false;
  /** Overrides the client's `retry`. */
  retry?: number | RetryOptions;
}

/** Options of a method shortcut such as {@link Client.get}. */
export type MethodOptions = RequestOptions;

/**
 * Sends calls to the UCaaS API. Each method takes a path relative to `baseUrl`, resolves to the
 * parsed JSON body (`undefined` for an empty one) and rejects with a `UcaasError` subclass.
 *
 * Note: redirects are never followed. A 3xx rejects with an `HttpError` (`UCAAS_HTTP_ERROR`),
 * since following it could carry `X-Api-Id` or a token to another origin; in a browser the
 * status is 0, as browsers hide the target of a redirect that is not followed.
 */
export interface Client {
  /** The normalised base URL, ending with `/`. */
  readonly baseUrl: string;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  post<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  put<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  patch<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  /** Sends any method to any route, for the parts of the API no typed package covers. */
  request<T = unknown>(
    method: HttpMethod | string,
    path: string,
    options?: RequestOptions,
  ): Promise<T>;
  /** Adds an interceptor after those already registered; returns the client. */
  use(interceptor: Interceptor): Client;
}

/** Options of {@link withInterceptors}. */
export interface WithInterceptorsOptions {
  /** Interceptors run only for requests to this URL's origin; others pass through untouched. */
  baseUrl: string | URL;
  /**
   * Lets credentials travel over `http:` to a host that is not loopback, where anyone on the
   * network path can read them. Same rule as the client's option of that name.
   *
   * @default false
   */
  allowInsecureHttp?: boolean;
  /** Passed to interceptors and told about each attempt. @default a silent logger */
  logger?: Partial<Logger>;
}
