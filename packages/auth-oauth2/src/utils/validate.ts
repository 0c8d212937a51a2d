import type { Credentials } from '../types.js';

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

/** A finite number of at least `min`, or `fallback` when left out. */
export function checkNumber(value: unknown, option: string, fallback: number, min = 0): number {
  const number = value ?? fallback;
  check(
    Number.isFinite(number) && (number as number) >= min,
    option,
    `a number >= ${min}`,
    RangeError,
  );

  return number as number;
}

/**
 * The base URL, ending in `/` so that `new URL('login', base)` keeps the version folder.
 * Plain `http:` is refused off loopback: the password and the token would cross in clear.
 */
export function checkBaseUrl(value: string, allowInsecureHttp?: boolean): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const secure =
    url?.protocol === 'https:' ||
    (url?.protocol === 'http:' &&
      (allowInsecureHttp || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname)));
  check(
    url && secure && !url.username && !url.password,
    'baseUrl',
    'an https URL (http on loopback)',
  );
  // biome-ignore lint/style/noNonNullAssertion: check() threw above when url is undefined
  const base = url!;
  if (!base.pathname.endsWith('/')) base.pathname += '/';

  return base;
}
