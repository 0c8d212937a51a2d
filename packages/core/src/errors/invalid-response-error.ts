import { ErrorCode } from './error-code.js';
import { brand, UcaasError, type UcaasErrorOptions } from './ucaas-error.js';

/** What {@link InvalidResponseError} takes besides its message: the `cause` and the `requestId`. */
export type InvalidResponseErrorOptions = Omit<UcaasErrorOptions, 'code'>;

/**
 * The answer was not what the API promises: a body that is not JSON, or a redirect to another
 * origin (refused, so that no credential leaves the origin of `baseUrl`).
 */
export class InvalidResponseError extends UcaasError {
  override name = 'InvalidResponseError' as const;

  constructor(message: string, options?: InvalidResponseErrorOptions) {
    super(message, { ...options, code: ErrorCode.INVALID_RESPONSE });
  }
}

/** True for an {@link InvalidResponseError}, across realms and across the ESM and CJS copies. */
export const isInvalidResponseError = brand(InvalidResponseError, 'InvalidResponseError');
