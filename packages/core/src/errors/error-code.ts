/**
 * The stable `code` of every error the SDK throws. Compare codes, not messages: messages may be
 * reworded, codes never change within a major version.
 *
 * @example
 * ```ts
 * if (isUcaasError(error) && error.code === ErrorCode.TOKEN_EXPIRED) login();
 * ```
 */
export const ErrorCode = {
  /** HTTP 400: the request is malformed or a required header is missing. */
  BAD_REQUEST: 'UCAAS_BAD_REQUEST',
  /** HTTP 401: no valid credential. */
  UNAUTHORIZED: 'UCAAS_UNAUTHORIZED',
  /** HTTP 403 with `result` 1001: the token expired. */
  TOKEN_EXPIRED: 'UCAAS_TOKEN_EXPIRED',
  /** Any other HTTP 403: the caller's role may not do this. */
  FORBIDDEN: 'UCAAS_FORBIDDEN',
  /** HTTP 404. */
  NOT_FOUND: 'UCAAS_NOT_FOUND',
  /** HTTP 406 or 422 other than a duplicate: `data` names the bad fields. */
  VALIDATION_FAILED: 'UCAAS_VALIDATION_FAILED',
  /** HTTP 406 with `result` 1504: the record already exists. */
  DUPLICATE: 'UCAAS_DUPLICATE',
  /** HTTP 429, after the retries ran out. */
  RATE_LIMITED: 'UCAAS_RATE_LIMITED',
  /** HTTP 5xx, after the retries ran out. */
  SERVER_ERROR: 'UCAAS_SERVER_ERROR',
  /** A 2xx answer whose UCaaS `result` is not 1. */
  API_ERROR: 'UCAAS_API_ERROR',
  /** Any other HTTP status (for example 409, or a redirect that was not followed). */
  HTTP_ERROR: 'UCAAS_HTTP_ERROR',
  /** No answer: DNS, connection or TLS failure. */
  NETWORK_ERROR: 'UCAAS_NETWORK_ERROR',
  /** The per-attempt or the total timeout ran out. */
  TIMEOUT: 'UCAAS_TIMEOUT',
  /** The caller's `AbortSignal` fired. */
  ABORTED: 'UCAAS_ABORTED',
  /** The answer was not the JSON the API promises, or a redirect left the API's origin. */
  INVALID_RESPONSE: 'UCAAS_INVALID_RESPONSE',
  /** A value was refused before any request was sent. */
  INVALID_INPUT: 'UCAAS_INVALID_INPUT',
  /** An interceptor asked for a replay, but the request body was a one-shot stream. */
  REPLAY_UNAVAILABLE: 'UCAAS_REPLAY_UNAVAILABLE',
} as const;

/** One of the {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Picks the code of a failed answer from its HTTP status and UCaaS `result`, following the
 * house decisions of the API notes (403 with 1001 is an expired token, 406 with 1504 a duplicate).
 */
export function codeForStatus(status: number, result: number | undefined): ErrorCode {
  // 1. A 2xx (or 1xx) that reached here carried a `result` other than 1.
  if (status < 300) return ErrorCode.API_ERROR;
  // 2. The statuses the UCaaS docs name.
  if (status === 400) return ErrorCode.BAD_REQUEST;
  if (status === 401) return ErrorCode.UNAUTHORIZED;
  if (status === 403) return result === 1001 ? ErrorCode.TOKEN_EXPIRED : ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 406 || status === 422) {
    return result === 1504 ? ErrorCode.DUPLICATE : ErrorCode.VALIDATION_FAILED;
  }
  if (status === 429) return ErrorCode.RATE_LIMITED;
  // 3. Everything else, 5xx first.
  return status >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.HTTP_ERROR;
}
