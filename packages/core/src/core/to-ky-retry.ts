import type { RetryOptions as KyRetryOptions } from 'ky';
import { isNetworkError } from '../errors/network-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { RetryOptions } from '../types/options.js';
import { check } from '../utils/check.js';

// 408, 429 and every 5xx.
const STATUS_CODES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * Translates the client's retry policy into ky's. ky honours `Retry-After` on 429 and 503 (and
 * 413, which is not retried), and the jitter is "full jitter", a random wait between 0 and the
 * backoff. ky would retry any error that is not an HTTP error, including one an interceptor
 * throws (a failed login, say): `shouldRetry` refuses the SDK's own errors other than network
 * errors. An abort is not retried either: ky's wait before a retry rejects at once on an aborted
 * signal.
 */
export function toKyRetry(retry: number | RetryOptions = {}): KyRetryOptions {
  const options = typeof retry === 'number' ? { limit: retry } : retry;
  const { limit = 2 } = options;
  check(limit >= 0, '`retry.limit` must be 0 or more', RangeError);

  return {
    // `methods`, `backoffLimit` and `delay` mean the same in ky. ky's default methods are ours
    // plus TRACE, which `Request` refuses anyway, and its default backoff is ours: 300 ms,
    // doubling at each retry.
    ...(options as KyRetryOptions),
    limit,
    statusCodes: options.statusCodes ?? STATUS_CODES,
    jitter: true,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => (isUcaasError(error) && !isNetworkError(error) ? false : undefined),
  };
}
