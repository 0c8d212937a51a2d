import type { Credentials, OAuth2AuthOptions } from '../types.js';

/** Throws a `TypeError` (or `RangeError`) naming the misused option and what it expects. */
export function check(ok: unknown, option: string, expected: string, Type = TypeError): void {
  if (!ok) throw new Type(`createOAuth2Auth: \`${option}\` must be ${expected}`);
}

/** A non-empty string without control characters, which could split a header or a store key. */
export function isCleanString(value: unknown): value is string {
  return typeof value === 'string' && /^[^\p{Cc}]+$/u.test(value);
}

/** The credentials, checked before any request; checked again on each provider answer. */
export function checkCredentials(value: unknown): Credentials {
  const { email, password } = (value ?? {}) as Credentials;
  check(
    isCleanString(email) && typeof password === 'string' && password,
    'credentials',
    '{ email, password }',
  );

  return { email, password };
}

/** The number option `option`: a finite number of at least `min`, or `fallback` when left out. */
export function checkNumber(
  options: OAuth2AuthOptions,
  option: 'tokenLifetimeSeconds' | 'refreshMarginSeconds' | 'loginTimeout' | 'loginRetries',
  fallback: number,
  min = 0,
): number {
  const number = options[option] ?? fallback;
  check(
    Number.isFinite(number) && (number as number) >= min,
    option,
    `a number >= ${min}`,
    RangeError,
  );

  return number as number;
}
