import { ErrorCode } from './error-code.js';
import { brand, UcaasError } from './ucaas-error.js';

/** What {@link InvalidInputError} takes besides its message. */
export interface InvalidInputErrorOptions {
  /** The name of the refused field, as the caller spelled it (`contact_email`, `customerId`). */
  field: string;
  cause?: unknown;
}

/**
 * A value was refused before any request was sent, such as a malformed email or id. The message
 * names the field and what was expected; it never repeats a secret value.
 *
 * @example
 * ```ts
 * throw new InvalidInputError('`customerId` must be 24 hex characters', { field: 'customerId' });
 * ```
 */
export class InvalidInputError extends UcaasError {
  override name = 'InvalidInputError' as const;
  /** The refused field. */
  declare readonly field: string;

  constructor(message: string, options: InvalidInputErrorOptions) {
    super(message, { ...options, code: ErrorCode.INVALID_INPUT });
  }
}

/** True for an {@link InvalidInputError}, across realms and across the ESM and CJS copies. */
export const isInvalidInputError = brand(InvalidInputError, 'InvalidInputError');
