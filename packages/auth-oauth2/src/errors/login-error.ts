import { UcaasError } from '@ucaas/core';

// The same brand scheme as core's errors, so guards work across realms and ESM/CJS copies.
const BRAND = Symbol.for('ucaas.error.login');

/**
 * `POST /login` refused the credentials (HTTP 401, 403, 406 or another 4xx, or a `result` other
 * than 1). Terminal: it is not retried, and the next call logs in again only when asked.
 * It carries neither the email nor the password.
 */
export class LoginError extends UcaasError {
  override name = 'LoginError' as const;
  /** The HTTP status of the login answer. */
  readonly status: number;
  /** The `result` of the login answer, as a number, when it had one. */
  readonly result: number | undefined;

  constructor(message: string, status: number, result?: number) {
    super(message, { code: 'UCAAS_LOGIN_FAILED' });
    this.status = status;
    this.result = result;
  }
}

Object.defineProperty(LoginError.prototype, BRAND, { value: true });

/** True for a {@link LoginError}, across realms and across the ESM and CJS builds. */
export function isLoginError(value: unknown): value is LoginError {
  return (value as Record<symbol, unknown> | null)?.[BRAND] === true;
}
