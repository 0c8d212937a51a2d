import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from '../scripts/serve-app.mjs';

const API = 'http://127.0.0.1:4999/ucaas/v1/';

let root: string;
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ucaas-serve-app-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'assets/app.js'), 'export {};');
  server = await serveApp({ root, config: { baseUrl: API, apiId: 'demo-reseller' } });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveApp', () => {
  it('serves index.html at / with a CSP that allows connecting to the API origin', async () => {
    const response = await fetch(server.url);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; connect-src 'self' http://127.0.0.1:4999",
    );
    expect(await response.text()).toContain('<title>demo</title>');
  });

  it('serves the runtime config as config.json, uncached', async () => {
    const response = await fetch(new URL('config.json', server.url));

    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ baseUrl: API, apiId: 'demo-reseller' });
  });

  it('serves files under the root with their content type', async () => {
    const response = await fetch(new URL('assets/app.js', server.url));

    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export {};');
  });

  it.each([
    '/missing.js',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2fetc%2fhosts',
    '/%E0%A4%A',
  ])('answers 404 for %s', async (path) => {
    const response = await fetch(new URL(path, server.url));

    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST', body: '{}' });

    expect(response.status).toBe(405);
  });
});
