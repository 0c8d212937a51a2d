/** What every {@link UcaasError} constructor takes besides the message. */
export interface UcaasErrorOptions {
  /** The stable code, one of `ErrorCode` for core's errors; other packages add their own. */
  code: string;
  /** The underlying failure, kept in the standard `cause`. */
  cause?: unknown;
  /** The per-request id, so that a log line and an error can be matched. */
  requestId?: string | undefined;
}

/**
 * Marks a class so that its guard recognises instances made by another copy of this package (the
 * ESM and the CJS build loaded side by side) or in another realm, where `instanceof` fails, and
 * returns that guard. The mark is a `Symbol.for('ucaas.<kind>')` key on the prototype, so
 * subclasses inherit it. The error's `name` is not checked: `TimeoutError` and `AbortError` are
 * also DOMException names.
 */
export function brand<T>(
  target: abstract new (...args: never[]) => T,
  kind: string,
): (value: unknown) => value is T {
  const key = Symbol.for(`ucaas.${kind}`);
  (target.prototype as Record<symbol, boolean>)[key] = true;

  return (value: unknown): value is T => (value as Record<symbol, unknown> | null)?.[key] === true;
}

/**
 * The base class of every error the SDK throws. Other `@ucaas` packages subclass it.
 *
 * Messages name what failed (`GET /ucaas/v1/customers ...`) and never carry a header value, a
 * token, a password or a request body.
 *
 * @example
 * ```ts
 * throw new UcaasError('Login failed', { code: 'UCAAS_LOGIN_FAILED', cause: error });
 * ```
 */
export class UcaasError extends Error {
  override name: string = 'UcaasError';
  /** A stable code such as `UCAAS_TOKEN_EXPIRED`; see `ErrorCode`. */
  declare readonly code: string;
  /** The id of the call that failed, when the error comes from a call. */
  declare requestId: string | undefined;

  constructor(message: string, { cause, ...fields }: UcaasErrorOptions) {
    // Without a cause, none is set: `'cause' in error` stays false, as with a plain Error.
    super(message, cause === undefined ? undefined : { cause });
    // `code`, `requestId`, and the fields a subclass passes along (`status`, `field`, ...).
    Object.assign(this, fields);
  }
}

/**
 * True for any error of the SDK, including those of other `@ucaas` packages, across realms and
 * across the ESM and CJS copies of this package.
 */
export const isUcaasError = brand(UcaasError, 'error');
