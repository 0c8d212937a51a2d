import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../src/index.js';
import { call, resellerBasic, startEmulator } from './helpers/emulator.js';

const { reseller } = DEMO_CREDENTIALS;

describe('quirks mode', () => {
  it('answers login with a bare { token }', async () => {
    const { baseUrl } = await startEmulator({ quirks: true });

    const answer = await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': reseller.appId },
      json: { email: reseller.email, password: reseller.password },
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });

  it('sends result as a string and leaves total out of list answers', async () => {
    const { baseUrl } = await startEmulator({ quirks: true });

    const list = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    const missing = await call(baseUrl, 'GET', 'customers', { authorization: 'Token nope' });

    expect(list.body.result).toBe('1');
    expect(list.body).not.toHaveProperty('total');
    expect(list.body).toMatchObject({ page: 1, page_length: 10 });
    expect(list.body.customers).toHaveLength(10);
    expect(missing.body.result).toBe('1001');
  });

  it('answers 401 instead of 403 for an expired token', async () => {
    const frozen = Date.now();
    const { baseUrl, emulator } = await startEmulator({ quirks: true, now: () => frozen });
    const login = await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': reseller.appId },
      json: { email: reseller.email, password: reseller.password },
    });

    emulator.clock.advance(1_200_000);
    const answer = await call(baseUrl, 'GET', 'customers', {
      authorization: `Token ${login.body.token}`,
    });

    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ result: '1001', msg: 'Token expired' });
  });

  it('sends numbers outside quirks mode', async () => {
    const { baseUrl } = await startEmulator();

    const list = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    expect(list.body.result).toBe(1);
    expect(list.body.total).toBe(30);
  });
});
