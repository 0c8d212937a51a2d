import type { RetryOptions as KyRetryOptions } from 'ky';
import { isNetworkError } from '../errors/network-error.js';
import { isUcaasError } from '../errors/ucaas-error.js';
import type { RetryOptions } from '../types/options.js';

const METHODS = ['get', 'head', 'options', 'put', 'delete'];
// 408, 429 and every 5xx.
const STATUS_CODES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * Translates the client's retry policy into ky's. Retry-After is honoured on every retried status
 * (ky's default covers only 413, 429 and 503). Jitter is "equal jitter": between half and all of
 * the backoff. ky retries any error that is not an HTTP error, including those an interceptor
 * throws; `shouldRetry` narrows that to network errors and per-attempt timeouts.
 */
export function toKyRetry(retry: number | RetryOptions = {}): KyRetryOptions {
  const options = typeof retry === 'number' ? { limit: retry } : retry;
  const limit = options.limit ?? 2;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError('`retry.limit` must be a whole number of retries, 0 or more');
  }
  const statusCodes = options.statusCodes ?? STATUS_CODES;

  return {
    limit,
    methods: (options.methods ?? METHODS).map((method) => method.toLowerCase()) as never,
    statusCodes,
    afterStatusCodes: statusCodes,
    maxRetryAfter: options.backoffLimit,
    backoffLimit: options.backoffLimit,
    delay: options.delay ?? ((retryCount) => 300 * 2 ** (retryCount - 1)),
    jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
    retryOnTimeout: true,
    shouldRetry: ({ error }) =>
      isNetworkError(error) || (!isUcaasError(error) && isHTTPErrorOrTimeout(error))
        ? undefined
        : false,
  };
}

function isHTTPErrorOrTimeout(error: Error): boolean {
  return error.name === 'HTTPError' || error.name === 'TimeoutError';
}
