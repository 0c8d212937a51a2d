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
 * ESM and the CJS build loaded side by side) or in another realm, where `instanceof` fails.
 * The mark sits on the prototype, so subclasses inherit it.
 */
export function brand(target: { prototype: object }, kind: string): void {
  (target.prototype as Record<symbol, boolean>)[Symbol.for(`ucaas.${kind}`)] = true;
}

/** Builds the type guard that matches the {@link brand} of `kind`. */
export function guard<T>(kind: string): (value: unknown) => value is T {
  const key = Symbol.for(`ucaas.${kind}`);

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

  constructor(message: string, { code, cause, requestId }: UcaasErrorOptions) {
    // Without a cause, none is set: `'cause' in error` stays false, as with a plain Error.
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { code, requestId });
  }
}

brand(UcaasError, 'error');

/**
 * True for any error of the SDK, including those of other `@ucaas` packages, across realms and
 * across the ESM and CJS copies of this package.
 */
export const isUcaasError: (value: unknown) => value is UcaasError = guard('error');
