import ky, { isHTTPError } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { Client, ClientOptions, RequestOptions } from '../types/options.js';
import { DEFAULT_BASE_URL, joinUrl, normalizeBaseUrl } from '../utils/base-url.js';
import { checkInterceptor } from '../utils/check-interceptor.js';
import { checkTimeout } from '../utils/check-timeout.js';
import { describe } from '../utils/describe.js';
import { readBody } from './read-body.js';
import { createCall, createPipeline, send } from './send.js';
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
  toKyRetry(options.retry); // Checked now, so that a bad `retry` fails here, not at a call.

  const pipeline = createPipeline(
    // Looked up per call, so that a runtime or a test that replaces `globalThis.fetch` is honoured.
    options.fetch ?? ((request) => fetch(request)),
    options.interceptors ?? [],
    base.origin,
    options.logger,
  );
  // `redirect: 'manual'` is set on the Request ky builds, so `send` need not copy it to set it.
  const api = ky.create({ redirect: 'manual', headers: options.headers });

  async function request(method: string, path: string, init: RequestOptions = {}) {
    const call = createCall(init.body);
    const url = joinUrl(base, path);
    const verb = method.toUpperCase();
    const what = describe(verb, url);
    const read = (response: Response) => readBody(response, what, call.id);
    const perAttempt = checkTimeout('timeout', init.timeout, timeout);

    // ky has no limit for a whole call: this signal aborts the current attempt or backoff wait.
    const deadline = totalTimeout ? AbortSignal.timeout(totalTimeout) : undefined;
    const signals = [init.signal, deadline].filter(Boolean) as AbortSignal[];

    try {
      const response = await api(url, {
        // `json`, `body` and `searchParams` go to ky as they are.
        ...init,
        method: verb,
        headers: init.headers ?? {},
        // ky combines the signal it gets with its own: a second `AbortSignal.any` only for two.
        signal: signals[1] ? AbortSignal.any(signals) : signals[0],
        timeout: perAttempt,
        retry: toKyRetry(init.retry ?? options.retry),
        // ky passes the Request it built from these same options, so the `init` it adds (options
        // a Request has no property for, such as `dispatcher`) is already applied: no copy.
        fetch: (input) => send(pipeline, call, input as Request),
      });

      return await read(response);
    } catch (error) {
      // Mapped onto the SDK's errors. ky's own errors hold the request and its headers, so none
      // of them is kept as a `cause`. The caller's abort and the deadline come first: they name
      // the failure whatever they interrupted (an attempt, a backoff wait or a body being read).
      if (init.signal?.aborted) {
        throw new AbortError(`${what} was aborted`, {
          cause: init.signal.reason,
          requestId: call.id,
        });
      }
      if (isUcaasError(error) && !deadline?.aborted) {
        error.requestId ??= call.id;
        throw error;
      }
      if (isHTTPError(error)) throw await read(error.response).catch((e) => e);
      // ky's per-attempt timeout and the `totalTimeout` signal both throw a `TimeoutError`.
      if (deadline?.aborted || (error as Error).name === 'TimeoutError') {
        throw new TimeoutError(
          `${what} exceeded its ${deadline?.aborted ? 'totalTimeout' : 'timeout'}`,
          { requestId: call.id },
        );
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
