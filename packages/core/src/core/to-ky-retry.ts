import type { RetryOptions as KyRetryOptions } from 'ky';
import { isNetworkError } from '../errors/network-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { RetryOptions } from '../types/options.js';

// 408, 429 and every 5xx.
const STATUS_CODES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * Translates the client's retry policy into ky's. ky honours `Retry-After` on 429 and 503 (and
 * 413, which is not retried), and the jitter is "equal jitter", between half and all of the
 * backoff. ky would retry any error that is not an HTTP error, including one
 * an interceptor throws (a failed login, say): `shouldRetry` narrows that to network errors and
 * per-attempt timeouts.
 */
export function toKyRetry(retry: number | RetryOptions = {}): KyRetryOptions {
  const {
    limit = 2,
    statusCodes = STATUS_CODES,
    ...options
  } = typeof retry === 'number' ? { limit: retry } : retry;
  if (!(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError('`retry.limit` must be an integer ≥ 0');
  }

  return {
    limit,
    // ky's default methods are ours plus TRACE, which `Request` refuses anyway; ky lowercases them.
    methods: options.methods as KyRetryOptions['methods'],
    statusCodes,
    backoffLimit: options.backoffLimit,
    // ky's default backoff is ours: 300 ms, doubling at each retry.
    delay: options.delay,
    jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
    retryOnTimeout: true,
    shouldRetry: ({ error }) =>
      isNetworkError(error) || (!isUcaasError(error) && /^(HTTP|Timeout)Error$/.test(error.name))
        ? undefined
        : false,
  };
}
