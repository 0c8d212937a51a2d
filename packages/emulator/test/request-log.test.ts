import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../src/index.js';
import { basic, call, resellerBasic, startEmulator, tokenFor } from './helpers/emulator.js';

describe('requestLog', () => {
  it('records method, path, status, auth kind and timing of each request', async () => {
    const frozen = Date.parse('2026-05-01T12:00:00Z');
    const { baseUrl, emulator } = await startEmulator({ now: () => frozen });
    const token = await tokenFor(baseUrl, 'reseller');

    await call(baseUrl, 'GET', 'customers?page=2', { authorization: token });
    await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    await call(baseUrl, 'GET', 'customers');

    const entries = emulator.requestLog.entries();
    expect(entries).toEqual([
      expect.objectContaining({
        id: 1,
        method: 'POST',
        path: '/ucaas/v1/login',
        status: 200,
        auth: 'none',
        appId: 'demo-reseller',
      }),
      expect.objectContaining({
        id: 2,
        method: 'GET',
        path: '/ucaas/v1/customers',
        query: 'page=2',
        status: 200,
        auth: 'token',
      }),
      expect.objectContaining({ id: 3, status: 200, auth: 'basic', appId: 'demo-reseller' }),
      expect.objectContaining({ id: 4, status: 400, auth: 'none' }),
    ]);
    for (const entry of entries) {
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
      expect(entry.at).toBe('2026-05-01T12:00:00.000Z');
    }
  });

  it('lets a test count logins exactly', async () => {
    const { baseUrl, emulator } = await startEmulator();

    await tokenFor(baseUrl, 'admin');
    await tokenFor(baseUrl, 'reseller');
    await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    const logins = emulator.requestLog
      .entries()
      .filter((e) => e.method === 'POST' && e.path.endsWith('/login'));
    expect(logins).toHaveLength(2);
  });

  it('never holds a credential', async () => {
    const { baseUrl, emulator } = await startEmulator();
    const { reseller } = DEMO_CREDENTIALS;
    const token = await tokenFor(baseUrl, 'reseller');

    await call(baseUrl, 'GET', 'customers', { authorization: token });
    await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': reseller.appId },
      json: { email: reseller.email, password: 'wrong-secret-password' },
    });

    const dump =
      JSON.stringify(emulator.requestLog.entries()) +
      inspect(emulator.requestLog.entries(), { depth: 9 });
    for (const secret of [
      token.slice('Token '.length),
      reseller.appKey,
      reseller.password,
      'wrong-secret-password',
      resellerBasic.slice('Basic '.length),
    ]) {
      expect(dump).not.toContain(secret);
    }
  });

  it('leaves out an APP_ID that names no application, such as a key sent in its place', async () => {
    const { baseUrl, emulator } = await startEmulator();
    const { reseller } = DEMO_CREDENTIALS;

    await call(baseUrl, 'GET', 'customers', {
      authorization: basic(reseller.appKey, reseller.appId),
    });
    await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': reseller.appKey },
      json: { email: reseller.email, password: reseller.password },
    });

    const entries = emulator.requestLog.entries();
    expect(entries.map((entry) => entry.status)).toEqual([401, 401]);
    expect(entries.every((entry) => !('appId' in entry))).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(reseller.appKey);
  });

  it('empties on clear() and keeps at most requestLogLimit entries', async () => {
    const { baseUrl, emulator } = await startEmulator({ requestLogLimit: 3 });

    for (let i = 0; i < 5; i++)
      await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    expect(emulator.requestLog.entries().map((e) => e.id)).toEqual([3, 4, 5]);
    emulator.requestLog.clear();

    expect(emulator.requestLog.entries()).toEqual([]);
  });
});
