import ky, { isHTTPError, isTimeoutError as isKyTimeout, type Options as KyOptions } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { isNetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { Interceptor } from '../types/interceptor.js';
import type { Client, ClientOptions, RequestOptions } from '../types/options.js';
import { DEFAULT_BASE_URL, joinUrl, normalizeBaseUrl } from '../utils/base-url.js';
import { checkInterceptor } from '../utils/check-interceptor.js';
import { checkTimeout } from '../utils/check-timeout.js';
import { createLogger } from '../utils/create-logger.js';
import { createRequestId } from '../utils/create-request-id.js';
import { type Origin, readBody, readHttpError } from './read-body.js';
import { type Call, type Pipeline, send } from './send.js';
import { toKyRetry } from './to-ky-retry.js';

/**
 * Creates a client for the UCaaS API. Every call goes through ky (retries, per-attempt timeout,
 * JSON and query encoding) with the interceptor pipeline as its `fetch`, so interceptors run on
 * every attempt and a retry carries a fresh credential.
 *
 * @example
 * ```ts
 * const client = createClient({ interceptors: [createBasicAuth({ appId, appKey })] });
 * const { customers } = await client.get<CustomerList>('customers', { searchParams: { page: 2 } });
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  const base = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, options.allowInsecureHttp);
  const timeout = checkTimeout('timeout', options.timeout, 10_000);
  const totalTimeout = checkTimeout('totalTimeout', options.totalTimeout, 30_000);
  const retry = toKyRetry(options.retry);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('`fetch` must be a function with the signature of the global fetch');
  }

  const pipeline: Pipeline = {
    // Looked up per call, so that a runtime or test that replaces `globalThis.fetch` is honoured.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    interceptors: (options.interceptors ?? []).map(checkInterceptor),
    origin: base.origin,
    logger: createLogger(options.logger),
  };
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const api = ky.create({ headers });

  async function request<T>(method: string, path: string, init: RequestOptions = {}): Promise<T> {
    const call: Call = {
      id: createRequestId(),
      attempt: 0,
      replays: 0,
      stream: init.body instanceof ReadableStream,
    };
    const origin: Origin = {
      method: method.toUpperCase(),
      url: joinUrl(base, path),
      requestId: call.id,
    };
    const total = checkTimeout('totalTimeout', init.totalTimeout, totalTimeout);
    const perAttempt = checkTimeout('timeout', init.timeout, timeout);

    // ky has no limit for a whole call: a timer aborts every attempt and backoff wait at once.
    const deadline = new AbortController();
    const timer =
      total === false
        ? undefined
        : setTimeout(() => {
            const message = `${origin.method} ${origin.url} exceeded its totalTimeout of ${total} ms`;
            deadline.abort(new TimeoutError(message, { requestId: call.id }));
          }, total);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;

    try {
      const response = await api(origin.url, {
        method: origin.method,
        json: init.json,
        body: init.body,
        searchParams: init.searchParams,
        headers: init.headers ?? {},
        signal,
        timeout: perAttempt,
        throwHttpErrors: true,
        retry: init.retry === undefined ? retry : toKyRetry(init.retry),
        fetch: (input, requestInit) => send(pipeline, call, new Request(input, requestInit)),
        hooks: { beforeRetry: [(state) => onRetry(pipeline, call, origin, state)] },
      } satisfies KyOptions);

      return (await readBody(response, origin)) as T;
    } catch (error) {
      throw await toUcaasError(error, origin, init.signal, perAttempt);
    } finally {
      clearTimeout(timer);
    }
  }

  const client: Client = {
    baseUrl: base.href,
    get: (path, init) => request('GET', path, init),
    post: (path, init) => request('POST', path, init),
    put: (path, init) => request('PUT', path, init),
    patch: (path, init) => request('PATCH', path, init),
    delete: (path, init) => request('DELETE', path, init),
    request,
    use(interceptor: Interceptor) {
      pipeline.interceptors.push(checkInterceptor(interceptor));

      return client;
    },
  };

  return client;
}

/** Logs a retry and releases the failed answer it replaces. */
function onRetry(
  pipeline: Pipeline,
  call: Call,
  origin: Origin,
  { error, retryCount }: { error: Error; retryCount: number },
): void {
  const status = isHTTPError(error) ? error.response.status : undefined;
  if (isHTTPError(error)) void error.response.body?.cancel().catch(() => {});

  pipeline.logger.warn(`Retrying ${origin.method} ${origin.url}`, {
    retry: retryCount,
    reason: status ? `HTTP ${status}` : isNetworkError(error) ? 'network error' : 'timeout',
    requestId: call.id,
  });
}

/** Maps whatever ky threw onto the SDK's errors; the ky errors hold the request, so none is kept. */
async function toUcaasError(
  error: unknown,
  origin: Origin,
  signal: AbortSignal | undefined,
  timeout: number | false,
): Promise<unknown> {
  const { method, url, requestId } = origin;

  if (isUcaasError(error)) {
    error.requestId ??= requestId;

    return error;
  }
  if (signal?.aborted) {
    return new AbortError(`${method} ${url} was aborted`, { cause: signal.reason, requestId });
  }
  if (isHTTPError(error)) return readHttpError(error.response, origin);
  if (isKyTimeout(error)) {
    return new TimeoutError(`${method} ${url} timed out after ${timeout} ms`, { requestId });
  }

  return error;
}
