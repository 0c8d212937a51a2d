import { describe, expect, it } from 'vitest';
import { createDefaultSeed } from '../src/seed/default-seed.js';
import {
  adminBasic,
  basic,
  call,
  resellerBasic,
  startEmulator,
  tokenFor,
} from './helpers/emulator.js';

const EXPIRED = { result: 1001, msg: 'Token expired' };
const INVALID = { result: 1001, msg: 'Invalid credentials' };

describe('Basic auth', () => {
  it('lets APP_ID:APP_KEY in on every customer route', async () => {
    const { baseUrl } = await startEmulator();

    const list = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    const id = list.body.customers[0].customer_id;
    const get = await call(baseUrl, 'GET', `customers/${id}`, { authorization: resellerBasic });
    const patch = await call(baseUrl, 'PATCH', `customers/${id}`, {
      authorization: resellerBasic,
      json: { customer_code: 'NEW-1' },
    });
    const post = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: {
        customer_name: 'Zeltro Labs',
        contact_name: 'Avery Q',
        contact_email: 'a@zeltro.example.com',
      },
    });
    const del = await call(baseUrl, 'DELETE', `customers/${id}`, { authorization: resellerBasic });

    expect([list, get, patch, post, del].map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200,
    ]);
  });

  it('accepts an APP_KEY that contains ":" and non-ASCII characters (UTF-8)', async () => {
    const seed = createDefaultSeed();
    seed.applications.push({ appId: 'app-ü', appKey: 'k:ey:é✓', role: 'reseller' });
    const { baseUrl } = await startEmulator({ seed });

    const good = await call(baseUrl, 'GET', 'customers', {
      authorization: basic('app-ü', 'k:ey:é✓'),
    });
    const latin1 = `Basic ${Buffer.from('app-ü:k:ey:é✓', 'latin1').toString('base64')}`;
    const bad = await call(baseUrl, 'GET', 'customers', { authorization: latin1 });

    expect(good.status).toBe(200);
    expect(good.body.total).toBe(0);
    expect(bad.status).toBe(401);
  });

  it.each([
    ['a wrong APP_KEY', basic('demo-reseller', 'wrong')],
    ['an unknown APP_ID', basic('nobody', 'demo-reseller-key')],
    ['a key without the APP_ID', basic('', 'demo-reseller-key')],
    ['no colon at all', `Basic ${Buffer.from('demo-reseller').toString('base64')}`],
    ['bad base64', 'Basic !!!'],
    ['an unknown scheme', 'Bearer abc'],
    ['a scheme with no credentials', 'Basic'],
  ])('answers 401 / 1001 for %s', async (_, authorization) => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', 'customers', { authorization });

    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(INVALID);
  });

  it('answers 400 / 1002 when Authorization is missing', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', 'customers');

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ result: 1002, data: { Authorization: 'required' } });
  });
});

describe('Token auth', () => {
  it('lets a logged-in reseller in with "Token <token>"', async () => {
    const { baseUrl } = await startEmulator();
    const authorization = await tokenFor(baseUrl, 'reseller');

    const answer = await call(baseUrl, 'GET', 'customers', { authorization });

    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(30);
  });

  it('answers 401 / 1001 for an unknown token', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', 'customers', { authorization: 'Token not-issued' });

    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(INVALID);
  });

  it('keeps a token good until its 20-minute lifetime ends, by the emulator clock', async () => {
    const frozen = Date.now();
    const { baseUrl, emulator } = await startEmulator({ now: () => frozen });
    const authorization = await tokenFor(baseUrl, 'admin');

    emulator.clock.advance(1_200_000 - 1);
    const before = await call(baseUrl, 'GET', 'customers', { authorization });
    emulator.clock.advance(1);
    const after = await call(baseUrl, 'GET', 'customers', { authorization });

    expect(before.status).toBe(200);
    expect(after.status).toBe(403);
    expect(after.body).toMatchObject(EXPIRED);
  });

  it('honours a configured lifetime in seconds', async () => {
    const frozen = Date.now();
    const { baseUrl, emulator } = await startEmulator({ tokenTtlSeconds: 5, now: () => frozen });
    const authorization = await tokenFor(baseUrl, 'admin');

    emulator.clock.advance(4_999);
    const before = await call(baseUrl, 'GET', 'customers', { authorization });
    emulator.clock.advance(1);
    const after = await call(baseUrl, 'GET', 'customers', { authorization });

    expect([before.status, after.status]).toEqual([200, 403]);
  });

  it('answers 401 for a revoked token, and revokeAll revokes every token', async () => {
    const { baseUrl, emulator } = await startEmulator();
    const first = await tokenFor(baseUrl, 'admin');
    const second = await tokenFor(baseUrl, 'reseller');

    expect(emulator.tokens.count()).toBe(2);
    expect(emulator.tokens.revoke(first.slice('Token '.length))).toBe(true);
    const revoked = await call(baseUrl, 'GET', 'customers', { authorization: first });
    const kept = await call(baseUrl, 'GET', 'customers', { authorization: second });
    emulator.tokens.revokeAll();
    const afterAll = await call(baseUrl, 'GET', 'customers', { authorization: second });

    expect([revoked.status, kept.status, afterAll.status]).toEqual([401, 200, 401]);
    expect(emulator.tokens.count()).toBe(0);
  });
});

describe('roles', () => {
  it.each(['customer', 'user'] as const)(
    'answers 403 / 0 to the %s role on /customers',
    async (who) => {
      const { baseUrl } = await startEmulator();
      const authorization = await tokenFor(baseUrl, who);

      const list = await call(baseUrl, 'GET', 'customers', { authorization });
      const create = await call(baseUrl, 'POST', 'customers', {
        authorization,
        json: { customer_name: 'X', contact_name: 'Y', contact_email: 'x@y.example.com' },
      });

      expect(list.status).toBe(403);
      expect(list.body).toMatchObject({ result: 0, msg: 'Forbidden' });
      expect(create.status).toBe(403);
    },
  );

  it('gives the admin every customer, with Basic and with a token', async () => {
    const { baseUrl } = await startEmulator();
    const token = await tokenFor(baseUrl, 'admin');

    const viaBasic = await call(baseUrl, 'GET', 'customers', { authorization: adminBasic });
    const viaToken = await call(baseUrl, 'GET', 'customers', { authorization: token });

    expect(viaBasic.body.total).toBe(65);
    expect(viaToken.body.total).toBe(65);
  });
});
