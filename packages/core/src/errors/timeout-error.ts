import { ErrorCode } from './error-code.js';
import { brand, UcaasError, type UcaasErrorOptions } from './ucaas-error.js';

/** What {@link TimeoutError} takes besides its message: the `cause` and the `requestId`. */
export type TimeoutErrorOptions = Omit<UcaasErrorOptions, 'code'>;

/**
 * The per-attempt `timeout` or the `totalTimeout` ran out.
 *
 * Note: named like the `DOMException` a timed-out signal throws; tell them apart with
 * {@link isTimeoutError}, which checks a brand rather than the name.
 */
export class TimeoutError extends UcaasError {
  override name = 'TimeoutError' as const;

  constructor(message: string, options?: TimeoutErrorOptions) {
    super(message, { ...options, code: ErrorCode.TIMEOUT });
  }
}

/** True for a {@link TimeoutError}, across realms and across the ESM and CJS copies. */
export const isTimeoutError = brand(TimeoutError, 'TimeoutError');
