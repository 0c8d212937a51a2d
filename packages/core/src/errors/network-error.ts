import { ErrorCode } from './error-code.js';
import { brand, UcaasError, type UcaasErrorOptions } from './ucaas-error.js';

/** What {@link NetworkError} takes besides its message: the `cause` and the `requestId`. */
export type NetworkErrorOptions = Omit<UcaasErrorOptions, 'code'>;

/**
 * No answer arrived: the connection failed (DNS, refused, reset, TLS). `cause` holds the error of
 * `fetch`. Idempotent calls are retried before this is thrown.
 */
export class NetworkError extends UcaasError {
  override name = 'NetworkError' as const;

  constructor(message: string, options?: NetworkErrorOptions) {
    super(message, { ...options, code: ErrorCode.NETWORK_ERROR });
  }
}

/** True for a {@link NetworkError}, across realms and across the ESM and CJS copies. */
export const isNetworkError = brand(NetworkError, 'NetworkError');
