import { UcaasError } from '@ucaas/core';
import { hasCode } from './has-code.js';

const code = 'UCAAS_TOKEN_REFRESH_FAILED';

/**
 * No token could be had: the login retries ran out on network failures, timeouts, 429 or 5xx
 * answers, or the answer held no token. `cause` holds the last failure.
 */
export class TokenRefreshError extends UcaasError {
  override name = 'TokenRefreshError' as const;

  constructor(message: string, cause?: unknown) {
    super(message, { code, cause });
  }
}

/** True for a {@link TokenRefreshError}, across realms and across the ESM and CJS builds. */
export const isTokenRefreshError = hasCode<TokenRefreshError>(code);
