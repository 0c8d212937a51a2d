const NAMES =
  'BAD_REQUEST UNAUTHORIZED TOKEN_EXPIRED FORBIDDEN NOT_FOUND VALIDATION_FAILED DUPLICATE ' +
  'RATE_LIMITED SERVER_ERROR API_ERROR HTTP_ERROR NETWORK_ERROR TIMEOUT ABORTED INVALID_RESPONSE ' +
  'INVALID_INPUT REPLAY_UNAVAILABLE';

/** The codes of {@link ErrorCode}, one key per code. */
export interface ErrorCodes {
  /** HTTP 400: the request is malformed or a required header is missing. */
  readonly BAD_REQUEST: 'UCAAS_BAD_REQUEST';
  /** HTTP 401: no valid credential. */
  readonly UNAUTHORIZED: 'UCAAS_UNAUTHORIZED';
  /** HTTP 403 with `result` 1001: the token expired. */
  readonly TOKEN_EXPIRED: 'UCAAS_TOKEN_EXPIRED';
  /** Any other HTTP 403: the caller's role may not do this. */
  readonly FORBIDDEN: 'UCAAS_FORBIDDEN';
  /** HTTP 404. */
  readonly NOT_FOUND: 'UCAAS_NOT_FOUND';
  /** HTTP 406 or 422 other than a duplicate: `data` names the bad fields. */
  readonly VALIDATION_FAILED: 'UCAAS_VALIDATION_FAILED';
  /** HTTP 406 with `result` 1504: the record already exists. */
  readonly DUPLICATE: 'UCAAS_DUPLICATE';
  /** HTTP 429, once the retries ran out. */
  readonly RATE_LIMITED: 'UCAAS_RATE_LIMITED';
  /** HTTP 5xx, once the retries ran out. */
  readonly SERVER_ERROR: 'UCAAS_SERVER_ERROR';
  /** A 2xx answer whose UCaaS `result` is not 1. */
  readonly API_ERROR: 'UCAAS_API_ERROR';
  /** Any other HTTP status, redirects included (they are never followed). */
  readonly HTTP_ERROR: 'UCAAS_HTTP_ERROR';
  /** No answer: DNS, connection or TLS failure. */
  readonly NETWORK_ERROR: 'UCAAS_NETWORK_ERROR';
  /** The per-attempt `timeout` or the `totalTimeout` ran out. */
  readonly TIMEOUT: 'UCAAS_TIMEOUT';
  /** The caller's `AbortSignal` fired. */
  readonly ABORTED: 'UCAAS_ABORTED';
  /** A successful answer whose body is not JSON. */
  readonly INVALID_RESPONSE: 'UCAAS_INVALID_RESPONSE';
  /** A value was refused before any request was sent. */
  readonly INVALID_INPUT: 'UCAAS_INVALID_INPUT';
  /** An interceptor asked for a replay, but the request body was a one-shot stream. */
  readonly REPLAY_UNAVAILABLE: 'UCAAS_REPLAY_UNAVAILABLE';
}

/**
 * The stable `code` of every error core throws. Compare codes, not messages: messages may be
 * reworded, codes stay within a major version.
 *
 * @example
 * ```ts
 * if (isUcaasError(error) && error.code === ErrorCode.TOKEN_EXPIRED) login();
 * ```
 */
// Built from one string because the package has a 3 KB budget; `ErrorCodes` keeps the types exact.
export const ErrorCode: ErrorCodes = Object.fromEntries(
  NAMES.split(' ').map((name) => [name, `UCAAS_${name}`]),
) as unknown as ErrorCodes;

/** One of the {@link ErrorCode} values. */
export type ErrorCode = ErrorCodes[keyof ErrorCodes];

/** The statuses whose code does not depend on `result`. */
const BY_STATUS: Record<number, keyof ErrorCodes> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

/**
 * Picks the code of a failed answer from its HTTP status and UCaaS `result`, following the house
 * decisions of the API notes: 403 with 1001 is an expired token, 406 with 1504 a duplicate.
 */
export function codeForStatus(status: number, result: number | undefined): ErrorCode {
  const name: keyof ErrorCodes =
    // 1. A 2xx that reached here carried a `result` other than 1.
    status > 199 && status < 300
      ? 'API_ERROR'
      : // 2. The statuses whose meaning the UCaaS `result` refines.
        status === 403
        ? result === 1001
          ? 'TOKEN_EXPIRED'
          : 'FORBIDDEN'
        : status === 406 || status === 422
          ? result === 1504
            ? 'DUPLICATE'
            : 'VALIDATION_FAILED'
          : // 3. The rest by status alone, then by class.
            (BY_STATUS[status] ?? (status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR'));

  return ErrorCode[name];
}
