import ky, { isHTTPError, isTimeoutError as isKyTimeout } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { Client, ClientOptions, RequestOptions } from '../types/options.js';
import { DEFAULT_BASE_URL, joinUrl, normalizeBaseUrl } from '../utils/base-url.js';
import { checkInterceptor } from '../utils/check-interceptor.js';
import { checkTimeout } from '../utils/check-timeout.js';
import { createLogger } from '../utils/create-logger.js';
import { createRequestId } from '../utils/create-request-id.js';
import { describe } from '../utils/describe.js';
import { type CallInfo, readBody } from './read-body.js';
import { type Call, type Pipeline, send } from './send.js';
import { toKyRetry } from './to-ky-retry.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Creates a client for the UCaaS API. Each call goes through ky (retries, per-attempt timeout,
 * JSON and query encoding) with the interceptor pipeline as ky's `fetch`, so interceptors run on
 * every attempt and a retry carries a fresh credential.
 *
 * @example
 * ```ts
 * const client = createClient({ interceptors: [createBasicAuth({ appId, appKey })] });
 * const list = await client.get<CustomerList>('customers', { searchParams: { page: 2 } });
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  const base = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, options.allowInsecureHttp);
  const timeout = checkTimeout('timeout', options.timeout, 10_000);
  const totalTimeout = checkTimeout('totalTimeout', options.totalTimeout, 30_000);
  const retry = toKyRetry(options.retry);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('`fetch` must be a function');
  }

  const pipeline: Pipeline = {
    // Looked up per call, so that a runtime or a test that replaces `globalThis.fetch` is honoured.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    interceptors: (options.interceptors ?? []).map(checkInterceptor),
    origin: base.origin,
    logger: createLogger(options.logger),
  };
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const api = ky.create({ headers });

  async function request(method: string, path: string, init: RequestOptions = {}) {
    const call: Call = {
      id: createRequestId(),
      attempt: 0,
      replays: 0,
      stream: init.body instanceof ReadableStream,
    };
    const info: CallInfo = {
      method: method.toUpperCase(),
      url: joinUrl(base, path),
      requestId: call.id,
    };
    const what = describe(info.method, info.url);
    const perAttempt = checkTimeout('timeout', init.timeout, timeout);
    const total = checkTimeout('totalTimeout', init.totalTimeout, totalTimeout);

    // ky has no limit for a whole call: this signal aborts the current attempt or backoff wait.
    const deadline = total ? AbortSignal.timeout(total) : undefined;
    const signals = [init.signal, deadline].filter((signal) => signal !== undefined);

    try {
      const response = await api(info.url, {
        method: info.method,
        json: init.json,
        body: init.body,
        searchParams: init.searchParams,
        headers: init.headers ?? {},
        signal: AbortSignal.any(signals),
        timeout: perAttempt,
        retry: init.retry === undefined ? retry : toKyRetry(init.retry),
        fetch: (input, requestInit) => send(pipeline, call, new Request(input, requestInit)),
        hooks: {
          beforeRetry: [
            ({ error, retryCount }) => {
              const status = isHTTPError(error) && error.response.status;
              // The failed answer is dropped for the retry: release its connection now.
              if (status) void error.response.body?.cancel().catch(() => {});
              pipeline.logger.warn(`Retrying ${what}`, {
                retry: retryCount,
                reason: status ? `HTTP ${status}` : error.name,
                requestId: call.id,
              });
            },
          ],
        },
      });

      return await readBody(response, info);
    } catch (error) {
      // Mapped onto the SDK's errors. ky's own errors hold the request and its headers, so none
      // of them is kept as a `cause`.
      if (isUcaasError(error)) {
        error.requestId ??= call.id;
        throw error;
      }
      if (init.signal?.aborted) {
        throw new AbortError(`${what} was aborted`, {
          cause: init.signal.reason,
          requestId: call.id,
        });
      }
      if (isHTTPError(error)) throw await readBody(error.response, info).catch((e) => e);
      if (deadline?.aborted || isKyTimeout(error)) {
        const limit = deadline?.aborted ? `totalTimeout (${total}` : `timeout (${perAttempt}`;
        throw new TimeoutError(`${what} exceeded its ${limit} ms)`, { requestId: call.id });
      }
      throw error;
    }
  }

  const client = {
    baseUrl: base.href,
    request,
    use(interceptor) {
      pipeline.interceptors.push(checkInterceptor(interceptor));

      return client;
    },
  } as Client;
  for (const method of METHODS) {
    client[method] = (path, init) => request(method, path, init) as never;
  }

  return client;
}
