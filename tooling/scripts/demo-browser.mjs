// `pnpm demo:browser`: the browser demo for a person to try. Starts the emulator and serves the
// built page on loopback ports, with the emulator's URL in a config.json served next to the page
// (the build holds no URL and no secret), prints where to go and how to log in, and stays up
// until Ctrl+C. Options: --port N for the page (default: any free port), --token-ttl SECONDS.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveApp } from '../../apps/browser/scripts/serve-app.mjs';
import { startEmulator, stopAll } from './demo.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'apps/browser/dist');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'token-ttl': { type: 'string', default: '1200' },
  },
});

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(
    'demo:browser: apps/browser/dist is missing; run pnpm demo:browser, which builds it',
  );
  process.exit(1);
}

let server;
const stop = async (code) => {
  await server?.close();
  await stopAll();
  process.exit(code);
};

try {
  const { baseUrl } = await startEmulator({ tokenTtlSeconds: Number(values['token-ttl']) });
  server = await serveApp({
    root: DIST,
    port: Number(values.port),
    config: { baseUrl, apiId: 'demo-reseller' },
  });

  console.log(`
UCaaS browser demo

  Open      ${server.url}
  API ID    demo-reseller
  Email     reseller@example.com
  Password  demo-password

  The page talks to the emulator at ${baseUrl} (tokens live ${values['token-ttl']} s).
  These are the emulator's well-known demo credentials, for local use only.
  Press Ctrl+C to stop.
`);
} catch (error) {
  console.error(`demo:browser: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
