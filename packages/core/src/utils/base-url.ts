import { check } from './check.js';

/** The production API, as documented. */
export const DEFAULT_BASE_URL = 'https://api.enablex.io/ucaas/v1/';

/** `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave the machine. */
const LOOPBACK_HOST = /^((.+\.)?localhost|127(\.\d+){3}|\[::1\])$/;

/**
 * Checks `baseUrl` and returns it with exactly one trailing slash and no query or fragment.
 * Refuses `http:` to a host that is not loopback unless `allowInsecureHttp` is set, since every
 * credential would travel in clear text.
 */
export function normalizeBaseUrl(baseUrl: string | URL, allowInsecureHttp?: boolean): URL {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  const secure =
    url?.protocol === 'https:' ||
    (url?.protocol === 'http:' && (allowInsecureHttp === true || LOOPBACK_HOST.test(url.hostname)));
  // A user name or password would end up in error messages (and fetch refuses them anyway).
  check(
    url && secure && !url.username && !url.password,
    '`baseUrl` must be https: (http: needs a loopback host or `allowInsecureHttp`)',
  );

  url.search = url.hash = '';
  url.pathname = url.pathname.replace(/\/*$/, '/');

  return url;
}

/**
 * Joins a path to the base URL. Leading slashes of the path are dropped rather than resolved, so
 * `/customers` stays under `/ucaas/v1/`, and an absolute URL given as a path stays on the base
 * origin (it becomes a path segment), so credentials cannot be sent elsewhere. A path that would
 * climb out of the base path (`../`) is refused.
 */
export function joinUrl(base: URL, path: string): string {
  const url = base.href + `${path}`.replace(/^\/+/, '');
  check(new URL(url).href.startsWith(base.href), '`path` must stay under `baseUrl`');

  return url;
}
