/**
 * Whether this code runs in a browser: a page (`window` with a `document`) or a browser worker
 * (dedicated, shared or service worker, which all define `importScripts`). Node, Deno, Bun and
 * edge runtimes such as Cloudflare Workers have neither.
 */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown };

  return (
    (typeof scope.window === 'object' && typeof scope.document === 'object') ||
    typeof scope.importScripts === 'function'
  );
}
