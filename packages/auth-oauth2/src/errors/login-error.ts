import { UcaasError } from '@ucaas/core';
import { brand } from './brand.js';

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
    super(message, { code: 'UCAAS_LOGIN_FAILED' });
    Object.assign(this, { status, result });
  }
}

/** True for a {@link LoginError}, across realms and across the ESM and CJS builds. */
export const isLoginError = brand<LoginError>(LoginError, 'login');
