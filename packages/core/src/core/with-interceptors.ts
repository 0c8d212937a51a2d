import type { Interceptor } from '../types/interceptor.js';
import type { FetchFunction, WithInterceptorsOptions } from '../types/options.js';
import { normalizeBaseUrl } from '../utils/base-url.js';
import { createCall, createPipeline, send } from './send.js';

/**
 * Wraps a `fetch` so that interceptors run around each call: the way to use an auth package with
 * plain `fetch`, ky, or any client that accepts a custom `fetch`. Each call gets its own request
 * id and at most one replay. There are no retries and no timeouts here; the caller's client
 * keeps its own.
 *
 * Interceptors run only for requests to the origin of `baseUrl`; any other request is passed to
 * `fetch` untouched, so credentials never reach another origin. A body given as a
 * `ReadableStream` in `init` is sent once and cannot be replayed; any other body is buffered.
 *
 * @example
 * ```ts
 * const authedFetch = withInterceptors(fetch, [auth], { baseUrl: 'https://api.enablex.io/ucaas/v1/' });
 * const api = ky.create({ prefixUrl: 'https://api.enablex.io/ucaas/v1/', fetch: authedFetch });
 * ```
 */
export function withInterceptors(
  fetch: FetchFunction,
  interceptors: Interceptor[],
  options: WithInterceptorsOptions,
): FetchFunction {
  // The same rule as the client's: credentials go over http: only to loopback, unless opted in.
  // A missing `baseUrl` is refused there, with a TypeError naming it.
  const { origin } = normalizeBaseUrl(options?.baseUrl, options?.allowInsecureHttp);
  const pipeline = createPipeline(fetch, interceptors, origin, options.logger);

  return (input, init) => send(pipeline, createCall(init?.body), new Request(input, init));
}
