/** The production API, as documented. */
export const DEFAULT_BASE_URL = 'https://api.enablex.io/ucaas/v1/';

/** `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}

/**
 * Checks `baseUrl` and returns it with exactly one trailing slash and no query or fragment.
 * Refuses `http:` to a host that is not loopback unless `allowInsecureHttp` is set, since every
 * credential would travel in clear text.
 */
export function normalizeBaseUrl(baseUrl: string | URL, allowInsecureHttp = false): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      '`baseUrl` must be an absolute URL such as https://api.enablex.io/ucaas/v1/',
    );
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`\`baseUrl\` must use https:, not ${url.protocol}`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && allowInsecureHttp !== true) {
    throw new TypeError(
      '`baseUrl` uses http: to a host that is not loopback, which sends credentials in clear ' +
        'text: use https:, or pass `allowInsecureHttp: true`',
    );
  }
  // fetch refuses such URLs anyway; saying so here names the option.
  if (url.username || url.password) {
    throw new TypeError('`baseUrl` must not contain a user name or password');
  }

  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/*$/, '/');

  return url;
}

/**
 * Joins a path to the base URL. Leading slashes of the path are dropped rather than resolved, so
 * `/customers` stays under `/ucaas/v1/`. A path that would leave the base path (`../`) or that
 * is an absolute URL is refused, since its origin could differ from the one credentials go to.
 */
export function joinUrl(base: URL, path: string): string {
  if (typeof path !== 'string' || /^[a-z][a-z\d+.-]*:/i.test(path)) {
    throw new TypeError('`path` must be a path relative to `baseUrl`, such as "customers"');
  }

  const url = base.href + path.replace(/^\/+/, '');
  if (!new URL(url).href.startsWith(base.href)) {
    throw new TypeError(`\`path\` must stay under \`baseUrl\` (${base.pathname})`);
  }

  return url;
}
