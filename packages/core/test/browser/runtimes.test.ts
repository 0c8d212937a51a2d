import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../../tooling/vitest/launch-chromium.ts';

const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/**
 * What the page and the worker run: a real request through an interceptor, then a typed error.
 * It is plain browser JavaScript, served as `/checks.js`.
 */
const checks = `
import { createClient, isHttpError, isUcaasError } from '/core.js';

export async function runChecks(baseUrl, appId, appKey) {
  const basic = 'Basic ' + btoa(appId + ':' + appKey);
  const client = createClient({
    baseUrl,
    interceptors: [{
      onRequest: ({ request }) => {
        const headers = new Headers(request.headers);
        headers.set('authorization', basic);
        return new Request(request, { headers });
      },
    }],
  });
  const list = await client.get('customers', { searchParams: { page_length: 2 } });
  const error = await client.get('customers/000000000000000000000000').catch((caught) => caught);

  return {
    listed: list.customers.length,
    isHttpError: isHttpError(error),
    isUcaasError: isUcaasError(error),
    code: error.code,
    status: error.status,
    hasRequestId: typeof error.requestId === 'string',
  };
}
`;

const page = `<!doctype html>
<script type="module">
  import { runChecks } from '/checks.js';
  const args = JSON.parse(new URLSearchParams(location.search).get('args'));
  const fromPage = runChecks(...args).catch((error) => ({ failed: String(error) }));
  const worker = new Worker('/worker.js', { type: 'module' });
  worker.postMessage(args);
  const fromWorker = new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); });
  window.results = Promise.all([fromPage, fromWorker]);
</script>`;

const worker = `
import { runChecks } from '/checks.js';
self.onmessage = async (event) => {
  self.postMessage(await runChecks(...event.data).catch((error) => ({ failed: String(error) })));
};
`;

describe('@ucaas/core in Chromium', () => {
  const emulator = createEmulator();
  let server: Server;
  let origin: string;
  let apiBaseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    // Without Chromium this throws with the command that installs it: the test fails, never skips.
    browser = await launchChromium();

    // Bundled for the browser with ky inside, as an application would ship it. A Node
    // built-in anywhere in the package would fail this build.
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const files: Record<string, [string, string]> = {
      '/': ['text/html', page],
      '/core.js': ['text/javascript', bundle.outputFiles[0]?.text ?? ''],
      '/checks.js': ['text/javascript', checks],
      '/worker.js': ['text/javascript', worker],
    };

    server = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://x').pathname];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
      response.end(file?.[1] ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    apiBaseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await browser?.close();
    if (apiBaseUrl) await emulator.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it('sends a real request and gets a typed error, on a page and in a Web Worker', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    const { appId, appKey } = DEMO_CREDENTIALS.admin;
    const args = encodeURIComponent(JSON.stringify([apiBaseUrl, appId, appKey]));

    await tab.goto(`${origin}/?args=${args}`);
    await tab.waitForFunction(() => 'results' in window);
    const results = await tab.evaluate(() => (window as unknown as { results: unknown }).results);

    expect(errors).toEqual([]);
    const expected = {
      listed: 2,
      isHttpError: true,
      isUcaasError: true,
      code: 'UCAAS_NOT_FOUND',
      status: 404,
      hasRequestId: true,
    };
    expect(results).toEqual([expected, expected]);
  });
});
