import { UcaasError } from '@ucaas/core';

// The same brand scheme as core's errors, so guards work across realms and ESM/CJS copies.
const BRAND = Symbol.for('ucaas.error.token-refresh');

/**
 * No token could be obtained: the login retries ran out on network failures, timeouts, 429 or
 * 5xx answers, or the login answer was unusable. `cause` holds the last failure.
 */
export class TokenRefreshError extends UcaasError {
  override name = 'TokenRefreshError' as const;

  constructor(message: string, cause?: unknown) {
    super(message, { code: 'UCAAS_TOKEN_REFRESH_FAILED', cause });
  }
}

Object.defineProperty(TokenRefreshError.prototype, BRAND, { value: true });

/** True for a {@link TokenRefreshError}, across realms and across the ESM and CJS builds. */
export function isTokenRefreshError(value: unknown): value is TokenRefreshError {
  return (value as Record<symbol, unknown> | null)?.[BRAND] === true;
}
