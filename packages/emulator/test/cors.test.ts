import { describe, expect, it } from 'vitest';
import { startEmulator } from './helpers/emulator.js';

function preflight(baseUrl: string, origin: string) {
  return fetch(new URL('customers', baseUrl), {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,x-api-id,content-type',
    },
  });
}

describe('CORS', () => {
  it('lets any origin send Authorization, X-Api-Id and Content-Type by default', async () => {
    const { baseUrl } = await startEmulator();

    const response = await preflight(baseUrl, 'http://localhost:5173');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(allowed.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'x-api-id', 'content-type']),
    );
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('allows only the configured origins when given', async () => {
    const { baseUrl } = await startEmulator({ corsOrigins: ['http://localhost:5173'] });

    const good = await preflight(baseUrl, 'http://localhost:5173');
    const bad = await preflight(baseUrl, 'http://evil.example.com');

    expect(good.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes Retry-After on answers to the browser', async () => {
    const { baseUrl } = await startEmulator();

    const response = await fetch(new URL('customers', baseUrl), {
      headers: { origin: 'http://localhost:5173' },
    });

    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
