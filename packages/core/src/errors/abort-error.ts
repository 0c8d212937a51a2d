import { ErrorCode } from './error-code.js';
import { brand, UcaasError, type UcaasErrorOptions } from './ucaas-error.js';

/** What {@link AbortError} takes besides its message: the `cause` and the `requestId`. */
export type AbortErrorOptions = Omit<UcaasErrorOptions, 'code'>;

/**
 * The caller's `AbortSignal` fired. Never retried. `cause` holds the signal's reason.
 */
export class AbortError extends UcaasError {
  override name = 'AbortError' as const;

  constructor(message: string, options?: AbortErrorOptions) {
    super(message, { ...options, code: ErrorCode.ABORTED });
  }
}

/** True for an {@link AbortError}, across realms and across the ESM and CJS copies. */
export const isAbortError = brand(AbortError, 'AbortError');
