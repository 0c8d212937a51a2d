// Serves the built page and its runtime config from a loopback port. The e2e test and
// `pnpm demo:browser` both use it. Plain ESM with JSDoc types, so that a Node script can import
// it without a build step.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @typedef {object} AppConfig What the page reads from `config.json` at start.
 * @property {string} baseUrl The versioned API base, ending in `/ucaas/v1/`.
 * @property {string} [apiId] Prefills the API ID field of the login form.
 */

/**
 * @typedef {object} ServeAppOptions
 * @property {string} root The folder to serve (the app's `dist/`).
 * @property {AppConfig} config Served as `/config.json`: the build holds no URL and no secret.
 * @property {string} [host] Defaults to `127.0.0.1`.
 * @property {number} [port] Defaults to 0 (any free port).
 */

/**
 * Starts the server and resolves once it listens.
 *
 * @param {ServeAppOptions} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveApp({ root, config, host = '127.0.0.1', port = 0 }) {
  const rootDir = resolve(root);
  const configBody = JSON.stringify(config);
  // Scripts may only come from this origin; the API may be on another one.
  const apiOrigin = new URL(config.baseUrl).origin;
  const contentSecurityPolicy = `default-src 'self'; connect-src 'self' ${apiOrigin}`;

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();

      return;
    }

    if (pathname === '/config.json') {
      response.writeHead(200, {
        'content-type': CONTENT_TYPES['.json'],
        'cache-control': 'no-store',
      });
      response.end(configBody);

      return;
    }

    const file = await findFile(rootDir, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');

      return;
    }

    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-security-policy': contentSecurityPolicy,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => resolveListen(undefined));
  });

  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serveApp: no TCP address');

  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/**
 * Maps a URL path to a file under `rootDir`, or `undefined`. `/` serves `index.html`, and no path
 * may leave `rootDir` (`..` segments are normalised away first, then checked).
 *
 * @param {string} rootDir
 * @param {string} pathname
 * @returns {Promise<string | undefined>}
 */
async function findFile(rootDir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }

  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(rootDir, relative === '' ? 'index.html' : relative);
  if (file !== rootDir && !file.startsWith(rootDir + sep)) return undefined;

  try {
    const info = await stat(file);

    return info.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
