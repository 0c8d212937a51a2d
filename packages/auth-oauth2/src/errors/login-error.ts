import { UcaasError, type UcaasErrorOptions } from '@ucaas/core';
import { hasCode } from './has-code.js';

const code = 'UCAAS_LOGIN_FAILED';

/**
 * `POST /login` refused the credentials: HTTP 400, 401, 403, 406 or another 4xx, or a `result`
 * other than 1. Terminal: never retried. The next call tries a fresh login.
 * It carries neither the email nor the password.
 */
export class LoginError extends UcaasError {
  override name = 'LoginError' as const;
  /** The HTTP status of the login answer. */
  declare readonly status: number;
  /** The `result` of the login answer, as a number, when it had one. */
  declare readonly result: number | undefined;

  constructor(message: string, status: number, result?: number) {
    // UcaasError copies the fields it is given onto the error, as it does for HttpError's.
    super(message, { code, status, result } as UcaasErrorOptions);
  }
}

/** True for a {@link LoginError}, across realms and across the ESM and CJS builds. */
export const isLoginError = hasCode<LoginError>(code);
