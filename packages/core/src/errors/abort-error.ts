import { ErrorCode } from './error-code.js';
import { brand, guard, UcaasError, type UcaasErrorOptions } from './ucaas-error.js';

/** What {@link AbortError} takes besides its message: the `cause` and the `requestId`. */
export type AbortErrorOptions = Omit<UcaasErrorOptions, 'code'>;

/**
 * The caller's `AbortSignal` fired. Never retried. `cause` holds the signal's reason.
 */
export class AbortError extends UcaasError {
  override name = 'AbortError' as const;

  constructor(message: string, options: AbortErrorOptions = {}) {
    super(message, { ...options, code: ErrorCode.ABORTED });
  }
}

brand(AbortError, 'error.abort');

/** True for an {@link AbortError}, across realms and across the ESM and CJS copies. */
export const isAbortError: (value: unknown) => value is AbortError = guard('error.abort');
