import { isUcaasError, type UcaasError } from '@ucaas/core';

/**
 * Makes the guard of one of this package's errors from its stable `code`. It builds on core's
 * `isUcaasError`, whose `Symbol.for` brand works across realms and across the ESM and CJS copies
 * of a package, where `instanceof` fails.
 */
export function hasCode<T extends UcaasError>(code: string) {
  return (value: unknown): value is T => isUcaasError(value) && value.code === code;
}
