import type { RequestState } from '@ucaas/core';
import { checkCredential } from './check-credential.js';
import { encodeBasicCredentials } from './encode-basic-credentials.js';
import { isBrowser } from './is-browser.js';

/** Options of {@link createBasicAuth}. */
export interface BasicAuthOptions {
  /**
   * The project's APP_ID ("API Access ID" in the UCaaS docs). Surrounding whitespace is trimmed.
   * It must not contain `:`, since the server splits the credential at the first colon.
   *
   * @example 'demo-admin'
   */
  appId: string;
  /**
   * The project's APP_KEY ("API Access Key"), the secret half. Surrounding whitespace and a
   * trailing newline are trimmed; it may contain `:` and any Unicode text.
   *
   * @example await readFile('/run/secrets/ucaas_app_key', 'utf8')
   */
  appKey: string;
  /**
   * Allows creating the auth in a browser, where the APP_KEY is readable by every visitor of the
   * page. Leave it off unless the page is private to the key's owner (an internal admin tool).
   * Browser apps should log users in with `@ucaas/auth-oauth2` instead.
   *
   * @default false
   */
  dangerouslyAllowBrowser?: boolean;
}

/** What `JSON.stringify` shows of a {@link BasicAuth}: the app id, never the key. */
export interface BasicAuthJson {
  appId: string;
  appKey: '[REDACTED]';
}

/**
 * HTTP Basic credentials for the UCaaS API, usable as an `Interceptor` of `@ucaas/core`.
 *
 * Printing, logging, `JSON.stringify` and `util.inspect` show the app id and `[REDACTED]` in place
 * of the key; the key and the header value live in a closure, not in a property.
 */
export interface BasicAuth {
  /** Names the interceptor in log lines and pipeline errors. */
  readonly name: 'basic-auth';
  /** The trimmed APP_ID. It is not secret. */
  readonly appId: string;
  /**
   * Sets `Authorization` on a request. It replaces any `Authorization` already present, so a
   * stale credential never travels next to this one. `@ucaas/core` calls it only for requests to
   * the origin of its `baseUrl`.
   */
  onRequest: (state: RequestState) => Request;
  /**
   * Returns the `Authorization` header value (`Basic ...`), for callers that build requests
   * themselves. Treat the result as a secret: it is the APP_KEY, merely base64-encoded.
   *
   * @example
   * ```ts
   * await fetch(url, { headers: { Authorization: auth.headerValue() } });
   * ```
   */
  headerValue: () => string;
  toJSON: () => BasicAuthJson;
  toString: () => string;
}

/**
 * Creates HTTP Basic auth from an APP_ID and APP_KEY, for server-to-server calls.
 *
 * Every check runs here, before any request can be sent: a missing, empty or non-string value,
 * `:` in the app id, or a control character (CR, LF, NUL, ...) in either value throws a
 * `TypeError` naming the field.
 *
 * @example
 * ```ts
 * const auth = createBasicAuth({ appId: 'my-app-id', appKey: await readFile(keyFile, 'utf8') });
 * const client = createClient({ interceptors: [auth] });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7617#section-2
 */
export function createBasicAuth(options: BasicAuthOptions): BasicAuth {
  return buildBasicAuth(options?.appId, options?.appKey, ['`appId`', '`appKey`'], options);
}

/** Shared by {@link createBasicAuth} and `basicAuthFromEnv`, which name the fields differently. */
export function buildBasicAuth(
  rawId: unknown,
  rawKey: unknown,
  [idField, keyField]: [string, string],
  options?: Pick<BasicAuthOptions, 'dangerouslyAllowBrowser'>,
): BasicAuth {
  if (isBrowser() && options?.dangerouslyAllowBrowser !== true) {
    throw new Error(
      'Basic auth in a browser shows the APP_KEY to every visitor: log users in with ' +
        '@ucaas/auth-oauth2, or pass `dangerouslyAllowBrowser: true` if only the key owner ' +
        'loads it',
    );
  }

  const appId = checkCredential(rawId, idField);
  if (appId.includes(':')) {
    throw new TypeError(`${idField} must not contain ':' (the server splits at the first colon)`);
  }

  const header = encodeBasicCredentials(appId, checkCredential(rawKey, keyField));
  const json: BasicAuthJson = { appId, appKey: '[REDACTED]' };
  const text = `BasicAuth { appId: ${JSON.stringify(appId)}, appKey: '[REDACTED]' }`;

  return Object.freeze({
    name: 'basic-auth',
    appId,
    onRequest: ({ request }: RequestState) => {
      // Set in place: the pipeline hands interceptors a Request of its own (never the caller's),
      // and a copy per call would cost more than the rest of the interceptor.
      request.headers.set('authorization', header);

      return request;
    },
    headerValue: () => header,
    toJSON: () => json,
    toString: () => text,
    // Node's console.log and util.inspect call this instead of listing the properties.
    [Symbol.for('nodejs.util.inspect.custom')]: () => text,
  } as const);
}
